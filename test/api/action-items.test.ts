import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionItems, auditLog } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeCall, makeState, makeUser, makeVisit, makeYear, pair } from '../helpers/factories.ts';
import { makeActionItem } from '../helpers/factories-engagement.ts';

type User = { email: string; id: string };
type Item = { id: string; stateCode: string; parentKind: string; parentId: string; parentDate: string | null; overdue: boolean };
let t: TestApp;
let yearId: string;
let nextYearId: string;
let coach: User;
let otherCoach: User;
let lead: User;
let member: User;
let staff: User;
let arCall: { id: string };
let iaCall: { id: string };
let arVisit: { id: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  nextYearId = (await makeYear(t.db, 2027)).id;
  for (const code of ['AR', 'IA']) {
    await makeState(t.db, code);
    await joinYear(t.db, yearId, code);
  }
  await joinYear(t.db, nextYearId, 'AR');
  coach = await makeUser(t.db, 'coach');
  otherCoach = await makeUser(t.db, 'coach');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  member = await makeUser(t.db, 'state_member', 'AR');
  staff = await makeUser(t.db, 'staff');
  await pair(t.db, yearId, 'AR', coach.id);
  await pair(t.db, yearId, 'IA', otherCoach.id);
  arCall = await makeCall(t.db, yearId, 'AR', { date: '2026-10-06' });
  iaCall = await makeCall(t.db, yearId, 'IA', { date: '2026-10-07' });
  arVisit = await makeVisit(t.db, yearId, 'AR', { startsOn: '2026-12-08' });
  const nextYearCall = await makeCall(t.db, nextYearId, 'AR', { date: '2027-09-10' });
  // TODAY is 2026-11-23.
  ids.lateCall = (await makeActionItem(t.db, 'AR', { callId: arCall.id }, { dueOn: '2026-11-20', owner: 'Team Lead' })).id;
  ids.soonCall = (await makeActionItem(t.db, 'AR', { callId: arCall.id }, { dueOn: '2026-12-01', owner: 'CTE director' })).id;
  ids.doneVisit = (await makeActionItem(t.db, 'AR', { siteVisitId: arVisit.id }, { dueOn: '2026-11-01', done: true, owner: 'Coach' })).id;
  ids.undatedVisit = (await makeActionItem(t.db, 'AR', { siteVisitId: arVisit.id }, { dueOn: null, owner: 'Coach' })).id;
  ids.lateIowa = (await makeActionItem(t.db, 'IA', { callId: iaCall.id }, { dueOn: '2026-11-10', owner: 'Iowa lead' })).id;
  ids.nextYear = (await makeActionItem(t.db, 'AR', { callId: nextYearCall.id }, { dueOn: '2027-10-01', owner: '50% time analyst' })).id;
});

