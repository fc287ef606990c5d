/**
 * Optimistic concurrency, end to end: every record read on its own carries its version as an ETag; every
 * change to a versioned record says which version it was made from (If-Match or the body's `version`);
 * a stale one answers 412 with the record as the same user reads it now; saying nothing answers 428.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, calls, milestoneUpdates, milestones, plans } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { type CastUser, MISSING_ID, makeBarePlan, makeCast, makeGoal, makeMilestone } from '../helpers/factories-assessment.ts';
import { makeCall, makeYear } from '../helpers/factories.ts';

let t: TestApp;
let yearId: string;
let staff: CastUser, coach: CastUser, otherCoach: CastUser, lead: CastUser, leadIA: CastUser;
let goalId: string;
let planId: string;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  ({ staff, coach, otherCoach, lead, leadIA } = await makeCast(t.db, yearId));
  planId = (await makeBarePlan(t.db, yearId, 'AR')).id;
  goalId = (await makeGoal(t.db, planId)).id;
});

/** A request as a user, with extra headers (If-Match) when given. */
async function send(user: CastUser, method: string, url: string, body?: object, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: method as 'GET',
    url,
    headers: { authorization: `Bearer ${await t.tokenFor(user)}`, ...headers },
    ...(body === undefined ? {} : { payload: body }),
  });
}

const callRow = async (id: string) => (await t.db.select().from(calls).where(eq(calls.id, id)))[0];
const auditsOf = async (id: string) => t.db.select().from(auditLog).where(eq(auditLog.entityId, id));

