import { describe, expect, it } from 'vitest';
import { type StateFacts, stateProgress, summariseMilestones } from '../../server/domain/progress.ts';
import { defaultTimeline } from '../../server/domain/timeline.ts';

/** The deck's 2026–27 year: 1 Aug 2026 to 31 Aug 2027; calls required September through August. */
const { span, activities } = defaultTimeline(2026);

const COACH_A = { coachId: 'coach-a', coachName: 'Nan Dare', startsOn: '2026-08-01', endsOn: null };
const ON_TRACK = 'Calls held every month so far and every checkpoint met or not yet due';
const LIGHT_TOUCH = 'Light-touch participation: networking only, no coaching checkpoints';
const ASSESSMENT_TITLE = 'Career Pathways Readiness Assessment with coaches';
const PLAN_TITLE = "States' customised project plan";
const VISITS_TITLE = 'Two site visits (scheduled by state and coach)';

/** One held call a month, September 2026 to August 2027 (none in the kick-off month). */
const MONTHLY_CALL_DAYS = [
  '2026-09-10', '2026-10-08', '2026-11-12', '2026-12-09', '2027-01-13', '2027-02-10',
  '2027-03-10', '2027-04-07', '2027-05-12', '2027-06-09', '2027-07-07', '2027-08-04',
];

type Call = StateFacts['calls'][number];
const held = (date: string): Call => ({ date, status: 'held' });
const scheduled = (date: string): Call => ({ date, status: 'scheduled' });
const cancelled = (date: string): Call => ({ date, status: 'cancelled' });
/** Held calls on every monthly call day up to and including `todayIso`, except the months left out. */
const heldCallsUntil = (todayIso: string, ...skipMonths: string[]): Call[] =>
  MONTHLY_CALL_DAYS.filter((d) => d <= todayIso && !skipMonths.some((m) => d.startsWith(m))).map(held);

function facts(overrides: Partial<StateFacts> = {}): StateFacts {
  return {
    stateCode: 'AR',
    stateName: 'Arkansas',
    tier: 'intensive',
    pairings: [COACH_A],
    calls: [],
    visits: [],
    assessments: [],
    planReadyOn: null,
    milestones: [],
    ...overrides,
  };
}

/** A state doing everything on time up to `todayIso`: calls every month, assessment and plan early. */
function healthy(todayIso: string, overrides: Partial<StateFacts> = {}): StateFacts {
  return facts({
    calls: heldCallsUntil(todayIso),
    assessments: [{ kind: 'baseline', completedOn: '2026-10-20' }],
    planReadyOn: '2026-11-20',
    ...overrides,
  });
}

const progress = (f: StateFacts, todayIso: string) => stateProgress(f, span, activities, todayIso);
const month = (p: ReturnType<typeof progress>, key: string) => {
  const cell = p.months.find((m) => m.month === key);
  if (!cell) throw new Error(`no month ${key}`);
  return cell;
};
const statuses = (p: ReturnType<typeof progress>) => Object.fromEntries(p.months.map((m) => [m.month, m.callStatus]));
const checkpoint = (p: ReturnType<typeof progress>, kind: string) => {
  const found = p.checkpoints.find((c) => c.kind === kind);
  if (!found) throw new Error(`no checkpoint ${kind}`);
  return found;
};

