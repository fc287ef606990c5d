import { randomUUID } from 'node:crypto';
import {
  addDays,
  addMonths,
  eachMonthOfInterval,
  format,
  getMonth,
  getYear,
  isWeekend,
  nextMonday,
  setDate,
  startOfMonth,
  subMonths,
} from 'date-fns';
import { asc, eq, sql } from 'drizzle-orm';
import { type IsoDate, toDate, toIsoDate } from '../server/domain/dates.ts';
import { defaultTimeline } from '../server/domain/timeline.ts';
import { hashPassword } from '../server/lib/passwords.ts';
import type { Db, Tx } from './client.ts';
import { ensureDefaultInstrument } from './instrument.ts';
import * as t from './schema/index.ts';

/**
 * The demo data: the kick-off deck's program year, its five intensive states (and two light-touch ones),
 * their coaches and leads, and a believable year of coaching up to `now`. Everything is computed from
 * `now` and the year's dates, so the demo looks current whenever the database is first opened:
 * nothing after `now` is held or completed.
 *
 * The states differ on purpose: Arkansas, Iowa and Michigan are on track (Michigan with one milestone at
 * risk), Hawaii missed last month's call, and Nebraska is behind (no calls in October, the baseline
 * assessment still open, a thin plan with two overdue milestones).
 */

export const DEMO_PASSWORD = 'demo-password';

/** Serialises two processes that start on the same empty database. */
const DEMO_LOCK_KEY = 7_274_001;

/** Loads the demo data when the database has no users; true when it loaded. */
export async function loadDemoIfEmpty(db: Db, now: Date): Promise<boolean> {
  if (await hasUsers(db)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK_KEY})`);
    if (await hasUsers(tx)) return false;
    await fill(tx, now, passwordHash);
    return true;
  });
}

/** Loads the demo data in one transaction (fails on a database that already holds its rows). */
export async function loadDemo(db: Db, now: Date): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK_KEY})`);
    await fill(tx, now, passwordHash);
  });
}

async function hasUsers(db: Db | Tx): Promise<boolean> {
  const rows = await db.select({ id: t.users.id }).from(t.users).limit(1);
  return rows.length > 0;
}

// ---------------------------------------------------------------------------------------------------
// The cast

type MonthDay = [month: number, day: number];
/** Who owns an action item or a milestone: the lead, a team member by index, or the coach. */
type Who = 'lead' | 'coach' | 0 | 1 | 2;

interface VisitDef {
  number: 1 | 2;
  /** Nominal dates; undefined while only proposed. */
  starts?: MonthDay;
  ends?: MonthDay;
  location: string;
  purpose: string;
  participants: Who[];
  summary: string;
  coachNotes?: string;
  followUps: { text: string; owner: Who; days: number }[];
}

interface MilestoneDef {
  title: string;
  owner: Who;
  due: MonthDay;
  /** normal: started ahead of its day and completed on time; the rest tell a story. */
  fate?: 'normal' | 'deferred' | 'at_risk' | 'stalled' | 'slow';
  evidence?: boolean;
}

interface GoalDef {
  domain: string;
  title: string;
  description: string;
  milestones: MilestoneDef[];
}

interface StateDef {
  code: string;
  name: string;
  timeZone: string;
  coachEmail: string;
  lead: { name: string; title: string };
  members: { name: string; title: string }[];
  sectors: string;
  planningTime: string;
  fullTeamTime: string;
  challenges: string[];
  coachNotes: string[];
  /** Ratings by domain in instrument order before per-indicator variation (1–4). */
  base: number[];
  priorities: string[];
  domainEvidence: Record<string, string>;
  assessment: { starts: MonthDay; completes: MonthDay | null };
  planOn: MonthDay;
  planTitle: string;
  vision: string;
  goals: GoalDef[];
  /** The coach's comments: on the plan, or on one milestone ([goal, milestone]), dated after what they refer to. */
  planComments: { body: string; on: MonthDay | 'plan'; milestone?: [number, number] }[];
  visits: VisitDef[];
}

const staff = { email: 'staff@demo.test', name: 'Taylor Morgan' };

const coaches = [
  { email: 'nan.dare@demo.test', name: 'Nan Dare' },
  { email: 'donna.barnett@demo.test', name: 'Donna Barnett' },
  { email: 'elisabeth.pope@demo.test', name: 'Elisabeth Pope' },
  { email: 'donna.parsons@demo.test', name: 'Donna Parsons' },
];

const lightTouch = [
  { code: 'MO', name: 'Missouri', timeZone: 'America/Chicago', contact: { name: 'Dana Kerr', title: 'State CTE program director' } },
  { code: 'KY', name: 'Kentucky', timeZone: 'America/New_York', contact: { name: 'Wesley Hart', title: 'Career pathways coordinator, Office of CTE' } },
];

