import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, participations } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';
import { makeBareYear, rowCount } from '../helpers/factories-setup.ts';

let t: TestApp;
let yearId: string;
let nextYearId: string;
let staff: { email: string; id: string };
let coach: { email: string; id: string };
let lead: { email: string; id: string };
let member: { email: string; id: string };

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db, 2026)).id;
  nextYearId = (await makeBareYear(t.db, '2027-09-01', '2028-08-31', 'Next cohort')).id;
  for (const code of ['AR', 'HI', 'IA', 'NE']) await makeState(t.db, code);
  await joinYear(t.db, yearId, 'AR');
  await joinYear(t.db, yearId, 'HI', 'light_touch');
  await joinYear(t.db, yearId, 'IA');
  staff = await makeUser(t.db, 'staff');
  coach = await makeUser(t.db, 'coach');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  member = await makeUser(t.db, 'state_member', 'AR');
  await pair(t.db, yearId, 'AR', coach.id);
  await pair(t.db, yearId, 'HI', coach.id);
});

const as = (user: { email: string }) => t.tokenFor(user);
const list = async (user: { email: string }, query = '') =>
  (await t.call(await as(user), 'GET', `/api/participations${query}`)).json() as { items: { stateCode: string; tier: string }[]; total: number };
const rowOf = async (programYearId: string, stateCode: string) =>
  (await t.db.select().from(participations).where(eq(participations.programYearId, programYearId))).find((p) => p.stateCode === stateCode)!;
const idOf = async (programYearId: string, stateCode: string) => (await rowOf(programYearId, stateCode)).id;

describe('GET /api/participations', () => {
  it('lists every state for staff with year and state names, filtered by year, state and tier', async () => {
    const all = await list(staff, `?programYear=${yearId}`);
    expect(all.items.map((p) => p.stateCode)).toEqual(['AR', 'HI', 'IA']);
    expect(all.items[0]).toMatchObject({ stateName: 'State AR', startsOn: '2026-08-01', endsOn: '2027-08-31', tier: 'intensive' });
    expect((await list(staff, '?tier=light_touch')).items.map((p) => p.stateCode)).toEqual(['HI']);
    expect((await list(staff, '?state=ia')).items.map((p) => p.stateCode)).toEqual(['IA']);
    expect((await list(staff, '?limit=1')).total).toBe(3);
  });

  it('shows a coach their paired states and a state user their own', async () => {
    expect((await list(coach)).items.map((p) => p.stateCode)).toEqual(['AR', 'HI']);
    expect((await list(lead)).items.map((p) => p.stateCode)).toEqual(['AR']);
    expect((await list(member, '?state=IA')).total).toBe(0);
  });

  it('answers 400 to an unknown tier and 401 to the anonymous', async () => {
    expect((await t.call(await as(staff), 'GET', '/api/participations?tier=gold')).statusCode).toBe(400);
    expect((await t.call(null, 'GET', '/api/participations')).statusCode).toBe(401);
  });
});

describe('GET /api/participations/:id', () => {
  it('answers a visible participation and 404 out of scope', async () => {
    const iowa = await idOf(yearId, 'IA');
    expect((await t.call(await as(staff), 'GET', `/api/participations/${iowa}`)).json()).toMatchObject({ stateCode: 'IA', tier: 'intensive' });
    expect((await t.call(await as(coach), 'GET', `/api/participations/${iowa}`)).statusCode).toBe(404);
    expect((await t.call(await as(lead), 'GET', `/api/participations/${iowa}`)).statusCode).toBe(404);
  });
});

