import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionItems, auditLog, siteVisits } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeState, makeUser, makeVisit, makeYear, pair } from '../helpers/factories.ts';
import { makeActionItem } from '../helpers/factories-engagement.ts';

type User = { email: string; id: string };
let t: TestApp;
let yearId: string;
let coach: User;
let otherCoach: User;
let laterCoach: User;
let lead: User;
let member: User;
let staff: User;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  for (const code of ['AR', 'IA', 'MI', 'NE']) await makeState(t.db, code);
  for (const code of ['AR', 'IA', 'MI']) await joinYear(t.db, yearId, code);
  coach = await makeUser(t.db, 'coach');
  otherCoach = await makeUser(t.db, 'coach');
  laterCoach = await makeUser(t.db, 'coach');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  member = await makeUser(t.db, 'state_member', 'AR');
  staff = await makeUser(t.db, 'staff');
  await pair(t.db, yearId, 'AR', coach.id);
  await pair(t.db, yearId, 'IA', otherCoach.id);
  // Michigan changes coach at the turn of the year.
  await pair(t.db, yearId, 'MI', otherCoach.id, '2026-08-01', '2026-12-31');
  await pair(t.db, yearId, 'MI', laterCoach.id, '2027-01-01');
});

const validVisit = () => ({
  programYearId: yearId,
  stateCode: 'AR',
  number: 1,
  status: 'scheduled',
  startsOn: '2027-01-12',
  endsOn: '2027-01-13',
  location: 'Little Rock',
  purpose: 'Meet the employer partners',
  participants: ['Team lead', 'Workforce board director'],
  coachNotes: 'Agency heads rarely attend.',
  followUps: [{ description: 'Book the meeting room', owner: 'Team lead', dueOn: '2027-01-05' }],
});

const counts = async () => ({ visits: (await t.db.select().from(siteVisits)).length, items: (await t.db.select().from(actionItems)).length });
const auditsOf = async (id: string) => (await t.db.select().from(auditLog)).filter((a) => a.entityId === id);

