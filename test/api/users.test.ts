import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD, joinYear, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';
import { makeTeamMember, rowCount } from '../helpers/factories-setup.ts';

type Person = { email: string; id: string; name: string };
let t: TestApp;
let yearId: string;
let staff: Person;
let coach: Person;
let otherCoach: Person;
let lead: Person;
let member: Person;
let iowaLead: Person;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db, 2026)).id;
  for (const code of ['AR', 'IA']) {
    await makeState(t.db, code);
    await joinYear(t.db, yearId, code);
  }
  staff = await makeUser(t.db, 'staff', null, 'Sam Staff');
  coach = await makeUser(t.db, 'coach', null, 'Nan Dare');
  otherCoach = await makeUser(t.db, 'coach', null, 'Donna Barnett');
  lead = await makeUser(t.db, 'state_lead', 'AR', 'Avery Lead');
  member = await makeUser(t.db, 'state_member', 'AR', 'Morgan Member');
  iowaLead = await makeUser(t.db, 'state_lead', 'IA', 'Iris Iowa');
  await pair(t.db, yearId, 'AR', coach.id);
  await pair(t.db, yearId, 'IA', otherCoach.id);
});

const as = (user: { email: string }) => t.tokenFor(user);
const idsOf = async (user: { email: string }, query = '') => {
  const res = await t.call(await as(user), 'GET', `/api/users${query}`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as { id: string }[]).map((u) => u.id);
};
const login = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
const newUser = (role: string, stateCode: string | null = null) => ({ email: `new.${Math.random().toString(36).slice(2)}@test.example`, name: 'New Person', role, stateCode, password: 'long-enough-1' });

describe('GET /api/users', () => {
  it('shows staff everyone, and never a password hash', async () => {
    const res = await t.call(await as(staff), 'GET', '/api/users');
    expect(res.json().total).toBe(6);
    expect(res.body).not.toMatch(/passwordHash|scrypt|argon2/);
  });

  it('shows a coach the TA side and the users of their paired states only', async () => {
    const seen = await idsOf(coach);
    expect(seen).toEqual(expect.arrayContaining([staff.id, coach.id, otherCoach.id, lead.id, member.id]));
    expect(seen).not.toContain(iowaLead.id);
  });

  it('shows a state user their state’s users and the coaches paired with it, not staff or other coaches', async () => {
    for (const user of [lead, member]) {
      expect((await idsOf(user)).sort()).toEqual([coach.id, lead.id, member.id].sort());
    }
  });

  it('filters by role, state and a case-insensitive name or email fragment', async () => {
    expect(await idsOf(staff, '?role=coach')).toEqual([otherCoach.id, coach.id]);
    expect(await idsOf(staff, '?state=ia')).toEqual([iowaLead.id]);
    expect(await idsOf(staff, '?q=nAN')).toEqual([coach.id]);
    expect(await idsOf(staff, `?q=${encodeURIComponent(lead.email.toUpperCase())}`)).toEqual([lead.id]);
    expect(await idsOf(coach, '?state=IA')).toEqual([]);
    expect((await t.call(await as(staff), 'GET', '/api/users?role=admin')).statusCode).toBe(400);
  });

  it('answers 401 to the anonymous', async () => {
    expect((await t.call(null, 'GET', '/api/users')).statusCode).toBe(401);
  });
});

