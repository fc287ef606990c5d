import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ensureDefaultInstrument } from '../../db/instrument.ts';
import { domains, indicators, playbookEntries, playbookEntryDomains } from '../../db/schema/index.ts';
import { makeAssessment, rate } from './factories-assessment.ts';

/** Builders for the playbook, peer-matching and agenda tests, on the default instrument (their rules use its domain keys). */
export async function defaultDomains(db: Db) {
  const instrumentId = await ensureDefaultInstrument(db);
  const rows = await db.select().from(domains).where(eq(domains.instrumentId, instrumentId));
  const inds = await db.select({ id: indicators.id, domainId: indicators.domainId }).from(indicators);
  const byKey = new Map(rows.map((d) => [d.key, { ...d, indicatorIds: inds.filter((i) => i.domainId === d.id).map((i) => i.id) }]));
  return { instrumentId, byKey };
}

export async function makeEntry(db: Db, values: { title?: string; stateCode?: string | null; summary?: string; url?: string | null; domainKeys?: string[] } = {}) {
  const [row] = await db
    .insert(playbookEntries)
    .values({ title: values.title ?? 'A promising practice', stateCode: values.stateCode ?? null, summary: values.summary ?? '', url: values.url ?? null })
    .returning();
  const keys = values.domainKeys ?? [];
  if (keys.length === 0) return row;
  const { byKey } = await defaultDomains(db);
  await db.insert(playbookEntryDomains).values(keys.map((k) => ({ entryId: row.id, domainId: byKey.get(k)!.id })));
  return row;
}

/**
 * A baseline on the default instrument: every indicator rated `rest`, except the domains named in `ratings`;
 * the domains in `priorities` have their first indicator flagged as a priority.
 */
export async function makeBaseline(db: Db, programYearId: string, stateCode: string, options: { ratings?: Record<string, number>; priorities?: string[]; rest?: number } = {}) {
  const { instrumentId, byKey } = await defaultDomains(db);
  const assessment = await makeAssessment(db, programYearId, stateCode, instrumentId);
  for (const [key, domain] of byKey) {
    const rating = options.ratings?.[key] ?? options.rest ?? 2;
    const [first, ...others] = domain.indicatorIds;
    await rate(db, assessment.id, [first], rating, options.priorities?.includes(key) ?? false);
    await rate(db, assessment.id, others, rating);
  }
  return assessment;
}
