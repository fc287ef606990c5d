import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, milestoneUpdates, milestones } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { type CastUser, MISSING_ID, callerFor, makeBarePlan, makeCast, makeGoal, makeMilestone } from '../helpers/factories-assessment.ts';
import { rowCount } from '../helpers/factories-setup.ts';
import { makeYear } from '../helpers/factories.ts';

let t: TestApp;
let yearId: string;
type User = CastUser;
let staff: User, coach: User, otherCoach: User, lead: User, member: User, otherMember: User, leadIA: User, memberIA: User;
let arGoalId: string;
let iaGoalId: string;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  ({ staff, coach, otherCoach, lead, member, otherMember, leadIA, memberIA } = await makeCast(t.db, yearId));
  arGoalId = (await makeGoal(t.db, (await makeBarePlan(t.db, yearId, 'AR')).id)).id;
  iaGoalId = (await makeGoal(t.db, (await makeBarePlan(t.db, yearId, 'IA')).id)).id;
});

const as = (...args: Parameters<ReturnType<typeof callerFor>>) => callerFor(t)(...args);
const newMilestone = (change: Record<string, unknown> = {}) => ({ goalId: arGoalId, title: 'Convene partner agencies', dueOn: '2026-12-15', ...change });

describe('POST /api/milestones', () => {
  it('lets the state lead add a milestone owned by a team member, starting its history, audited', async () => {
    const res = await as(lead, 'POST', '/api/milestones', newMilestone({ ownerId: member.id }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ goalId: arGoalId, stateCode: 'AR', programYearId: yearId, ownerId: member.id, ownerName: 'Morgan Member' });
    expect(body).toMatchObject({ status: 'not_started', completedOn: null, overdue: false, position: 0, version: 1 });
    expect(body.history).toMatchObject([{ oldStatus: null, newStatus: 'not_started', authorId: lead.id, authorName: 'Avery Lead' }]);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, body.id))).toMatchObject([{ entity: 'milestone', action: 'create', stateCode: 'AR' }]);
  });

  it('takes an owner without an account by name, puts it last, and dates a completed one today', async () => {
    const res = await as(staff, 'POST', '/api/milestones', newMilestone({ ownerName: 'Pat from Commerce', status: 'completed' }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ownerId: null, ownerName: 'Pat from Commerce', status: 'completed', completedOn: '2026-11-23', position: 1 });
  });

  it.each([
    ['an owner from another state', () => ({ ownerId: memberIA.id }), /ownerId: .* is not on the AR state team/],
    ['an owner who is not a state user', () => ({ ownerId: coach.id }), /ownerId/],
    ['an owner who does not exist', () => ({ ownerId: MISSING_ID }), /ownerId: no such user/],
    ['a due day outside the program year', () => ({ dueOn: '2027-09-01' }), /dueOn: 2027-09-01 is outside the program year/],
    ['an impossible due day', () => ({ dueOn: '2026-13-01' }), /dueOn/],
    ['a goal that does not exist', () => ({ goalId: MISSING_ID }), /goalId: no such goal/],
    ['an unknown status', () => ({ status: 'blocked' }), /status/],
    ['an empty title', () => ({ title: '' }), /title/],
    ['an unknown field', () => ({ priority: 1 }), /priority/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = [await rowCount(t.db, milestones), await rowCount(t.db, milestoneUpdates)];
    const res = await as(lead, 'POST', '/api/milestones', newMilestone(change()));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect([await rowCount(t.db, milestones), await rowCount(t.db, milestoneUpdates)]).toEqual(before);
  });

  it('answers 403 to the paired coach and a state member, 404 for a goal out of scope, 401 anonymous', async () => {
    expect((await as(coach, 'POST', '/api/milestones', newMilestone())).statusCode).toBe(403);
    expect((await as(member, 'POST', '/api/milestones', newMilestone())).statusCode).toBe(403);
    expect((await as(lead, 'POST', '/api/milestones', newMilestone({ goalId: iaGoalId }))).statusCode).toBe(404);
    expect((await as(otherCoach, 'POST', '/api/milestones', newMilestone())).statusCode).toBe(404);
    expect((await as(null, 'POST', '/api/milestones', newMilestone())).statusCode).toBe(401);
  });
});

