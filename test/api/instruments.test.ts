import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, domains, indicators, instruments } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { makeAssessment, makeInstrument } from '../helpers/factories-assessment.ts';
import { rowCount } from '../helpers/factories-setup.ts';
import { joinYear, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';

let t: TestApp;
let yearId: string;
type User = { id: string; email: string };
let staff: User;
let coach: User;
let lead: User;
let member: User;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  await makeState(t.db, 'AR');
  await joinYear(t.db, yearId, 'AR');
  staff = await makeUser(t.db, 'staff');
  coach = await makeUser(t.db, 'coach');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  member = await makeUser(t.db, 'state_member', 'AR');
  await pair(t.db, yearId, 'AR', coach.id);
});

const newInstrument = (name = 'Pathways check') => ({
  name,
  description: 'A short instrument',
  domains: [
    { key: 'partners', title: 'Partnerships', indicators: [{ key: 'partners.vision', text: 'Shared vision' }, { key: 'partners.team', text: 'State team' }] },
    { key: 'employers', title: 'Employers', description: 'Sector work', indicators: [{ key: 'employers.sectors', text: 'Sectors chosen' }] },
  ],
});

describe('POST /api/instruments', () => {
  it('lets staff add an instrument with its domains and indicators in order, audited', async () => {
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/instruments', newInstrument());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ name: 'Pathways check', revision: 1, domainCount: 2, indicatorCount: 3, assessmentCount: 0 });
    expect(body.domains.map((d: { key: string }) => d.key)).toEqual(['partners', 'employers']);
    expect(body.domains[0].indicators.map((i: { key: string; position: number }) => [i.key, i.position])).toEqual([
      ['partners.vision', 0],
      ['partners.team', 1],
    ]);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entity: 'instrument', action: 'create', actorId: staff.id });
  });

  it('numbers a new revision of the same name after the newest one, and refuses a revision that exists with 409', async () => {
    const token = await t.tokenFor(staff);
    const second = await t.call(token, 'POST', '/api/instruments', newInstrument());
    expect(second.statusCode).toBe(201);
    expect(second.json().revision).toBe(2);
    const before = await rowCount(t.db, instruments);
    const taken = await t.call(token, 'POST', '/api/instruments', { ...newInstrument(), revision: 1 });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toMatch(/revision/);
    expect(await rowCount(t.db, instruments)).toBe(before);
  });

  it.each([
    ['a duplicate domain key', { domains: [newInstrument().domains[0], { ...newInstrument().domains[1], key: 'partners' }] }, /domains\.1\.key: duplicate key 'partners'/],
    [
      'a duplicate indicator key within a domain',
      { domains: [{ key: 'a', title: 'A', indicators: [{ key: 'x', text: 'one' }, { key: 'x', text: 'two' }] }] },
      /domains\.0\.indicators\.1\.key: duplicate key 'x'/,
    ],
    ['a domain without indicators', { domains: [{ key: 'a', title: 'A', indicators: [] }] }, /domains\.0\.indicators/],
    ['no domains', { domains: [] }, /domains/],
    ['an unknown field', { colour: 'blue' }, /colour/],
    ['a key with spaces', { domains: [{ key: 'a b', title: 'A', indicators: [{ key: 'x', text: 'one' }] }] }, /domains\.0\.key/],
    ['a revision of 0', { revision: 0 }, /revision/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = [await rowCount(t.db, instruments), await rowCount(t.db, domains), await rowCount(t.db, indicators)];
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/instruments', { ...newInstrument('Refused'), ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect([await rowCount(t.db, instruments), await rowCount(t.db, domains), await rowCount(t.db, indicators)]).toEqual(before);
  });

  it.each([['coach'], ['state_lead'], ['state_member']])('answers 403 to a %s', async (role) => {
    const user = { coach, state_lead: lead, state_member: member }[role as 'coach'];
    const res = await t.call(await t.tokenFor(user), 'POST', '/api/instruments', newInstrument('Not mine'));
    expect(res.statusCode).toBe(403);
  });

  it('answers 401 without a token', async () => {
    expect((await t.call(null, 'POST', '/api/instruments', newInstrument())).statusCode).toBe(401);
  });
});

