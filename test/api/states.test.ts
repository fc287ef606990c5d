import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, states } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';
import { makeTeamMember, rowCount } from '../helpers/factories-setup.ts';

let t: TestApp;
let yearId: string;
let staff: { email: string; id: string };
let coach: { email: string; id: string; name: string };
let formerCoach: { email: string; id: string; name: string };
let newCoach: { email: string; id: string; name: string };
let lead: { email: string; id: string };
let member: { email: string; id: string };

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db, 2026)).id;
  await makeState(t.db, 'AR', 'Arkansas');
  await makeState(t.db, 'HI', 'Hawaii', 'Pacific/Honolulu');
  await makeState(t.db, 'IA', 'Iowa');
  await makeState(t.db, 'MI', 'Michigan', 'America/Detroit');
  await joinYear(t.db, yearId, 'AR');
  await joinYear(t.db, yearId, 'HI', 'light_touch');
  await joinYear(t.db, yearId, 'IA');
  staff = await makeUser(t.db, 'staff');
  coach = await makeUser(t.db, 'coach', null, 'Nan Dare');
  formerCoach = await makeUser(t.db, 'coach', null, 'Former Coach');
  newCoach = await makeUser(t.db, 'coach', null, 'Donna Barnett');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  member = await makeUser(t.db, 'state_member', 'AR');
  await pair(t.db, yearId, 'AR', coach.id);
  await pair(t.db, yearId, 'HI', coach.id);
  // Iowa changed coach mid-year: TODAY (2026-11-23) falls in the second pairing.
  await pair(t.db, yearId, 'IA', formerCoach.id, '2026-08-01', '2026-10-31');
  await pair(t.db, yearId, 'IA', newCoach.id, '2026-11-01');
  await makeTeamMember(t.db, yearId, 'AR', { name: 'Avery Lead', isLead: true, userId: lead.id });
  await makeTeamMember(t.db, yearId, 'IA', { name: 'Iowa Person' });
});

const as = (user: { email: string }) => t.tokenFor(user);
const codesOf = (body: { items: { code: string }[] }) => body.items.map((s) => s.code);

