import { type Ctx, requireAccess } from '../../lib/context.ts';
import { requireStateAndYear } from '../program-years/year-rules.ts';
import { baselineDomains } from '../assessments/baseline-domains.queries.ts';
import { entriesServing } from './playbook.queries.ts';
import { presentEntries } from './playbook.service.ts';

/**
 * The playbook entries that serve a state's priorities: the domains its baseline assessment of the year flags
 * as priorities for development. Entries serving more of them come first.
 */
export async function matchesFor(ctx: Ctx, code: string, programYearId: string) {
  const stateCode = code.toUpperCase();
  requireAccess(ctx.actor, 'assessment', 'read', stateCode, 'State');
  const baseline = await baselineDomains(ctx.db, programYearId, stateCode);
  if (baseline.length === 0) await requireStateAndYear(ctx.db, stateCode, programYearId);
  const priorities = baseline.filter((d) => d.priorities > 0).map(({ key, title }) => ({ key, title }));
  const priorityKeys = new Set(priorities.map((p) => p.key));
  const entries = await presentEntries(ctx, await entriesServing(ctx.db, [...priorityKeys]));
  const items = entries
    .map((entry) => ({ ...entry, matchedDomains: entry.domains.map((d) => d.key).filter((k) => priorityKeys.has(k)) }))
    .sort((a, b) => b.matchedDomains.length - a.matchedDomains.length || a.title.localeCompare(b.title));
  return { stateCode, assessmentId: baseline[0]?.assessmentId ?? null, priorities, items, total: items.length };
}
