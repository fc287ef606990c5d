import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, mentoringExchanges, mentoringPairs } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';
import { makeExchange, makeMentoringPair } from '../helpers/factories-engagement.ts';

type User = { email: string; id: string };
type PairBody = { id: string; stateA: string; stateB: string };
let t: TestApp;
let yearId: string;
let nextYearId: string;
let coach: User;
let otherCoach: User;
let northCoach: User;
let lead: User;
let member: User;
let staff: User;
let arIa: { id: string; version: number };
let miNe: { id: string; version: number };
let nextYearPair: { id: string };
let early: { id: string };
let later: { id: string };

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  nextYearId = (await makeYear(t.db, 2027)).id;
  for (const code of ['AR', 'HI', 'IA', 'MI', 'NE']) await makeState(t.db, code);
  for (const code of ['AR', 'IA', 'MI', 'NE']) await joinYear(t.db, yearId, code);
  for (const code of ['AR', 'MI']) await joinYear(t.db, nextYearId, code);
  coach = await makeUser(t.db, 'coach');
  otherCoach = await makeUser(t.db, 'coach');
  northCoach = await makeUser(t.db, 'coach');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  member = await makeUser(t.db, 'state_member', 'AR');
  staff = await makeUser(t.db, 'staff');
  await pair(t.db, yearId, 'AR', coach.id);
  await pair(t.db, yearId, 'IA', otherCoach.id);
  await pair(t.db, yearId, 'MI', northCoach.id);
  await pair(t.db, yearId, 'NE', northCoach.id);
  arIa = await makeMentoringPair(t.db, yearId, 'IA', 'AR', 'Sector partnerships');
  miNe = await makeMentoringPair(t.db, yearId, 'MI', 'NE');
  nextYearPair = await makeMentoringPair(t.db, nextYearId, 'AR', 'MI');
  later = await makeExchange(t.db, arIa.id, '2026-11-05', 'Iowa walked Arkansas through its apprenticeship data');
  early = await makeExchange(t.db, arIa.id, '2026-10-20');
  await makeExchange(t.db, miNe.id, '2026-10-21');
});

const pairCount = async () => (await t.db.select().from(mentoringPairs)).length;
const exchangeCount = async () => (await t.db.select().from(mentoringExchanges)).length;
const auditsOf = async (id: string) => (await t.db.select().from(auditLog)).filter((a) => a.entityId === id);

describe('GET /api/mentoring-pairs', () => {
  it('lists the pairs with at least one of the actor’s states, with exchange counts', async () => {
    const seen: Record<string, string[]> = {};
    for (const [name, user] of Object.entries({ staff, coach, otherCoach, northCoach, lead, member })) {
      const res = await t.call(await t.tokenFor(user), 'GET', `/api/mentoring-pairs?programYear=${yearId}`);
      expect(res.statusCode).toBe(200);
      seen[name] = res.json().items.map((p: PairBody) => `${p.stateA}-${p.stateB}`);
    }
    expect(seen).toEqual({ staff: ['AR-IA', 'MI-NE'], coach: ['AR-IA'], otherCoach: ['AR-IA'], northCoach: ['MI-NE'], lead: ['AR-IA'], member: ['AR-IA'] });
    const [first] = (await t.call(await t.tokenFor(lead), 'GET', `/api/mentoring-pairs?programYear=${yearId}`)).json().items;
    expect(first).toMatchObject({ stateA: 'AR', stateAName: 'State AR', stateB: 'IA', focus: 'Sector partnerships', exchangeCount: 2, lastExchangeOn: '2026-11-05' });
  });

  it('filters by a state on either side and by year, and pages', async () => {
    const token = await t.tokenFor(staff);
    expect((await t.call(token, 'GET', '/api/mentoring-pairs?state=ne')).json().items.map((p: PairBody) => p.id)).toEqual([miNe.id]);
    expect((await t.call(token, 'GET', '/api/mentoring-pairs?state=IA')).json().items.map((p: PairBody) => p.id)).toEqual([arIa.id]);
    expect((await t.call(token, 'GET', `/api/mentoring-pairs?programYear=${nextYearId}`)).json().items.map((p: PairBody) => p.id)).toEqual([nextYearPair.id]);
    const paged = (await t.call(token, 'GET', '/api/mentoring-pairs?limit=1&offset=2')).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(3);
    expect((await t.call(await t.tokenFor(lead), 'GET', '/api/mentoring-pairs?state=MI')).json().items.map((p: PairBody) => p.id)).toEqual([nextYearPair.id]);
  });

  it('answers 401 without a token and 400 for a malformed filter', async () => {
    expect((await t.call(null, 'GET', '/api/mentoring-pairs')).statusCode).toBe(401);
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/mentoring-pairs?programYear=2026')).statusCode).toBe(400);
  });
});