describe('stateProgress: monthly coaching calls', () => {
  const TODAY = '2027-02-20';

  it('is on track when a call was held in every required month so far', () => {
    const p = progress(healthy(TODAY, { visits: [{ number: 1, status: 'completed', startsOn: '2026-12-08' }] }), TODAY);
    expect(statuses(p)).toEqual({
      '2026-08': 'not_required',
      '2026-09': 'held',
      '2026-10': 'held',
      '2026-11': 'held',
      '2026-12': 'held',
      '2027-01': 'held',
      '2027-02': 'held',
      '2027-03': 'upcoming',
      '2027-04': 'upcoming',
      '2027-05': 'upcoming',
      '2027-06': 'upcoming',
      '2027-07': 'upcoming',
      '2027-08': 'upcoming',
    });
    expect(p.missedMonths).toBe(0);
    expect(p.health).toBe('on_track');
    expect(p.reasons).toEqual([ON_TRACK]);
  });

  it('describes each month with its calls, visits, checkpoints and coach', () => {
    const p = progress(healthy(TODAY, { visits: [{ number: 1, status: 'completed', startsOn: '2026-12-08' }] }), TODAY);
    expect(p.months).toHaveLength(13);
    expect(month(p, '2026-10')).toEqual({
      month: '2026-10',
      callRequired: true,
      callStatus: 'held',
      heldCalls: 1,
      scheduledCalls: 0,
      visits: [],
      checkpoints: [{ kind: 'assessment', status: 'met' }],
      coachId: 'coach-a',
    });
    expect(month(p, '2026-11').checkpoints).toEqual([{ kind: 'plan', status: 'met' }]);
    expect(month(p, '2026-12').visits).toEqual([{ number: 1, status: 'completed' }]);
    expect(month(p, '2027-07').checkpoints).toEqual([{ kind: 'site_visits', status: 'pending' }]);
    expect(month(p, '2027-08').checkpoints).toEqual([{ kind: 'reassessment', status: 'pending' }]);
  });

  it('counts several held and scheduled calls in one month', () => {
    const f = healthy(TODAY);
    f.calls.push(held('2027-01-27'), scheduled('2027-02-24'), cancelled('2027-02-03'));
    const p = progress(f, TODAY);
    expect(month(p, '2027-01')).toMatchObject({ callStatus: 'held', heldCalls: 2, scheduledCalls: 0 });
    expect(month(p, '2027-02')).toMatchObject({ callStatus: 'held', heldCalls: 1, scheduledCalls: 1 });
  });

  it('needs attention after one missed month, naming the month', () => {
    const p = progress(healthy(TODAY, { calls: heldCallsUntil(TODAY, '2026-10') }), TODAY);
    expect(month(p, '2026-10')).toMatchObject({ callRequired: true, callStatus: 'missed', heldCalls: 0 });
    expect(p.missedMonths).toBe(1);
    expect(p.health).toBe('needs_attention');
    expect(p.reasons).toEqual(['No coaching call held in October 2026']);
  });

  it('is behind after two missed months, naming both', () => {
    const p = progress(healthy(TODAY, { calls: heldCallsUntil(TODAY, '2026-10', '2026-12') }), TODAY);
    expect(month(p, '2026-10').callStatus).toBe('missed');
    expect(month(p, '2026-12').callStatus).toBe('missed');
    expect(p.missedMonths).toBe(2);
    expect(p.health).toBe('behind');
    expect(p.reasons).toEqual(['No coaching call held in 2 months (October 2026, December 2026)']);
  });

  it('counts a past month whose call was only scheduled or cancelled as missed', () => {
    const f = healthy(TODAY, { calls: [...heldCallsUntil(TODAY, '2026-11', '2026-12'), scheduled('2026-11-12'), cancelled('2026-12-09')] });
    const p = progress(f, TODAY);
    expect(month(p, '2026-11')).toMatchObject({ callStatus: 'missed', scheduledCalls: 1 });
    expect(month(p, '2026-12')).toMatchObject({ callStatus: 'missed', heldCalls: 0, scheduledCalls: 0 });
    expect(p.health).toBe('behind');
  });

  it("shows 'scheduled' for the current month when its call is scheduled but not yet held", () => {
    const p = progress(healthy(TODAY, { calls: [...heldCallsUntil(TODAY, '2027-02'), scheduled('2027-02-25')] }), TODAY);
    expect(month(p, '2027-02')).toMatchObject({ callStatus: 'scheduled', heldCalls: 0, scheduledCalls: 1 });
    expect(p.health).toBe('on_track');
    expect(p.reasons).toEqual([ON_TRACK]);
  });

  it("shows 'due' for the current month with nothing held or scheduled, and flags it from the 15th", () => {
    const f = healthy(TODAY, { calls: heldCallsUntil(TODAY, '2027-02') });
    const early = progress(f, '2027-02-14');
    expect(month(early, '2027-02').callStatus).toBe('due');
    expect(early.health).toBe('on_track');
    expect(early.reasons).toEqual([ON_TRACK]);

    const late = progress(f, '2027-02-15');
    expect(month(late, '2027-02').callStatus).toBe('due');
    expect(late.health).toBe('needs_attention');
    expect(late.reasons).toEqual(['No call held or scheduled yet in February 2027']);
  });

  it("makes a month 'due' on its first day and 'missed' only the day after its last", () => {
    const calls = [...heldCallsUntil('2026-12-31'), held('2026-12-28')];
    const lastDay = progress(healthy('2027-01-31', { calls }), '2027-01-31');
    expect(month(lastDay, '2027-01').callStatus).toBe('due');
    expect(month(lastDay, '2027-02').callStatus).toBe('upcoming');

    const nextDay = progress(healthy('2027-02-01', { calls }), '2027-02-01');
    expect(month(nextDay, '2027-01').callStatus).toBe('missed');
    expect(month(nextDay, '2027-02').callStatus).toBe('due');
    expect(nextDay.reasons).toEqual(['No coaching call held in January 2027']);
  });

  it("shows months after the current one as 'upcoming', or 'scheduled' when a call is booked", () => {
    const f = healthy(TODAY);
    f.calls.push(scheduled('2027-03-09'));
    const p = progress(f, TODAY);
    expect(month(p, '2027-03')).toMatchObject({ callRequired: true, callStatus: 'scheduled', scheduledCalls: 1 });
    expect(month(p, '2027-04')).toMatchObject({ callRequired: true, callStatus: 'upcoming' });
    expect(month(p, '2027-08')).toMatchObject({ callRequired: true, callStatus: 'upcoming' });
  });

  it("never requires a call in the kick-off month (August 2026): 'not_required', 'scheduled' or 'held'", () => {
    const none = progress(healthy(TODAY), TODAY);
    expect(month(none, '2026-08')).toMatchObject({ callRequired: false, callStatus: 'not_required', heldCalls: 0 });

    const withHeld = progress(healthy(TODAY, { calls: [held('2026-08-20'), ...heldCallsUntil(TODAY)] }), TODAY);
    expect(month(withHeld, '2026-08')).toMatchObject({ callRequired: false, callStatus: 'held', heldCalls: 1 });

    const withScheduled = progress(healthy(TODAY, { calls: [scheduled('2026-08-20'), ...heldCallsUntil(TODAY)] }), TODAY);
    expect(month(withScheduled, '2026-08')).toMatchObject({ callRequired: false, callStatus: 'scheduled' });
    expect(withScheduled.missedMonths).toBe(0);
  });

  it('requires a call in September (the first call) and in August 2027 (the last monthly call)', () => {
    const p = progress(healthy(TODAY), TODAY);
    expect(p.months.filter((m) => m.callRequired).map((m) => m.month)).toEqual([
      '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02',
      '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08',
    ]);
  });
});

