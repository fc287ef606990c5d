import { addDays } from 'date-fns';
import { type IsoDate, dayInWords as day, toDate, toIsoDate } from './dates.ts';
import { isMilestoneOverdue, isPast } from './timeline.ts';

/**
 * The next call's agenda, drafted from what the tracker knows about a state: open action items, milestones
 * that slipped or fall due before the call, priority areas of the baseline that no goal covers yet, and the
 * timeline activities coming up. The coach edits the draft; it becomes the call's agenda when saved.
 */

/** Activities are "coming up" from today until this many days after the call, so the call can prepare them. */
export const UPCOMING_DAYS_AFTER_CALL = 30;

export interface AgendaFacts {
  stateName: string;
  today: IsoDate;
  /** The day of the next call: milestones due up to this day are on the agenda. */
  callOn: IsoDate;
  actionItems: { description: string; owner: string; dueOn: IsoDate | null; done: boolean }[];
  milestones: { title: string; goalTitle: string; ownerName: string; dueOn: IsoDate; status: string }[];
  priorities: { key: string; title: string }[];
  /** Domain keys the plan's goals name. */
  goalDomainKeys: string[];
  activities: { title: string; startsOn: IsoDate; endsOn: IsoDate; dueOn: IsoDate | null }[];
}

export type AgendaSectionKey = 'action_items' | 'milestones' | 'priorities' | 'upcoming';

export interface AgendaItem {
  text: string;
  /** Why it is on the agenda, in words ("overdue since October 1, 2026"). */
  note: string;
  dueOn: IsoDate | null;
}

export interface AgendaSection {
  key: AgendaSectionKey;
  title: string;
  items: AgendaItem[];
}

const byDue = <T extends { dueOn: IsoDate | null }>(a: T, b: T) => (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31');

export function openActionItems(facts: AgendaFacts): AgendaItem[] {
  return facts.actionItems
    .filter((item) => !item.done)
    .sort(byDue)
    .map((item) => {
      const owner = item.owner ? `${item.owner}; ` : '';
      const due = item.dueOn ? (isPast(item.dueOn, facts.today) ? `overdue since ${day(item.dueOn)}` : `due ${day(item.dueOn)}`) : 'no due date';
      return { text: item.description, note: `${owner}${due}`, dueOn: item.dueOn };
    });
}

/** Milestones at risk or overdue, and open ones due between today and the call. */
export function milestonesToDiscuss(facts: AgendaFacts): AgendaItem[] {
  return facts.milestones
    .filter((m) => m.status !== 'completed' && m.status !== 'deferred')
    .map((m): AgendaItem | null => {
      const overdue = isMilestoneOverdue(m, facts.today);
      const reason = overdue ? `overdue since ${day(m.dueOn)}` : m.status === 'at_risk' ? `at risk, due ${day(m.dueOn)}` : m.dueOn <= facts.callOn ? `due ${day(m.dueOn)}, before the call` : null;
      return reason === null ? null : { text: `${m.title} (${m.goalTitle})`, note: m.ownerName ? `${m.ownerName}; ${reason}` : reason, dueOn: m.dueOn };
    })
    .filter((item): item is AgendaItem => item !== null)
    .sort(byDue);
}

export function uncoveredPriorities(facts: AgendaFacts): AgendaItem[] {
  const covered = new Set(facts.goalDomainKeys);
  return facts.priorities
    .filter((p) => !covered.has(p.key))
    .map((p) => ({ text: p.title, note: 'a priority in the baseline assessment that no goal of the plan addresses yet', dueOn: null }));
}

/** Activities that start or fall due from today until UPCOMING_DAYS_AFTER_CALL days after the call. */
export function upcomingActivities(facts: AgendaFacts): AgendaItem[] {
  const horizon = toIsoDate(addDays(toDate(facts.callOn), UPCOMING_DAYS_AFTER_CALL));
  const inWindow = (d: IsoDate | null) => d !== null && d >= facts.today && d <= horizon;
  return facts.activities
    .filter((a) => inWindow(a.startsOn) || inWindow(a.dueOn))
    .map((a) => {
      const when = inWindow(a.startsOn) ? a.startsOn : (a.dueOn as IsoDate);
      const note = inWindow(a.startsOn) ? (a.startsOn === a.endsOn ? day(a.startsOn) : `starts ${day(a.startsOn)}`) : `due ${day(when)}`;
      return { text: a.title, note, dueOn: when };
    })
    .sort(byDue);
}

export function draftAgenda(facts: AgendaFacts): { sections: AgendaSection[]; text: string } {
  const sections: AgendaSection[] = [
    { key: 'action_items', title: 'Open action items', items: openActionItems(facts) },
    { key: 'milestones', title: 'Milestones that slipped or fall due before the call', items: milestonesToDiscuss(facts) },
    { key: 'priorities', title: 'Priority areas not yet covered by a goal', items: uncoveredPriorities(facts) },
    { key: 'upcoming', title: 'Coming up on the timeline', items: upcomingActivities(facts) },
  ];
  return { sections, text: agendaText(facts, sections) };
}

/** The plain-text agenda a coach edits: numbered sections with their items, empty sections left out. */
export function agendaText(facts: Pick<AgendaFacts, 'stateName' | 'callOn'>, sections: AgendaSection[]): string {
  const filled = sections.filter((s) => s.items.length > 0);
  const lines = [`Agenda: ${facts.stateName}, call on ${day(facts.callOn)}`, ''];
  filled.forEach((section, i) => {
    lines.push(`${i + 1}. ${section.title}`);
    for (const item of section.items) lines.push(`   - ${item.text} (${item.note})`);
    lines.push('');
  });
  lines.push(`${filled.length + 1}. Next steps: owners and due dates`);
  return lines.join('\n');
}
