import { beforeAll, describe, expect, it } from 'vitest';
import { assessments, instruments } from '../../db/schema/index.ts';
import type { Actor } from '../../server/domain/access.ts';
import { type ProgressFilter, stateFacts } from '../../server/modules/progress/progress.queries.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeCall, makePlan, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';

let t: TestApp;
let yearId: string;
const people: Record<string, { email: string; id: string }> = {};

type Row = { stateCode: string; health: string; reasons: string[]; months: { month: string; callStatus: string }[]; milestones: { total: number } };
const byState = (body: { states: Row[] }) => Object.fromEntries(body.states.map((s) => [s.stateCode, s]));

beforeAll(async () => {
  t = await buildTestApp();
  const year = await makeYear(t.db);
  yearId = year.id;
  for (const [code, tier] of [['AR', 'intensive'], ['NE', 'intensive'], ['MO', 'light_touch']] as const) {
    await makeState(t.db, code);
    await joinYear(t.db, yearId, code, tier);
  }
  people.coach = await makeUser(t.db, 'coach');
  people.neCoach = await makeUser(t.db, 'coach');
  people.staff = await makeUser(t.db, 'staff');
  people.lead = await makeUser(t.db, 'state_lead', 'NE');
  await pair(t.db, yearId, 'AR', people.coach.id);
  await pair(t.db, yearId, 'NE', people.neCoach.id);
  // Arkansas: a call every month so far, baseline done in October, a plan in November.
  for (const date of ['2026-09-15', '2026-10-13', '2026-11-10']) await makeCall(t.db, yearId, 'AR', { date });
  await makeCall(t.db, yearId, 'AR', { date: '2026-12-08', status: 'scheduled' });
  const [instrument] = await t.db.insert(instruments).values({ name: 'Test instrument', revision: 1 }).returning();
  await t.db.insert(assessments).values({
    programYearId: yearId,
    stateCode: 'AR',
    instrumentId: instrument.id,
    kind: 'baseline',
    status: 'completed',
    startedOn: '2026-09-20',
    completedOn: '2026-10-20',
  });
  await makePlan(t.db, yearId, 'AR');
  // Nebraska: September only, nothing in October, no assessment.
  await makeCall(t.db, yearId, 'NE', { date: '2026-09-22' });
});

describe('GET /api/progress', () => {
  it('gives staff every participating state with a thirteen-month grid and a health signal with reasons', async () => {
    const res = await t.call(await t.tokenFor(people.staff), 'GET', `/api/progress?programYear=${yearId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.months).toHaveLength(13);
    expect(body.today).toBe('2026-11-23');
    const rows = byState(body);
    expect(Object.keys(rows).sort()).toEqual(['AR', 'MO', 'NE']);
    const ar = rows.AR;
    expect(ar.months.map((m) => m.callStatus)).toEqual([
      'not_required', 'held', 'held', 'held', 'scheduled', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming',
    ]);
    expect(ar.health).toBe('on_track');
    expect(ar.milestones.total).toBe(1);
    const ne = rows.NE;
    expect(ne.months.find((m) => m.month === '2026-10')?.callStatus).toBe('missed');
    expect(ne.months.find((m) => m.month === '2026-11')?.callStatus).toBe('due');
    expect(ne.health).toBe('behind');
    expect(ne.reasons.join(' ')).toMatch(/October 2026/);
    expect(ne.reasons.join(' ')).toMatch(/Readiness Assessment.*overdue/);
    expect(rows.MO.health).toBe('on_track');
    expect(body.summary).toEqual({ onTrack: 2, needsAttention: 0, behind: 1 });
  });

  it('limits a coach to paired states and a state lead to their own', async () => {
    const asCoach = (await t.call(await t.tokenFor(people.coach), 'GET', `/api/progress?programYear=${yearId}`)).json();
    expect(asCoach.states.map((s: Row) => s.stateCode)).toEqual(['AR']);
    const asLead = (await t.call(await t.tokenFor(people.lead), 'GET', `/api/progress?programYear=${yearId}`)).json();
    expect(asLead.states.map((s: Row) => s.stateCode)).toEqual(['NE']);
  });

  it('filters by tier, coach and state, and defaults to the year containing today', async () => {
    const token = await t.tokenFor(people.staff);
    const light = (await t.call(token, 'GET', `/api/progress?tier=light_touch`)).json();
    expect(light.programYear.id).toBe(yearId);
    expect(light.states.map((s: Row) => s.stateCode)).toEqual(['MO']);
    const coached = (await t.call(token, 'GET', `/api/progress?programYear=${yearId}&coach=${people.neCoach.id}`)).json();
    expect(coached.states.map((s: Row) => s.stateCode)).toEqual(['NE']);
    const one = (await t.call(token, 'GET', `/api/progress?programYear=${yearId}&state=ar`)).json();
    expect(one.states.map((s: Row) => s.stateCode)).toEqual(['AR']);
  });

  it('refuses a malformed year id with 400, an unknown one with 404, and anonymous callers with 401', async () => {
    const token = await t.tokenFor(people.staff);
    expect((await t.call(token, 'GET', '/api/progress?programYear=nope')).statusCode).toBe(400);
    expect((await t.call(token, 'GET', '/api/progress?programYear=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await t.call(null, 'GET', '/api/progress')).statusCode).toBe(401);
  });
});

describe('stateFacts', () => {
  // Each shape of the statement (scope, filters present) is prepared once under its own name and reused with
  // other values: running every shape one after another on one database shows no two shapes share a name.
  it('answers every scope and combination of filters right, run one after another on one database', async () => {
    const actor = (role: Actor['role'], stateCode: string | null, pairedStates: string[]): Actor => ({ id: people.staff.id, role, stateCode, pairedStates });
    const scopes: [string, Actor | 'all', string[]][] = [
      ['everything', 'all', ['AR', 'MO', 'NE']],
      ['staff', actor('staff', null, []), ['AR', 'MO', 'NE']],
      ['a coach of two states', actor('coach', null, ['AR', 'NE']), ['AR', 'NE']],
      ['a coach of one state', actor('coach', null, ['MO']), ['MO']],
      ['a state lead', actor('state_lead', 'NE', []), ['NE']],
      ['a coach of no state', actor('coach', null, []), []],
    ];
    const participating = {
      AR: { tier: 'intensive', coach: people.coach.id },
      NE: { tier: 'intensive', coach: people.neCoach.id },
      MO: { tier: 'light_touch', coach: null },
    } as const;
    const wanted = { state: 'ne', tier: 'intensive', coach: people.neCoach.id } as const;
    const keeps = {
      state: (code: keyof typeof participating) => code === wanted.state.toUpperCase(),
      tier: (code: keyof typeof participating) => participating[code].tier === wanted.tier,
      coach: (code: keyof typeof participating) => participating[code].coach === wanted.coach,
    };
    const wrong: unknown[] = [];
    for (const [who, scope, visible] of scopes) {
      for (const keys of [[], ['state'], ['tier'], ['coach'], ['state', 'tier'], ['state', 'coach'], ['tier', 'coach'], ['state', 'tier', 'coach']] as const) {
        const filter: ProgressFilter = Object.fromEntries(keys.map((k) => [k, wanted[k]]));
        const expected = (visible as (keyof typeof participating)[]).filter((code) => keys.every((k) => keeps[k](code))).sort();
        const found = (await stateFacts(t.db, scope, yearId, filter)).map((f) => f.stateCode).sort();
        if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push({ who, filter, expected, found });
      }
    }
    expect(wrong).toEqual([]);
  });
});