describe('stateProgress: baseline assessment checkpoint (due 31 October)', () => {
  const calls = heldCallsUntil('2026-11-01');

  it('is pending on 31 October itself', () => {
    const p = progress(facts({ calls }), '2026-10-31');
    expect(checkpoint(p, 'assessment')).toEqual({
      kind: 'assessment',
      title: ASSESSMENT_TITLE,
      dueOn: '2026-10-31',
      status: 'pending',
      metOn: null,
      done: 0,
      required: 1,
    });
    expect(p.health).toBe('on_track');
  });

  it('is overdue from 1 November when not completed, making the state behind with the reason in words', () => {
    const p = progress(facts({ calls, assessments: [{ kind: 'baseline', completedOn: null }] }), '2026-11-01');
    expect(checkpoint(p, 'assessment')).toMatchObject({ status: 'overdue', metOn: null, done: 0, required: 1 });
    expect(month(p, '2026-10').checkpoints).toEqual([{ kind: 'assessment', status: 'overdue' }]);
    expect(p.health).toBe('behind');
    expect(p.reasons).toEqual([`${ASSESSMENT_TITLE}: overdue since October 31, 2026 (0 of 1 done)`]);
  });

  it('is not met by a reassessment', () => {
    const p = progress(facts({ calls, assessments: [{ kind: 'reassessment', completedOn: '2026-10-15' }] }), '2026-11-01');
    expect(checkpoint(p, 'assessment').status).toBe('overdue');
    expect(checkpoint(p, 'reassessment')).toMatchObject({ status: 'met', metOn: '2026-10-15' });
  });

  it('is met when completed on the due day', () => {
    const p = progress(facts({ calls, assessments: [{ kind: 'baseline', completedOn: '2026-10-31' }] }), '2026-11-01');
    expect(checkpoint(p, 'assessment')).toMatchObject({ status: 'met', metOn: '2026-10-31', done: 1 });
  });

  it('is met_late when completed after 31 October, which no longer counts against the state', () => {
    const p = progress(facts({ calls, assessments: [{ kind: 'baseline', completedOn: '2026-11-05' }] }), '2026-11-10');
    expect(checkpoint(p, 'assessment')).toMatchObject({ status: 'met_late', metOn: '2026-11-05', done: 1, required: 1 });
    expect(month(p, '2026-10').checkpoints).toEqual([{ kind: 'assessment', status: 'met_late' }]);
    expect(p.health).toBe('on_track');
  });
});

