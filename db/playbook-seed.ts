import { count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { ensureDefaultInstrument } from './instrument.ts';
import { domains, playbookEntries, playbookEntryDomains, states } from './schema/index.ts';

/**
 * The playbook's starting library: the promising practices and resources of Advance CTE's "Putting Learner
 * Success First: Commitment Across Systems" (../shared/seeds/putting-learner-success-first-systems-blog.txt),
 * summarised in our own words. It is reference content, so it loads into any empty library, on a real
 * database as much as on the demo one. The source gives no links, so none is invented.
 */
export interface PlaybookSeedEntry {
  title: string;
  /** The state the practice comes from; kept only when that state is in the states table. */
  stateCode: string | null;
  summary: string;
  url: string | null;
  /** Keys of the default instrument's domains (db/instrument.ts). */
  domainKeys: string[];
}

export const playbookSeed: PlaybookSeedEntry[] = [
  {
    title: 'California Career Pathways Trust',
    stateCode: 'CA',
    summary:
      'A one-time competitive grant program (about $250 million in 2013–14) open to districts, county offices, charter ' +
      'schools and community colleges. Grantees built K–14 pathways aligned to high-need, high-growth sectors, with ' +
      'articulation into postsecondary education, dual credit and internships; the grant let the state define what a ' +
      'high-quality pathway is and reward cross-sector collaboration and the use of existing funds.',
    url: null,
    domainKeys: ['funding', 'partnerships', 'programs'],
  },
  {
    title: 'Kentucky TRACK: Tech Ready Apprentices for Careers in Kentucky',
    stateCode: 'KY',
    summary:
      'A youth pre-apprenticeship run jointly by the Labor Cabinet and the Office of Career and Technical Education ' +
      'with employers and labor. Built on existing area technical centers, it starts in high school and ends in an ' +
      'industry-recognised credential, paid work experience and often advanced standing in a Registered ' +
      'Apprenticeship. Employers lead the selection process and the four-course program of study.',
    url: null,
    domainKeys: ['employers', 'programs', 'partnerships'],
  },
  {
    title: 'Minnesota Technical Skill Assessment project',
    stateCode: 'MN',
    summary:
      'Since 2009 the state has built technical skill assessments for 79 career pathways with employers at the table. ' +
      'Twenty-six regional consortia, each with at least one two-year college and one school district, decide together ' +
      'how Perkins funds are spent and review pathways to find where assessments are needed: a model for aligning ' +
      'secondary and postsecondary measurement.',
    url: null,
    domainKeys: ['measurement', 'employers', 'partnerships'],
  },
  {
    title: 'Career Readiness Stakeholder Engagement Tool (Advance CTE)',
    stateCode: null,
    summary:
      'A nine-step guide to planning deliberate engagement with specific stakeholders, industry above all, so that they ' +
      'share ownership of a state career readiness system rather than only endorse it. Built on two CCSSO tools through ' +
      'the New Skills for Youth initiative.',
    url: null,
    domainKeys: ['partnerships', 'employers'],
  },
  {
    title: 'State Policy Leadership for the Future (Education Commission of the States)',
    stateCode: null,
    summary:
      'Compares state governance of postsecondary education on six core functions (planning, finance policy, data ' +
      'systems, regulation of institutions and programs, state-level services and institutional governance) and sets ' +
      'out alternative ways to carry them out that better raise attainment.',
    url: null,
    domainKeys: ['policies', 'funding'],
  },
  {
    title: 'Career Readiness and ESSA: mapping career readiness in state plans',
    stateCode: null,
    summary:
      'Advance CTE and the Education Strategy Group review the first 17 state ESSA plans: more than half planned a ' +
      'career readiness measure in accountability, but many missed the chance to use vision, Title II-A, Title IV-A and ' +
      'Title IV-B to advance career readiness. Useful when building readiness indicators into accountability.',
    url: null,
    domainKeys: ['measurement', 'policies'],
  },
];

/** Serialises two processes that start on the same empty library. */
const PLAYBOOK_LOCK_KEY = 7_274_002;

/** Loads the seed entries when the library is empty; true when it loaded. */
export async function seedPlaybookIfEmpty(db: Db): Promise<boolean> {
  const instrumentId = await ensureDefaultInstrument(db);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${PLAYBOOK_LOCK_KEY})`);
    const [{ value }] = await tx.select({ value: count() }).from(playbookEntries);
    if (Number(value) > 0) return false;
    const domainRows = await tx.select({ id: domains.id, key: domains.key }).from(domains).where(eq(domains.instrumentId, instrumentId));
    const domainId = new Map(domainRows.map((d) => [d.key, d.id]));
    const codes = playbookSeed.map((e) => e.stateCode).filter((c): c is string => c !== null);
    const known = new Set((await tx.select({ code: states.code }).from(states).where(inArray(states.code, codes))).map((s) => s.code));
    for (const entry of playbookSeed) {
      const [row] = await tx
        .insert(playbookEntries)
        .values({ title: entry.title, summary: entry.summary, url: entry.url, stateCode: entry.stateCode && known.has(entry.stateCode) ? entry.stateCode : null })
        .returning({ id: playbookEntries.id });
      const links = entry.domainKeys.flatMap((key) => (domainId.has(key) ? [{ entryId: row.id, domainId: domainId.get(key) as string }] : []));
      if (links.length > 0) await tx.insert(playbookEntryDomains).values(links);
    }
    return true;
  });
}
