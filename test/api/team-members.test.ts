import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, teamMembers } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';
import { makeBareYear, makeTeamMember, rowCount } from '../helpers/factories-setup.ts';

type Person = { email: string; id: string; name: string };
let t: TestApp;
let yearId: string;
let otherYearId: string;
let staff: Person;
let coach: Person;
let lead: Person;
let member: Person;
let iowaLead: Person;
let arMemberId: string;
let iaMemberId: string;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db, 2026)).id;
  otherYearId = (await makeBareYear(t.db)).id;
  for (const code of ['AR', 'IA']) {
    await makeState(t.db, code);
    await joinYear(t.db, yearId, code);
  }
  await makeState(t.db, 'NE');
  await joinYear(t.db, otherYearId, 'AR');
  staff = await makeUser(t.db, 'staff');
  coach = await makeUser(t.db, 'coach');
  lead = await makeUser(t.db, 'state_lead', 'AR', 'Avery Lead');
  member = await makeUser(t.db, 'state_member', 'AR');
  iowaLead = await makeUser(t.db, 'state_lead', 'IA');
  await pair(t.db, yearId, 'AR', coach.id);
  arMemberId = (await makeTeamMember(t.db, yearId, 'AR', { name: 'Avery Lead', isLead: true, userId: lead.id })).id;
  await makeTeamMember(t.db, yearId, 'AR', { name: 'Blake Partner', title: 'Workforce board director' });
  await makeTeamMember(t.db, otherYearId, 'AR', { name: 'Last Year Person' });
  iaMemberId = (await makeTeamMember(t.db, yearId, 'IA', { name: 'Iowa Person', isLead: true })).id;
});

const as = (user: { email: string }) => t.tokenFor(user);
const namesOf = async (user: { email: string }, query = '') => {
  const res = await t.call(await as(user), 'GET', `/api/team-members${query}`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as { name: string }[]).map((m) => m.name);
};
const valid = () => ({ programYearId: yearId, stateCode: 'AR', name: 'Casey Community College', email: 'casey@college.example', title: 'Dean', isLead: false });

describe('GET /api/team-members', () => {
  it('lists every team for staff, leads first, filtered by year and state', async () => {
    expect(await namesOf(staff, `?programYear=${yearId}`)).toEqual(['Avery Lead', 'Blake Partner', 'Iowa Person']);
    expect(await namesOf(staff, '?state=ia')).toEqual(['Iowa Person']);
    expect(await namesOf(staff, `?programYear=${otherYearId}`)).toEqual(['Last Year Person']);
    const paged = (await t.call(await as(staff), 'GET', '/api/team-members?limit=1')).json();
    expect(paged).toMatchObject({ total: 4 });
    expect(paged.items).toHaveLength(1);
  });

  it('shows a coach and the state’s users only their states’ teams', async () => {
    for (const user of [coach, lead, member]) {
      expect(await namesOf(user, `?programYear=${yearId}`)).toEqual(['Avery Lead', 'Blake Partner']);
    }
    expect(await namesOf(iowaLead)).toEqual(['Iowa Person']);
  });

  it('answers 401 to the anonymous', async () => {
    expect((await t.call(null, 'GET', '/api/team-members')).statusCode).toBe(401);
  });
});

describe('GET /api/team-members/:id', () => {
  it('answers a visible member and 404 out of scope', async () => {
    expect((await t.call(await as(member), 'GET', `/api/team-members/${arMemberId}`)).json()).toMatchObject({ name: 'Avery Lead', userId: lead.id, isLead: true });
    expect((await t.call(await as(coach), 'GET', `/api/team-members/${iaMemberId}`)).statusCode).toBe(404);
    expect((await t.call(await as(lead), 'GET', `/api/team-members/${iaMemberId}`)).statusCode).toBe(404);
  });
});