describe('stateProgress: project plan checkpoint (due 30 November)', () => {
  const base = { calls: heldCallsUntil('2026-12-01'), assessments: [{ kind: 'baseline' as const, completedOn: '2026-10-20' }] };

  it('is pending until 30 November and overdue on 1 December without a plan', () => {
    expect(checkpoint(progress(facts(base), '2026-11-30'), 'plan')).toMatchObject({ status: 'pending', dueOn: '2026-11-30' });
    const p = progress(facts(base), '2026-12-01');
    expect(checkpoint(p, 'plan')).toEqual({
      kind: 'plan',
      title: PLAN_TITLE,
      dueOn: '2026-11-30',
      status: 'overdue',
      metOn: null,
      done: 0,
      required: 1,
    });
    expect(p.health).toBe('behind');
    expect(p.reasons).toEqual([`${PLAN_TITLE}: overdue since November 30, 2026 (0 of 1 done)`]);
  });

  it('is met when the plan had a milestone by 30 November, met_late after', () => {
    expect(checkpoint(progress(facts({ ...base, planReadyOn: '2026-11-30' }), '2026-12-01'), 'plan')).toMatchObject({
      status: 'met',
      metOn: '2026-11-30',
      done: 1,
    });
    expect(checkpoint(progress(facts({ ...base, planReadyOn: '2026-12-03' }), '2026-12-05'), 'plan')).toMatchObject({
      status: 'met_late',
      metOn: '2026-12-03',
    });
  });

  it('reports only the four dated checkpoints, in timeline order', () => {
    const p = progress(facts(base), '2026-12-01');
    expect(p.checkpoints.map((c) => [c.kind, c.dueOn])).toEqual([
      ['assessment', '2026-10-31'],
      ['plan', '2026-11-30'],
      ['site_visits', '2027-07-31'],
      ['reassessment', '2027-08-31'],
    ]);
  });
});

