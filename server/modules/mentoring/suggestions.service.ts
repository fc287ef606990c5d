import { eq } from 'drizzle-orm';
import { mentoringPairs, states } from '../../../db/schema/index.ts';
import { type StateBaseline, suggestPeerPairs } from '../../domain/peer-matching.ts';
import { ForbiddenError } from '../../errors.ts';
import type { Ctx } from '../../lib/context.ts';
import { baselineDomains } from '../assessments/baseline-domains.queries.ts';
import { requireYear } from '../program-years/year-rules.ts';

/**
 * Suggested peer-mentoring pairs for a year, from the states' baseline assessments. Staff only: a suggestion
 * tells one state how another rated itself, and setting pairs up is staff's. Accepting one is an ordinary
 * POST /api/mentoring-pairs with the suggestion's states and focus.
 */
export async function suggestions(ctx: Ctx, programYearId: string) {
  if (ctx.actor.role !== 'staff') throw new ForbiddenError('Only TA staff see peer-mentoring suggestions');
  await requireYear(ctx.db, programYearId, 'programYear');
  const [domains, names, pairs] = await Promise.all([
    baselineDomains(ctx.db, programYearId),
    ctx.db.select({ code: states.code, name: states.name }).from(states),
    ctx.db.select({ a: mentoringPairs.stateA, b: mentoringPairs.stateB }).from(mentoringPairs).where(eq(mentoringPairs.programYearId, programYearId)),
  ]);
  const nameOf = new Map(names.map((s) => [s.code, s.name]));
  const byState = new Map<string, StateBaseline>();
  for (const d of domains) {
    const baseline = byState.get(d.stateCode) ?? { stateCode: d.stateCode, stateName: nameOf.get(d.stateCode) ?? d.stateCode, domains: [] };
    baseline.domains.push({ key: d.key, title: d.title, average: d.average, priorities: d.priorities });
    byState.set(d.stateCode, baseline);
  }
  const items = suggestPeerPairs([...byState.values()], pairs.map((p) => [p.a, p.b])).map((s) => ({
    ...s,
    programYearId,
    stateAName: nameOf.get(s.stateA) ?? s.stateA,
    stateBName: nameOf.get(s.stateB) ?? s.stateB,
  }));
  return { items, total: items.length };
}
