import { ValidationError } from '../../errors.ts';
import type { Ctx } from '../../lib/context.ts';
import { headlineParts, linkOf } from './search-headline.ts';
import { type SearchFilter, type SearchRow, search } from './search.queries.ts';

/** Control characters (a NUL would break the query; ours mark highlights) count as spaces. */
const cleanQuery = (q: string) => q.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();

const present = (row: SearchRow) => ({
  kind: row.kind,
  id: row.id,
  stateCode: row.stateCode,
  programYearId: row.programYearId,
  date: row.day,
  title: row.title,
  headline: headlineParts(row.headline),
  rank: row.rank,
  link: linkOf(row),
});

export async function find(ctx: Ctx, filter: SearchFilter) {
  const q = cleanQuery(filter.q);
  if (q.length === 0) throw new ValidationError('q: type at least one word to search for');
  const result = await search(ctx.db, ctx.actor, { ...filter, q });
  return { total: result.total, items: result.items.map(present) };
}