describe('stateProgress: two site visits by 31 July', () => {
  it('counts only completed visits, ignoring a cancelled one, and is met on the day of the second', () => {
    const visits: StateFacts['visits'] = [
      { number: 1, status: 'completed', startsOn: '2026-12-08' },
      { number: 2, status: 'cancelled', startsOn: '2027-03-01' },
      { number: 2, status: 'completed', startsOn: '2027-04-14' },
    ];
    const p = progress(healthy('2027-05-01', { visits }), '2027-05-01');
    expect(checkpoint(p, 'site_visits')).toEqual({
      kind: 'site_visits',
      title: VISITS_TITLE,
      dueOn: '2027-07-31',
      status: 'met',
      metOn: '2027-04-14',
      done: 2,
      required: 2,
    });
    expect(month(p, '2026-12').visits).toEqual([{ number: 1, status: 'completed' }]);
    expect(month(p, '2027-03').visits).toEqual([]);
    expect(month(p, '2027-04').visits).toEqual([{ number: 2, status: 'completed' }]);
    expect(month(p, '2027-07').checkpoints).toEqual([{ kind: 'site_visits', status: 'met' }]);
  });

  it('shows a scheduled visit in its month without counting it as done', () => {
    const visits: StateFacts['visits'] = [
      { number: 1, status: 'completed', startsOn: '2026-12-08' },
      { number: 2, status: 'scheduled', startsOn: '2027-05-10' },
      { number: 2, status: 'proposed', startsOn: null },
    ];
    const p = progress(healthy('2027-05-01', { visits }), '2027-05-01');
    expect(checkpoint(p, 'site_visits')).toMatchObject({ status: 'pending', metOn: null, done: 1, required: 2 });
    expect(month(p, '2027-05').visits).toEqual([{ number: 2, status: 'scheduled' }]);
    expect(p.months.flatMap((m) => m.visits)).toHaveLength(2);
  });

  it('is overdue on 1 August with one completed visit and one cancelled, making the state behind', () => {
    const visits: StateFacts['visits'] = [
      { number: 1, status: 'completed', startsOn: '2026-12-08' },
      { number: 2, status: 'cancelled', startsOn: '2027-06-15' },
    ];
    const p = progress(healthy('2027-08-01', { visits }), '2027-08-01');
    expect(checkpoint(p, 'site_visits')).toMatchObject({ status: 'overdue', metOn: null, done: 1, required: 2 });
    expect(p.health).toBe('behind');
    expect(p.reasons).toEqual([`${VISITS_TITLE}: overdue since July 31, 2027 (1 of 2 done)`]);
  });

  it('is met_late when the second visit is completed after 31 July', () => {
    const visits: StateFacts['visits'] = [
      { number: 2, status: 'completed', startsOn: '2027-08-05' },
      { number: 1, status: 'completed', startsOn: '2027-02-02' },
    ];
    const p = progress(healthy('2027-08-06', { visits }), '2027-08-06');
    expect(checkpoint(p, 'site_visits')).toMatchObject({ status: 'met_late', metOn: '2027-08-05', done: 2 });
  });
});

describe('summariseMilestones', () => {
  const TODAY = '2027-02-20';
  const milestones = [
    { dueOn: '2027-01-31', status: 'completed' },
    { dueOn: '2027-03-31', status: 'completed' },
    { dueOn: '2027-02-01', status: 'in_progress' },
    { dueOn: TODAY, status: 'at_risk' },
    { dueOn: '2026-12-31', status: 'deferred' },
    { dueOn: '2027-01-15', status: 'not_started' },
  ];

  it('counts each status, leaves deferred milestones out of the percentage, and counts open ones past due', () => {
    expect(summariseMilestones(milestones, TODAY)).toEqual({
      total: 6,
      completed: 2,
      inProgress: 1,
      atRisk: 1,
      deferred: 1,
      overdue: 2,
      percentComplete: 40,
    });
  });

  it('rounds the percentage to a whole number', () => {
    const three = (done: number) =>
      Array.from({ length: 3 }, (_, i) => ({ dueOn: '2027-06-30', status: i < done ? 'completed' : 'in_progress' }));
    expect(summariseMilestones(three(1), TODAY).percentComplete).toBe(33);
    expect(summariseMilestones(three(2), TODAY).percentComplete).toBe(67);
    expect(summariseMilestones(three(3), TODAY).percentComplete).toBe(100);
  });

  it('gives 0% when there are no milestones or all are deferred', () => {
    expect(summariseMilestones([], TODAY)).toEqual({
      total: 0,
      completed: 0,
      inProgress: 0,
      atRisk: 0,
      deferred: 0,
      overdue: 0,
      percentComplete: 0,
    });
    expect(summariseMilestones([{ dueOn: '2027-01-01', status: 'deferred' }], TODAY)).toMatchObject({ total: 1, deferred: 1, overdue: 0, percentComplete: 0 });
  });

  it('makes a state need attention for overdue and at-risk milestones', () => {
    const p = progress(healthy(TODAY, { milestones }), TODAY);
    expect(p.milestones.overdue).toBe(2);
    expect(p.health).toBe('needs_attention');
    expect(p.reasons).toEqual(['2 milestones overdue', '1 milestone at risk']);
  });

  it('uses the singular for one overdue milestone', () => {
    const p = progress(healthy(TODAY, { milestones: [{ dueOn: '2027-02-19', status: 'in_progress' }] }), TODAY);
    expect(p.health).toBe('needs_attention');
    expect(p.reasons).toEqual(['1 milestone overdue']);
  });

  it('makes a state behind with three or more overdue milestones', () => {
    const overdue = ['2027-01-10', '2027-01-20', '2027-02-19'].map((dueOn) => ({ dueOn, status: 'not_started' }));
    const p = progress(healthy(TODAY, { milestones: overdue }), TODAY);
    expect(p.health).toBe('behind');
    expect(p.reasons).toEqual(['3 milestones overdue']);
  });
});