const intensive: StateDef[] = [
  {
    code: 'AR',
    name: 'Arkansas',
    timeZone: 'America/Chicago',
    coachEmail: 'nan.dare@demo.test',
    lead: { name: 'Marcus Whitfield', title: 'Associate Director, Career and Technical Education' },
    members: [
      { name: 'Carla Benton', title: 'State CTE program manager, secondary' },
      { name: 'Dr. Ray Tolliver', title: 'Community college system representative' },
      { name: 'Shonda Ellis', title: 'Workforce board liaison' },
    ],
    sectors: 'advanced manufacturing and healthcare',
    planningTime: '10:00',
    fullTeamTime: '14:00',
    challenges: [
      'Scheduling across three agencies is hard; most calls lose one partner to a conflict.',
      'Two-year college data arrive a semester late, which slows the completer analysis.',
      'Rural districts lack instructors with industry credentials in advanced manufacturing.',
      'Competing legislative priorities take leadership time this spring.',
    ],
    coachNotes: [
      'Marcus carries most of the work himself; encourage him to hand milestones to Ray and Shonda.',
      'The higher-education representative was quiet again; check in with him one-on-one before the site visit.',
      'Strong momentum. The team is ready for a harder conversation about retiring low-enrollment programs.',
      'Workforce partner is keen but stretched; keep her asks small and specific.',
    ],
    base: [3, 3, 2, 2, 3, 1],
    priorities: ['programs', 'funding', 'measurement'],
    domainEvidence: {
      partnerships: 'The CTE, higher-education and workforce agencies share a pathways work group that meets monthly.',
      employers: 'A regional sector partnership is active in advanced manufacturing; healthcare employers are engaged informally.',
      programs: 'Program of study lists exist, but course sequences beyond high school are not mapped for most pathways.',
      funding: 'Perkins and state funds are tracked separately; there is no combined view of pathway spending.',
      policies: 'Agencies coordinate closely on the WIOA state plan, less on program approval.',
      measurement: 'Completer data stop at high-school graduation; there is no match to college or wage records yet.',
    },
    assessment: { starts: [9, 18], completes: [10, 20] },
    planOn: [10, 27],
    planTitle: 'Arkansas Career Pathways Project Plan',
    vision:
      'Every Arkansas learner in advanced manufacturing and healthcare pathways can see, and follow, a route from high school to a credential and a good job.',
    goals: [
      {
        domain: 'programs',
        title: 'Map programs of study in advanced manufacturing and healthcare from high school to credential',
        description: 'Course progressions with multiple entry and exit points, built with two-year colleges and employers.',
        milestones: [
          { title: 'Inventory current course sequences in the two priority sectors', owner: 0, due: [11, 20], evidence: true },
          { title: 'Identify dual-enrollment and prior-learning-credit entry points with two-year colleges', owner: 1, due: [1, 30] },
          { title: 'Draft revised course progressions with multiple entry and exit points', owner: 'lead', due: [3, 31], evidence: true },
          { title: 'Pilot the revised progressions with three districts', owner: 0, due: [6, 30] },
        ],
      },
      {
        domain: 'funding',
        title: 'Build a braided funding map for career pathways',
        description: 'One view of Perkins, WIOA, state and private funds that pay for pathway activities.',
        milestones: [
          { title: 'List Perkins, WIOA, state and private funds supporting pathway activities', owner: 2, due: [12, 15] },
          { title: 'Identify braiding barriers with the workforce board', owner: 2, due: [2, 26] },
          { title: 'Present funding options to the cross-agency work group', owner: 'lead', due: [4, 30], evidence: true },
        ],
      },
      {
        domain: 'measurement',
        title: 'Track pathway completers into college and employment',
        description: 'Shared completer definitions and a first outcomes dashboard.',
        milestones: [
          { title: 'Agree on common completer definitions across agencies', owner: 'lead', due: [1, 15], evidence: true },
          { title: 'Submit a data request to the state longitudinal data system', owner: 1, due: [3, 13] },
          { title: 'Publish the first pathway outcomes dashboard', owner: 'lead', due: [7, 15] },
        ],
      },
    ],
    planComments: [
      { on: 'plan', body: 'The goals follow the three priority areas from the readiness assessment closely. Consider adding an employer-facing milestone to the first goal.' },
      { on: [11, 21], body: 'Good to see the course-sequence inventory done on time. Worth sharing the template at the next quarterly webinar.', milestone: [0, 0] },
    ],
    visits: [
      {
        number: 1,
        starts: [12, 8],
        ends: [12, 9],
        location: 'Little Rock, AR',
        purpose: 'Working session on the course-sequence inventory; roundtable with advanced manufacturing employers.',
        participants: ['lead', 0, 1, 2, 'coach'],
        summary:
          'Two days in Little Rock. Day one was a working session on the course-sequence inventory with the full team; day two a roundtable with six advanced manufacturing employers, who named the highly valued skills they struggle to hire for.',
        coachNotes: 'Employers were candid about credential gaps; the college representative should own the follow-up.',
        followUps: [
          { text: 'Send the roundtable skills list to the two-year colleges', owner: 1, days: 14 },
          { text: 'Share site visit notes with the full team', owner: 'coach', days: 5 },
        ],
      },
      {
        number: 2,
        starts: [4, 21],
        ends: [4, 22],
        location: 'Fort Smith, AR',
        purpose: 'Visit a pilot district and its college partner; review progress on the revised progressions.',
        participants: ['lead', 0, 1, 'coach'],
        summary:
          'Visited a pilot district and its college partner in Fort Smith. Students described the dual-enrollment welding sequence; the team reviewed the revised progressions against what the pilot is learning.',
        followUps: [
          { text: 'Adjust the healthcare progression to add a second entry point', owner: 0, days: 21 },
          { text: 'Write up the pilot district story for the playbook', owner: 'lead', days: 30 },
        ],
      },
    ],
  },
  {
    code: 'HI',
    name: 'Hawaii',
    timeZone: 'Pacific/Honolulu',
    coachEmail: 'nan.dare@demo.test',
    lead: { name: 'Leilani Kahale', title: 'State CTE Director' },
    members: [
      { name: 'Keoni Alapa', title: 'Secondary CTE program specialist' },
      { name: 'Grace Nakamura', title: 'Community college system representative' },
      { name: 'Daniel Fong', title: 'Workforce Development Council liaison' },
    ],
    sectors: 'healthcare, hospitality and information technology',
    planningTime: '09:00',
    fullTeamTime: '10:00',
    challenges: [
      'Travel between islands makes in-person convenings expensive.',
      'Hospitality employers are hard to reach during the peak season.',
      'Staff time is stretched during the legislative session.',
      'Work-based learning placements are scarce on the neighbor islands.',
    ],
    coachNotes: [
      'Neighbor-island voices are under-represented on calls; suggest rotating who presents.',
      'Leilani is juggling the legislative session; lighter asks until it ends.',
      'The team defers to the college representative on employer questions; draw out the secondary side.',
      'Good energy after the roundtables; make sure each follow-up has an owner.',
    ],
    base: [3, 2, 3, 1, 3, 2],
    priorities: ['employers', 'funding'],
    domainEvidence: {
      partnerships: 'The department of education, the community colleges and the Workforce Development Council share a statewide pathways steering group.',
      employers: 'Employer input comes through a few strong program advisory boards; there is no sector convening across the islands.',
      programs: 'Early college and dual credit are well established on Oʻahu and growing on the neighbor islands.',
      funding: 'Work-based learning is funded program by program; there is no map of available funds.',
      policies: 'A single statewide school district makes policy alignment simpler than in most states.',
      measurement: 'A statewide longitudinal data partnership exists, but pathway measures are not yet defined.',
    },
    assessment: { starts: [9, 22], completes: [10, 9] },
    planOn: [10, 30],
    planTitle: 'Hawaiʻi Career Pathways Project Plan',
    vision: 'Learners on every island can reach a career pathway in healthcare, hospitality or IT with real work experience along the way.',
    goals: [
      {
        domain: 'employers',
        title: 'Convene employers in the priority sectors on every island',
        description: 'Employer roundtables and skills validation for healthcare, hospitality and IT programs of study.',
        milestones: [
          { title: 'Review labor market projections with the Workforce Development Council', owner: 2, due: [12, 11], evidence: true },
          { title: 'Hold employer roundtables on Oʻahu and Maui', owner: 'lead', due: [2, 20] },
          { title: 'Launch a statewide employer advisory council', owner: 0, due: [4, 30], fate: 'deferred' },
          { title: 'Employers validate highly valued skills for two programs of study', owner: 1, due: [6, 12] },
        ],
      },
      {
        domain: 'funding',
        title: 'Coordinate funding for work-based learning across agencies',
        description: 'Know which funds can pay for internships and use them together.',
        milestones: [
          { title: 'Inventory work-based learning funding sources', owner: 'lead', due: [1, 16], evidence: true },
          { title: 'Confirm how WIOA youth funds can support paid internships', owner: 2, due: [3, 27] },
          { title: 'Propose a shared funding agreement for summer internships', owner: 'lead', due: [5, 29] },
        ],
      },
    ],
    planComments: [
      { on: 'plan', body: 'Two focused goals is the right size for this year. Make sure the roundtables include neighbor-island employers, not only Honolulu.' },
      { on: [1, 19], body: 'Deferring the advisory council is a sensible call; note what would need to be true to revisit it next year.', milestone: [0, 2] },
    ],
    visits: [
      {
        number: 1,
        starts: [1, 26],
        ends: [1, 27],
        location: 'Honolulu, HI',
        purpose: 'Employer roundtable planning and a visit to an early-college health sciences program.',
        participants: ['lead', 0, 1, 'coach'],
        summary:
          'Visited an early-college health sciences program and met with hospital HR leaders. The team agreed the roundtable format and a list of neighbor-island employers to invite.',
        followUps: [
          { text: 'Send roundtable invitations to neighbor-island employers', owner: 'lead', days: 10 },
          { text: 'Share the early-college model with the Maui team', owner: 1, days: 21 },
        ],
      },
      {
        number: 2,
        starts: [5, 18],
        ends: [5, 19],
        location: 'Kahului, Maui, HI',
        purpose: 'Neighbor-island work-based learning placements; funding agreement check-in.',
        participants: ['lead', 0, 2, 'coach'],
        summary:
          'Met hospitality employers and the community college on Maui about summer internship placements. The draft funding agreement was reviewed with the Workforce Development Council.',
        followUps: [{ text: 'Circulate the revised funding agreement draft', owner: 2, days: 14 }],
      },
    ],
  },
  {
    code: 'IA',
    name: 'Iowa',
    timeZone: 'America/Chicago',
    coachEmail: 'donna.barnett@demo.test',
    lead: { name: 'Karen Lindqvist', title: 'Bureau Chief, Career and Technical Education' },
    members: [
      { name: 'Tom Brandt', title: 'Work-based learning consultant' },
      { name: 'Alicia Moreno', title: 'Community college system representative' },
      { name: 'Greg Halvorsen', title: 'Workforce board liaison' },
    ],
    sectors: 'advanced manufacturing and agriculture technology',
    planningTime: '13:30',
    fullTeamTime: '14:00',
    challenges: [
      'Some employers are wary of placing students under 18 because of state labor rules.',
      'Perkins reserve timelines do not line up with the state budget year.',
      'Regional planning partnerships vary a lot in capacity.',
      'Too many good ideas for the time available; the team needs to sequence its work.',
    ],
    coachNotes: [
      'Very well organised team; the risk is over-planning. Push for a pilot this spring.',
      'Greg brings the employer perspective the team was missing.',
      'The policy scan may surface sensitive issues for the department; brief Karen before the full team sees it.',
      'Pair Tom with the Arkansas work-based learning lead through the mentoring exchange.',
    ],
    base: [4, 3, 3, 2, 2, 3],
    priorities: ['funding', 'policies'],
    domainEvidence: {
      partnerships: 'A long-standing state team with named leads from education, the community colleges and workforce development.',
      employers: 'Regional sector partnerships convene employers several times a year.',
      programs: 'Programs of study are defined statewide and aligned with the community colleges through regional planning partnerships.',
      funding: 'Perkins reserve grants exist but are not tied to labor market priorities.',
      policies: 'Work-based learning for students under 18 is limited by employer concerns about state rules.',
      measurement: 'Community college outcomes are reported routinely; secondary pathway measures are newer.',
    },
    assessment: { starts: [9, 16], completes: [10, 14] },
    planOn: [10, 21],
    planTitle: 'Iowa Career Pathways Project Plan',
    vision: 'Iowa funds and regulates career pathways so that every learner can earn, learn and advance in a high-demand field.',
    goals: [
      {
        domain: 'funding',
        title: 'Align Perkins reserve and state funds to high-demand pathways',
        description: 'Grant criteria that reward quality and labor market demand.',
        milestones: [
          { title: 'Analyse current Perkins reserve grants against high-demand occupations', owner: 0, due: [12, 4], evidence: true },
          { title: 'Draft grant criteria that reward high-quality programs', owner: 'lead', due: [2, 12] },
          { title: 'Share the criteria with regional planning partnerships', owner: 'lead', due: [4, 16] },
        ],
      },
      {
        domain: 'policies',
        title: 'Remove barriers to work-based learning for students under 18',
        description: 'A clear reading of the rules for employers, and a pre-apprenticeship model to scale.',
        milestones: [
          { title: 'Scan state policies that limit work-based learning for minors', owner: 2, due: [12, 18], evidence: true },
          { title: 'Brief agency leadership on the policy scan', owner: 'lead', due: [2, 5] },
          { title: 'Publish employer guidance on hiring minors in registered apprenticeship', owner: 2, due: [5, 14], evidence: true },
          { title: 'Extend the pre-apprenticeship toolkit to two more sectors', owner: 1, due: [7, 23] },
        ],
      },
    ],
    planComments: [
      { on: 'plan', body: 'Clear, well-sequenced plan. The employer guidance milestone could become a model for other states; keep the webinar team posted.' },
      { on: [12, 8], body: 'Nice work on the grant analysis. Do the new criteria need a review by the finance office before they go to the regions?', milestone: [0, 0] },
    ],
    visits: [
      {
        number: 1,
        starts: [1, 13],
        ends: [1, 14],
        location: 'Des Moines, IA',
        purpose: 'Policy scan review with agency leadership; meeting with a regional planning partnership.',
        participants: ['lead', 0, 2, 'coach'],
        summary:
          'Reviewed the work-based learning policy scan with agency leadership and met a regional planning partnership that runs a strong pre-apprenticeship program. Leadership agreed to issue employer guidance this spring.',
        followUps: [
          { text: 'Draft the employer guidance outline', owner: 2, days: 21 },
          { text: 'Ask the regional partnership to present at the April webinar', owner: 'coach', days: 14 },
        ],
      },
      {
        number: 2,
        starts: [5, 5],
        ends: [5, 6],
        location: 'Cedar Rapids, IA',
        purpose: 'Pre-apprenticeship employer visit; grant criteria roll-out.',
        participants: ['lead', 0, 1, 'coach'],
        summary:
          'Visited a manufacturer that hosts pre-apprentices under 18 and heard how the new guidance changed its decision. Reviewed how regions are using the new grant criteria.',
        followUps: [{ text: 'Collect regional feedback on the grant criteria', owner: 'lead', days: 30 }],
      },
    ],
  },
  {
    code: 'MI',
    name: 'Michigan',
    timeZone: 'America/Detroit',
    coachEmail: 'elisabeth.pope@demo.test',
    lead: { name: 'Andre Coleman', title: 'State CTE Director' },
    members: [
      { name: 'Priya Raman', title: 'Data and accountability lead, Office of CTE' },
      { name: 'Sandra Kowalski', title: 'Workforce board liaison' },
      { name: 'Jerome Baker', title: 'Community college association representative' },
    ],
    sectors: 'information technology and the skilled trades',
    planningTime: '11:00',
    fullTeamTime: '13:00',
    challenges: [
      'The data-sharing agreement is waiting on legal review at two agencies.',
      'Wage-record matching covers in-state employment only.',
      'Community colleges are locally governed, so policy changes need buy-in college by college.',
      'Staff turnover in the workforce agency data unit.',
    ],
    coachNotes: [
      'The data-sharing agreement depends on legal staff outside the team; escalate early.',
      'Andre is a strong facilitator and the team trusts him.',
      'Priya is carrying the data work alone; ask about a backup.',
      'Some tension between agencies over who owns the outcomes report; keep it on the agenda.',
    ],
    base: [2, 3, 3, 3, 2, 1],
    priorities: ['partnerships', 'policies', 'measurement'],
    domainEvidence: {
      partnerships: 'Agencies collaborate project by project; there is no standing cross-agency pathways team.',
      employers: 'Workforce boards lead strong sector work in IT and the skilled trades.',
      programs: 'Programs of study are approved statewide with clear course sequences.',
      funding: 'Perkins, state added-cost and WIOA funds are tracked in one budget view.',
      policies: 'Articulation policies vary by college; dual enrollment rules are statewide.',
      measurement: 'Secondary and postsecondary data sit in separate systems with no agreement to link them to wage records.',
    },
    assessment: { starts: [9, 14], completes: [10, 8] },
    planOn: [10, 16],
    planTitle: 'Michigan Career Pathways Project Plan',
    vision: 'One cross-agency team, one set of pathway outcome measures, and policies that let learners move between systems without losing ground.',
    goals: [
      {
        domain: 'partnerships',
        title: 'Formalise the cross-agency career pathways team',
        description: 'A chartered team with named leads from every agency and employer voices at the table.',
        milestones: [
          { title: 'Adopt a team charter with named agency leads', owner: 'lead', due: [11, 20], evidence: true },
          { title: 'Add an employer and a workforce board representative to the team', owner: 1, due: [1, 9] },
          { title: 'Hold a joint planning session with the community college association', owner: 2, due: [3, 19] },
        ],
      },
      {
        domain: 'policies',
        title: 'Align secondary and postsecondary program policy',
        description: 'Articulation and program approval that support seamless transitions.',
        milestones: [
          { title: 'Review articulation and dual-enrollment policies college by college', owner: 2, due: [1, 29] },
          { title: 'Recommend program-approval changes that reflect the quality definition', owner: 'lead', due: [4, 23], evidence: true },
          { title: 'Share a statewide articulation template with colleges', owner: 2, due: [6, 25] },
        ],
      },
      {
        domain: 'measurement',
        title: 'Connect K-12, postsecondary and wage records for pathway outcomes',
        description: 'A data-sharing agreement and the first disaggregated outcomes report.',
        milestones: [
          { title: 'Map the data elements needed for pathway outcome measures', owner: 0, due: [12, 11], evidence: true },
          { title: 'Sign a data-sharing agreement with the workforce agency', owner: 'lead', due: [2, 27], fate: 'at_risk' },
          { title: 'Publish the first disaggregated pathway outcomes report', owner: 0, due: [7, 16] },
        ],
      },
    ],
    planComments: [
      { on: 'plan', body: 'Strong plan. The data-sharing agreement is the critical path for the third goal; who outside the team needs to say yes?' },
      { on: [11, 21], body: 'The charter is a great model. Would you be willing to share it with Nebraska through the mentoring pair?', milestone: [0, 0] },
    ],
    visits: [
      {
        number: 1,
        starts: [11, 5],
        ends: [11, 6],
        location: 'Lansing, MI',
        purpose: 'Plan review with the full team; data-sharing working session; employer roundtable.',
        participants: ['lead', 0, 1, 2, 'coach'],
        summary:
          'Two days in Lansing with the full state team. Day one: a working session on the data-sharing agreement with legal staff from both agencies, and a goal-by-goal review of the draft plan. Day two: a community college IT lab and a roundtable with five IT and skilled-trades employers. The team left with agreed outcome measures and a short list of legal questions to resolve.',
        coachNotes: 'Legal staff were supportive but cautious; the agreement will take longer than the team hopes.',
        followUps: [
          { text: "Send the legal questions on the data-sharing agreement to both agencies' counsel", owner: 0, days: 14 },
          { text: 'Invite two roundtable employers to join the state team', owner: 1, days: 30 },
          { text: 'Share site visit notes with the full team', owner: 'coach', days: 5 },
        ],
      },
      {
        number: 2,
        starts: [3, 24],
        ends: [3, 25],
        location: 'Grand Rapids, MI',
        purpose: 'Articulation review with west Michigan colleges; outcomes report planning.',
        participants: ['lead', 0, 2, 'coach'],
        summary:
          'Met three west Michigan colleges about the articulation template and walked through the first draft of the outcomes report tables.',
        followUps: [{ text: 'Revise the articulation template with college feedback', owner: 2, days: 21 }],
      },
    ],
  },
  {
    code: 'NE',
    name: 'Nebraska',
    timeZone: 'America/Chicago',
    coachEmail: 'donna.parsons@demo.test',
    lead: { name: 'Rebecca Hollister', title: 'State CTE Director' },
    members: [
      { name: 'Mark Jensen', title: 'Postsecondary CTE specialist' },
      { name: 'Laura Whitebird', title: 'Workforce board liaison' },
    ],
    sectors: 'agriculture, food and natural resources and healthcare',
    planningTime: '15:00',
    fullTeamTime: '14:30',
    challenges: [
      'The full team has been hard to convene; the workforce partner missed the last two calls.',
      'Readiness assessment sessions keep being postponed.',
      'The lead is new in the role and still learning the agency landscape.',
      'No agreed sector priorities yet, so employer outreach has stalled.',
    ],
    coachNotes: [
      'The team has not met as a whole outside our calls; the assessment keeps slipping.',
      'Rebecca is new in the role and still building relationships on the workforce side.',
      'Ask TA staff about an extra check-in; the state may need a lighter plan.',
      'Attendance is thin: only the lead and one member joined.',
    ],
    base: [1, 2, 2, 1, 2, 1],
    priorities: ['partnerships', 'employers'],
    domainEvidence: {
      partnerships: 'The state team was formed this summer; agency roles are not yet agreed.',
      employers: 'Employer engagement happens locally, through district advisory boards only.',
      programs: 'Career academies exist in the larger districts; sequences are not mapped statewide.',
      funding: 'Not yet discussed.',
      policies: 'Not yet discussed.',
      measurement: 'Not yet discussed.',
    },
    assessment: { starts: [9, 29], completes: null },
    planOn: [11, 12],
    planTitle: 'Nebraska Career Pathways Project Plan (draft)',
    vision: 'Draft: a cross-agency team that can set sector priorities with employers.',
    goals: [
      {
        domain: 'partnerships',
        title: 'Build a working cross-agency pathways team',
        description: 'Finish the readiness assessment together and agree who represents each agency.',
        milestones: [
          { title: 'Finish the readiness assessment with the full team', owner: 'lead', due: [11, 20], fate: 'stalled' },
          { title: 'Name agency representatives for the state team', owner: 'lead', due: [11, 21], fate: 'stalled' },
        ],
      },
      {
        domain: 'employers',
        title: 'Engage employers in two priority sectors',
        description: 'Use labor market data to choose sectors, then invite employers in.',
        milestones: [{ title: 'Identify two priority sectors from labor market data', owner: 1, due: [4, 30], fate: 'slow' }],
      },
    ],
    planComments: [
      { on: 'plan', body: 'Thanks for getting a first draft in. Two milestones in November is a lot while the assessment is still open; which one comes first?' },
      { on: [11, 19], body: 'Michigan has offered its team charter through the mentoring pair; it could save you a month.' },
    ],
    visits: [
      {
        number: 1,
        location: 'Lincoln, NE',
        purpose: 'Proposed: facilitated working session to finish the readiness assessment with the full team.',
        participants: ['lead', 0, 1, 'coach'],
        summary: '',
        followUps: [],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// Call content by calendar month

interface CallCtx {
  name: string;
  sectors: string;
}

interface Theme {
  planningAgenda: string;
  planningNotes: string;
  agenda: string;
  notes: string;
  progress: string;
  actions: { text: string; owner: Who; days: number }[];
  resources?: string;
  sme?: string;
}

const themes: Record<number, (c: CallCtx) => Theme> = {
  9: (c) => ({
    planningAgenda: 'Introductions; how the coach and the team will work together; dates for the readiness assessment sessions.',
    planningNotes: `Walked through who is on the ${c.name} team and what each agency brings. Agreed a monthly rhythm: a planning call with the lead, then a full-team call.`,
    agenda: 'Team introductions and roles; goals for the year; the Career Pathways Readiness Assessment; scheduling the assessment sessions.',
    notes: `First full-team call. The team described its current work in ${c.sectors} pathways and where it wants to be by next August, then reviewed the six key elements and how the assessment will be completed with the coach.`,
    progress: 'Team roster confirmed; meeting rhythm agreed; assessment sessions on the calendar.',
    actions: [
      { text: 'Send every team member the readiness assessment to read before the first session', owner: 'coach', days: 7 },
      { text: 'Collect existing pathway documents (program of study lists, advisory board rosters, labor market reports)', owner: 'lead', days: 14 },
      { text: 'Confirm the workforce board representative for the team', owner: 2, days: 14 },
    ],
    resources: 'Six key elements of career pathways crosswalk (kick-off deck); Advancing CTE in State and Local Career Pathways Implementation (JFF).',
  }),
  10: () => ({
    planningAgenda: 'Debrief the readiness assessment sessions; which domains to flag as priorities.',
    planningNotes: 'Reviewed the draft ratings with the lead. Strengths and gaps are clear; the lead wants the full team to confirm the priority flags before drafting the plan.',
    agenda: 'Confirm readiness assessment ratings; choose two or three priority areas; preview the project plan template; regional meeting logistics.',
    notes: 'Walked through each domain, its ratings and the evidence behind them. The team debated where its partnerships really stand and settled on its priority indicators.',
    progress: 'Readiness assessment ratings confirmed; priority areas chosen for the plan.',
    actions: [
      { text: 'Draft a goal for each priority area in the plan template', owner: 'lead', days: 14 },
      { text: 'Pull the latest Perkins performance results by learner group', owner: 0, days: 10 },
      { text: 'Register the team for the Chicago regional meeting', owner: 1, days: 10 },
    ],
    resources: 'Project plan template; Putting Learner Success First discussion questions.',
    sme: 'Request: a contact in a state that has written a definition of a high-quality program of study and uses it in program approval.',
  }),
  11: () => ({
    planningAgenda: 'Review the plan draft before the full-team call; regional meeting takeaways.',
    planningNotes: 'The lead shared the first plan draft. Asked for milestones with named owners and dates the team can actually hold itself to.',
    agenda: 'Regional meeting debrief; the draft project plan goal by goal; milestone owners.',
    notes: 'Team members shared what they heard from other states in Chicago. The plan draft was reviewed goal by goal and owners were named for each milestone.',
    progress: 'Project plan drafted with goals tied to the priority areas; milestone owners named.',
    actions: [
      { text: 'Enter the plan goals and milestones in the tracker', owner: 'lead', days: 7 },
      { text: 'Share the plan with agency leadership for sign-off', owner: 'lead', days: 21 },
      { text: 'Identify districts willing to pilot the first pathway changes', owner: 0, days: 21 },
    ],
    sme: 'Request: a subject-matter expert on braided funding to join a full-team call this winter.',
  }),
  12: () => ({
    planningAgenda: 'Site visit planning; milestones due before the holidays.',
    planningNotes: 'Set the agenda and participant list for the first site visit and reviewed which milestones are due this month.',
    agenda: 'Milestone check-in; first site visit agenda; employer engagement plan for the spring.',
    notes: 'A short holiday-season call. Each owner reported on milestones due this month; the team agreed the site visit should include an employer roundtable.',
    progress: 'December milestones on schedule; site visit agenda agreed.',
    actions: [
      { text: 'Invite employers to the site visit roundtable', owner: 1, days: 14 },
      { text: 'Confirm rooms and travel for the site visit', owner: 'lead', days: 10 },
    ],
    resources: 'Building High Quality CTE Programs guide, Step 2: Engage with Business and Industry.',
  }),
  1: (c) => ({
    planningAgenda: 'Agenda for the full-team call; preparing for the quarterly webinar.',
    planningNotes: 'Agreed to spend most of the full-team call on labor market data with the workforce partner presenting.',
    agenda: 'Labor market data for the priority sectors; employer engagement; quarterly webinar preview.',
    notes: `Reviewed five- to ten-year projections for ${c.sectors} with the workforce partner, and which employers could help validate the highly valued skills for the first programs of study.`,
    progress: 'Priority occupations confirmed from labor market data.',
    actions: [
      { text: 'Share regional labor market summaries with the full team', owner: 2, days: 14 },
      { text: 'List employers for skills validation sessions', owner: 1, days: 21 },
    ],
    resources: 'Career Readiness Stakeholder Engagement Tool (Advance CTE).',
    sme: 'Request: a labor market economist to walk the team through occupational projections.',
  }),
  2: () => ({
    planningAgenda: 'Dual enrollment and articulation review; site visit follow-ups.',
    planningNotes: 'Checked the site visit follow-ups; two are done, one needs a new owner.',
    agenda: 'Course sequence mapping; dual enrollment and articulation; prior learning credit.',
    notes: 'Mapped where current high-school course sequences give students entry points into college programs, and where dual enrollment or prior learning credit could be added.',
    progress: 'Course sequence maps drafted for the first pathway.',
    actions: [
      { text: 'Collect articulation agreements for the priority programs', owner: 1, days: 14 },
      { text: 'Draft the course progression with entry and exit points', owner: 'lead', days: 28 },
    ],
    resources: 'Building High Quality CTE Programs guide, Step 3: Align Programs to Need.',
  }),
  3: () => ({
    planningAgenda: 'Prepare the funding conversation; second site visit dates.',
    planningNotes: 'The lead wants the funding discussion to end with a clear ask of agency leadership.',
    agenda: 'Asset map of federal, state and private funds; braiding barriers; budget timing.',
    notes: 'Walked through the funding asset map. Perkins, WIOA and state funds support overlapping activities; the team listed where braiding is blocked by reporting rules.',
    progress: 'Funding asset map drafted.',
    actions: [
      { text: 'Check allowable youth-program costs with the WIOA state plan team', owner: 2, days: 21 },
      { text: 'Summarise braiding barriers for agency leadership', owner: 'lead', days: 21 },
    ],
    resources: 'Putting Learner Success First: Commitment Across Systems (coordinating policies, programs and funding).',
    sme: 'Request: an SME from a state that has braided funding for pathways (the California Career Pathways Trust was suggested).',
  }),
  4: () => ({
    planningAgenda: 'Policy scan; webinar follow-up.',
    planningNotes: 'Agreed which policy barriers to bring to the full team and who should present them.',
    agenda: 'Policy scan findings; work-based learning barriers; quarterly webinar follow-up.',
    notes: 'Reviewed state policies that help or hinder work-based learning and the integration of academic and technical instruction.',
    progress: 'Policy scan complete; two barriers selected to address.',
    actions: [
      { text: 'Draft a policy brief on the two barriers', owner: 'lead', days: 28 },
      { text: 'Gather local work-based learning practices that could be scaled', owner: 0, days: 21 },
    ],
    resources: 'Kentucky TRACK youth pre-apprenticeship model (Putting Learner Success First blog).',
  }),
  5: () => ({
    planningAgenda: 'Outcome measures; reassessment timing.',
    planningNotes: 'Set dates for the year-end reassessment sessions.',
    agenda: 'Pathway outcome measures; data sharing; equity gaps in participation.',
    notes: 'Looked at pathway participation by learner group. The team agreed on three outcome measures to report next year.',
    progress: 'Outcome measures agreed; first disaggregated tables produced.',
    actions: [
      { text: 'Draft definitions for the three outcome measures', owner: 0, days: 21 },
      { text: 'Schedule the year-end reassessment sessions', owner: 'coach', days: 14 },
    ],
    resources: 'Minnesota Technical Skill Assessment project summary.',
  }),
  6: () => ({
    planningAgenda: 'Reassessment planning; sustaining the work after the project year.',
    planningNotes: 'Talked about how the team keeps meeting after the coaching year ends.',
    agenda: 'Year-end reassessment; milestones due this summer; sustaining the team.',
    notes: 'Started the year-end reassessment and compared ratings with the fall baseline, noting where the evidence has changed.',
    progress: 'Reassessment under way; most milestones completed or in progress.',
    actions: [
      { text: 'Finish reassessment evidence for each domain', owner: 'lead', days: 21 },
      { text: "Draft next year's priorities", owner: 'lead', days: 35 },
    ],
  }),
  7: () => ({
    planningAgenda: 'Reassessment wrap-up; final milestones.',
    planningNotes: 'Reviewed the reassessment results ahead of the full team.',
    agenda: 'Reassessment results and growth; final milestones; celebrating success with partners.',
    notes: 'Reviewed growth between the baseline and the reassessment. The team is planning a recognition event with its employer partners.',
    progress: 'Reassessment complete; growth documented in the priority areas.',
    actions: [
      { text: 'Prepare the year-end summary for agency leadership', owner: 'lead', days: 21 },
      { text: 'Plan a recognition event with employer partners', owner: 1, days: 28 },
    ],
  }),
  8: () => ({
    planningAgenda: 'Year-end reflection.',
    planningNotes: 'Closed out the coaching year with the lead.',
    agenda: 'The year in review; lessons learned; next year.',
    notes: 'Reviewed what changed this year and what the team will carry forward.',
    progress: 'Year-end summary drafted.',
    actions: [{ text: 'Share the year-end summary with the next cohort', owner: 'lead', days: 14 }],
  }),
};

/** Nebraska's progress in its own words: the behind state. */
const behindProgress = [
  'Team roster still being finalised.',
  'Assessment sessions postponed; no ratings confirmed yet.',
  'Partial assessment ratings for three domains.',
  'Plan outline drafted by the lead; milestones not yet all assigned.',
  'Some progress on labor market data; the team has not met as a whole.',
];

/** Short names of what each indicator asks about, for the evidence sentences. */
const indicatorTopics: Record<string, string> = {
  'partnerships.shared-vision': 'a shared statewide vision',
  'partnerships.state-team': 'a cross-agency state team with named leads',
  'partnerships.secondary-postsecondary': 'joint secondary and postsecondary planning',
  'partnerships.intermediaries': 'defined roles for intermediaries',
  'partnerships.local-support': 'state support for local partnerships',
  'employers.labor-market': 'a regular labor market review',
  'employers.convening': 'a regular employer convening structure',
  'employers.validation': 'employer validation of skills and credentials',
  'employers.ongoing': 'ongoing employer engagement after launch',
  'programs.quality-definition': 'a definition of a high-quality program of study',
  'programs.course-sequences': 'mapped course sequences with entry and exit points',
  'programs.transitions': 'dual enrollment, articulation and transfer links',
  'programs.work-based-learning': 'a work-based learning continuum',
  'programs.advisement': 'a career advisement system',
  'funding.asset-map': 'a funding asset map',
  'funding.braiding': 'braided funding',
  'funding.quality-alignment': 'funding tied to program quality',
  'funding.capacity': 'an assessment of staffing and equipment needs',
  'policies.coordination': 'cross-agency policy coordination',
  'policies.barriers': 'a review of policy barriers',
  'policies.educators': 'policies that bring industry experts into teaching',
  'policies.equity': 'equity policies for pathway access and completion',
  'measurement.career-readiness': 'career readiness indicators in accountability',
  'measurement.data-systems': 'linked data across education and employment',
  'measurement.equity-data': 'disaggregated pathway outcome data',
  'measurement.continuous-improvement': 'a routine review of results with partners',
};

function evidenceFor(key: string, rating: number): string {
  const topic = indicatorTopics[key] ?? 'this indicator';
  switch (rating) {
    case 1:
      return `Not started: nothing in place yet for ${topic}.`;
    case 2:
      return `Emerging: early discussion of ${topic}, nothing formal yet.`;
    case 3:
      return `Developing: ${topic} in place for some pathways, not yet statewide.`;
    default:
      return `Established: ${topic} in place statewide and reviewed regularly.`;
  }
}

const mentoring = [
  {
    a: 'AR',
    b: 'IA',
    focus: 'Work-based learning for students under 18, and employer validation of programs of study.',
    exchanges: [
      { on: [10, 29] as MonthDay, summary: "Video call: Iowa shared its regional planning partnership model; Arkansas walked through its advanced manufacturing sector partnership." },
      { on: [1, 21] as MonthDay, summary: "Iowa's work-based learning consultant shared the draft employer guidance on hiring minors; Arkansas will adapt it for healthcare placements." },
      { on: [4, 8] as MonthDay, summary: 'Compared course-sequence templates and agreed to co-present at the spring webinar.' },
      { on: [6, 17] as MonthDay, summary: 'Swapped notes on reassessment evidence and how each team will keep meeting next year.' },
    ],
  },
  {
    a: 'MI',
    b: 'NE',
    focus: 'Standing up a cross-agency team and a data-sharing agreement.',
    exchanges: [
      { on: [11, 18] as MonthDay, summary: "Michigan's lead shared the team charter template; Nebraska will adapt it for its own team." },
      { on: [2, 10] as MonthDay, summary: 'Michigan walked Nebraska through its data-element map and the legal questions it hit on data sharing.' },
      { on: [5, 12] as MonthDay, summary: 'Nebraska shared its sector choice; Michigan suggested workforce board contacts for employer outreach.' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------
// The loader

async function fill(tx: Tx, now: Date, passwordHash: string): Promise<void> {
  const todayIso = toIsoDate(now);
  // The program year that contains the most recent August.
  const startYear = getMonth(now) >= 7 ? getYear(now) : getYear(now) - 1;
  const { span, activities } = defaultTimeline(startYear);

  /** A day of the program year: August–December fall in the start year, January–July in the next. */
  const yd = ([month, day]: MonthDay): IsoDate => toIsoDate(new Date(month >= 8 ? startYear : startYear + 1, month - 1, day));
  const plusDays = (day: IsoDate, n: number): IsoDate => toIsoDate(addDays(toDate(day), n));
  const inYear = (day: IsoDate): IsoDate => (day > span.endsOn ? span.endsOn : day < span.startsOn ? span.startsOn : day);
  const past = (day: IsoDate) => day < todayIso;
  /** A timestamp on a day at a local hour, never later than now. */
  const stamp = (day: IsoDate, hour = 10, minute = 0): string => {
    const at = toDate(day);
    at.setHours(hour, minute, 0, 0);
    return (at < now ? at : now).toISOString();
  };
  const workday = (d: Date): Date => (isWeekend(d) ? nextMonday(d) : d);
  const dated = (day: IsoDate, hour: number) => ({ createdAt: stamp(day, hour), updatedAt: stamp(day, hour) });

  // --- states, people, the year -------------------------------------------------------------------
  const setupDay = yd([8, 3]);
  await tx.insert(t.states).values([
    ...intensive.map((s) => ({ code: s.code, name: s.name, timeZone: s.timeZone, ...dated(setupDay, 9) })),
    ...lightTouch.map((s) => ({ code: s.code, name: s.name, timeZone: s.timeZone, ...dated(setupDay, 9) })),
  ]);

  const userId = new Map<string, string>();
  const userRows: (typeof t.users.$inferInsert)[] = [];
  const addUser = (email: string, name: string, role: 'staff' | 'coach' | 'state_lead', stateCode: string | null = null) => {
    const id = randomUUID();
    userId.set(email, id);
    userRows.push({ id, email, name, role, stateCode, passwordHash, ...dated(setupDay, 9) });
    return id;
  };
  addUser(staff.email, staff.name, 'staff');
  for (const c of coaches) addUser(c.email, c.name, 'coach');
  for (const s of intensive) addUser(leadEmail(s.code), s.lead.name, 'state_lead', s.code);
  await tx.insert(t.users).values(userRows);
  const coachName = new Map(coaches.map((c) => [c.email, c.name]));

  const programYearId = randomUUID();
  const yearName = `${startYear}–${String((startYear + 1) % 100).padStart(2, '0')} Advancing Career Pathways`;
  await tx.insert(t.programYears).values({ id: programYearId, name: yearName, ...span, ...dated(plusDays(span.startsOn, -14), 9) });
  await tx.insert(t.timelineActivities).values(
    activities.map((a, position) => ({ programYearId, ...a, position, ...dated(plusDays(span.startsOn, -14), 9) })),
  );
  await tx.insert(t.participations).values([
    ...intensive.map((s) => ({ programYearId, stateCode: s.code, tier: 'intensive' as const, ...dated(setupDay, 9) })),
    ...lightTouch.map((s) => ({ programYearId, stateCode: s.code, tier: 'light_touch' as const, ...dated(setupDay, 9) })),
  ]);
  await tx.insert(t.teamMembers).values([
    ...intensive.flatMap((s) => [
      {
        programYearId,
        stateCode: s.code,
        userId: userId.get(leadEmail(s.code)),
        name: s.lead.name,
        email: leadEmail(s.code),
        title: s.lead.title,
        isLead: true,
        ...dated(setupDay, 10),
      },
      ...s.members.map((m) => ({ programYearId, stateCode: s.code, name: m.name, title: m.title, ...dated(setupDay, 10) })),
    ]),
    ...lightTouch.map((s) => ({ programYearId, stateCode: s.code, name: s.contact.name, title: s.contact.title, ...dated(setupDay, 10) })),
  ]);
  await tx.insert(t.pairings).values(
    intensive.map((s) => ({
      programYearId,
      stateCode: s.code,
      coachId: userId.get(s.coachEmail) as string,
      startsOn: span.startsOn,
      endsOn: null,
      ...dated(setupDay, 11),
    })),
  );

  const people = (s: StateDef) => {
    const coach = coachName.get(s.coachEmail) as string;
    const name = (who: Who): string =>
      who === 'lead' ? s.lead.name : who === 'coach' ? coach : s.members[who % s.members.length].name;
    return { coach, coachId: userId.get(s.coachEmail) as string, leadId: userId.get(leadEmail(s.code)) as string, name };
  };

  // --- events and attendance ----------------------------------------------------------------------
  const eventDefs = [
    {
      kind: 'kickoff' as const,
      title: 'Advancing Career Pathways kick-off meeting',
      date: yd([8, 24]),
      startTime: '13:00',
      durationMinutes: 150,
      location: 'Online',
      virtual: true,
      description: 'Goals and outcomes, career pathways systems models and resources, the coaching approach, the project timeline and a preview of the tools.',
    },
    {
      kind: 'webinar' as const,
      title: 'Quarterly webinar 1: Using the readiness assessment to set priorities',
      date: yd([10, 28]),
      startTime: '14:00',
      durationMinutes: 90,
      location: 'Online',
      virtual: true,
      description: 'States share how they chose their priority areas for development.',
    },
    {
      kind: 'regional_meeting' as const,
      title: 'First regional meeting',
      date: yd([11, 14]),
      startTime: '09:00',
      durationMinutes: 420,
      location: 'Chicago, IL',
      virtual: false,
      description: 'State team planning time facilitated by the coaches, with cross-state sessions on employer engagement and funding.',
    },
    {
      kind: 'webinar' as const,
      title: 'Quarterly webinar 2: Engaging employers in pathway design',
      date: yd([1, 27]),
      startTime: '14:00',
      durationMinutes: 90,
      location: 'Online',
      virtual: true,
      description: 'Employer validation of highly valued skills, advisory boards and ongoing engagement.',
    },
    {
      kind: 'webinar' as const,
      title: 'Quarterly webinar 3: Braiding funding for career pathways',
      date: yd([4, 14]),
      startTime: '14:00',
      durationMinutes: 90,
      location: 'Online',
      virtual: true,
      description: 'Asset mapping and coordinating Perkins, WIOA, ESSA and state funds.',
    },
    {
      kind: 'webinar' as const,
      title: 'Quarterly webinar 4: Measuring system change',
      date: yd([7, 14]),
      startTime: '14:00',
      durationMinutes: 90,
      location: 'Online',
      virtual: true,
      description: 'Career readiness indicators, linked data and using results to improve pathways.',
    },
  ];
  const eventRows = eventDefs.map((e) => ({ id: randomUUID(), programYearId, ...e, ...dated(plusDays(span.startsOn, -7), 9) }));
  await tx.insert(t.events).values(eventRows);
  const absences = new Set(['NE:1', 'NE:3', 'KY:2', 'MO:4', 'HI:1']);
  const allStates = [...intensive.map((s) => s.code), ...lightTouch.map((s) => s.code)];
  const attendanceRows = eventRows.flatMap((e, ei) =>
    past(e.date)
      ? allStates.map((code, si) => {
          const absent = absences.has(`${code}:${ei}`);
          const light = si >= intensive.length;
          return {
            eventId: e.id,
            stateCode: code,
            status: absent ? ('absent' as const) : ('attended' as const),
            attendees: absent ? 0 : light ? 1 + (ei % 2) : 2 + ((si + ei) % 4),
            ...dated(e.date, 18),
          };
        })
      : [],
  );
  if (attendanceRows.length > 0) await tx.insert(t.eventAttendance).values(attendanceRows);

  // --- the readiness assessment ---------------------------------------------------------------------
  const instrumentId = await ensureDefaultInstrument(tx);
  const domainRows = await tx
    .select({ id: t.domains.id, key: t.domains.key })
    .from(t.domains)
    .where(eq(t.domains.instrumentId, instrumentId))
    .orderBy(asc(t.domains.position));
  const indicatorRows = await tx
    .select({ id: t.indicators.id, key: t.indicators.key, domainId: t.indicators.domainId })
    .from(t.indicators)
    .innerJoin(t.domains, eq(t.domains.id, t.indicators.domainId))
    .where(eq(t.domains.instrumentId, instrumentId))
    .orderBy(asc(t.domains.position), asc(t.indicators.position));
  const domainId = new Map(domainRows.map((d) => [d.key, d.id]));
  const domainIndex = new Map(domainRows.map((d, i) => [d.id, i]));
  const domainKeyOf = new Map(domainRows.map((d) => [d.id, d.key]));

  /** Baseline ratings: the state's profile by domain, varied per indicator by a fixed pattern (no randomness). */
  const wobble = [0, 1, 0, -1, 0, 1, -1, 0];
  const baselineOf = (s: StateDef, si: number) => {
    const ratings = indicatorRows.map((ind, ii) => {
      const base = s.base[domainIndex.get(ind.domainId) ?? 0] ?? 2;
      return Math.min(4, Math.max(1, base + wobble[(si * 3 + ii * 5) % wobble.length]));
    });
    const priority = indicatorRows.map(() => false);
    for (const key of s.priorities) {
      const inDomain = indicatorRows.map((ind, ii) => ({ ind, ii })).filter((x) => domainKeyOf.get(x.ind.domainId) === key);
      const lowest = inDomain.reduce((lo, x) => (ratings[x.ii] < ratings[lo.ii] ? x : lo), inDomain[0]);
      if (!lowest) continue;
      priority[lowest.ii] = true;
      ratings[lowest.ii] = Math.min(ratings[lowest.ii], 2);
    }
    return { ratings, priority };
  };

  const assessmentRows: (typeof t.assessments.$inferInsert)[] = [];
  const responseRows: (typeof t.assessmentResponses.$inferInsert)[] = [];
  intensive.forEach((s, si) => {
    const { ratings, priority } = baselineOf(s, si);
    const addAssessment = (
      kind: 'baseline' | 'reassessment',
      startedOn: IsoDate,
      completedOn: IsoDate | null,
      answered: number,
      ratingAt: (ii: number) => number,
    ) => {
      const id = randomUUID();
      const lastTouch = completedOn ?? (past(plusDays(startedOn, 10)) ? plusDays(startedOn, 10) : startedOn);
      assessmentRows.push({
        id,
        programYearId,
        stateCode: s.code,
        instrumentId,
        kind,
        status: completedOn ? 'completed' : 'in_progress',
        startedOn,
        completedOn,
        createdAt: stamp(startedOn, 10),
        updatedAt: stamp(lastTouch, 16),
      });
      indicatorRows.slice(0, answered).forEach((ind, ii) => {
        const rating = ratingAt(ii);
        const first = indicatorRows.findIndex((x) => x.domainId === ind.domainId) === ii;
        const evidence = first
          ? `${evidenceFor(ind.key, rating)} ${s.domainEvidence[domainKeyOf.get(ind.domainId) ?? ''] ?? ''}`.trim()
          : evidenceFor(ind.key, rating);
        responseRows.push({
          assessmentId: id,
          indicatorId: ind.id,
          rating,
          evidence,
          priority: priority[ii],
          createdAt: stamp(startedOn, 11),
          updatedAt: stamp(lastTouch, 16),
        });
      });
    };
    /** How many indicators an open assessment has answered: a share by elapsed time, at least one domain. */
    const partial = (startedOn: IsoDate, dueOn: IsoDate) => {
      const total = toDate(dueOn).getTime() - toDate(startedOn).getTime();
      const share = total > 0 ? (toDate(todayIso).getTime() - toDate(startedOn).getTime()) / total : 0.5;
      return Math.max(4, Math.min(indicatorRows.length - 3, Math.round(indicatorRows.length * share)));
    };

    const started = yd(s.assessment.starts);
    if (past(started)) {
      const completes = s.assessment.completes ? yd(s.assessment.completes) : null;
      if (completes && past(completes)) {
        addAssessment('baseline', started, completes, indicatorRows.length, (ii) => ratings[ii]);
      } else if (completes) {
        addAssessment('baseline', started, null, partial(started, completes), (ii) => ratings[ii]);
      } else {
        // Behind: three domains rated, the rest not started.
        const answered = indicatorRows.filter((ind) => (domainIndex.get(ind.domainId) ?? 9) < 3).length - 1;
        addAssessment('baseline', started, null, answered, (ii) => ratings[ii]);
      }
    }
    // Year-end reassessment for the states that completed a baseline: growth where they worked.
    const reStarts = yd([6, 8 + si]);
    const reCompletes = yd([7, 20 + si]);
    if (s.assessment.completes && past(reStarts)) {
      const grown = (ii: number) => Math.min(4, ratings[ii] + (priority[ii] || (si + ii) % 4 === 0 ? 1 : 0));
      if (past(reCompletes)) addAssessment('reassessment', reStarts, reCompletes, indicatorRows.length, grown);
      else addAssessment('reassessment', reStarts, null, partial(reStarts, reCompletes), grown);
    }
  });
  if (assessmentRows.length > 0) await tx.insert(t.assessments).values(assessmentRows);
  if (responseRows.length > 0) await tx.insert(t.assessmentResponses).values(responseRows);

  // --- coaching calls -------------------------------------------------------------------------------
  const callRows: (typeof t.calls.$inferInsert)[] = [];
  const actionRows: (typeof t.actionItems.$inferInsert)[] = [];
  const firstCallMonth = toDate(yd([9, 1]));
  const thisMonth = startOfMonth(now);
  const currentKey = format(thisMonth, 'yyyy-MM');
  const previousKey = format(subMonths(thisMonth, 1), 'yyyy-MM');
  const nextMonth = addMonths(thisMonth, 1);
  const callMonths = thisMonth >= firstCallMonth ? eachMonthOfInterval({ start: firstCallMonth, end: thisMonth }) : [];
  if (nextMonth >= firstCallMonth && toIsoDate(nextMonth) <= span.endsOn) callMonths.push(nextMonth);

  intensive.forEach((s, si) => {
    const p = people(s);
    const behind = s.code === 'NE';
    callMonths.forEach((month, mi) => {
      const key = format(month, 'yyyy-MM');
      const monthNo = getMonth(month) + 1;
      // Nebraska missed October entirely.
      if (behind && monthNo === 10) return;
      const theme = themes[monthNo]({ name: s.name, sectors: s.sectors });
      const planningDay = toIsoDate(workday(setDate(month, 3 + si * 2 + (monthNo % 2))));
      const fullDayOfMonth = 14 + si * 2 + (monthNo % 3);
      const fullDay = toIsoDate(workday(setDate(month, monthNo === 12 ? Math.min(fullDayOfMonth, 17) : fullDayOfMonth)));
      const isNext = month > thisMonth;
      const isCurrent = key === currentKey;
      const base = { programYearId, stateCode: s.code, coachId: p.coachId };
      const planningAttendees = [s.lead.name, p.coach];
      const fullAttendees = behind
        ? [s.lead.name, ...(monthNo % 2 === 0 ? [s.members[0].name] : []), p.coach]
        : [s.lead.name, ...s.members.filter((_, i) => i < 2 || (si + monthNo) % 3 !== 0).map((m) => m.name), p.coach];
      const planning = (status: 'held' | 'scheduled') => ({
        ...base,
        kind: 'planning' as const,
        status,
        date: planningDay,
        startTime: s.planningTime,
        durationMinutes: (si + monthNo) % 2 === 0 ? 45 : 60,
        attendees: planningAttendees,
        agenda: theme.planningAgenda,
        notes: status === 'held' ? theme.planningNotes : '',
        ...(status === 'held' ? dated(planningDay, 17) : dated(plusDays(planningDay, -21), 16)),
      });

      if (isNext) {
        callRows.push({ id: randomUUID(), ...planning('scheduled') });
        return;
      }
      // Hawaii: last month's only call was cancelled, so no call was held that month.
      if (s.code === 'HI' && key === previousKey && !isCurrent) {
        callRows.push({
          id: randomUUID(),
          ...base,
          kind: 'full_team',
          status: 'cancelled',
          date: fullDay,
          startTime: s.fullTeamTime,
          durationMinutes: 60,
          attendees: [],
          agenda: theme.agenda,
          notes: 'Cancelled: the lead was called to a legislative hearing and the team could not find another slot this month. The planning call was skipped for the same reason.',
          ...dated(plusDays(fullDay, -1), 15),
        });
        return;
      }
      callRows.push({ id: randomUUID(), ...planning(past(planningDay) ? 'held' : 'scheduled') });

      // The full-team call: held in past months; in the current month, scheduled later in the month when
      // there is still room (moved if its usual slot has passed), otherwise held.
      let fullStatus: 'held' | 'scheduled' = 'held';
      let date = fullDay;
      if (isCurrent && !past(fullDay)) fullStatus = 'scheduled';
      else if (isCurrent) {
        const moved = toIsoDate(workday(addDays(toDate(todayIso), 2 + (si % 3))));
        if (format(toDate(moved), 'yyyy-MM') === key) {
          fullStatus = 'scheduled';
          date = moved;
        }
      }
      const id = randomUUID();
      if (fullStatus === 'scheduled') {
        callRows.push({
          id,
          ...base,
          kind: 'full_team',
          status: 'scheduled',
          date,
          startTime: s.fullTeamTime,
          durationMinutes: 60,
          attendees: fullAttendees,
          agenda: theme.agenda,
          ...dated(plusDays(date, -21), 16),
        });
        return;
      }
      const flavour = (si + monthNo) % 3;
      callRows.push({
        id,
        ...base,
        kind: 'full_team',
        status: 'held',
        date,
        startTime: s.fullTeamTime,
        durationMinutes: [60, 75, 90][flavour],
        attendees: fullAttendees,
        agenda: theme.agenda,
        notes: behind ? `${theme.notes} Only part of the team joined, so decisions were deferred to the next call.` : theme.notes,
        coachNotes: behind || (si + monthNo) % 2 === 0 ? s.coachNotes[mi % s.coachNotes.length] : '',
        progress: behind ? behindProgress[Math.min(mi, behindProgress.length - 1)] : theme.progress,
        challenges: s.challenges[mi % s.challenges.length],
        resourcesShared: theme.resources && (si + monthNo) % 2 === 0 ? theme.resources : '',
        smeRequests: theme.sme && (si + monthNo) % 2 === 1 ? theme.sme : '',
        ...dated(date, 17),
      });
      theme.actions.forEach((a, position) => {
        const dueOn = inYear(plusDays(date, a.days));
        actionRows.push({
          stateCode: s.code,
          callId: id,
          description: a.text,
          owner: p.name(a.owner),
          dueOn,
          done: past(dueOn) && !(behind && position === 0),
          position,
          ...dated(date, 17),
        });
      });
    });
  });
  if (callRows.length > 0) await tx.insert(t.calls).values(callRows);

  // --- site visits ----------------------------------------------------------------------------------
  const visitRows: (typeof t.siteVisits.$inferInsert)[] = [];
  intensive.forEach((s) => {
    const p = people(s);
    for (const v of s.visits) {
      const startsOn = v.starts ? yd(v.starts) : null;
      const endsOn = v.ends ? yd(v.ends) : startsOn;
      const status =
        startsOn && endsOn && past(endsOn)
          ? ('completed' as const)
          : startsOn && toDate(startsOn).getTime() - toDate(todayIso).getTime() <= 75 * 86_400_000
            ? ('scheduled' as const)
            : ('proposed' as const);
      const id = randomUUID();
      const completed = status === 'completed';
      const planned = startsOn ? plusDays(startsOn, -40) : yd([11, 20]);
      visitRows.push({
        id,
        programYearId,
        stateCode: s.code,
        coachId: p.coachId,
        number: v.number,
        status,
        startsOn,
        endsOn,
        location: v.location,
        purpose: v.purpose,
        participants: v.participants.map(p.name),
        summary: completed ? v.summary : '',
        coachNotes: completed ? (v.coachNotes ?? '') : '',
        createdAt: stamp(planned, 12),
        updatedAt: stamp(completed && endsOn ? plusDays(endsOn, 2) : planned, 12),
      });
      if (completed && endsOn) {
        v.followUps.forEach((f, position) => {
          const dueOn = inYear(plusDays(endsOn, f.days));
          actionRows.push({
            stateCode: s.code,
            siteVisitId: id,
            description: f.text,
            owner: p.name(f.owner),
            dueOn,
            done: past(dueOn),
            position,
            ...dated(plusDays(endsOn, 2), 12),
          });
        });
      }
    }
  });
  if (visitRows.length > 0) await tx.insert(t.siteVisits).values(visitRows);
  if (actionRows.length > 0) await tx.insert(t.actionItems).values(actionRows);

  // --- project plans --------------------------------------------------------------------------------
  const planRows: (typeof t.plans.$inferInsert)[] = [];
  const goalRows: (typeof t.goals.$inferInsert)[] = [];
  const milestoneRows: (typeof t.milestones.$inferInsert)[] = [];
  const updateRows: (typeof t.milestoneUpdates.$inferInsert)[] = [];
  const commentRows: (typeof t.planComments.$inferInsert)[] = [];
  const startedComments = [
    'Kicked off on the full-team call; owner has a first draft under way.',
    'Work started: owner and a working session are set.',
    'Started. First version shared with the team for comment.',
    'Under way; the partner agencies have sent what we asked for.',
  ];
  const doneComments = [
    'Done and shared with the full team.',
    'Completed; the final version is in the team folder.',
    'Finished and presented on the full-team call.',
    'Completed ahead of the due date.',
  ];

  intensive.forEach((s, si) => {
    const planOn = yd(s.planOn);
    if (!past(planOn)) return;
    const p = people(s);
    const planId = randomUUID();
    planRows.push({ id: planId, programYearId, stateCode: s.code, title: s.planTitle, vision: s.vision, ...dated(planOn, 15) });
    const milestoneIds: string[][] = [];
    let n = 0;
    s.goals.forEach((g, gi) => {
      const goalId = randomUUID();
      goalRows.push({ id: goalId, planId, domainId: domainId.get(g.domain) ?? null, title: g.title, description: g.description, position: gi, ...dated(planOn, 15) });
      g.milestones.forEach((m, position) => {
        const k = n++;
        const id = randomUUID();
        (milestoneIds[gi] ??= []).push(id);
        let dueOn = yd(m.due);
        // The story of the milestone as dated status changes; only those before today have happened.
        const changes: { on: IsoDate; to: 'in_progress' | 'completed' | 'at_risk' | 'deferred'; comment: string; evidence?: boolean }[] = [];
        const fate = m.fate ?? 'normal';
        const earliestStart = plusDays(planOn, 3 + (k % 4));
        const naturalStart = plusDays(dueOn, -(35 + (k % 3) * 7));
        const startOn = naturalStart > earliestStart ? naturalStart : earliestStart;
        if (fate === 'normal') {
          let doneOn = plusDays(dueOn, -(1 + (k % 4)));
          if (doneOn <= startOn) doneOn = plusDays(startOn, 1) < dueOn ? plusDays(startOn, 1) : dueOn;
          changes.push({ on: startOn, to: 'in_progress', comment: startedComments[k % startedComments.length] });
          changes.push({ on: doneOn, to: 'completed', comment: doneComments[k % doneComments.length], evidence: m.evidence });
        } else if (fate === 'deferred') {
          changes.push({ on: startOn, to: 'in_progress', comment: startedComments[k % startedComments.length] });
          changes.push({
            on: yd([1, 15]) > startOn ? yd([1, 15]) : plusDays(startOn, 7),
            to: 'deferred',
            comment: 'Deferred to next year: employers asked to start with island-level roundtables before a statewide council.',
          });
        } else if (fate === 'at_risk') {
          // At risk as of last week, whenever "now" is; the due day stays ahead of today.
          const soon = inYear(plusDays(todayIso, 40));
          if (soon > dueOn) dueOn = soon;
          const startedOn = plusDays(planOn, 10);
          changes.push({ on: startedOn, to: 'in_progress', comment: 'Draft agreement sent to both agencies for legal review.' });
          const riskOn = plusDays(todayIso, -6);
          if (riskOn > startedOn) {
            changes.push({
              on: riskOn,
              to: 'at_risk',
              comment: 'Legal review at the workforce agency has stalled; the signature may slip past the due date.',
            });
          }
        } else if (fate === 'slow') {
          changes.push({ on: yd([12, 10]) > earliestStart ? yd([12, 10]) : earliestStart, to: 'in_progress', comment: 'Started pulling labor market data; sector choice not yet made.' });
        }
        const happened = changes.filter((c) => past(c.on));
        const last = happened.at(-1);
        const status = last?.to ?? 'not_started';
        const ownerName = p.name(m.owner);
        milestoneRows.push({
          id,
          goalId,
          title: m.title,
          ownerId: m.owner === 'lead' ? p.leadId : null,
          ownerName,
          dueOn,
          status,
          completedOn: status === 'completed' ? (last?.on ?? null) : null,
          position,
          createdAt: stamp(planOn, 16),
          updatedAt: last ? stamp(last.on, 11 + (k % 5)) : stamp(planOn, 16),
        });
        updateRows.push({
          milestoneId: id,
          authorId: p.leadId,
          createdAt: stamp(planOn, 16),
          oldStatus: null,
          newStatus: 'not_started',
          comment: 'Added to the plan.',
        });
        let previous: (typeof t.milestoneUpdates.$inferInsert)['newStatus'] = 'not_started';
        for (const c of happened) {
          const who = m.owner === 'lead' || m.owner === 'coach' ? '' : `${ownerName}: `;
          updateRows.push({
            milestoneId: id,
            authorId: p.leadId,
            createdAt: stamp(c.on, 11 + (k % 5)),
            oldStatus: previous,
            newStatus: c.to,
            comment: `${who}${c.comment}`,
            evidenceUrl: c.evidence ? `https://docs.example.org/${s.code.toLowerCase()}/career-pathways/${slug(m.title)}` : null,
          });
          previous = c.to;
        }
      });
    });
    for (const c of s.planComments) {
      const on = c.on === 'plan' ? plusDays(planOn, 4) : yd(c.on);
      if (!past(on)) continue;
      const milestoneId = c.milestone ? (milestoneIds[c.milestone[0]]?.[c.milestone[1]] ?? null) : null;
      commentRows.push({ planId, milestoneId, authorId: p.coachId, body: c.body, createdAt: stamp(on, 14) });
    }
  });
  if (planRows.length > 0) await tx.insert(t.plans).values(planRows);
  if (goalRows.length > 0) await tx.insert(t.goals).values(goalRows);
  if (milestoneRows.length > 0) await tx.insert(t.milestones).values(milestoneRows);
  if (updateRows.length > 0) await tx.insert(t.milestoneUpdates).values(updateRows);
  if (commentRows.length > 0) await tx.insert(t.planComments).values(commentRows);

  // --- peer mentoring -------------------------------------------------------------------------------
  const pairRows = mentoring.map((m) => ({
    id: randomUUID(),
    programYearId,
    stateA: m.a < m.b ? m.a : m.b,
    stateB: m.a < m.b ? m.b : m.a,
    focus: m.focus,
    ...dated(yd([9, 30]), 10),
  }));
  await tx.insert(t.mentoringPairs).values(pairRows);
  const exchangeRows = mentoring.flatMap((m, i) =>
    m.exchanges
      .map((e) => ({ pairId: pairRows[i].id, date: yd(e.on), summary: e.summary }))
      .filter((e) => past(e.date))
      .map((e) => ({ ...e, ...dated(e.date, 16) })),
  );
  if (exchangeRows.length > 0) await tx.insert(t.mentoringExchanges).values(exchangeRows);
}

function leadEmail(code: string): string {
  return `lead.${code.toLowerCase()}@demo.test`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