describe('POST /api/site-visits', () => {
  it('lets the paired coach schedule a visit with follow-ups, in one transaction with its audit row', async () => {
    const res = await t.call(await t.tokenFor(coach), 'POST', '/api/site-visits', validVisit());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ stateCode: 'AR', number: 1, status: 'scheduled', coachId: coach.id, coachNotes: 'Agency heads rarely attend.', version: 1 });
    expect(body.participants).toEqual(['Team lead', 'Workforce board director']);
    expect(body.followUps).toHaveLength(1);
    expect(body.followUps[0]).toMatchObject({ siteVisitId: body.id, callId: null, stateCode: 'AR', description: 'Book the meeting room', done: false });
    expect(await auditsOf(body.id)).toHaveLength(1);
    await t.db.delete(siteVisits).where(eq(siteVisits.id, body.id));
  });

  it('records for staff the coach paired with the state on the first day of the visit', async () => {
    const token = await t.tokenFor(staff);
    const spring = await t.call(token, 'POST', '/api/site-visits', { ...validVisit(), stateCode: 'mi', startsOn: '2027-03-10', endsOn: null, followUps: [] });
    expect(spring.statusCode).toBe(201);
    expect(spring.json()).toMatchObject({ stateCode: 'MI', coachId: laterCoach.id, endsOn: null });
    const autumn = await t.call(token, 'POST', '/api/site-visits', { ...validVisit(), stateCode: 'MI', number: 2, startsOn: '2026-11-02', endsOn: null, status: 'completed' });
    expect(autumn.statusCode).toBe(201);
    expect(autumn.json()).toMatchObject({ coachId: otherCoach.id, status: 'completed' });
  });

  it.each([
    ['an end before the start', { endsOn: '2027-01-10' }, /^endsOn: 2027-01-10 is before the start/],
    ['a start after the program year', { startsOn: '2027-09-02', endsOn: null }, /^startsOn: 2027-09-02 is outside the program year/],
    ['an end after the program year', { startsOn: '2027-08-30', endsOn: '2027-09-01' }, /^endsOn: .*outside the program year/],
    ['a scheduled visit without a date', { startsOn: null, endsOn: null }, /^startsOn: a scheduled visit needs a start date/],
    ['a completed visit without a date', { status: 'completed', startsOn: undefined, endsOn: undefined }, /^startsOn: a completed visit needs/],
    ['a completed visit that starts in the future', { status: 'completed' }, /^startsOn: a completed visit cannot start in the future/],
    ['an end date without a start', { status: 'proposed', startsOn: null }, /^startsOn: a visit with an end date needs a start date/],
    ['a third visit', { number: 3 }, /number/],
    ['an unknown status', { status: 'done' }, /status/],
    ['an impossible date', { startsOn: '2027-02-30' }, /startsOn/],
    ['an unknown field', { mood: 'good' }, /mood/],
    ['a follow-up due after the year', { followUps: [{ description: 'x', dueOn: '2028-01-01' }] }, /^followUps\.0\.dueOn: 2028-01-01 is outside/],
    ['a follow-up without a description', { followUps: [{ description: '' }] }, /followUps\.0\.description/],
    ['a program year that does not exist', { programYearId: '00000000-0000-4000-8000-000000000000' }, /^programYearId/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await counts();
    const res = await t.call(await t.tokenFor(coach), 'POST', '/api/site-visits', { ...validVisit(), ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.json().message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses a state that does not take part in the year with a 400 naming stateCode', async () => {
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/site-visits', { ...validVisit(), stateCode: 'NE' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^stateCode: NE does not take part/);
  });

  it('answers 409 for a second live visit with the same number, and lets a cancelled one free the number', async () => {
    const token = await t.tokenFor(staff);
    const first = await t.call(token, 'POST', '/api/site-visits', { ...validVisit(), stateCode: 'IA', followUps: [] });
    expect(first.statusCode).toBe(201);
    const before = await counts();
    const again = await t.call(token, 'POST', '/api/site-visits', { ...validVisit(), stateCode: 'IA', status: 'proposed', startsOn: null, endsOn: null });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/^number: IA already has site visit 1/);
    expect(await counts()).toEqual(before);
    const cancelled = await t.call(token, 'POST', '/api/site-visits', { ...validVisit(), stateCode: 'IA', status: 'cancelled', followUps: [] });
    expect(cancelled.statusCode).toBe(201);
    // Cancelling the first frees number 1; bringing the cancelled one back then clashes with nothing.
    const cancel = await t.call(token, 'PATCH', `/api/site-visits/${first.json().id}`, { status: 'cancelled', version: first.json().version });
    expect(cancel.statusCode).toBe(200);
    const revive = await t.call(token, 'PATCH', `/api/site-visits/${cancelled.json().id}`, { status: 'scheduled', version: cancelled.json().version });
    expect(revive.statusCode).toBe(200);
    const clash = await t.call(token, 'PATCH', `/api/site-visits/${first.json().id}`, { status: 'scheduled', version: cancel.json().version });
    expect(clash.statusCode).toBe(409);
  });

  it('answers 404 for a state the coach is not paired with, 403 for state users, 401 anonymous', async () => {
    const before = await counts();
    expect((await t.call(await t.tokenFor(coach), 'POST', '/api/site-visits', { ...validVisit(), stateCode: 'IA' })).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(lead), 'POST', '/api/site-visits', validVisit())).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(member), 'POST', '/api/site-visits', validVisit())).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(lead), 'POST', '/api/site-visits', { ...validVisit(), stateCode: 'IA' })).statusCode).toBe(404);
    expect((await t.call(null, 'POST', '/api/site-visits', validVisit())).statusCode).toBe(401);
    expect(await counts()).toEqual(before);
  });
});

