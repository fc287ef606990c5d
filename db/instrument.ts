import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from './client.ts';
import { domains, indicators, instruments } from './schema/index.ts';

/**
 * The default Career Pathways Readiness Assessment, as data. Its six domains are the kick-off deck's six
 * key elements of career pathways; the indicators are drawn from the seed documents (Building High
 * Quality CTE Programs, the Missouri CTE Community Conversations, and Advance CTE's Putting Learner
 * Success First). Each indicator is a statement a state team rates itself on: 1 not started,
 * 2 emerging, 3 developing, 4 established.
 *
 * A changed wording is a new revision (a new row), so that past assessments keep their questions.
 */
export interface InstrumentDefinition {
  name: string;
  revision: number;
  description: string;
  domains: {
    key: string;
    title: string;
    description: string;
    indicators: { key: string; text: string }[];
  }[];
}

export const defaultInstrument: InstrumentDefinition = {
  name: 'Career Pathways Readiness Assessment',
  revision: 1,
  description:
    'A self-assessment of a state career pathways system, completed by the state team with its coach in the fall ' +
    '(baseline) and again at year end (reassessment). Rate each statement 1 (not started), 2 (emerging), ' +
    '3 (developing) or 4 (established), note the evidence, and flag the indicators that are priorities for development.',
  domains: [
    {
      key: 'partnerships',
      title: 'Build cross-agency partnerships',
      description:
        'Secondary and postsecondary education, workforce and economic development agencies and their partners work ' +
        'together toward a common vision, with shared terminology, goals and data.',
      indicators: [
        {
          key: 'partnerships.shared-vision',
          text: 'A common statewide vision for career pathways is adopted by K-12, postsecondary, workforce and economic development agencies.',
        },
        {
          key: 'partnerships.state-team',
          text: 'A cross-agency state team with named agency leads meets regularly and makes shared decisions about career pathways.',
        },
        {
          key: 'partnerships.secondary-postsecondary',
          text: 'Secondary and postsecondary CTE leaders plan and govern programs of study together, for example through joint consortia.',
        },
        {
          key: 'partnerships.intermediaries',
          text: 'Intermediaries such as workforce boards, sector partnerships and industry associations have defined roles in pathway development.',
        },
        {
          key: 'partnerships.local-support',
          text: 'The state gives local districts and institutions resources and assistance for building and sustaining partnerships.',
        },
      ],
    },
    {
      key: 'employers',
      title: 'Identify industry sectors and engage employers',
      description:
        'Pathways are built around in-demand sectors and occupations, and employers help design, validate and sustain them.',
      indicators: [
        {
          key: 'employers.labor-market',
          text: 'Current and projected labor market information is reviewed at least yearly to set priority sectors and occupations.',
        },
        {
          key: 'employers.convening',
          text: 'A state or regional structure regularly convenes education, employers and workforce partners to set priorities for programs of study.',
        },
        {
          key: 'employers.validation',
          text: 'Employers help define the highly valued skills and validate programs of study, standards and industry-recognized credentials.',
        },
        {
          key: 'employers.ongoing',
          text: 'Employer engagement continues after programs launch, through advisory boards, work-based learning and feedback on program effectiveness.',
        },
      ],
    },
    {
      key: 'programs',
      title: 'Design education and training programs',
      description:
        'High-quality programs of study lead from secondary to postsecondary credentials and employment, with ' +
        'advisement and real-world learning along the way.',
      indicators: [
        {
          key: 'programs.quality-definition',
          text: 'The state has a clear definition of a high-quality program of study and uses it in program review and approval.',
        },
        {
          key: 'programs.course-sequences',
          text: 'Programs of study are mapped as course sequences from secondary to postsecondary, with multiple entry and exit points.',
        },
        {
          key: 'programs.transitions',
          text: 'Dual and concurrent enrollment, articulation and credit transfer connect secondary and postsecondary programs.',
        },
        {
          key: 'programs.work-based-learning',
          text: 'Learners have access to work-based learning along a defined continuum, linked to a career interest of their choice.',
        },
        {
          key: 'programs.advisement',
          text: 'A career advisement system helps every learner, from the middle grades on, choose and navigate a pathway.',
        },
      ],
    },
    {
      key: 'funding',
      title: 'Identify funding needs and sources',
      description:
        'The state knows what its pathways cost and which federal, state, local and private funds can pay for them, and ' +
        'directs funding toward quality.',
      indicators: [
        {
          key: 'funding.asset-map',
          text: 'Federal, state, local and private funding for education, training and workforce development is mapped.',
        },
        {
          key: 'funding.braiding',
          text: 'Funding streams (Perkins, WIOA, ESSA and state funds) are braided or coordinated toward shared pathway goals.',
        },
        {
          key: 'funding.quality-alignment',
          text: 'Funding formulas and grants reward high-quality programs in high-demand fields and phase out those that miss quality benchmarks.',
        },
        {
          key: 'funding.capacity',
          text: 'Needs for instructors, equipment and facilities are assessed and matched to identified funding sources.',
        },
      ],
    },
    {
      key: 'policies',
      title: 'Align policies and programs',
      description:
        'Federal and state policies and programs are coordinated so that they support, rather than block, seamless ' +
        'and equitable pathways.',
      indicators: [
        {
          key: 'policies.coordination',
          text: 'Federal and state policies and programs are coordinated across agencies to maximize investments and reduce duplication.',
        },
        {
          key: 'policies.barriers',
          text: 'Policy barriers to work-based learning, academic and technical integration and seamless transitions are identified and addressed.',
        },
        {
          key: 'policies.educators',
          text: 'Certification and professional learning policies bring industry experts into teaching and prepare educators to teach in pathways.',
        },
        {
          key: 'policies.equity',
          text: 'Policies and processes ensure equitable access to, and completion of, high-quality pathways for every group of learners.',
        },
      ],
    },
    {
      key: 'measurement',
      title: 'Measure system change and performance',
      description:
        'Career readiness is measured and valued, learners are followed across systems, and results are used to improve pathways.',
      indicators: [
        {
          key: 'measurement.career-readiness',
          text: 'Indicators of career readiness for all learners are built into K-12 and postsecondary accountability systems.',
        },
        {
          key: 'measurement.data-systems',
          text: 'Data systems follow learners across secondary, postsecondary and employment, including across state lines.',
        },
        {
          key: 'measurement.equity-data',
          text: 'Pathway participation and outcomes are disaggregated by learner group and used to close gaps, including in Perkins performance results.',
        },
        {
          key: 'measurement.continuous-improvement',
          text: 'Results are reviewed with partners and used to improve, scale or retire programs.',
        },
      ],
    },
  ],
};

