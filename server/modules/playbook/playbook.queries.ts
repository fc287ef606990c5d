import { type SQL, type SQLWrapper, and, asc, eq, exists, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { callResources, domains, instruments, playbookEntries, playbookEntryDomains, states } from '../../../db/schema/index.ts';
import { searchVector } from '../../../db/schema/search-text.ts';
import { runPrepared } from '../../lib/prepared.ts';
import { allOf, countRows, page, paginate } from '../../lib/records.ts';
import { DEFAULT_INSTRUMENT_NAME } from '../instruments/instruments.queries.ts';

export type EntryRow = typeof playbookEntries.$inferSelect & { stateName: string | null };
export interface EntryDomain {
  key: string;
  title: string;
}

export interface PlaybookFilter {
  domain?: string;
  state?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

const entryColumns = { entry: playbookEntries, stateName: states.name };
const flatten = (rows: { entry: typeof playbookEntries.$inferSelect; stateName: string | null }[]): EntryRow[] =>
  rows.map((r) => ({ ...r.entry, stateName: r.stateName }));
const selectEntries = (db: Db | Tx) => db.select(entryColumns).from(playbookEntries).leftJoin(states, eq(states.code, playbookEntries.stateCode));

/** Entries serving any domain with one of these keys (an array value; whatever instrument revision the link points at). */
export const servesAnyDomain = (db: Db | Tx, keys: SQLWrapper): SQL =>
  exists(
    db
      .select({ one: sql`1` })
      .from(playbookEntryDomains)
      .innerJoin(domains, eq(domains.id, playbookEntryDomains.domainId))
      .where(and(eq(playbookEntryDomains.entryId, playbookEntries.id), sql`${domains.key} = any(${keys})`)),
  );

function textMatches(q: string): SQL {
  // Full-text for words (stemmed), and a plain substring of the title for names and part-words.
  return or(
    sql`${searchVector(playbookEntries.title, playbookEntries.summary)} @@ websearch_to_tsquery('english', ${q})`,
    sql`position(lower(${q}) in lower(${playbookEntries.title})) > 0`,
  ) as SQL;
}

export function listEntries(db: Db, f: PlaybookFilter) {
  const where = allOf(
    f.domain ? servesAnyDomain(db, sql.param([f.domain])) : undefined,
    f.state ? eq(playbookEntries.stateCode, f.state.toUpperCase()) : undefined,
    f.q ? textMatches(f.q) : undefined,
  );
  const rows = paginate(selectEntries(db).where(where).orderBy(asc(playbookEntries.title), asc(playbookEntries.id)).$dynamic(), f);
  return page(rows.then(flatten), countRows(db, playbookEntries, where));
}

export async function findEntry(db: Db | Tx, id: string): Promise<EntryRow | undefined> {
  return flatten(await selectEntries(db).where(eq(playbookEntries.id, id)).limit(1))[0];
}

export async function entriesServing(db: Db | Tx, keys: string[]): Promise<EntryRow[]> {
  if (keys.length === 0) return [];
  const rows = await runPrepared(
    db,
    'playbook_entries_serving',
    (bind) => selectEntries(db).where(servesAnyDomain(db, bind('keys'))).orderBy(asc(playbookEntries.title), asc(playbookEntries.id)),
    { keys },
  );
  return flatten(rows);
}

/** The domains of many entries in one query, in instrument order, grouped by entry. */
export async function domainsOfEntries(db: Db | Tx, entryIds: string[]): Promise<Map<string, EntryDomain[]>> {
  const byEntry = new Map<string, EntryDomain[]>();
  if (entryIds.length === 0) return byEntry;
  const rows = await runPrepared(
    db,
    'playbook_domains_of_entries',
    (bind) =>
      db
        .select({ entryId: playbookEntryDomains.entryId, key: domains.key, title: domains.title })
        .from(playbookEntryDomains)
        .innerJoin(domains, eq(domains.id, playbookEntryDomains.domainId))
        .where(sql`${playbookEntryDomains.entryId} = any(${bind('ids')})`)
        .orderBy(asc(domains.position), asc(domains.key)),
    { ids: entryIds },
  );
  for (const { entryId, ...domain } of rows) byEntry.set(entryId, [...(byEntry.get(entryId) ?? []), domain]);
  return byEntry;
}

/** The domains entries are filed under: those of the newest revision of the default instrument. */
export async function playbookDomains(db: Db | Tx) {
  const [newest] = await db
    .select({ id: instruments.id })
    .from(instruments)
    .where(eq(instruments.name, DEFAULT_INSTRUMENT_NAME))
    .orderBy(sql`${instruments.revision} desc`)
    .limit(1);
  if (!newest) return [];
  return db.select({ id: domains.id, key: domains.key, title: domains.title }).from(domains).where(eq(domains.instrumentId, newest.id)).orderBy(asc(domains.position));
}

export async function entriesOfCall(db: Db | Tx, callId: string): Promise<EntryRow[]> {
  const rows = await selectEntries(db)
    .innerJoin(callResources, eq(callResources.entryId, playbookEntries.id))
    .where(eq(callResources.callId, callId))
    .orderBy(asc(callResources.createdAt), asc(playbookEntries.title));
  return flatten(rows);
}

export async function stateCodeExists(db: Db | Tx, code: string) {
  const [row] = await db.select({ code: states.code }).from(states).where(eq(states.code, code)).limit(1);
  return row !== undefined;
}