const idsOf = (body: { items: Item[] }) => body.items.map((i) => i.id);
const list = async (user: User, query = '') => {
  const res = await t.call(await t.tokenFor(user), 'GET', `/api/action-items${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Item[]; total: number };
};

describe('GET /api/action-items', () => {
  it('lists the items of calls and visits in the coach’s states, soonest due first, each with its parent', async () => {
    const body = await list(coach);
    expect(idsOf(body)).toEqual([ids.doneVisit, ids.lateCall, ids.soonCall, ids.nextYear, ids.undatedVisit]);
    expect(body.total).toBe(5);
    const late = body.items.find((i) => i.id === ids.lateCall);
    expect(late).toMatchObject({ parentKind: 'call', parentId: arCall.id, parentDate: '2026-10-06', programYearId: yearId, overdue: true, stateCode: 'AR' });
    const visitItem = body.items.find((i) => i.id === ids.undatedVisit);
    expect(visitItem).toMatchObject({ parentKind: 'site_visit', parentId: arVisit.id, parentDate: '2026-12-08', siteVisitId: arVisit.id, callId: null, overdue: false });
    expect(body.items.find((i) => i.id === ids.doneVisit)?.overdue).toBe(false);
  });

  it('limits state users to their own state', async () => {
    for (const user of [lead, member]) expect((await list(user)).items.every((i) => i.stateCode === 'AR')).toBe(true);
    expect(await list(lead, '?state=IA')).toEqual({ items: [], total: 0 });
    expect(idsOf(await list(staff, '?state=ia'))).toEqual([ids.lateIowa]);
  });

  it.each([
    ['programYear through the parent', () => `?programYear=${nextYearId}`, () => [ids.nextYear]],
    ['done=true', () => '?done=true', () => [ids.doneVisit]],
    ['done=false', () => '?done=false&programYear=' + yearId, () => [ids.lateIowa, ids.lateCall, ids.soonCall, ids.undatedVisit]],
    ['an owner substring in any case', () => '?owner=lead', () => [ids.lateIowa, ids.lateCall]],
    ['an owner with a LIKE wildcard taken literally', () => '?owner=50%25', () => [ids.nextYear]],
    ['dueBefore (strict)', () => '?dueBefore=2026-11-20', () => [ids.doneVisit, ids.lateIowa]],
    ['dueAfter (strict)', () => '?dueAfter=2026-11-20', () => [ids.soonCall, ids.nextYear]],
    ['overdue=true: not done and due before today', () => '?overdue=true', () => [ids.lateIowa, ids.lateCall]],
    ['overdue=false', () => '?overdue=false', () => [ids.doneVisit, ids.soonCall, ids.nextYear, ids.undatedVisit]],
  ])('filters by %s', async (_name, query, expected) => {
    const body = await list(staff, query());
    expect(idsOf(body)).toEqual(expected());
    expect(body.total).toBe(expected().length);
  });

  it('pages with limit and offset', async () => {
    const body = await list(staff, '?limit=2&offset=1');
    expect(idsOf(body)).toEqual([ids.lateIowa, ids.lateCall]);
    expect(body.total).toBe(6);
  });

  it('refuses malformed filters with 400 and answers 401 without a token', async () => {
    const token = await t.tokenFor(staff);
    expect((await t.call(token, 'GET', '/api/action-items?done=maybe')).json().message).toMatch(/done/);
    expect((await t.call(token, 'GET', '/api/action-items?dueBefore=soon')).json().message).toMatch(/dueBefore/);
    expect((await t.call(token, 'GET', '/api/action-items?colour=red')).statusCode).toBe(400);
    expect((await t.call(null, 'GET', '/api/action-items')).statusCode).toBe(401);
  });
});

describe('GET /api/action-items/:id', () => {
  it('shows an item of their state to a state member, and hides another state’s behind 404', async () => {
    const res = await t.call(await t.tokenFor(member), 'GET', `/api/action-items/${ids.soonCall}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: ids.soonCall, parentKind: 'call', overdue: false });
    expect((await t.call(await t.tokenFor(member), 'GET', `/api/action-items/${ids.lateIowa}`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(coach), 'GET', `/api/action-items/${ids.lateIowa}`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/action-items/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('POST /api/action-items', () => {
  const count = async () => (await t.db.select().from(actionItems)).length;

  it('adds an item to a call after its others, taking the state from the call, with an audit row', async () => {
    const res = await t.call(await t.tokenFor(coach), 'POST', '/api/action-items', { callId: arCall.id, description: 'Draft the MOU', owner: 'Team lead', dueOn: '2026-12-15' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ stateCode: 'AR', callId: arCall.id, siteVisitId: null, parentKind: 'call', done: false, version: 1 });
    const [row] = await t.db.select().from(actionItems).where(eq(actionItems.id, body.id));
    expect(row.position).toBe(1); // the factory items sit at position 0
    const audits = (await t.db.select().from(auditLog)).filter((a) => a.entityId === body.id);
    expect(audits).toMatchObject([{ action: 'create', entity: 'action_item', stateCode: 'AR' }]);
    await t.db.delete(actionItems).where(eq(actionItems.id, body.id));
  });

  it('adds a follow-up to a site visit for staff', async () => {
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/action-items', { siteVisitId: arVisit.id, description: 'Send the visit summary' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ parentKind: 'site_visit', parentId: arVisit.id, parentDate: '2026-12-08', owner: '', dueOn: null });
    await t.db.delete(actionItems).where(eq(actionItems.id, res.json().id));
  });

  it.each([
    ['both parents', () => ({ callId: arCall.id, siteVisitId: arVisit.id, description: 'x' }), /^siteVisitId: send either/],
    ['no parent', () => ({ description: 'x' }), /^callId: send the call or the site visit/],
    ['a due day outside the program year', () => ({ callId: arCall.id, description: 'x', dueOn: '2027-09-01' }), /^dueOn: 2027-09-01 is outside the program year/],
    ['an empty description', () => ({ callId: arCall.id, description: '' }), /description/],
    ['a state of its own', () => ({ callId: arCall.id, description: 'x', stateCode: 'IA' }), /stateCode/],
    ['a malformed call id', () => ({ callId: 'call-1', description: 'x' }), /callId/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, body, message) => {
    const before = await count();
    const res = await t.call(await t.tokenFor(coach), 'POST', '/api/action-items', body());
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('answers 404 for a missing or hidden parent, 403 for state users, 401 anonymous, and writes nothing', async () => {
    const before = await count();
    const coachToken = await t.tokenFor(coach);
    expect((await t.call(coachToken, 'POST', '/api/action-items', { callId: '00000000-0000-4000-8000-000000000000', description: 'x' })).statusCode).toBe(404);
    expect((await t.call(coachToken, 'POST', '/api/action-items', { siteVisitId: '00000000-0000-4000-8000-000000000000', description: 'x' })).json().message).toMatch(/Site visit/);
    expect((await t.call(coachToken, 'POST', '/api/action-items', { callId: iaCall.id, description: 'x' })).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(lead), 'POST', '/api/action-items', { callId: arCall.id, description: 'x' })).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(member), 'POST', '/api/action-items', { callId: arCall.id, description: 'x' })).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(lead), 'POST', '/api/action-items', { callId: iaCall.id, description: 'x' })).statusCode).toBe(404);
    expect((await t.call(null, 'POST', '/api/action-items', { callId: arCall.id, description: 'x' })).statusCode).toBe(401);
    expect(await count()).toBe(before);
  });
});

