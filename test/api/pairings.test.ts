import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, pairings } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';
import { rowCount } from '../helpers/factories-setup.ts';

type Person = { email: string; id: string; name: string };
let t: TestApp;
let yearId: string;
let staff: Person;
let nan: Person;
let donna: Person;
let elisabeth: Person;
let lead: Person;
let arPairingId: string;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db, 2026)).id;
  for (const code of ['AR', 'HI', 'IA', 'MI']) await makeState(t.db, code);
  for (const code of ['AR', 'HI', 'IA', 'MI']) await joinYear(t.db, yearId, code);
  await makeState(t.db, 'NE');
  staff = await makeUser(t.db, 'staff');
  nan = await makeUser(t.db, 'coach', null, 'Nan Dare');
  donna = await makeUser(t.db, 'coach', null, 'Donna Barnett');
  elisabeth = await makeUser(t.db, 'coach', null, 'Elisabeth Pope');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  arPairingId = (await pair(t.db, yearId, 'AR', nan.id)).id;
  await pair(t.db, yearId, 'HI', nan.id, '2026-08-01', '2026-09-30');
  await pair(t.db, yearId, 'IA', donna.id);
});

const as = (user: { email: string }) => t.tokenFor(user);
/** The version staff read now, as a client does before an edit. */
const versionRead = async (id: string) => (await t.call(await as(staff), 'GET', `/api/pairings/${id}`)).json().version as number;
const statesOf = async (user: { email: string }, query = '') => {
  const res = await t.call(await as(user), 'GET', `/api/pairings${query}`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as { stateCode: string }[]).map((p) => p.stateCode);
};
const valid = () => ({ programYearId: yearId, stateCode: 'MI', coachId: elisabeth.id, startsOn: '2026-08-01' });

describe('GET /api/pairings', () => {
  it('lists every pairing for staff with coach names, filtered by state, coach, year and active day', async () => {
    const res = (await t.call(await as(staff), 'GET', `/api/pairings?programYear=${yearId}`)).json();
    expect(res.total).toBe(3);
    expect(res.items[0]).toMatchObject({ stateCode: 'AR', coachId: nan.id, coachName: 'Nan Dare', startsOn: '2026-08-01', endsOn: null });
    expect(await statesOf(staff, `?coach=${nan.id}`)).toEqual(['AR', 'HI']);
    expect(await statesOf(staff, '?state=ia')).toEqual(['IA']);
    expect(await statesOf(staff, '?activeOn=2026-11-23')).toEqual(['AR', 'IA']);
    expect(await statesOf(staff, '?activeOn=2026-09-30')).toEqual(['AR', 'HI', 'IA']);
    expect(await statesOf(staff, '?from=2026-10-01&to=2026-12-31')).toEqual(['AR', 'IA']);
  });

  it('shows a coach only their current states, and a state lead only their own', async () => {
    expect(await statesOf(nan)).toEqual(['AR']);
    expect(await statesOf(donna)).toEqual(['IA']);
    expect(await statesOf(elisabeth)).toEqual([]);
    expect(await statesOf(lead)).toEqual(['AR']);
  });

  it('answers 400 to a malformed day and 401 to the anonymous', async () => {
    expect((await t.call(await as(staff), 'GET', '/api/pairings?activeOn=soon')).statusCode).toBe(400);
    expect((await t.call(null, 'GET', '/api/pairings')).statusCode).toBe(401);
  });
});

describe('GET /api/pairings/:id', () => {
  it('answers a visible pairing and 404 out of scope', async () => {
    expect((await t.call(await as(lead), 'GET', `/api/pairings/${arPairingId}`)).json()).toMatchObject({ coachName: 'Nan Dare' });
    expect((await t.call(await as(donna), 'GET', `/api/pairings/${arPairingId}`)).statusCode).toBe(404);
  });
});