describe('GET /api/milestones', () => {
  let overdueId: string;

  beforeAll(async () => {
    overdueId = (await makeMilestone(t.db, arGoalId, { title: 'Late one', dueOn: '2026-11-02', ownerId: otherMember.id })).id;
    await makeMilestone(t.db, arGoalId, { title: 'Late but deferred', dueOn: '2026-11-03', status: 'deferred' });
    await makeMilestone(t.db, arGoalId, { title: 'Due today', dueOn: '2026-11-23', status: 'at_risk' });
    await makeMilestone(t.db, iaGoalId, { title: 'Iowa late', dueOn: '2026-10-01' });
  });

  it('lists the actor’s states by due day with the overdue flag', async () => {
    const asCoach = (await as(coach, 'GET', '/api/milestones')).json();
    expect(asCoach.total).toBe(5);
    expect(asCoach.items.every((m: { stateCode: string }) => m.stateCode === 'AR')).toBe(true);
    expect(asCoach.items.map((m: { dueOn: string }) => m.dueOn)).toEqual(['2026-11-02', '2026-11-03', '2026-11-23', '2026-12-15', '2026-12-15']);
    expect(asCoach.items.map((m: { overdue: boolean }) => m.overdue)).toEqual([true, false, false, false, false]);
    expect(asCoach.items[0]).toMatchObject({ goalTitle: expect.any(String), planId: expect.any(String) });
    const asIA = (await as(memberIA, 'GET', '/api/milestones')).json();
    expect(asIA.items.map((m: { title: string }) => m.title)).toEqual(['Iowa late']);
  });

  it.each([
    ['overdue=true', ['Late one']],
    ['status=at_risk', ['Due today']],
    ['from=2026-11-03&to=2026-11-23', ['Late but deferred', 'Due today']],
    ['state=ia', []],
  ])('filters by %s', async (query, titles) => {
    const res = (await as(lead, 'GET', `/api/milestones?${query}`)).json();
    expect(res.items.map((m: { title: string }) => m.title)).toEqual(titles);
    expect(res.total).toBe(titles.length);
  });

  it('filters by owner, year and overdue=false, and pages', async () => {
    expect((await as(staff, 'GET', `/api/milestones?owner=${otherMember.id}`)).json().items.map((m: { id: string }) => m.id)).toEqual([overdueId]);
    expect((await as(staff, 'GET', `/api/milestones?programYear=${MISSING_ID}`)).json().total).toBe(0);
    expect((await as(staff, 'GET', '/api/milestones?overdue=false')).json().total).toBe(4);
    expect((await as(staff, 'GET', '/api/milestones?overdue=true')).json().total).toBe(2);
    const paged = (await as(staff, 'GET', '/api/milestones?limit=2&offset=1')).json();
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBe(6);
  });

  it('answers 400 for a bad filter and 401 anonymous', async () => {
    const bad = await as(staff, 'GET', '/api/milestones?status=done');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/status/);
    expect((await as(null, 'GET', '/api/milestones')).statusCode).toBe(401);
  });
});