describe('GET /api/site-visits', () => {
  let ar1: string;
  let ar2: string;
  beforeAll(async () => {
    await t.db.delete(siteVisits);
    ar2 = (await makeVisit(t.db, yearId, 'AR', { number: 2, status: 'proposed', startsOn: null, coachNotes: 'secret AR two' })).id;
    ar1 = (await makeVisit(t.db, yearId, 'AR', { number: 1, status: 'completed', startsOn: '2026-10-20', coachNotes: 'secret AR one' })).id;
    await makeActionItem(t.db, 'AR', { siteVisitId: ar1 }, { description: 'Send the summary' });
    await makeVisit(t.db, yearId, 'IA', { number: 1, startsOn: '2026-12-08', coachNotes: 'secret IA' });
  });

  it('orders by first day with undated proposals last, and carries follow-ups and coach notes for the coach', async () => {
    const res = await t.call(await t.tokenFor(coach), 'GET', `/api/site-visits?programYear=${yearId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(2);
    expect(body.items.map((v: { id: string }) => v.id)).toEqual([ar1, ar2]);
    expect(body.items[0].followUps.map((i: { description: string }) => i.description)).toEqual(['Send the summary']);
    expect(body.items[0].coachNotes).toBe('secret AR one');
  });

  it('limits state users to their state and never sends them coach-only notes', async () => {
    for (const user of [lead, member]) {
      const res = await t.call(await t.tokenFor(user), 'GET', '/api/site-visits');
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((v: { stateCode: string }) => v.stateCode)).toEqual(['AR', 'AR']);
      expect(res.body).not.toContain('secret');
      expect(res.json().items.every((v: object) => !('coachNotes' in v))).toBe(true);
      const asked = await t.call(await t.tokenFor(user), 'GET', '/api/site-visits?state=IA');
      expect(asked.json()).toEqual({ items: [], total: 0 });
    }
  });

  it('filters by state, status and a range of first days, and pages', async () => {
    const token = await t.tokenFor(staff);
    expect((await t.call(token, 'GET', '/api/site-visits?state=ia')).json().total).toBe(1);
    expect((await t.call(token, 'GET', '/api/site-visits?status=completed')).json().items.map((v: { id: string }) => v.id)).toEqual([ar1]);
    const ranged = (await t.call(token, 'GET', '/api/site-visits?from=2026-11-01&to=2026-12-31')).json();
    expect(ranged.items.map((v: { stateCode: string }) => v.stateCode)).toEqual(['IA']);
    const paged = (await t.call(token, 'GET', '/api/site-visits?limit=1&offset=1')).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(3);
    // Past the end the page counts on its own, with the same filters (lower-case state included).
    expect((await t.call(token, 'GET', '/api/site-visits?offset=9')).json()).toEqual({ items: [], total: 3 });
    expect((await t.call(token, 'GET', '/api/site-visits?state=ia&from=2026-11-01&offset=9')).json()).toEqual({ items: [], total: 1 });
    expect((await t.call(token, 'GET', '/api/site-visits?status=done')).statusCode).toBe(400);
    expect((await t.call(token, 'GET', '/api/site-visits?from=yesterday')).statusCode).toBe(400);
  });

  it('answers 401 without a token', async () => {
    expect((await t.call(null, 'GET', '/api/site-visits')).statusCode).toBe(401);
  });
});

describe('GET /api/site-visits/:id', () => {
  it('shows the visit with its follow-ups, without coach notes for the state lead', async () => {
    const visit = await makeVisit(t.db, yearId, 'AR', { number: 2, status: 'cancelled', coachNotes: 'secret' });
    await makeActionItem(t.db, 'AR', { siteVisitId: visit.id });
    const asLead = await t.call(await t.tokenFor(lead), 'GET', `/api/site-visits/${visit.id}`);
    expect(asLead.statusCode).toBe(200);
    expect(asLead.json().followUps).toHaveLength(1);
    expect(asLead.body).not.toContain('secret');
    expect((await t.call(await t.tokenFor(staff), 'GET', `/api/site-visits/${visit.id}`)).json().coachNotes).toBe('secret');
  });

  it('answers 404 for another coach’s visit, an unknown id, and 400 for a malformed id', async () => {
    const visit = await makeVisit(t.db, yearId, 'AR', { number: 2, status: 'cancelled' });
    expect((await t.call(await t.tokenFor(otherCoach), 'GET', `/api/site-visits/${visit.id}`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/site-visits/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/site-visits/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('PATCH /api/site-visits/:id', () => {
  beforeAll(async () => {
    await t.db.delete(siteVisits);
  });

  it('updates with the version read and refuses a stale version with 412', async () => {
    const visit = await makeVisit(t.db, yearId, 'AR', { number: 2, status: 'proposed', startsOn: null });
    const token = await t.tokenFor(coach);
    const ok = await t.call(token, 'PATCH', `/api/site-visits/${visit.id}`, { status: 'scheduled', startsOn: '2027-04-06', endsOn: '2027-04-07', version: visit.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'scheduled', startsOn: '2027-04-06', endsOn: '2027-04-07', version: visit.version + 1 });
    const stale = await t.call(token, 'PATCH', `/api/site-visits/${visit.id}`, { summary: 'Other', version: visit.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ status: 'scheduled', startsOn: '2027-04-06', version: visit.version + 1 });
    expect(stale.json().current.summary).not.toBe('Other');
    expect(await auditsOf(visit.id)).toHaveLength(1);
    await t.db.delete(siteVisits).where(eq(siteVisits.id, visit.id));
  });

  it.each([
    ['completing a visit that starts in the future', { status: 'completed' }, /^startsOn: a completed visit cannot start in the future/],
    ['clearing the date of a scheduled visit', { startsOn: null }, /^startsOn: a scheduled visit needs a start date/],
    ['an end before the start', { endsOn: '2026-12-01' }, /^endsOn: 2026-12-01 is before the start 2026-12-08/],
    ['a start outside the year', { startsOn: '2026-07-31' }, /^startsOn: 2026-07-31 is outside the program year/],
    ['an empty body', {}, /body/],
    ['a field that cannot change', { stateCode: 'IA' }, /stateCode/],
  ])('refuses %s with a 400 naming the field and changes nothing', async (_name, change, message) => {
    const visit = await makeVisit(t.db, yearId, 'AR', { number: 2, status: 'scheduled', startsOn: '2026-12-08' });
    // With the version read, so that the refusal is the field's, not a missing precondition's (428); an empty
    // body stays empty, since a version alone would count as a property.
    const body = Object.keys(change).length === 0 ? change : { ...change, version: visit.version };
    const res = await t.call(await t.tokenFor(coach), 'PATCH', `/api/site-visits/${visit.id}`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    const [after] = await t.db.select().from(siteVisits).where(eq(siteVisits.id, visit.id));
    expect(after).toEqual(visit);
    await t.db.delete(siteVisits).where(eq(siteVisits.id, visit.id));
  });

  it('answers 403 to state users and 404 to another coach', async () => {
    const visit = await makeVisit(t.db, yearId, 'AR', { number: 2, status: 'cancelled' });
    const change = { summary: 'x', version: visit.version };
    expect((await t.call(await t.tokenFor(lead), 'PATCH', `/api/site-visits/${visit.id}`, change)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(member), 'PATCH', `/api/site-visits/${visit.id}`, change)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(otherCoach), 'PATCH', `/api/site-visits/${visit.id}`, change)).statusCode).toBe(404);
    expect((await t.call(null, 'PATCH', `/api/site-visits/${visit.id}`, change)).statusCode).toBe(401);
    const [after] = await t.db.select().from(siteVisits).where(eq(siteVisits.id, visit.id));
    expect(after.version).toBe(visit.version);
  });
});

describe('DELETE /api/site-visits/:id', () => {
  it('deletes the visit and its follow-ups for the paired coach, with an audit row', async () => {
    const visit = await makeVisit(t.db, yearId, 'AR', { number: 2, status: 'cancelled' });
    const item = await makeActionItem(t.db, 'AR', { siteVisitId: visit.id });
    expect((await t.call(await t.tokenFor(otherCoach), 'DELETE', `/api/site-visits/${visit.id}`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(lead), 'DELETE', `/api/site-visits/${visit.id}`)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(coach), 'DELETE', `/api/site-visits/${visit.id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(actionItems).where(eq(actionItems.id, item.id))).toEqual([]);
    const audits = await auditsOf(visit.id);
    expect(audits).toMatchObject([{ action: 'delete', entity: 'site_visit', stateCode: 'AR' }]);
    expect((await t.call(await t.tokenFor(coach), 'GET', `/api/site-visits/${visit.id}`)).statusCode).toBe(404);
  });
});
