import type { Static } from 'typebox';
import { type Actor, visibleStates } from '../../domain/access.ts';
import { sameDaysWindow, todayIn } from '../../domain/dates.ts';
import { stateProgress } from '../../domain/progress.ts';
import { yearMonths } from '../../domain/timeline.ts';
import { NotFoundError } from '../../errors.ts';
import type { Ctx } from '../../lib/context.ts';
import type { EncodedAnswer } from '../../lib/encoded-answer.ts';
import { type ProgressFilter, findYear, stateFacts, yearActivities } from './progress.queries.ts';
import type { ProgressView } from './progress.schemas.ts';

type View = Static<typeof ProgressView>;

/**
 * Every participating state's progress for one year, as computed at one data version on one day: what a process
 * keeps between requests. Each request then takes the rows its user may see (and asked for) from it.
 */
export interface ProgressSnapshot {
  view: View;
  /**
   * The instants (ms) between which the server's day and every state's own day (rules such as "overdue" read
   * the state's calendar) are those it was computed on.
   */
  sameDays: { from: number; until: number };
  /**
   * Answers already serialized and encoded, by `answerKey`: the same few (staff, each coach, each state) come
   * again and again, and encoding 200 KB of JSON to UTF-8 bytes was most of what a cached answer still cost.
   */
  answers: Map<string, EncodedAnswer>;
}

const MAX_ANSWERS = 256;

/** The facts from one SQL statement, the rules from the pure progress module, for every state of the year. */
export async function progressSnapshot(ctx: Pick<Ctx, 'db' | 'now' | 'today'>, programYearId: string | undefined): Promise<ProgressSnapshot> {
  const year = await findYear(ctx.db, programYearId, ctx.today);
  if (!year) throw new NotFoundError('Program year');
  const [activities, facts] = await Promise.all([yearActivities(ctx.db, year.id), stateFacts(ctx.db, 'all', year.id, {})]);
  const zoneDays = new Map(facts.map((f) => [f.timeZone, todayIn(ctx.now, f.timeZone)]));
  const rows = facts.map(({ timeZone, ...f }) => stateProgress(f, year, activities, ctx.today, zoneDays.get(timeZone)));
  return {
    view: {
      programYear: { id: year.id, name: year.name, startsOn: year.startsOn, endsOn: year.endsOn },
      today: ctx.today,
      months: yearMonths(year),
      activities,
      states: rows,
      summary: summarise(rows),
    },
    sameDays: sameDaysWindow(ctx.now, zoneDays.keys()),
    answers: new Map(),
  };
}

/** Still right for this moment: the same day on the server and in every state's time zone. */
export function isCurrent(snapshot: ProgressSnapshot, now: Date): boolean {
  const t = now.getTime();
  return t >= snapshot.sameDays.from && t < snapshot.sameDays.until;
}

/** The part of the view an actor may see, narrowed by the query's filters; the summary counts what is left. */
export function progressFor(view: View, actor: Actor, filter: ProgressFilter): View {
  const visible = visibleStates(actor);
  const state = filter.state?.toUpperCase();
  const states = view.states.filter(
    (row) =>
      (visible === 'all' || visible.includes(row.stateCode)) &&
      (!state || row.stateCode === state) &&
      (!filter.tier || row.tier === filter.tier) &&
      (!filter.coach || row.coaches.some((c) => c.id === filter.coach)),
  );
  return states.length === view.states.length ? view : { ...view, states, summary: summarise(states) };
}

/** Two requests with the same key get the same answer from the same snapshot. */
export function answerKey(actor: Actor, filter: ProgressFilter): string {
  const visible = visibleStates(actor);
  const scope = visible === 'all' ? '*' : [...visible].sort().join(',');
  return [scope, filter.state?.toUpperCase() ?? '', filter.tier ?? '', filter.coach ?? ''].join('|');
}

/** Keeps a serialized answer; the oldest goes once there are many (filters people rarely repeat). */
export function rememberAnswer(snapshot: ProgressSnapshot, key: string, body: EncodedAnswer) {
  if (snapshot.answers.size >= MAX_ANSWERS) snapshot.answers.delete(snapshot.answers.keys().next().value as string);
  snapshot.answers.set(key, body);
}

function summarise(rows: View['states']): View['summary'] {
  const count = (health: string) => rows.filter((r) => r.health === health).length;
  return { onTrack: count('on_track'), needsAttention: count('needs_attention'), behind: count('behind') };
}