describe('stateProgress: light-touch states', () => {
  const TODAY = '2027-02-20';

  it('requires no call in any month and never reports a missed month', () => {
    const p = progress(facts({ tier: 'light_touch', pairings: [] }), TODAY);
    expect(p.tier).toBe('light_touch');
    expect(p.months.every((m) => !m.callRequired && m.callStatus === 'not_required')).toBe(true);
    expect(p.missedMonths).toBe(0);
    expect(p.coaches).toEqual([]);
    expect(p.months.every((m) => m.coachId === null)).toBe(true);
  });

  it('still shows a held call in its month', () => {
    const p = progress(facts({ tier: 'light_touch', calls: [held('2026-11-14')] }), TODAY);
    expect(month(p, '2026-11')).toMatchObject({ callRequired: false, callStatus: 'held', heldCalls: 1 });
    expect(p.lastContactOn).toBe('2026-11-14');
  });

  it('is on track with its own reason, even with no contact and nothing done', () => {
    const p = progress(facts({ tier: 'light_touch', milestones: [{ dueOn: '2026-12-01', status: 'not_started' }] }), TODAY);
    expect(p.health).toBe('on_track');
    expect(p.reasons).toEqual([LIGHT_TOUCH]);
  });

  // Light touch is networking only: a grid that marked its assessment "overdue" in red would contradict
  // the health signal beside it.
  it('expects no assessment, plan or visit checkpoints of it', () => {
    const p = progress(facts({ tier: 'light_touch' }), TODAY);
    expect(p.checkpoints).toEqual([]);
    expect(p.months.every((m) => m.checkpoints.length === 0)).toBe(true);
    expect(p.health).toBe('on_track');
  });
});

describe('stateProgress: last contact', () => {
  const TODAY = '2027-02-20';

  it('is the latest held call or completed visit on or before today', () => {
    const p = progress(healthy(TODAY, { visits: [{ number: 1, status: 'completed', startsOn: '2027-02-16' }] }), TODAY);
    expect(p.lastContactOn).toBe('2027-02-16');
    expect(p.daysSinceContact).toBe(4);
  });

  it('ignores calls and visits dated in the future, and scheduled or cancelled calls', () => {
    const f = healthy(TODAY, {
      calls: [...heldCallsUntil(TODAY), held('2027-02-25'), scheduled('2027-02-19'), cancelled('2027-02-18')],
      visits: [
        { number: 1, status: 'completed', startsOn: '2027-03-02' },
        { number: 2, status: 'scheduled', startsOn: '2027-02-17' },
      ],
    });
    const p = progress(f, TODAY);
    expect(p.lastContactOn).toBe('2027-02-10');
    expect(p.daysSinceContact).toBe(10);
  });

  it('counts a call held today as zero days since contact', () => {
    const p = progress(healthy(TODAY, { calls: [...heldCallsUntil(TODAY), held(TODAY)] }), TODAY);
    expect(p.lastContactOn).toBe(TODAY);
    expect(p.daysSinceContact).toBe(0);
  });

  it('counts days across the year boundary', () => {
    const p = progress(healthy('2027-01-05', { calls: heldCallsUntil('2026-12-31') }), '2027-01-05');
    expect(p.lastContactOn).toBe('2026-12-09');
    expect(p.daysSinceContact).toBe(27);
  });

  it('is null with a reason when nothing has been logged yet', () => {
    const p = progress(facts(), '2026-08-20');
    expect(p.lastContactOn).toBeNull();
    expect(p.daysSinceContact).toBeNull();
    expect(p.health).toBe('needs_attention');
    expect(p.reasons).toEqual(['No contact logged yet']);
  });

  it('needs attention after more than 45 days without contact (46, not 45)', () => {
    const upToJanuary = (janDay: string) => [...heldCallsUntil('2026-12-31'), held(janDay), scheduled('2027-02-25')];
    const at45 = progress(healthy(TODAY, { calls: upToJanuary('2027-01-06') }), TODAY);
    expect(at45.daysSinceContact).toBe(45);
    expect(at45.health).toBe('on_track');

    const at46 = progress(healthy(TODAY, { calls: upToJanuary('2027-01-05') }), TODAY);
    expect(at46.daysSinceContact).toBe(46);
    expect(at46.health).toBe('needs_attention');
    expect(at46.reasons).toEqual(['46 days since the last contact']);
  });
});

