import { NotFoundError } from '../../errors.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { requireYear } from '../program-years/year-rules.ts';
import { baselineDomains } from '../assessments/baseline-domains.queries.ts';
import { entriesServing, stateCodeExists } from './playbook.queries.ts';
import { presentEntries } from './playbook.service.ts';

/**
 * The playbook entries that serve a state's priorities: the domains its baseline assessment of the year flags
 * as priorities for development. Entries serving more of them come first.
 */
export async function matchesFor(ctx: Ctx, code: string, programYearId: string) {
  const stateCode = code.toUpperCase();
  requireAccess(ctx.actor, 'assessment', 'read', stateCode, 'State');
  const baseline = await baselineDomains(ctx.db, programYearId, stateCode);
  // A baseline names its state and year (foreign keys), so they exist; only without one is either worth a
  // statement of its own, to tell "no baseline yet" from a state or year that is not there.
  if (baseline.length === 0) {
    if (!(await stateCodeExists(ctx.db, stateCode))) throw new NotFoundError('State');
    await requireYear(ctx.db, programYearId, 'programYear');
  }
  const priorities = baseline.filter((d) => d.priorities > 0).map(({ key, title }) => ({ key, title }));
  const priorityKeys = new Set(priorities.map((p) => p.key));
  const entries = await presentEntries(ctx, await entriesServing(ctx.db, [...priorityKeys]));
  const items = entries
    .map((entry) => ({ ...entry, matchedDomains: entry.domains.map((d) => d.key).filter((k) => priorityKeys.has(k)) }))
    .sort((a, b) => b.matchedDomains.length - a.matchedDomains.length || a.title.localeCompare(b.title));
  return { stateCode, assessmentId: baseline[0]?.assessmentId ?? null, priorities, items, total: items.length };
}