describe('POST /api/team-members', () => {
  it('lets staff add a member, linked to a user of the state, and audits it', async () => {
    const res = await t.call(await as(staff), 'POST', '/api/team-members', { ...valid(), stateCode: 'ar', userId: member.id });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ stateCode: 'AR', name: 'Casey Community College', title: 'Dean', userId: member.id, version: 1 });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, res.json().id))).toMatchObject([{ entity: 'team_member', stateCode: 'AR' }]);
  });

  it('takes a member without account, email or title', async () => {
    const res = await t.call(await as(staff), 'POST', '/api/team-members', { programYearId: yearId, stateCode: 'IA', name: 'No Account' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ userId: null, email: null, title: null, isLead: false });
  });

  it.each([
    ['a user of another state', () => ({ userId: iowaLead.id }), /^userId: .* is not a user of AR/],
    ['a coach as the account', () => ({ userId: coach.id }), /^userId: .* is not a user of AR/],
    ['an account that does not exist', () => ({ userId: '00000000-0000-4000-8000-000000000000' }), /^userId: no such user/],
    ['a state that does not take part', () => ({ stateCode: 'NE' }), /^stateCode: NE does not take part/],
    ['a year that does not exist', () => ({ programYearId: '00000000-0000-4000-8000-000000000000' }), /^programYearId/],
    ['a malformed email', () => ({ email: 'casey-at-college' }), /email/],
    ['an empty name', () => ({ name: '' }), /name/],
    ['an unknown field', () => ({ phone: '555' }), /phone/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await rowCount(t.db, teamMembers);
    const res = await t.call(await as(staff), 'POST', '/api/team-members', { ...valid(), ...change() });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await rowCount(t.db, teamMembers)).toBe(before);
  });

  it('answers 403 to the paired coach and the state lead, 404 for other states, 401 to the anonymous', async () => {
    expect((await t.call(await as(coach), 'POST', '/api/team-members', valid())).statusCode).toBe(403);
    expect((await t.call(await as(lead), 'POST', '/api/team-members', valid())).statusCode).toBe(403);
    expect((await t.call(await as(lead), 'POST', '/api/team-members', { ...valid(), stateCode: 'IA' })).statusCode).toBe(404);
    expect((await t.call(null, 'POST', '/api/team-members', valid())).statusCode).toBe(401);
  });
});

describe('PATCH /api/team-members/:id', () => {
  /** The version staff read now, as a client does before an edit. */
  const versionRead = async (id: string) => (await t.call(await as(staff), 'GET', `/api/team-members/${id}`)).json().version as number;

  it('lets staff edit with the version read; a stale version is 412', async () => {
    const row = await makeTeamMember(t.db, yearId, 'AR', { name: 'To Edit' });
    const ok = await t.call(await as(staff), 'PATCH', `/api/team-members/${row.id}`, { title: 'CTE director', isLead: true, userId: lead.id, version: row.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'CTE director', isLead: true, userId: lead.id, version: row.version + 1 });
    const stale = await t.call(await as(staff), 'PATCH', `/api/team-members/${row.id}`, { title: 'Stale', version: row.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ title: 'CTE director', version: row.version + 1 });
    const unlinked = await t.call(await as(staff), 'PATCH', `/api/team-members/${row.id}`, { userId: null, email: null, version: ok.json().version });
    expect(unlinked.json()).toMatchObject({ userId: null, email: null, version: row.version + 2 });
  });

  it('refuses an account of another state with a 400, and changes nothing', async () => {
    const res = await t.call(await as(staff), 'PATCH', `/api/team-members/${arMemberId}`, { userId: iowaLead.id, version: await versionRead(arMemberId) });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^userId/);
    expect((await t.db.select().from(teamMembers).where(eq(teamMembers.id, arMemberId)))[0].userId).toBe(lead.id);
  });

  it('answers 403 in scope and 404 out of scope', async () => {
    const [ar, ia] = [await versionRead(arMemberId), await versionRead(iaMemberId)];
    expect((await t.call(await as(lead), 'PATCH', `/api/team-members/${arMemberId}`, { title: 'Me', version: ar })).statusCode).toBe(403);
    expect((await t.call(await as(coach), 'PATCH', `/api/team-members/${arMemberId}`, { title: 'Them', version: ar })).statusCode).toBe(403);
    expect((await t.call(await as(lead), 'PATCH', `/api/team-members/${iaMemberId}`, { title: 'Them', version: ia })).statusCode).toBe(404);
    expect([await versionRead(arMemberId), await versionRead(iaMemberId)]).toEqual([ar, ia]);
  });
});

describe('DELETE /api/team-members/:id', () => {
  it('lets staff remove a member, audited; others get 403 or 404', async () => {
    const row = await makeTeamMember(t.db, yearId, 'AR', { name: 'To Remove' });
    expect((await t.call(await as(member), 'DELETE', `/api/team-members/${row.id}`)).statusCode).toBe(403);
    expect((await t.call(await as(iowaLead), 'DELETE', `/api/team-members/${row.id}`)).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'DELETE', `/api/team-members/${row.id}`)).statusCode).toBe(204);
    expect((await t.call(await as(staff), 'GET', `/api/team-members/${row.id}`)).statusCode).toBe(404);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, row.id))).toMatchObject([{ action: 'delete' }]);
  });
});