describe('stateProgress: a coach change mid-year', () => {
  const TODAY = '2027-02-20';
  const A = { coachId: 'coach-a', coachName: 'Nan Dare', startsOn: '2026-08-01', endsOn: '2027-01-15' };
  const B = { coachId: 'coach-b', coachName: 'Donna Barnett', startsOn: '2027-01-16', endsOn: null };
  const expected = {
    '2026-08': 'coach-a',
    '2026-09': 'coach-a',
    '2026-10': 'coach-a',
    '2026-11': 'coach-a',
    '2026-12': 'coach-a',
    '2027-01': 'coach-b',
    '2027-02': 'coach-b',
    '2027-03': 'coach-b',
    '2027-04': 'coach-b',
    '2027-05': 'coach-b',
    '2027-06': 'coach-b',
    '2027-07': 'coach-b',
    '2027-08': 'coach-b',
  };
  const coachByMonth = (p: ReturnType<typeof progress>) => Object.fromEntries(p.months.map((m) => [m.month, m.coachId]));

  it('gives months up to December to coach A, and January (both overlap) onwards to coach B, who started last', () => {
    const p = progress(healthy(TODAY, { pairings: [A, B] }), TODAY);
    expect(coachByMonth(p)).toEqual(expected);
  });

  it('does not depend on the order the pairings come in', () => {
    expect(coachByMonth(progress(healthy(TODAY, { pairings: [B, A] }), TODAY))).toEqual(expected);
  });

  it('lists both coaches, once each, in pairing order', () => {
    const p = progress(healthy(TODAY, { pairings: [A, B] }), TODAY);
    expect(p.coaches).toEqual([
      { id: 'coach-a', name: 'Nan Dare' },
      { id: 'coach-b', name: 'Donna Barnett' },
    ]);
    const again = progress(healthy(TODAY, { pairings: [A, B, { ...A, startsOn: '2027-06-01', endsOn: null }] }), TODAY);
    expect(again.coaches).toHaveLength(2);
  });

  it('leaves a month with no pairing without a coach', () => {
    const late = { ...COACH_A, startsOn: '2026-09-01' };
    const p = progress(healthy(TODAY, { pairings: [late] }), TODAY);
    expect(month(p, '2026-08').coachId).toBeNull();
    expect(month(p, '2026-09').coachId).toBe('coach-a');
  });

  it('does not change the health signal', () => {
    const p = progress(healthy(TODAY, { pairings: [A, B] }), TODAY);
    expect(p.health).toBe('on_track');
    expect(p.stateCode).toBe('AR');
    expect(p.stateName).toBe('Arkansas');
  });
});

describe('stateProgress: reasons combine', () => {
  it('lists behind reasons before attention reasons when a state is behind', () => {
    const TODAY = '2026-12-20';
    const f = facts({
      calls: heldCallsUntil(TODAY, '2026-10', '2026-11'),
      milestones: [{ dueOn: '2026-12-15', status: 'at_risk' }],
    });
    const p = progress(f, TODAY);
    expect(p.health).toBe('behind');
    expect(p.reasons).toEqual([
      'No coaching call held in 2 months (October 2026, November 2026)',
      `${ASSESSMENT_TITLE}: overdue since October 31, 2026 (0 of 1 done)`,
      `${PLAN_TITLE}: overdue since November 30, 2026 (0 of 1 done)`,
      '1 milestone overdue',
      '1 milestone at risk',
    ]);
  });
});