describe('GET /api/instruments', () => {
  it('lists instruments to every signed-in role with their domain counts, newest revision first', async () => {
    await makeInstrument(t.db, { name: 'Listed', revision: 1, shape: [1] });
    await makeInstrument(t.db, { name: 'Listed', revision: 2, shape: [1, 2, 3] });
    for (const user of [staff, coach, lead, member]) {
      const res = await t.call(await t.tokenFor(user), 'GET', '/api/instruments?name=Listed');
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toBe(2);
      expect(res.json().items.map((i: { revision: number; domainCount: number; indicatorCount: number }) => [i.revision, i.domainCount, i.indicatorCount])).toEqual([
        [2, 3, 6],
        [1, 1, 1],
      ]);
    }
  });

  it('pages with limit and offset', async () => {
    const res = (await t.call(await t.tokenFor(lead), 'GET', '/api/instruments?limit=1&offset=1')).json();
    expect(res.items).toHaveLength(1);
    expect(res.total).toBeGreaterThanOrEqual(3);
  });

  it('answers 401 without a token and 400 for a bad limit', async () => {
    expect((await t.call(null, 'GET', '/api/instruments')).statusCode).toBe(401);
    const bad = await t.call(await t.tokenFor(lead), 'GET', '/api/instruments?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/limit/);
  });
});

describe('GET /api/instruments/:id', () => {
  it('answers the domains by position with their indicators by position', async () => {
    const built = await makeInstrument(t.db, { shape: [2, 1], keys: ['zeta', 'alpha'] });
    const res = await t.call(await t.tokenFor(member), 'GET', `/api/instruments/${built.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().domains.map((d: { key: string }) => d.key)).toEqual(['zeta', 'alpha']);
    expect(res.json().domains[0].indicators.map((i: { key: string }) => i.key)).toEqual(['zeta.1', 'zeta.2']);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/instruments/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/instruments/not-a-uuid')).statusCode).toBe(400);
  });

  it('offers no way to edit an instrument', async () => {
    const built = await makeInstrument(t.db);
    expect((await t.call(await t.tokenFor(staff), 'PATCH', `/api/instruments/${built.id}`, { name: 'x' })).statusCode).toBe(404);
  });
});

describe('DELETE /api/instruments/:id', () => {
  it('lets staff delete an unused instrument with its domains and indicators, audited', async () => {
    const built = await makeInstrument(t.db);
    const res = await t.call(await t.tokenFor(staff), 'DELETE', `/api/instruments/${built.id}`);
    expect(res.statusCode).toBe(204);
    expect(await t.db.select().from(domains).where(eq(domains.instrumentId, built.id))).toHaveLength(0);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, built.id));
    expect(audits.map((a) => a.action)).toEqual(['delete']);
  });

  it('refuses with 409 while an assessment uses it', async () => {
    const built = await makeInstrument(t.db);
    await makeAssessment(t.db, yearId, 'AR', built.id);
    const res = await t.call(await t.tokenFor(staff), 'DELETE', `/api/instruments/${built.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/used by 1 assessment/);
    expect(await t.db.select().from(instruments).where(eq(instruments.id, built.id))).toHaveLength(1);
  });

  it('answers 403 to a coach and a state lead, 401 anonymous and 404 for an unknown id', async () => {
    const built = await makeInstrument(t.db);
    expect((await t.call(await t.tokenFor(coach), 'DELETE', `/api/instruments/${built.id}`)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(lead), 'DELETE', `/api/instruments/${built.id}`)).statusCode).toBe(403);
    expect((await t.call(null, 'DELETE', `/api/instruments/${built.id}`)).statusCode).toBe(401);
    expect((await t.call(await t.tokenFor(staff), 'DELETE', '/api/instruments/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