describe('POST /api/participations', () => {
  it('lets staff enrol a state, upper-casing its code, and audits it', async () => {
    const res = await t.call(await as(staff), 'POST', '/api/participations', { programYearId: nextYearId, stateCode: 'ne', tier: 'light_touch' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ stateCode: 'NE', programYearName: 'Next cohort', tier: 'light_touch', version: 1 });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, res.json().id))).toMatchObject([{ entity: 'participation', stateCode: 'NE' }]);
  });

  it('answers 409 when the state already takes part in the year', async () => {
    const before = await rowCount(t.db, participations);
    const res = await t.call(await as(staff), 'POST', '/api/participations', { programYearId: yearId, stateCode: 'AR', tier: 'light_touch' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/^stateCode: AR already takes part/);
    expect(await rowCount(t.db, participations)).toBe(before);
  });

  it.each([
    ['an unknown state', { stateCode: 'ZZ' }, /^stateCode: no such state ZZ/],
    ['an unknown year', { programYearId: '00000000-0000-4000-8000-000000000000' }, /^programYearId/],
    ['an unknown tier', { tier: 'gold' }, /tier/],
    ['an unknown field', { coach: 'x' }, /coach/],
  ])('refuses %s with a 400 naming the field', async (_name, change, message) => {
    const before = await rowCount(t.db, participations);
    const res = await t.call(await as(staff), 'POST', '/api/participations', { programYearId: nextYearId, stateCode: 'IA', tier: 'intensive', ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await rowCount(t.db, participations)).toBe(before);
  });

  it('answers 403 to a coach and a lead in their states, 404 for other states, 401 to the anonymous', async () => {
    const body = { programYearId: nextYearId, stateCode: 'AR', tier: 'intensive' };
    expect((await t.call(await as(coach), 'POST', '/api/participations', body)).statusCode).toBe(403);
    expect((await t.call(await as(lead), 'POST', '/api/participations', body)).statusCode).toBe(403);
    expect((await t.call(await as(coach), 'POST', '/api/participations', { ...body, stateCode: 'IA' })).statusCode).toBe(404);
    expect((await t.call(null, 'POST', '/api/participations', body)).statusCode).toBe(401);
  });
});

describe('PATCH /api/participations/:id', () => {
  it('lets staff change the tier with the version read; a stale version is 412', async () => {
    const { id, version } = await rowOf(yearId, 'HI');
    const ok = await t.call(await as(staff), 'PATCH', `/api/participations/${id}`, { tier: 'intensive', version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ tier: 'intensive', version: version + 1 });
    const stale = await t.call(await as(staff), 'PATCH', `/api/participations/${id}`, { tier: 'light_touch', version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ tier: 'intensive', version: version + 1 });
    expect((await t.call(await as(staff), 'PATCH', `/api/participations/${id}`, { version: version + 1 })).statusCode).toBe(400);
  });

  it('answers 403 in scope and 404 out of scope', async () => {
    const [ar, ia] = [await rowOf(yearId, 'AR'), await rowOf(yearId, 'IA')];
    expect((await t.call(await as(lead), 'PATCH', `/api/participations/${ar.id}`, { tier: 'light_touch', version: ar.version })).statusCode).toBe(403);
    expect((await t.call(await as(lead), 'PATCH', `/api/participations/${ia.id}`, { tier: 'light_touch', version: ia.version })).statusCode).toBe(404);
  });
});

describe('DELETE /api/participations/:id', () => {
  it('refuses with 409 while the state has records in the year', async () => {
    const res = await t.call(await as(staff), 'DELETE', `/api/participations/${await idOf(yearId, 'AR')}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/AR has 1 pairing in .*remove them/);
  });

  it('lets staff withdraw a state with no records, and answers 403 to others', async () => {
    const id = await idOf(yearId, 'IA');
    expect((await t.call(await as(coach), 'DELETE', `/api/participations/${await idOf(yearId, 'HI')}`)).statusCode).toBe(403);
    expect((await t.call(await as(coach), 'DELETE', `/api/participations/${id}`)).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'DELETE', `/api/participations/${id}`)).statusCode).toBe(204);
    expect((await t.call(await as(staff), 'GET', `/api/participations/${id}`)).statusCode).toBe(404);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, id))).toMatchObject([{ action: 'delete' }]);
  });
});