describe('GET /api/mentoring-pairs/:id', () => {
  it('shows a pair with its exchanges in date order to anyone who sees one of its states', async () => {
    for (const user of [lead, otherCoach]) {
      const res = await t.call(await t.tokenFor(user), 'GET', `/api/mentoring-pairs/${arIa.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().exchanges.map((e: { id: string }) => e.id)).toEqual([early.id, later.id]);
    }
  });

  it('answers 404 when neither state is visible, and for an unknown id', async () => {
    for (const user of [coach, lead, member]) expect((await t.call(await t.tokenFor(user), 'GET', `/api/mentoring-pairs/${miNe.id}`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/mentoring-pairs/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('POST /api/mentoring-pairs', () => {
  it('lets staff pair two states in either order, stored alphabetically, with an audit row', async () => {
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/mentoring-pairs', { programYearId: yearId, stateA: 'NE', stateB: 'ar', focus: 'Data' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ stateA: 'AR', stateB: 'NE', focus: 'Data', exchangeCount: 0, lastExchangeOn: null, exchanges: [], version: 1 });
    expect(await auditsOf(res.json().id)).toMatchObject([{ action: 'create', entity: 'mentoring_pair' }]);
    await t.db.delete(mentoringPairs).where(eq(mentoringPairs.id, res.json().id));
  });

  it('answers 409 for a pair that exists (in either order) and writes nothing', async () => {
    const before = await pairCount();
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/mentoring-pairs', { programYearId: yearId, stateA: 'IA', stateB: 'AR' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/already paired/);
    expect(await pairCount()).toBe(before);
  });

  it.each([
    ['a state paired with itself', { stateA: 'AR', stateB: 'ar' }, /^stateB: a state cannot mentor itself/],
    ['a first state outside the year', { stateA: 'HI', stateB: 'AR' }, /^stateA: HI does not take part/],
    ['a second state outside the year', { stateA: 'AR', stateB: 'HI' }, /^stateB: HI does not take part/],
    ['a state that does not exist', { stateA: 'AR', stateB: 'ZZ' }, /^stateB: ZZ does not take part/],
    ['a program year that does not exist', { programYearId: '00000000-0000-4000-8000-000000000000' }, /^programYearId/],
    ['a malformed state', { stateB: 'Iowa' }, /stateB/],
    ['a missing state', { stateB: undefined }, /stateB/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await pairCount();
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/mentoring-pairs', { programYearId: yearId, stateA: 'AR', stateB: 'MI', ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await pairCount()).toBe(before);
  });

  it('answers 403 to coaches and state users of either state, 404 when neither state is theirs, 401 anonymous', async () => {
    const before = await pairCount();
    const body = (stateA: string, stateB: string) => ({ programYearId: yearId, stateA, stateB });
    expect((await t.call(await t.tokenFor(northCoach), 'POST', '/api/mentoring-pairs', body('MI', 'NE'))).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(coach), 'POST', '/api/mentoring-pairs', body('MI', 'AR'))).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(coach), 'POST', '/api/mentoring-pairs', body('IA', 'MI'))).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(lead), 'POST', '/api/mentoring-pairs', body('AR', 'MI'))).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(lead), 'POST', '/api/mentoring-pairs', body('NE', 'MI'))).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(member), 'POST', '/api/mentoring-pairs', body('AR', 'AR'))).statusCode).toBe(403);
    expect((await t.call(null, 'POST', '/api/mentoring-pairs', body('AR', 'MI'))).statusCode).toBe(401);
    expect(await pairCount()).toBe(before);
  });
});

describe('PATCH and DELETE /api/mentoring-pairs/:id', () => {
  it('lets staff change the focus with the version read; a stale version answers 412', async () => {
    const created = await makeMentoringPair(t.db, yearId, 'IA', 'NE');
    const token = await t.tokenFor(staff);
    const ok = await t.call(token, 'PATCH', `/api/mentoring-pairs/${created.id}`, { focus: 'Credential attainment', version: created.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ focus: 'Credential attainment', version: created.version + 1 });
    const stale = await t.call(token, 'PATCH', `/api/mentoring-pairs/${created.id}`, { focus: 'x', version: created.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ focus: 'Credential attainment', version: created.version + 1 });
    const read = ok.json().version;
    expect((await t.call(token, 'PATCH', `/api/mentoring-pairs/${created.id}`, { version: read })).json().message).toMatch(/focus/);
    expect((await t.call(token, 'PATCH', `/api/mentoring-pairs/${created.id}`, { stateA: 'AR', focus: 'x', version: read })).json().message).toMatch(/stateA/);
    expect((await t.db.select().from(mentoringPairs).where(eq(mentoringPairs.id, created.id)))[0]).toMatchObject({ focus: 'Credential attainment', version: created.version + 1 });
  });

  it('answers 403 to coaches and state users of a visible pair, 404 for a hidden one', async () => {
    for (const user of [coach, otherCoach, lead, member]) {
      expect((await t.call(await t.tokenFor(user), 'PATCH', `/api/mentoring-pairs/${arIa.id}`, { focus: 'x', version: arIa.version })).statusCode).toBe(403);
      expect((await t.call(await t.tokenFor(user), 'DELETE', `/api/mentoring-pairs/${arIa.id}`)).statusCode).toBe(403);
    }
    expect((await t.call(await t.tokenFor(coach), 'PATCH', `/api/mentoring-pairs/${miNe.id}`, { focus: 'x', version: miNe.version })).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(lead), 'DELETE', `/api/mentoring-pairs/${miNe.id}`)).statusCode).toBe(404);
    expect((await t.call(null, 'DELETE', `/api/mentoring-pairs/${miNe.id}`)).statusCode).toBe(401);
    expect(await pairCount()).toBeGreaterThanOrEqual(3);
  });

  it('lets staff delete a pair and its exchanges, with an audit row', async () => {
    const created = await makeMentoringPair(t.db, yearId, 'AR', 'NE');
    await makeExchange(t.db, created.id);
    expect((await t.call(await t.tokenFor(staff), 'DELETE', `/api/mentoring-pairs/${created.id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(mentoringExchanges).where(eq(mentoringExchanges.pairId, created.id))).toEqual([]);
    expect(await auditsOf(created.id)).toMatchObject([{ action: 'delete', entity: 'mentoring_pair' }]);
    expect((await t.call(await t.tokenFor(staff), 'DELETE', `/api/mentoring-pairs/${created.id}`)).statusCode).toBe(404);
  });
});

describe('POST /api/mentoring-pairs/:id/exchanges', () => {
  it('lets a coach of either state log an exchange, with an audit row', async () => {
    for (const user of [coach, otherCoach, staff]) {
      const res = await t.call(await t.tokenFor(user), 'POST', `/api/mentoring-pairs/${arIa.id}/exchanges`, { date: '2026-11-23', summary: 'Peer call on WIOA alignment' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ pairId: arIa.id, date: '2026-11-23', summary: 'Peer call on WIOA alignment' });
      expect(await auditsOf(res.json().id)).toMatchObject([{ action: 'create', entity: 'mentoring_exchange' }]);
      await t.db.delete(mentoringExchanges).where(eq(mentoringExchanges.id, res.json().id));
    }
  });

  it.each([
    ['a day still to come', { date: '2026-11-24' }, /^date: an exchange is logged once it has happened/],
    ['a day before the program year', { date: '2026-07-31' }, /^date: 2026-07-31 is outside the program year/],
    ['an empty summary', { summary: '' }, /summary/],
    ['an impossible date', { date: '2026-11-31' }, /date/],
    ['an unknown field', { pairId: 'x' }, /pairId/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await exchangeCount();
    const res = await t.call(await t.tokenFor(coach), 'POST', `/api/mentoring-pairs/${arIa.id}/exchanges`, { date: '2026-11-20', summary: 'Call', ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await exchangeCount()).toBe(before);
  });

  it('answers 403 to state users, 404 to a coach of neither state or for an unknown pair, 401 anonymous', async () => {
    const before = await exchangeCount();
    const body = { date: '2026-11-20', summary: 'Call' };
    expect((await t.call(await t.tokenFor(lead), 'POST', `/api/mentoring-pairs/${arIa.id}/exchanges`, body)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(member), 'POST', `/api/mentoring-pairs/${arIa.id}/exchanges`, body)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(coach), 'POST', `/api/mentoring-pairs/${miNe.id}/exchanges`, body)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(staff), 'POST', '/api/mentoring-pairs/00000000-0000-4000-8000-000000000000/exchanges', body)).statusCode).toBe(404);
    expect((await t.call(null, 'POST', `/api/mentoring-pairs/${arIa.id}/exchanges`, body)).statusCode).toBe(401);
    expect(await exchangeCount()).toBe(before);
  });
});

describe('DELETE /api/mentoring-exchanges/:id', () => {
  it('lets a coach of either state delete an exchange, with an audit row; others get 404 or 403', async () => {
    const exchange = await makeExchange(t.db, arIa.id, '2026-11-10');
    const url = `/api/mentoring-exchanges/${exchange.id}`;
    expect((await t.call(await t.tokenFor(northCoach), 'DELETE', url)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(lead), 'DELETE', url)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(member), 'DELETE', url)).statusCode).toBe(403);
    expect((await t.call(null, 'DELETE', url)).statusCode).toBe(401);
    expect((await t.call(await t.tokenFor(otherCoach), 'DELETE', url)).statusCode).toBe(204);
    expect(await auditsOf(exchange.id)).toMatchObject([{ action: 'delete', entity: 'mentoring_exchange' }]);
    expect((await t.call(await t.tokenFor(staff), 'DELETE', url)).statusCode).toBe(404);
  });
});