describe('two people change the same milestone from the same version', () => {
  it('lets exactly one write land; the other gets 412 with the winner’s status, and only one write is audited', async () => {
    const m = await makeMilestone(t.db, goalId);
    const read = await send(lead, 'GET', `/api/milestones/${m.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe(`"${m.version}"`);
    const version = read.json().version as number;

    // Both send the version they read, at the same time (on PostgreSQL the two really race for the row).
    const [byLead, byStaff] = await Promise.all([
      send(lead, 'POST', `/api/milestones/${m.id}/updates`, { status: 'in_progress', comment: 'Agencies invited', version }),
      send(staff, 'POST', `/api/milestones/${m.id}/updates`, { status: 'at_risk', comment: 'Two agencies declined', version }),
    ]);
    expect([byLead.statusCode, byStaff.statusCode].sort()).toEqual([201, 412]);
    const [winner, loser, winningStatus] = byLead.statusCode === 201 ? [byLead, byStaff, 'in_progress'] : [byStaff, byLead, 'at_risk'];

    expect(winner.json()).toMatchObject({ id: m.id, status: winningStatus, version: version + 1 });
    expect(winner.headers.etag).toBe(`"${version + 1}"`);
    expect(loser.json()).toMatchObject({ statusCode: 412, error: 'Precondition Failed', current: { id: m.id, status: winningStatus, version: version + 1 } });
    expect(loser.json().message).toMatch(/changed by someone else/);
    expect(loser.headers.etag).toBe(`"${version + 1}"`);

    // The record holds the winner's change, with one history row and one audit row.
    const [row] = await t.db.select().from(milestones).where(eq(milestones.id, m.id));
    expect(row).toMatchObject({ status: winningStatus, version: version + 1 });
    expect(await t.db.select().from(milestoneUpdates).where(eq(milestoneUpdates.milestoneId, m.id))).toMatchObject([{ newStatus: winningStatus }]);
    expect(await auditsOf(m.id)).toMatchObject([{ action: 'update', entity: 'milestone' }]);
    const trail = await send(staff, 'GET', `/api/audit?entity=milestone&entityId=${m.id}`);
    expect(trail.json().total).toBe(1);

    // The loser reapplies from what the 412 showed, and now lands.
    const loserUser = loser === byLead ? lead : staff;
    const again = await send(loserUser, 'POST', `/api/milestones/${m.id}/updates`, { status: 'at_risk', comment: 'Reapplied', version: loser.json().current.version });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ status: 'at_risk', version: version + 2 });
  });
});

describe('ETag and If-Match', () => {
  it('answers a call with its version as ETag; If-Match of it lands and answers the next; the old one is 412 with the call now', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30', agenda: 'First agenda' });
    const read = await send(coach, 'GET', `/api/calls/${call.id}`);
    expect(read.statusCode).toBe(200);
    const etag = read.headers.etag as string;
    expect(etag).toBe(`"${read.json().version}"`);

    const ok = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'Plan review' }, { 'if-match': etag });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ agenda: 'Plan review', version: read.json().version + 1 });
    expect(ok.headers.etag).toBe(`"${read.json().version + 1}"`);

    const stale = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'Lost update' }, { 'if-match': etag });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers.etag).toBe(ok.headers.etag);
    expect(stale.json()).toMatchObject({ statusCode: 412, error: 'Precondition Failed' });
    // `current` is the call exactly as the coach reads it now.
    expect(stale.json().current).toEqual((await send(coach, 'GET', `/api/calls/${call.id}`)).json());
    expect(stale.json().current).toMatchObject({ agenda: 'Plan review', version: ok.json().version });
    expect(await callRow(call.id)).toMatchObject({ agenda: 'Plan review', version: ok.json().version });
  });

  it('accepts the weak and bare forms of the version in If-Match', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30' });
    const weak = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'Weak' }, { 'if-match': `W/"${call.version}"` });
    expect(weak.statusCode).toBe(200);
    const bare = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'Bare' }, { 'if-match': String(weak.json().version) });
    expect(bare.statusCode).toBe(200);
    expect(bare.json()).toMatchObject({ agenda: 'Bare', version: call.version + 2 });
  });

  it('answers 412 when If-Match and the body’s version disagree, and changes nothing', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30', agenda: 'Unchanged' });
    // Either one alone would be current; together they disagree.
    const res = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'x', version: call.version }, { 'if-match': `"${call.version + 1}"` });
    expect(res.statusCode).toBe(412);
    expect(res.json().message).toMatch(/disagree/);
    expect(res.json().current).toMatchObject({ id: call.id, agenda: 'Unchanged', version: call.version });
    const other = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'x', version: call.version + 1 }, { 'if-match': `"${call.version}"` });
    expect(other.statusCode).toBe(412);
    expect(await callRow(call.id)).toMatchObject({ agenda: 'Unchanged', version: call.version });
    expect(await auditsOf(call.id)).toEqual([]);
  });

  it.each([['a word', 'not-a-version'], ['a list of versions', '"1", "2"'], ['a negative number', '"-1"']])(
    'answers 412 to a malformed If-Match (%s), and changes nothing',
    async (_name, header) => {
      const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30', agenda: 'Unchanged' });
      const res = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'x' }, { 'if-match': header });
      expect(res.statusCode).toBe(412);
      expect(res.json()).toMatchObject({ statusCode: 412, error: 'Precondition Failed', current: { id: call.id, version: call.version } });
      expect(res.json().message).toMatch(/If-Match/);
      expect(await callRow(call.id)).toMatchObject({ agenda: 'Unchanged', version: call.version });
    },
  );
});

describe('a write that says no version', () => {
  it('answers 428 in JSON and changes nothing', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30', agenda: 'Unchanged' });
    const res = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'Blind write' });
    expect(res.statusCode).toBe(428);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json()).toMatchObject({ statusCode: 428, error: 'Precondition Required' });
    expect(res.json().message).toMatch(/If-Match/);
    expect(res.json().message).toMatch(/version/);
    expect(await callRow(call.id)).toMatchObject({ agenda: 'Unchanged', version: call.version });
    expect(await auditsOf(call.id)).toEqual([]);
  });

  it('answers 428 to a milestone status update too, and writes no history', async () => {
    const m = await makeMilestone(t.db, goalId);
    const res = await send(lead, 'POST', `/api/milestones/${m.id}/updates`, { status: 'in_progress', comment: 'Blind' });
    expect(res.statusCode).toBe(428);
    expect(await t.db.select().from(milestoneUpdates).where(eq(milestoneUpdates.milestoneId, m.id))).toEqual([]);
    expect((await t.db.select().from(milestones).where(eq(milestones.id, m.id)))[0]).toMatchObject({ status: 'not_started', version: m.version });
  });

  it('still answers 400 first for a malformed body, and 401 first to the anonymous', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30' });
    const bad = await send(coach, 'PATCH', `/api/calls/${call.id}`, { durationMinutes: 'sixty' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/durationMinutes/);
    expect((await t.call(null, 'PATCH', `/api/calls/${call.id}`, { agenda: 'x' })).statusCode).toBe(401);
  });

  it('answers the same 428 for a record out of scope as for one that does not exist, so it reveals nothing', async () => {
    const iowaCall = await makeCall(t.db, yearId, 'IA', { status: 'scheduled', date: '2026-11-30' });
    const hidden = await send(coach, 'PATCH', `/api/calls/${iowaCall.id}`, { agenda: 'x' });
    const missing = await send(coach, 'PATCH', `/api/calls/${MISSING_ID}`, { agenda: 'x' });
    expect(hidden.statusCode).toBe(428);
    expect(missing.statusCode).toBe(428);
    expect(hidden.json()).toEqual(missing.json());
    // With a version, the refusal is the scope's.
    expect((await send(coach, 'PATCH', `/api/calls/${iowaCall.id}`, { agenda: 'x', version: iowaCall.version })).statusCode).toBe(404);
  });
});

describe('the record a 412 carries is read as the caller reads it', () => {
  it('gives a state lead who is stale on their plan the plan exactly as their GET answers it', async () => {
    const [plan] = await t.db.select().from(plans).where(eq(plans.id, planId));
    const first = await send(staff, 'PATCH', `/api/plans/${planId}`, { vision: 'Staff edit', version: plan.version });
    expect(first.statusCode).toBe(200);
    const stale = await send(lead, 'PATCH', `/api/plans/${planId}`, { vision: 'Lead edit', version: plan.version });
    expect(stale.statusCode).toBe(412);
    const asLead = await send(lead, 'GET', `/api/plans/${planId}`);
    expect(stale.json().current).toEqual(asLead.json());
    expect(stale.json().current).toMatchObject({ vision: 'Staff edit', version: plan.version + 1 });
    expect(stale.headers.etag).toBe(asLead.headers.etag);
  });

  it('shows a coach the coach-only notes of a call, and leaves them out for a state lead', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30', coachNotes: 'Lead seems overstretched.' });
    const ok = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'Plan review', version: call.version });
    expect(ok.statusCode).toBe(200);
    const coachStale = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'x', version: call.version });
    expect(coachStale.statusCode).toBe(412);
    expect(coachStale.json().current).toMatchObject({ coachNotes: 'Lead seems overstretched.', version: call.version + 1 });
    // A state lead may not write calls (403 once the version is said), but a malformed If-Match is refused
    // before the role is looked at: its 412 carries the call as the lead reads it, without the coach's notes.
    expect((await send(lead, 'PATCH', `/api/calls/${call.id}`, { agenda: 'x', version: call.version + 1 })).statusCode).toBe(403);
    const leadStale = await send(lead, 'PATCH', `/api/calls/${call.id}`, { agenda: 'x' }, { 'if-match': 'stale' });
    expect(leadStale.statusCode).toBe(412);
    expect(leadStale.json().current).toEqual((await send(lead, 'GET', `/api/calls/${call.id}`)).json());
    expect(leadStale.json().current).not.toHaveProperty('coachNotes');
    expect(leadStale.body).not.toContain('overstretched');
  });

  it('carries no record for a caller who may not read it', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30', agenda: 'Private agenda' });
    for (const outsider of [otherCoach, leadIA]) {
      const res = await send(outsider, 'PATCH', `/api/calls/${call.id}`, { agenda: 'x' }, { 'if-match': 'stale' });
      expect(res.statusCode).toBe(412);
      expect(res.json()).not.toHaveProperty('current');
      expect(res.headers.etag).toBeUndefined();
      expect(res.body).not.toContain('Private agenda');
    }
    expect(await callRow(call.id)).toMatchObject({ agenda: 'Private agenda', version: call.version });
  });
});

describe('empty changes, and the record a stale goal edit carries', () => {
  // The empty-body rule (minProperties: 1) counts `version`, and If-Match becomes the body's version before
  // validation; the concurrency plugin now refuses a change that names nothing besides the version.
  it('refuses an empty body sent with If-Match with a 400, and writes nothing', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30' });
    const res = await send(coach, 'PATCH', `/api/calls/${call.id}`, {}, { 'if-match': `"${call.version}"` });
    expect(res.statusCode).toBe(400);
    expect(await callRow(call.id)).toMatchObject({ version: call.version });
  });

  it('refuses a body holding only the version with a 400, and writes nothing', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30' });
    const res = await send(coach, 'PATCH', `/api/calls/${call.id}`, { version: call.version });
    expect(res.statusCode).toBe(400);
    expect(await auditsOf(call.id)).toEqual([]);
  });

  // Goals and timeline activities have no GET of their own, so their 412 cannot carry `current`.
  it('carries the goal as it is now in a stale goal edit’s 412', async () => {
    const goal = await makeGoal(t.db, planId);
    expect((await send(lead, 'PATCH', `/api/goals/${goal.id}`, { title: 'First', version: goal.version })).statusCode).toBe(200);
    const stale = await send(lead, 'PATCH', `/api/goals/${goal.id}`, { title: 'Second', version: goal.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ id: goal.id, title: 'First', version: goal.version + 1 });
  });
});
