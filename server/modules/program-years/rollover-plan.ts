import { nextYearName, shiftDay, shiftMeetingDay, shiftSpan } from '../../domain/rollover.ts';
import type { CarriedRecords } from './rollover.queries.ts';
import type { YearRow } from './year-rules.ts';

/**
 * What starting the next year will create, worked out without I/O: the preview shows it and the action
 * writes it, so the two cannot differ. A one-day activity (the regional meeting) is a meeting and keeps its
 * weekday like an event; windows and due days keep their day of the month.
 */
export function planRollover(source: YearRow, records: CarriedRecords, name?: string) {
  const span = shiftSpan({ startsOn: source.startsOn, endsOn: source.endsOn });
  const year = { name: name?.trim() || nextYearName(source.name, span.startsOn), ...span };
  const activities = records.activities.map((a) => {
    const meeting = a.startsOn === a.endsOn;
    const startsOn = meeting ? shiftMeetingDay(a.startsOn) : shiftDay(a.startsOn);
    const endsOn = meeting ? startsOn : shiftDay(a.endsOn);
    const dueOn = a.dueOn === null ? null : meeting && a.dueOn === a.startsOn ? startsOn : shiftDay(a.dueOn);
    return {
      kind: a.kind,
      title: a.title,
      startsOn,
      endsOn,
      dueOn,
      requiredCount: a.requiredCount,
      position: a.position,
      previousStartsOn: a.startsOn,
      previousEndsOn: a.endsOn,
    };
  });
  const events = records.events.map((e) => ({
    kind: e.kind,
    title: e.title,
    date: shiftMeetingDay(e.date),
    previousDate: e.date,
    startTime: e.startTime,
    durationMinutes: e.durationMinutes,
    location: e.location,
    virtual: e.virtual,
    description: e.description,
  }));
  return {
    from: { id: source.id, name: source.name, startsOn: source.startsOn, endsOn: source.endsOn },
    year,
    activities,
    events,
    participations: records.participations.map((p) => ({ stateCode: p.stateCode, tier: p.tier })),
    // Open-ended from the new year's first day: staff review them and record changes as usual.
    pairings: records.pairings.map((p) => ({ stateCode: p.stateCode, coachId: p.coachId, coachName: p.coachName, startsOn: year.startsOn })),
    teamMembers: records.teamMembers.map((m) => ({ stateCode: m.stateCode, userId: m.userId, name: m.name, email: m.email, title: m.title, isLead: m.isLead })),
    plansLeftBehind: records.planCount,
  };
}

export type RolloverPlan = ReturnType<typeof planRollover>;