describe('GET /api/states', () => {
  it('lists every state for staff, with each one’s tier and current coach for a year', async () => {
    const res = await t.call(await as(staff), 'GET', `/api/states?programYear=${yearId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(codesOf(body)).toEqual(['AR', 'HI', 'IA', 'MI']);
    expect(body.total).toBe(4);
    const byCode = Object.fromEntries(body.items.map((s: { code: string }) => [s.code, s]));
    expect(byCode.AR).toMatchObject({ name: 'Arkansas', timeZone: 'America/Chicago', tier: 'intensive', coaches: [{ id: coach.id, name: 'Nan Dare' }] });
    expect(byCode.HI).toMatchObject({ tier: 'light_touch', timeZone: 'Pacific/Honolulu' });
    expect(byCode.IA.coaches).toEqual([{ id: newCoach.id, name: 'Donna Barnett' }]);
    expect(byCode.MI).toMatchObject({ tier: null, coaches: [] });
  });

  it('leaves out tier and coaches without a year, and filters by name or code', async () => {
    const plain = (await t.call(await as(staff), 'GET', '/api/states?limit=2')).json();
    expect(plain.items).toHaveLength(2);
    expect(plain.total).toBe(4);
    expect(plain.items[0]).not.toHaveProperty('tier');
    expect(plain.items[0]).not.toHaveProperty('coaches');
    expect(codesOf((await t.call(await as(staff), 'GET', '/api/states?q=HAWA')).json())).toEqual(['HI']);
    expect(codesOf((await t.call(await as(staff), 'GET', '/api/states?q=%25')).json())).toEqual([]);
  });

  it('shows a coach only their current paired states, and a state user only their own', async () => {
    expect(codesOf((await t.call(await as(coach), 'GET', `/api/states?programYear=${yearId}`)).json())).toEqual(['AR', 'HI']);
    expect(codesOf((await t.call(await as(newCoach), 'GET', '/api/states')).json())).toEqual(['IA']);
    expect((await t.call(await as(formerCoach), 'GET', '/api/states')).json()).toEqual({ items: [], total: 0 });
    expect(codesOf((await t.call(await as(lead), 'GET', '/api/states')).json())).toEqual(['AR']);
    expect(codesOf((await t.call(await as(member), 'GET', `/api/states?programYear=${yearId}`)).json())).toEqual(['AR']);
  });

  it('names programYear when the year does not exist, and answers 401 to the anonymous', async () => {
    const res = await t.call(await as(staff), 'GET', '/api/states?programYear=00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^programYear/);
    expect((await t.call(null, 'GET', '/api/states')).statusCode).toBe(401);
  });
});

describe('GET /api/states/:code', () => {
  it('answers the state with its years, pairings (coach names) and team members, whatever the case of the code', async () => {
    const res = await t.call(await as(lead), 'GET', '/api/states/ar');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ code: 'AR', name: 'Arkansas' });
    expect(body.participations).toMatchObject([{ programYearId: yearId, tier: 'intensive', startsOn: '2026-08-01', endsOn: '2027-08-31' }]);
    expect(body.pairings).toMatchObject([{ coachId: coach.id, coachName: 'Nan Dare', startsOn: '2026-08-01', endsOn: null }]);
    expect(body.teamMembers).toMatchObject([{ name: 'Avery Lead', isLead: true, userId: lead.id }]);
  });

  it('names each year’s plan: null until one is started, then its id, which GET /api/plans/:id answers', async () => {
    const before = (await t.call(await as(staff), 'GET', '/api/states/HI')).json();
    expect(before.participations).toMatchObject([{ programYearId: yearId, planId: null }]);
    const created = await t.call(await as(staff), 'POST', '/api/plans', { programYearId: yearId, stateCode: 'HI', title: 'Hawaii pathways plan' });
    expect(created.statusCode).toBe(201);
    const after = (await t.call(await as(coach), 'GET', '/api/states/hi')).json();
    expect(after.participations).toMatchObject([{ programYearId: yearId, planId: created.json().id }]);
    const plan = await t.call(await as(coach), 'GET', `/api/plans/${after.participations[0].planId}`);
    expect(plan.json()).toMatchObject({ stateCode: 'HI', programYearId: yearId, title: 'Hawaii pathways plan' });
  });

  it('shows both coaches of a handed-over state', async () => {
    const body = (await t.call(await as(newCoach), 'GET', '/api/states/IA')).json();
    expect(body.pairings.map((p: { coachName: string; endsOn: string | null }) => [p.coachName, p.endsOn])).toEqual([
      ['Donna Barnett', null],
      ['Former Coach', '2026-10-31'],
    ]);
  });

  it('answers 404 outside the actor’s states and for unknown codes, 400 for a malformed code', async () => {
    expect((await t.call(await as(coach), 'GET', '/api/states/IA')).statusCode).toBe(404);
    expect((await t.call(await as(lead), 'GET', '/api/states/HI')).statusCode).toBe(404);
    expect((await t.call(await as(formerCoach), 'GET', '/api/states/IA')).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'GET', '/api/states/ZZ')).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'GET', '/api/states/A1')).statusCode).toBe(400);
  });
});

describe('POST /api/states', () => {
  it('lets staff add a state, upper-casing its code and spelling its zone canonically, and audits it', async () => {
    const res = await t.call(await as(staff), 'POST', '/api/states', { code: 'ne', name: 'Nebraska', timeZone: 'america/chicago' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'NE', name: 'Nebraska', timeZone: 'America/Chicago', version: 1 });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, 'NE'))).toMatchObject([{ action: 'create', entity: 'state', stateCode: 'NE' }]);
  });

  it('defaults the zone to America/Chicago', async () => {
    const res = await t.call(await as(staff), 'POST', '/api/states', { code: 'KS', name: 'Kansas' });
    expect(res.json().timeZone).toBe('America/Chicago');
  });

  it.each([
    ['a zone that does not exist', { timeZone: 'Mars/Olympus_Mons' }, /^timeZone: Mars\/Olympus_Mons is not an IANA time zone/],
    ['a zone that is not a name', { timeZone: '+05:00' }, /timeZone/],
    ['a three-letter code', { code: 'OHI' }, /code/],
    ['a code with a digit', { code: 'O1' }, /code/],
    ['an empty name', { name: '' }, /name/],
    ['an unknown field', { capital: 'Columbus' }, /capital/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await rowCount(t.db, states);
    const res = await t.call(await as(staff), 'POST', '/api/states', { code: 'OH', name: 'Ohio', timeZone: 'America/New_York', ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await rowCount(t.db, states)).toBe(before);
  });

  it('answers 409 for a code or a name already taken', async () => {
    const code = await t.call(await as(staff), 'POST', '/api/states', { code: 'ar', name: 'Arkansas again' });
    expect(code.statusCode).toBe(409);
    expect(code.json().message).toMatch(/^code: AR already exists/);
    const name = await t.call(await as(staff), 'POST', '/api/states', { code: 'OK', name: 'Iowa' });
    expect(name.statusCode).toBe(409);
    expect(name.json().message).toMatch(/name/);
  });

  it('answers 403 to coaches and state users and 401 to the anonymous', async () => {
    for (const user of [coach, lead, member]) {
      expect((await t.call(await as(user), 'POST', '/api/states', { code: 'TX', name: 'Texas' })).statusCode).toBe(403);
    }
    expect((await t.call(null, 'POST', '/api/states', { code: 'TX', name: 'Texas' })).statusCode).toBe(401);
  });
});

describe('PATCH /api/states/:code', () => {
  it('lets staff rename a state and change its zone with the version read; a stale version is 412', async () => {
    const wyoming = await makeState(t.db, 'WY', 'Wyoming');
    const ok = await t.call(await as(staff), 'PATCH', '/api/states/wy', { name: 'Wyoming State', timeZone: 'America/Denver', version: wyoming.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ code: 'WY', name: 'Wyoming State', timeZone: 'America/Denver', version: wyoming.version + 1 });
    const stale = await t.call(await as(staff), 'PATCH', '/api/states/WY', { name: 'Stale', version: wyoming.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ code: 'WY', name: 'Wyoming State', version: wyoming.version + 1 });
    const badZone = await t.call(await as(staff), 'PATCH', '/api/states/WY', { timeZone: 'Atlantis/Capital', version: ok.json().version });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().message).toMatch(/^timeZone/);
  });

  it('answers 403 for a visible state and 404 for one out of scope', async () => {
    const versionOf = async (code: string) => (await t.call(await as(staff), 'GET', `/api/states/${code}`)).json().version as number;
    const [ar, ia] = [await versionOf('AR'), await versionOf('IA')];
    expect((await t.call(await as(lead), 'PATCH', '/api/states/AR', { name: 'Mine', version: ar })).statusCode).toBe(403);
    expect((await t.call(await as(coach), 'PATCH', '/api/states/AR', { name: 'Mine', version: ar })).statusCode).toBe(403);
    expect((await t.call(await as(lead), 'PATCH', '/api/states/IA', { name: 'Theirs', version: ia })).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'PATCH', '/api/states/ZZ', { name: 'Nowhere', version: 1 })).statusCode).toBe(404);
    expect([await versionOf('AR'), await versionOf('IA')]).toEqual([ar, ia]);
  });
});

describe('DELETE /api/states/:code', () => {
  it('deletes a state that never took part, and answers 409 for one that takes part in a year', async () => {
    const res = await t.call(await as(staff), 'DELETE', '/api/states/MI');
    expect(res.statusCode).toBe(204);
    const taking = await t.call(await as(staff), 'DELETE', '/api/states/AR');
    expect(taking.statusCode).toBe(409);
    expect(taking.json().message).toMatch(/Arkansas has 1 participation, 2 users/);
    expect((await t.call(await as(staff), 'GET', '/api/states/AR')).statusCode).toBe(200);
  });

  it('answers 403 to a visible state’s users, 404 out of scope, and 204 to staff', async () => {
    await makeState(t.db, 'VT', 'Vermont');
    expect((await t.call(await as(lead), 'DELETE', '/api/states/AR')).statusCode).toBe(403);
    expect((await t.call(await as(coach), 'DELETE', '/api/states/VT')).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'DELETE', '/api/states/vt')).statusCode).toBe(204);
    expect((await t.call(await as(staff), 'GET', '/api/states/VT')).statusCode).toBe(404);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, 'VT'));
    expect(audits).toMatchObject([{ action: 'delete', entity: 'state' }]);
  });
});
