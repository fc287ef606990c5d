import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { domains, indicators, instruments } from '../../../db/schema/index.ts';
import { countRows, page, paginate } from '../../lib/records.ts';

export type InstrumentRow = typeof instruments.$inferSelect;
export type DomainRow = typeof domains.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type DomainWithIndicators = DomainRow & { indicators: IndicatorRow[] };

/** The NAME of the instrument new assessments use when none is named (its newest revision). */
export const DEFAULT_INSTRUMENT_NAME = 'Career Pathways Readiness Assessment';

const summaryColumns = {
  id: instruments.id,
  name: instruments.name,
  revision: instruments.revision,
  description: instruments.description,
  createdAt: instruments.createdAt,
  updatedAt: instruments.updatedAt,
  version: instruments.version,
  // Correlated subqueries name the outer table in full: drizzle leaves a one-table select's columns unqualified.
  domainCount: sql<number>`(select count(*) from domains d where d.instrument_id = instruments.id)::int`,
  indicatorCount: sql<number>`(select count(*) from indicators i join domains d on d.id = i.domain_id where d.instrument_id = instruments.id)::int`,
  assessmentCount: sql<number>`(select count(*) from assessments a where a.instrument_id = instruments.id)::int`,
};

export type InstrumentSummaryRow = InstrumentRow & { domainCount: number; indicatorCount: number; assessmentCount: number };

export function listInstruments(db: Db, f: { name?: string; limit?: number; offset?: number }) {
  const where = f.name ? eq(instruments.name, f.name) : undefined;
  const rows = paginate(
    db.select(summaryColumns).from(instruments).where(where).orderBy(asc(instruments.name), desc(instruments.revision)).$dynamic(),
    f,
  );
  return page<InstrumentSummaryRow>(rows, countRows(db, instruments, where));
}

export async function findInstrument(db: Db | Tx, id: string): Promise<InstrumentSummaryRow | undefined> {
  const [row] = await db.select(summaryColumns).from(instruments).where(eq(instruments.id, id)).limit(1);
  return row;
}

/** The newest revision of an instrument by name, if there is one. */
export async function newestRevision(db: Db | Tx, name: string): Promise<InstrumentRow | undefined> {
  const [row] = await db.select().from(instruments).where(eq(instruments.name, name)).orderBy(desc(instruments.revision)).limit(1);
  return row;
}

export async function revisionExists(db: Db | Tx, name: string, revision: number) {
  const [row] = await db
    .select({ id: instruments.id })
    .from(instruments)
    .where(and(eq(instruments.name, name), eq(instruments.revision, revision)))
    .limit(1);
  return row !== undefined;
}

/** An instrument's domains in order, each with its indicators in order (two queries, whatever the size). */
export async function domainsOf(db: Db | Tx, instrumentId: string): Promise<DomainWithIndicators[]> {
  const domainRows = await db.select().from(domains).where(eq(domains.instrumentId, instrumentId)).orderBy(asc(domains.position), asc(domains.key));
  if (domainRows.length === 0) return [];
  const indicatorRows = await db
    .select()
    .from(indicators)
    .where(inArray(indicators.domainId, domainRows.map((d) => d.id)))
    .orderBy(asc(indicators.position), asc(indicators.key));
  return domainRows.map((domain) => ({ ...domain, indicators: indicatorRows.filter((i) => i.domainId === domain.id) }));
}
