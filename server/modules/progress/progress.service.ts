import type { Static } from 'typebox';
import { stateProgress } from '../../domain/progress.ts';
import { todayIn } from '../../domain/dates.ts';
import { yearMonths } from '../../domain/timeline.ts';
import { NotFoundError } from '../../errors.ts';
import type { Ctx } from '../../lib/context.ts';
import { type ProgressFilter, findYear, stateFacts, yearActivities } from './progress.queries.ts';
import type { ProgressView } from './progress.schemas.ts';

/** The cross-state view: facts from one SQL statement, rules from the pure progress module. */
export async function crossStateProgress(ctx: Ctx, programYearId: string | undefined, filter: ProgressFilter): Promise<Static<typeof ProgressView>> {
  const year = await findYear(ctx.db, programYearId, ctx.today);
  if (!year) throw new NotFoundError('Program year');
  const [activities, facts] = await Promise.all([yearActivities(ctx.db, year.id), stateFacts(ctx.db, ctx.actor, year.id, filter)]);
  const rows = facts.map(({ timeZone, ...f }) => stateProgress(f, year, activities, ctx.today, todayIn(ctx.now, timeZone)));
  const count = (health: string) => rows.filter((r) => r.health === health).length;
  return {
    programYear: { id: year.id, name: year.name, startsOn: year.startsOn, endsOn: year.endsOn },
    today: ctx.today,
    months: yearMonths(year),
    activities,
    states: rows,
    summary: { onTrack: count('on_track'), needsAttention: count('needs_attention'), behind: count('behind') },
  };
}