describe('POST /api/pairings', () => {
  it('lets staff pair a coach with a state, which then shows up in the coach’s states', async () => {
    expect((await t.call(await as(elisabeth), 'GET', '/api/states/MI')).statusCode).toBe(404);
    const res = await t.call(await as(staff), 'POST', '/api/pairings', { ...valid(), stateCode: 'mi' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ stateCode: 'MI', coachId: elisabeth.id, coachName: 'Elisabeth Pope', endsOn: null, version: 1 });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, res.json().id))).toMatchObject([{ entity: 'pairing', stateCode: 'MI' }]);
    expect((await t.call(await as(elisabeth), 'GET', '/api/states/MI')).statusCode).toBe(200);
  });

  it('answers 409 naming the coach and dates of an overlapping pairing', async () => {
    const before = await rowCount(t.db, pairings);
    const res = await t.call(await as(staff), 'POST', '/api/pairings', { ...valid(), stateCode: 'AR', coachId: donna.id, startsOn: '2027-01-01' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/AR is already paired with Nan Dare from 2026-08-01 to the end of the year \(2027-08-31\)/);
    const early = await t.call(await as(staff), 'POST', '/api/pairings', { ...valid(), stateCode: 'HI', coachId: donna.id, startsOn: '2026-09-30' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/Nan Dare from 2026-08-01 to 2026-09-30/);
    expect(await rowCount(t.db, pairings)).toBe(before);
  });

  it('hands a state over mid-year: end the first pairing, then start the next the day after', async () => {
    const read = await versionRead(arPairingId);
    const ended = await t.call(await as(staff), 'PATCH', `/api/pairings/${arPairingId}`, { endsOn: '2026-12-31', version: read });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ endsOn: '2026-12-31', version: read + 1 });
    const next = await t.call(await as(staff), 'POST', '/api/pairings', { ...valid(), stateCode: 'AR', coachId: donna.id, startsOn: '2027-01-01' });
    expect(next.statusCode).toBe(201);
    expect(await statesOf(staff, '?state=AR&activeOn=2027-02-01')).toEqual(['AR']);
    const onDay = (await t.call(await as(staff), 'GET', '/api/pairings?state=AR&activeOn=2027-02-01')).json();
    expect(onDay.items[0].coachName).toBe('Donna Barnett');
  });

  it.each([
    ['a user who is not a coach', () => ({ coachId: lead.id }), /^coachId: .* is a state_lead, not a coach/],
    ['a coach that does not exist', () => ({ coachId: '00000000-0000-4000-8000-000000000000' }), /^coachId: no such user/],
    ['a state that does not take part', () => ({ stateCode: 'NE' }), /^stateCode: NE does not take part/],
    ['a start before the year', () => ({ stateCode: 'HI', startsOn: '2026-07-31' }), /^startsOn: .*outside the program year/],
    ['an end after the year', () => ({ stateCode: 'HI', startsOn: '2026-10-01', endsOn: '2027-09-01' }), /^endsOn: .*outside/],
    ['an end before the start', () => ({ stateCode: 'HI', startsOn: '2026-10-02', endsOn: '2026-10-01' }), /^endsOn: 2026-10-01 is before/],
    ['a year that does not exist', () => ({ programYearId: '00000000-0000-4000-8000-000000000000' }), /^programYearId/],
    ['an unknown field', () => ({ notes: 'x' }), /notes/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await rowCount(t.db, pairings);
    const res = await t.call(await as(staff), 'POST', '/api/pairings', { ...valid(), ...change() });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await rowCount(t.db, pairings)).toBe(before);
  });

  it('refuses a deactivated coach', async () => {
    const gone = await makeUser(t.db, 'coach', null, 'Gone Coach');
    await t.call(await as(staff), 'DELETE', `/api/users/${gone.id}`);
    const res = await t.call(await as(staff), 'POST', '/api/pairings', { ...valid(), stateCode: 'HI', coachId: gone.id, startsOn: '2026-10-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^coachId: Gone Coach's account is deactivated/);
  });

  it('answers 403 to a paired coach and a lead, 404 for other states, 401 to the anonymous', async () => {
    const body = { ...valid(), stateCode: 'IA', startsOn: '2027-05-01' };
    expect((await t.call(await as(donna), 'POST', '/api/pairings', body)).statusCode).toBe(403);
    expect((await t.call(await as(nan), 'POST', '/api/pairings', body)).statusCode).toBe(404);
    expect((await t.call(await as(lead), 'POST', '/api/pairings', { ...body, stateCode: 'AR' })).statusCode).toBe(403);
    expect((await t.call(null, 'POST', '/api/pairings', body)).statusCode).toBe(401);
  });
});

describe('PATCH /api/pairings/:id', () => {
  it('applies the one-coach-at-a-time rule to edits too, and refuses a stale version with 412', async () => {
    const hawaii = (await t.call(await as(staff), 'POST', '/api/pairings', { ...valid(), stateCode: 'HI', coachId: donna.id, startsOn: '2026-10-01' })).json();
    const back = await t.call(await as(staff), 'PATCH', `/api/pairings/${hawaii.id}`, { startsOn: '2026-09-15', version: hawaii.version });
    expect(back.statusCode).toBe(409);
    expect(back.json().message).toMatch(/Nan Dare from 2026-08-01 to 2026-09-30/);
    const swapped = await t.call(await as(staff), 'PATCH', `/api/pairings/${hawaii.id}`, { coachId: elisabeth.id, endsOn: '2027-03-31', version: hawaii.version });
    expect(swapped.json()).toMatchObject({ coachName: 'Elisabeth Pope', endsOn: '2027-03-31', version: hawaii.version + 1 });
    const stale = await t.call(await as(staff), 'PATCH', `/api/pairings/${hawaii.id}`, { endsOn: null, version: hawaii.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ coachName: 'Elisabeth Pope', endsOn: '2027-03-31', version: hawaii.version + 1 });
    const notCoach = await t.call(await as(staff), 'PATCH', `/api/pairings/${hawaii.id}`, { coachId: staff.id, version: swapped.json().version });
    expect(notCoach.statusCode).toBe(400);
    expect(notCoach.json().message).toMatch(/^coachId/);
  });

  it('answers 403 in scope, 404 out of scope', async () => {
    const change = { endsOn: null, version: await versionRead(arPairingId) };
    expect((await t.call(await as(lead), 'PATCH', `/api/pairings/${arPairingId}`, change)).statusCode).toBe(403);
    expect((await t.call(await as(elisabeth), 'PATCH', `/api/pairings/${arPairingId}`, change)).statusCode).toBe(404);
  });
});

describe('DELETE /api/pairings/:id', () => {
  it('lets staff delete a pairing, audited; others get 403 or 404', async () => {
    const row = await pair(t.db, yearId, 'MI', donna.id, '2027-06-01', '2027-06-30');
    expect((await t.call(await as(elisabeth), 'DELETE', `/api/pairings/${row.id}`)).statusCode).toBe(403);
    expect((await t.call(await as(lead), 'DELETE', `/api/pairings/${row.id}`)).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'DELETE', `/api/pairings/${row.id}`)).statusCode).toBe(204);
    expect((await t.call(await as(staff), 'GET', `/api/pairings/${row.id}`)).statusCode).toBe(404);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, row.id))).toMatchObject([{ action: 'delete' }]);
  });
});