describe('PATCH /api/action-items/:id', () => {
  it('marks an item done with the version read and refuses a stale version with 412', async () => {
    const item = await makeActionItem(t.db, 'AR', { callId: arCall.id }, { dueOn: '2026-11-02' });
    const token = await t.tokenFor(coach);
    const ok = await t.call(token, 'PATCH', `/api/action-items/${item.id}`, { done: true, version: item.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ done: true, overdue: false, version: item.version + 1 });
    const stale = await t.call(token, 'PATCH', `/api/action-items/${item.id}`, { owner: 'x', version: item.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ owner: 'Team lead', done: true, version: ok.json().version });
    const cleared = await t.call(token, 'PATCH', `/api/action-items/${item.id}`, { dueOn: null, version: ok.json().version });
    expect(cleared.json()).toMatchObject({ dueOn: null, version: item.version + 2 });
  });

  it.each([
    ['a due day outside the year', { dueOn: '2026-07-01' }, /^dueOn: 2026-07-01 is outside/],
    ['an empty description', { description: '' }, /description/],
    ['an empty body', {}, /body/],
    ['a new parent', { callId: '00000000-0000-4000-8000-000000000000' }, /callId/],
  ])('refuses %s with a 400 naming the field and changes nothing', async (_name, change, message) => {
    const item = await makeActionItem(t.db, 'AR', { callId: arCall.id });
    // With the version read, so that the refusal is the field's and not a missing precondition's (428); an empty
    // body stays empty, since a version alone would count as a property.
    const body = Object.keys(change).length === 0 ? change : { ...change, version: item.version };
    const res = await t.call(await t.tokenFor(staff), 'PATCH', `/api/action-items/${item.id}`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect((await t.db.select().from(actionItems).where(eq(actionItems.id, item.id)))[0]).toEqual(item);
  });

  it('answers 403 to state users (even for items they own), 404 to another coach', async () => {
    const item = await makeActionItem(t.db, 'AR', { callId: arCall.id });
    const change = { done: true, version: item.version };
    expect((await t.call(await t.tokenFor(lead), 'PATCH', `/api/action-items/${item.id}`, change)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(member), 'PATCH', `/api/action-items/${item.id}`, change)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(otherCoach), 'PATCH', `/api/action-items/${item.id}`, change)).statusCode).toBe(404);
    expect((await t.call(null, 'PATCH', `/api/action-items/${item.id}`, change)).statusCode).toBe(401);
    expect((await t.db.select().from(actionItems).where(eq(actionItems.id, item.id)))[0].done).toBe(false);
  });
});

describe('DELETE /api/action-items/:id', () => {
  it('lets the paired coach delete, with an audit row; others get 404 or 403', async () => {
    const item = await makeActionItem(t.db, 'AR', { siteVisitId: arVisit.id });
    expect((await t.call(await t.tokenFor(otherCoach), 'DELETE', `/api/action-items/${item.id}`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(lead), 'DELETE', `/api/action-items/${item.id}`)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(coach), 'DELETE', `/api/action-items/${item.id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(actionItems).where(eq(actionItems.id, item.id))).toEqual([]);
    const audits = (await t.db.select().from(auditLog)).filter((a) => a.entityId === item.id);
    expect(audits).toMatchObject([{ action: 'delete', entity: 'action_item' }]);
    expect((await t.call(await t.tokenFor(coach), 'DELETE', `/api/action-items/${item.id}`)).statusCode).toBe(404);
  });
});