describe('GET /api/milestones/:id', () => {
  it('answers the milestone with its history; 404 out of scope and unknown; 401 anonymous', async () => {
    const m = await makeMilestone(t.db, arGoalId);
    const res = await as(member, 'GET', `/api/milestones/${m.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: m.id, history: [], stateCode: 'AR' });
    expect((await as(otherCoach, 'GET', `/api/milestones/${m.id}`)).statusCode).toBe(404);
    expect((await as(leadIA, 'GET', `/api/milestones/${m.id}`)).statusCode).toBe(404);
    expect((await as(staff, 'GET', `/api/milestones/${MISSING_ID}`)).statusCode).toBe(404);
    expect((await as(null, 'GET', `/api/milestones/${m.id}`)).statusCode).toBe(401);
  });
});

describe('PATCH /api/milestones/:id', () => {
  it('edits title, due day, owner and position with the version read; a stale version is 412; audited', async () => {
    const m = await makeMilestone(t.db, arGoalId, { ownerName: 'Someone' });
    const ok = await as(lead, 'PATCH', `/api/milestones/${m.id}`, { title: 'Renamed', dueOn: '2027-01-15', ownerId: member.id, position: 5, version: m.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Renamed', dueOn: '2027-01-15', ownerId: member.id, ownerName: 'Morgan Member', position: 5, version: m.version + 1 });
    const stale = await as(lead, 'PATCH', `/api/milestones/${m.id}`, { title: 'Again', version: m.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ title: 'Renamed', version: m.version + 1 });
    const cleared = await as(lead, 'PATCH', `/api/milestones/${m.id}`, { ownerId: null, version: ok.json().version });
    expect(cleared.json()).toMatchObject({ ownerId: null, ownerName: '', version: m.version + 2 });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, m.id));
    expect(audits).toHaveLength(2);
  });

  it.each([
    ['a status (which changes through updates)', { status: 'completed' }, /status/],
    ['a due day outside the year', { dueOn: '2025-01-01' }, /dueOn: 2025-01-01 is outside the program year/],
    ['an owner of another state', { ownerId: 'IA' }, /ownerId/],
    ['an empty body', {}, /body/],
  ])('refuses %s with a 400 and changes nothing', async (_name, body, message) => {
    const m = await makeMilestone(t.db, arGoalId);
    const sent = { ...body } as Record<string, unknown>;
    if (sent.ownerId === 'IA') sent.ownerId = memberIA.id;
    // With the version read, so that the refusal is the field's, not a missing precondition's (428); an empty
    // body stays empty, since a version alone would count as a property.
    if (Object.keys(sent).length > 0) sent.version = m.version;
    const res = await as(lead, 'PATCH', `/api/milestones/${m.id}`, sent);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    const [row] = await t.db.select().from(milestones).where(eq(milestones.id, m.id));
    expect(row).toMatchObject({ status: 'not_started', dueOn: '2026-12-15', ownerId: null, version: 1 });
  });

  it('answers 403 to the coach and to a member even on a milestone they own, 404 out of scope, 401 anonymous', async () => {
    const m = await makeMilestone(t.db, arGoalId, { ownerId: member.id });
    const change = { title: 'x', version: m.version };
    expect((await as(coach, 'PATCH', `/api/milestones/${m.id}`, change)).statusCode).toBe(403);
    expect((await as(member, 'PATCH', `/api/milestones/${m.id}`, change)).statusCode).toBe(403);
    expect((await as(leadIA, 'PATCH', `/api/milestones/${m.id}`, change)).statusCode).toBe(404);
    expect((await as(null, 'PATCH', `/api/milestones/${m.id}`, change)).statusCode).toBe(401);
    expect((await t.db.select().from(milestones).where(eq(milestones.id, m.id)))[0]).toMatchObject({ title: m.title, version: m.version });
  });
});

describe('DELETE /api/milestones/:id', () => {
  it('lets plan writers delete, audited; 403 to the coach and members; 404 out of scope', async () => {
    const m = await makeMilestone(t.db, arGoalId, { ownerId: member.id });
    expect((await as(coach, 'DELETE', `/api/milestones/${m.id}`)).statusCode).toBe(403);
    expect((await as(member, 'DELETE', `/api/milestones/${m.id}`)).statusCode).toBe(403);
    expect((await as(otherCoach, 'DELETE', `/api/milestones/${m.id}`)).statusCode).toBe(404);
    expect((await as(null, 'DELETE', `/api/milestones/${m.id}`)).statusCode).toBe(401);
    expect((await as(lead, 'DELETE', `/api/milestones/${m.id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(milestones).where(eq(milestones.id, m.id))).toHaveLength(0);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, m.id))).toMatchObject([{ action: 'delete' }]);
    expect((await as(lead, 'DELETE', `/api/milestones/${m.id}`)).statusCode).toBe(404);
  });
});

