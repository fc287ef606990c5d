import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { MISSING_ID, callerFor, makeCast } from '../helpers/factories-assessment.ts';
import { joinYear, makeState, makeYear } from '../helpers/factories.ts';
import { makeMentoringPair } from '../helpers/factories-engagement.ts';
import { makeBaseline } from '../helpers/factories-playbook.ts';

let t: TestApp;
let as: ReturnType<typeof callerFor>;
let cast: Awaited<ReturnType<typeof makeCast>>;
let yearId: string;
let otherYearId: string;

type Suggestion = { stateA: string; stateB: string; focus: string; reasons: { text: string; mentor: string; domainKey: string }[] };
const pairsOf = (items: Suggestion[]) => items.map((s) => `${s.stateA}-${s.stateB}`);

beforeAll(async () => {
  t = await buildTestApp();
  as = callerFor(t);
  yearId = (await makeYear(t.db)).id;
  otherYearId = (await makeYear(t.db, 2027)).id;
  cast = await makeCast(t.db, yearId);
  await makeState(t.db, 'HI', 'Hawaii');
  await makeState(t.db, 'NE', 'Nebraska');
  for (const code of ['HI', 'NE']) await joinYear(t.db, yearId, code);
  await joinYear(t.db, otherYearId, 'AR');
  // Iowa is established in employers (4 everywhere there); AR and HI marked employers a priority; Nebraska is established in policies, which AR flagged.
  await makeBaseline(t.db, yearId, 'IA', { ratings: { employers: 4 } });
  await makeBaseline(t.db, yearId, 'AR', { ratings: { employers: 1 }, priorities: ['employers', 'policies'] });
  await makeBaseline(t.db, yearId, 'HI', { ratings: { employers: 3 }, priorities: ['employers'] });
  await makeBaseline(t.db, yearId, 'NE', { ratings: { policies: 4 } });
  // Another year's baseline counts only there.
  await makeBaseline(t.db, otherYearId, 'AR', { rest: 4 });
});

describe('GET /api/mentoring-suggestions', () => {
  it('suggests pairs where one state is established in a domain the other marked a priority, with reasons in words', async () => {
    const res = await as(cast.staff, 'GET', `/api/mentoring-suggestions?programYear=${yearId}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Suggestion[];
    expect(pairsOf(items)).toEqual(['AR-IA', 'AR-NE', 'HI-IA']);
    expect(items[0]).toMatchObject({ stateAName: 'State AR', stateBName: 'State IA', focus: 'Identify industry sectors and engage employers (State IA mentoring State AR)' });
    expect(items[0].reasons[0].text).toBe(
      'State IA is established in Identify industry sectors and engage employers (average 4.0), which State AR marked a priority; State AR averages 1.0',
    );
    expect(items[1].reasons.map((r) => [r.mentor, r.domainKey])).toEqual([['NE', 'policies']]);
  });

  it('is for staff only (403), signed in (401), and wants a real program year (400)', async () => {
    for (const user of [cast.coach, cast.lead, cast.member]) expect((await as(user, 'GET', `/api/mentoring-suggestions?programYear=${yearId}`)).statusCode).toBe(403);
    expect((await as(null, 'GET', `/api/mentoring-suggestions?programYear=${yearId}`)).statusCode).toBe(401);
    expect((await as(cast.staff, 'GET', `/api/mentoring-suggestions?programYear=${MISSING_ID}`)).statusCode).toBe(400);
    expect((await as(cast.staff, 'GET', '/api/mentoring-suggestions')).statusCode).toBe(400);
  });

  it('drops a suggestion once staff accept it as a pair with its focus, and skips pairs made by hand', async () => {
    const before = (await as(cast.staff, 'GET', `/api/mentoring-suggestions?programYear=${yearId}`)).json().items as Suggestion[];
    const chosen = before.find((s) => s.stateA === 'HI')!;
    const created = await as(cast.staff, 'POST', '/api/mentoring-pairs', { programYearId: yearId, stateA: chosen.stateA, stateB: chosen.stateB, focus: chosen.focus });
    expect(created.statusCode).toBe(201);
    expect(created.json().focus).toBe(chosen.focus);
    await makeMentoringPair(t.db, yearId, 'NE', 'AR');
    const after = (await as(cast.staff, 'GET', `/api/mentoring-suggestions?programYear=${yearId}`)).json().items as Suggestion[];
    expect(pairsOf(after)).toEqual(['AR-IA']);
  });

  it('suggests nothing for a year with a single baseline', async () => {
    expect((await as(cast.staff, 'GET', `/api/mentoring-suggestions?programYear=${otherYearId}`)).json()).toEqual({ items: [], total: 0 });
  });
});