/**
 * The id of the default instrument, inserting it (with its domains and indicators, in order) when no
 * instrument of that name and revision exists yet.
 */
export async function ensureDefaultInstrument(db: Db | Tx): Promise<string> {
  const def = defaultInstrument;
  const find = async (q: Db | Tx) => {
    const [row] = await q
      .select({ id: instruments.id })
      .from(instruments)
      .where(and(eq(instruments.name, def.name), eq(instruments.revision, def.revision)))
      .limit(1);
    return row?.id;
  };
  const existing = await find(db);
  if (existing) return existing;

  // A transaction (a savepoint when `db` is already one), so that an instrument never lacks its indicators.
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(instruments)
      .values({ name: def.name, revision: def.revision, description: def.description })
      .onConflictDoNothing()
      .returning({ id: instruments.id });
    // Someone else inserted it meanwhile: theirs is complete (it was inserted in one transaction too).
    if (!created) return (await find(tx)) as string;
    const domainRows = def.domains.map((d, position) => ({
      id: randomUUID(),
      instrumentId: created.id,
      key: d.key,
      title: d.title,
      description: d.description,
      position,
    }));
    const indicatorRows = def.domains.flatMap((d, i) =>
      d.indicators.map((ind, position) => ({ domainId: domainRows[i].id, key: ind.key, text: ind.text, position })),
    );
    await tx.insert(domains).values(domainRows);
    await tx.insert(indicators).values(indicatorRows);
    return created.id;
  });
}