describe('POST /api/milestones/:id/updates', () => {
  const update = (user: User | null, id: string, body: object) => as(user, 'POST', `/api/milestones/${id}/updates`, body);

  it('lets a state member who owns the milestone change its status with a comment and evidence, in one audited write', async () => {
    const m = await makeMilestone(t.db, arGoalId, { ownerId: member.id });
    const res = await update(member, m.id, { status: 'in_progress', comment: 'Invitations sent', evidenceUrl: 'https://example.org/invite', version: m.version });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ id: m.id, status: 'in_progress', completedOn: null, version: m.version + 1 });
    expect(body.history).toMatchObject([
      { oldStatus: 'not_started', newStatus: 'in_progress', authorId: member.id, authorName: 'Morgan Member', comment: 'Invitations sent', evidenceUrl: 'https://example.org/invite' },
    ]);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, m.id));
    expect(audits).toMatchObject([{ action: 'update', entity: 'milestone', actorId: member.id }]);
  });

  it('dates completion today, keeps it while completed, clears it when reopened, history newest first', async () => {
    const m = await makeMilestone(t.db, arGoalId, { dueOn: '2026-11-01' });
    const done = await update(lead, m.id, { status: 'completed', comment: 'Done', version: m.version });
    expect(done.json()).toMatchObject({ status: 'completed', completedOn: '2026-11-23', overdue: false });
    const note = await update(staff, m.id, { status: 'completed', comment: 'Confirmed with the agencies', version: done.json().version });
    expect(note.statusCode).toBe(201);
    expect(note.json()).toMatchObject({ completedOn: '2026-11-23', version: m.version + 2 });
    const reopened = await update(lead, m.id, { status: 'at_risk', version: note.json().version });
    expect(reopened.json()).toMatchObject({ status: 'at_risk', completedOn: null, overdue: true, version: m.version + 3 });
    expect(reopened.json().history.map((h: { oldStatus: string; newStatus: string }) => `${h.oldStatus}>${h.newStatus}`)).toEqual([
      'completed>at_risk',
      'completed>completed',
      'not_started>completed',
    ]);
  });

  it('refuses a stale version with 412 and writes nothing', async () => {
    const m = await makeMilestone(t.db, arGoalId, { version: 3 });
    const before = await rowCount(t.db, milestoneUpdates);
    const res = await update(lead, m.id, { status: 'in_progress', version: 2 });
    expect(res.statusCode).toBe(412);
    expect(res.json().current).toMatchObject({ id: m.id, status: 'not_started', version: 3 });
    expect(await rowCount(t.db, milestoneUpdates)).toBe(before);
    const [row] = await t.db.select().from(milestones).where(eq(milestones.id, m.id));
    expect(row).toMatchObject({ status: 'not_started', version: 3 });
  });

  it.each([
    ['a javascript: evidence link', { evidenceUrl: 'javascript:alert(1)' }, /evidenceUrl/],
    ['an ftp evidence link', { evidenceUrl: 'ftp://example.org/file' }, /evidenceUrl/],
    ['evidence that is not a link', { evidenceUrl: 'see the shared drive' }, /evidenceUrl/],
    ['an unknown status', { status: 'blocked' }, /status/],
    ['no status', { status: undefined }, /status/],
    ['an unknown field', { dueOn: '2026-12-01' }, /dueOn/],
    ['the same status with nothing to say', { status: 'not_started' }, /status: the milestone is already not_started/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const m = await makeMilestone(t.db, arGoalId, { ownerId: member.id });
    const before = await rowCount(t.db, milestoneUpdates);
    const res = await update(member, m.id, { status: 'in_progress', ...change, version: m.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await rowCount(t.db, milestoneUpdates)).toBe(before);
    const [row] = await t.db.select().from(milestones).where(eq(milestones.id, m.id));
    expect(row).toMatchObject({ status: 'not_started', version: 1 });
  });

  it('answers 403 to a member who does not own it and to the paired coach, 404 out of scope, 401 anonymous', async () => {
    const m = await makeMilestone(t.db, arGoalId, { ownerId: member.id });
    const change = { status: 'in_progress', version: m.version };
    expect((await update(otherMember, m.id, change)).statusCode).toBe(403);
    expect((await update(coach, m.id, change)).statusCode).toBe(403);
    expect((await update(otherCoach, m.id, change)).statusCode).toBe(404);
    expect((await update(memberIA, m.id, change)).statusCode).toBe(404);
    expect((await update(staff, MISSING_ID, change)).statusCode).toBe(404);
    expect((await update(null, m.id, change)).statusCode).toBe(401);
    const [row] = await t.db.select().from(milestones).where(eq(milestones.id, m.id));
    expect(row.status).toBe('not_started');
  });
});