describe('GET /api/users/:id', () => {
  it('answers a visible user without the hash, and 404 outside the actor’s view', async () => {
    const res = await t.call(await as(lead), 'GET', `/api/users/${coach.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(expect.objectContaining({ id: coach.id, role: 'coach', stateCode: null, active: true }));
    expect(res.json()).not.toHaveProperty('passwordHash');
    expect((await t.call(await as(lead), 'GET', `/api/users/${staff.id}`)).statusCode).toBe(404);
    expect((await t.call(await as(lead), 'GET', `/api/users/${otherCoach.id}`)).statusCode).toBe(404);
    expect((await t.call(await as(coach), 'GET', `/api/users/${iowaLead.id}`)).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'GET', '/api/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('POST /api/users', () => {
  it('lets staff create an account that can sign in, audited without the hash', async () => {
    const input = { ...newUser('state_member', 'ar'), email: 'Casey.Member@Test.Example' };
    const res = await t.call(await as(staff), 'POST', '/api/users', input);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'Casey.Member@Test.Example', role: 'state_member', stateCode: 'AR', active: true, version: 1 });
    expect(res.body).not.toMatch(/passwordHash|scrypt|argon2/);
    expect((await login('casey.member@test.example', input.password)).statusCode).toBe(200);
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, res.json().id));
    expect(row).toMatchObject({ action: 'create', entity: 'user', stateCode: 'AR' });
    expect(JSON.stringify(row.after)).not.toMatch(/passwordHash|scrypt|argon2/);
  });

  it('answers 409 for an email already in use, whatever its case', async () => {
    const res = await t.call(await as(staff), 'POST', '/api/users', { ...newUser('coach'), email: coach.email.toUpperCase() });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/^email: .* already in use/);
  });

  it.each([
    ['a state lead without a state', newUser('state_lead'), /^stateCode: a state_lead needs a state/],
    ['a coach with a state', newUser('coach', 'AR'), /^stateCode: must be empty for a coach/],
    ['staff with a state', newUser('staff', 'IA'), /^stateCode/],
    ['a state that does not exist', newUser('state_member', 'ZZ'), /^stateCode: no such state ZZ/],
    ['an eleven-character password', { ...newUser('coach'), password: 'violet-lamp' }, /^password/],
    ['a 257-character password', { ...newUser('coach'), password: 'violet-lamp-'.repeat(22).slice(0, 257) }, /^password/],
    ['an unknown role', newUser('admin'), /role/],
    ['a malformed email', { ...newUser('coach'), email: 'not-an-email' }, /email/],
    ['an unknown field', { ...newUser('coach'), active: false }, /active/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, input, message) => {
    const before = await rowCount(t.db, users);
    const res = await t.call(await as(staff), 'POST', '/api/users', input);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await rowCount(t.db, users)).toBe(before);
  });

  it('answers 403 to coaches and state users, 404 for a state out of their view, 401 to the anonymous', async () => {
    for (const user of [coach, lead, member]) {
      expect((await t.call(await as(user), 'POST', '/api/users', newUser('state_member', 'AR'))).statusCode).toBe(403);
    }
    expect((await t.call(await as(lead), 'POST', '/api/users', newUser('state_member', 'IA'))).statusCode).toBe(404);
    expect((await t.call(await as(coach), 'POST', '/api/users', newUser('coach'))).statusCode).toBe(403);
    expect((await t.call(null, 'POST', '/api/users', newUser('coach'))).statusCode).toBe(401);
  });
});

describe('PATCH /api/users/:id', () => {
  /** The version staff read now, as a client does before an edit. */
  const versionRead = async (id: string) => (await t.call(await as(staff), 'GET', `/api/users/${id}`)).json().version as number;

  it('lets staff edit an account with the version read; a stale version is 412', async () => {
    const user = await makeUser(t.db, 'state_member', 'IA');
    const ok = await t.call(await as(staff), 'PATCH', `/api/users/${user.id}`, { name: 'Renamed', role: 'state_lead', version: user.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Renamed', role: 'state_lead', stateCode: 'IA', version: user.version + 1 });
    const stale = await t.call(await as(staff), 'PATCH', `/api/users/${user.id}`, { name: 'Stale', version: user.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ name: 'Renamed', role: 'state_lead', version: user.version + 1 });
  });

  it('clears the state of a user who becomes a coach, and needs one for a user who becomes a state lead', async () => {
    const user = await makeUser(t.db, 'state_member', 'IA');
    const coached = await t.call(await as(staff), 'PATCH', `/api/users/${user.id}`, { role: 'coach', version: user.version });
    expect(coached.json()).toMatchObject({ role: 'coach', stateCode: null });
    const { version } = coached.json();
    const back = await t.call(await as(staff), 'PATCH', `/api/users/${user.id}`, { role: 'state_lead', version });
    expect(back.statusCode).toBe(400);
    expect(back.json().message).toMatch(/^stateCode/);
    const moved = await t.call(await as(staff), 'PATCH', `/api/users/${user.id}`, { role: 'state_lead', stateCode: 'ar', version });
    expect(moved.json()).toMatchObject({ role: 'state_lead', stateCode: 'AR' });
  });

  it('refuses to take the coach role from a coach with pairings, or move a team member’s user to another state', async () => {
    const res = await t.call(await as(staff), 'PATCH', `/api/users/${coach.id}`, { role: 'staff', version: await versionRead(coach.id) });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/^role: Nan Dare coaches 1 pairing/);
    const seated = await makeUser(t.db, 'state_member', 'AR');
    await makeTeamMember(t.db, yearId, 'AR', { userId: seated.id });
    const moved = await t.call(await as(staff), 'PATCH', `/api/users/${seated.id}`, { stateCode: 'IA', version: seated.version });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().message).toMatch(/^stateCode: .* team of AR/);
    expect((await t.db.select().from(users).where(eq(users.id, seated.id)))[0].stateCode).toBe('AR');
  });

  it('ends the sessions of a user whose password is reset or who is deactivated', async () => {
    const user = await makeUser(t.db, 'state_member', 'AR');
    const token = await as(user);
    const reset = await t.call(await as(staff), 'PATCH', `/api/users/${user.id}`, { password: 'brand-new-pass', version: user.version });
    expect(reset.statusCode).toBe(200);
    expect((await t.call(token, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    const fresh = (await login(user.email, 'brand-new-pass')).json().token as string;
    expect((await t.call(fresh, 'GET', '/api/auth/me')).statusCode).toBe(200);
    const off = await t.call(await as(staff), 'PATCH', `/api/users/${user.id}`, { active: false, version: await versionRead(user.id) });
    expect(off.statusCode).toBe(200);
    expect((await t.call(fresh, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('stops staff locking themselves out', async () => {
    const me = await makeUser(t.db, 'staff');
    const token = await as(me);
    const off = await t.call(token, 'PATCH', `/api/users/${me.id}`, { active: false, version: me.version });
    expect(off.statusCode).toBe(400);
    expect(off.json().message).toMatch(/^active/);
    expect((await t.call(token, 'PATCH', `/api/users/${me.id}`, { role: 'coach', version: me.version })).statusCode).toBe(400);
    expect((await t.db.select().from(users).where(eq(users.id, me.id)))[0]).toMatchObject({ role: 'staff', active: true, version: me.version });
  });

  it('answers 403 for a visible user, 404 for one out of view, 400 for an unknown field', async () => {
    const [leadVersion, memberVersion, iowaVersion] = [await versionRead(lead.id), await versionRead(member.id), await versionRead(iowaLead.id)];
    expect((await t.call(await as(coach), 'PATCH', `/api/users/${lead.id}`, { name: 'x', version: leadVersion })).statusCode).toBe(403);
    expect((await t.call(await as(lead), 'PATCH', `/api/users/${member.id}`, { name: 'x', version: memberVersion })).statusCode).toBe(403);
    expect((await t.call(await as(coach), 'PATCH', `/api/users/${iowaLead.id}`, { name: 'x', version: iowaVersion })).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'PATCH', `/api/users/${lead.id}`, { passwordHash: 'x', version: leadVersion })).statusCode).toBe(400);
    expect([await versionRead(lead.id), await versionRead(member.id), await versionRead(iowaLead.id)]).toEqual([leadVersion, memberVersion, iowaVersion]);
  });
});

describe('new passwords (NIST SP 800-63B)', () => {
  const refusal = (message: string) => ({ statusCode: 400, error: 'Bad Request', message });
  const common = 'password: is one of the most common passwords; choose another';
  const own = 'password: must not contain the email address or the name of the account';
  const versionRead = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0].version;

  it('refuses a common password or one holding the name or email when staff create an account, and creates none', async () => {
    const before = await rowCount(t.db, users);
    const commonOne = await t.call(await as(staff), 'POST', '/api/users', { ...newUser('coach'), password: 'qwerty123456' });
    expect(commonOne.statusCode).toBe(400);
    expect(commonOne.json()).toEqual(refusal(common));
    const named = await t.call(await as(staff), 'POST', '/api/users', { ...newUser('coach'), name: 'Quinn Harrowgate', password: 'harrowgate-violet-lamp' });
    expect(named.json()).toEqual(refusal(own));
    const mailed = await t.call(await as(staff), 'POST', '/api/users', { ...newUser('coach'), email: 'quill.hart@test.example', password: 'Quill.Hart-violet-lamp' });
    expect(mailed.json()).toEqual(refusal(own));
    const easy = await t.call(await as(staff), 'POST', '/api/users', { ...newUser('coach'), password: 'abcdefghijklmn' });
    expect(easy.statusCode).toBe(400);
    expect(easy.json().message).toMatch(/^password: is too easy to guess \(a sequence/);
    expect(await rowCount(t.db, users)).toBe(before);
  });

  it('refuses a weak password when staff reset one, judged against the email the PATCH gives', async () => {
    const user = await makeUser(t.db, 'coach');
    const weak = await t.call(await as(staff), 'PATCH', `/api/users/${user.id}`, { password: '1q2w3e4r5t6y', version: user.version });
    expect(weak.json()).toEqual(refusal(common));
    const renamed = await t.call(await as(staff), 'PATCH', `/api/users/${user.id}`, {
      email: 'marigold.fenwick@test.example',
      password: 'fenwick-violet-lamp',
      version: user.version,
    });
    expect(renamed.json()).toEqual(refusal(own));
    expect(await versionRead(user.id)).toBe(user.version);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a weak password of your own, after the current one was right, and keeps the old one', async () => {
    const user = await makeUser(t.db, 'coach', null, 'Persimmon Okafor');
    const here = await as(user);
    const short = await t.call(here, 'PATCH', '/api/users/me', { password: 'okay-lamp', currentPassword: TEST_PASSWORD, version: user.version });
    expect(short.statusCode).toBe(400);
    expect(short.json().message).toMatch(/^password: must be at least 12 characters/);
    const named = await t.call(here, 'PATCH', '/api/users/me', { password: 'okafor-violet-lamp', currentPassword: TEST_PASSWORD, version: user.version });
    expect(named.json()).toEqual(refusal(own));
    // The name the same PATCH sets counts too.
    const renamed = await t.call(here, 'PATCH', '/api/users/me', {
      name: 'Bartholomew Quince',
      password: 'quince-violet-lamp',
      currentPassword: TEST_PASSWORD,
      version: user.version,
    });
    expect(renamed.json()).toEqual(refusal(own));
    expect(await versionRead(user.id)).toBe(user.version);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('PATCH /api/users/me', () => {
  it('lets any user change their own name', async () => {
    const read = await t.call(await as(member), 'GET', '/api/users/me');
    const res = await t.call(await as(member), 'PATCH', '/api/users/me', { name: 'Morgan M. Member', version: read.json().version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: member.id, name: 'Morgan M. Member', role: 'state_member' });
  });

  it('changes the password only with the current one, keeping this session and ending the others', async () => {
    const user = await makeUser(t.db, 'coach');
    const here = await as(user);
    const elsewhere = (await login(user.email, TEST_PASSWORD)).json().token as string;
    const missing = await t.call(here, 'PATCH', '/api/users/me', { password: 'another-pass-1', version: user.version });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toMatch(/^currentPassword/);
    const wrong = await t.call(here, 'PATCH', '/api/users/me', { password: 'another-pass-1', currentPassword: 'not-it', version: user.version });
    expect(wrong.statusCode).toBe(400);
    expect((await login(user.email, 'another-pass-1')).statusCode).toBe(401);
    const ok = await t.call(here, 'PATCH', '/api/users/me', { password: 'another-pass-1', currentPassword: TEST_PASSWORD, version: user.version });
    expect(ok.statusCode).toBe(200);
    expect((await t.call(here, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await t.call(elsewhere, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await login(user.email, 'another-pass-1')).statusCode).toBe(200);
  });

  it('refuses any other field (no changing your own role) and answers 401 to the anonymous', async () => {
    const res = await t.call(await as(lead), 'PATCH', '/api/users/me', { role: 'staff' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/role/);
    expect((await t.call(null, 'PATCH', '/api/users/me', { name: 'x' })).statusCode).toBe(401);
  });
});

describe('DELETE /api/users/:id', () => {
  it('deactivates the account and ends its sessions, keeping the row', async () => {
    const user = await makeUser(t.db, 'state_member', 'AR');
    const token = await as(user);
    expect((await t.call(await as(staff), 'DELETE', `/api/users/${user.id}`)).statusCode).toBe(204);
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row.active).toBe(false);
    const open = (await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).filter((s) => s.revokedAt === null);
    expect(open).toHaveLength(0);
    expect((await t.call(token, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await t.call(await as(staff), 'GET', `/api/users/${user.id}`)).json()).toMatchObject({ active: false });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0])).not.toMatch(/scrypt|argon2/);
  });

  it('answers 403 for a visible user, 404 out of view, and refuses to deactivate oneself', async () => {
    expect((await t.call(await as(lead), 'DELETE', `/api/users/${member.id}`)).statusCode).toBe(403);
    expect((await t.call(await as(coach), 'DELETE', `/api/users/${staff.id}`)).statusCode).toBe(403);
    expect((await t.call(await as(lead), 'DELETE', `/api/users/${iowaLead.id}`)).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'DELETE', `/api/users/${staff.id}`)).statusCode).toBe(400);
    expect((await t.call(null, 'DELETE', `/api/users/${member.id}`)).statusCode).toBe(401);
  });
});
