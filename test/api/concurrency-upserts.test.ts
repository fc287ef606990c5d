/**
 * The concurrency contract on the writes that are not plain PATCHes: a state's attendance (an upsert), an
 * assessment's responses (guarded by the assessment's version) and one's own account; and `If-Match: *`,
 * which asks to change the record as it is now.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentResponses, assessments, auditLog, calls, eventAttendance, users } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { type CastUser, makeAssessment, makeCast, makeInstrument } from '../helpers/factories-assessment.ts';
import { makeAttendance, makeEvent } from '../helpers/factories-engagement.ts';
import { makeCall, makeUser, makeYear } from '../helpers/factories.ts';

let t: TestApp;
let yearId: string;
let staff: CastUser, coach: CastUser, lead: CastUser, leadIA: CastUser;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  ({ staff, coach, lead, leadIA } = await makeCast(t.db, yearId));
});

async function send(user: CastUser, method: string, url: string, body?: object, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: method as 'GET',
    url,
    headers: { authorization: `Bearer ${await t.tokenFor(user)}`, ...headers },
    ...(body === undefined ? {} : { payload: body }),
  });
}

const auditsOf = async (id: string) => t.db.select().from(auditLog).where(eq(auditLog.entityId, id));
const attendanceRow = async (eventId: string) => (await t.db.select().from(eventAttendance).where(eq(eventAttendance.eventId, eventId)))[0];

describe('a state’s attendance at an event', () => {
  it('records the first answer without a version, and answers it with its ETag', async () => {
    const event = await makeEvent(t.db, yearId);
    const res = await send(coach, 'PUT', `/api/events/${event.id}/attendance/AR`, { status: 'attended', attendees: 4 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stateCode: 'AR', status: 'attended', attendees: 4, version: 1 });
    expect(res.headers.etag).toBe('"1"');
    const read = await send(coach, 'GET', `/api/events/${event.id}/attendance/AR`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.json()).toEqual(res.json());
  });

  it('answers 428 to a change of a recorded answer without a version, and keeps the answer', async () => {
    const event = await makeEvent(t.db, yearId);
    const row = await makeAttendance(t.db, event.id, 'AR', { status: 'attended', attendees: 3 });
    const res = await send(coach, 'PUT', `/api/events/${event.id}/attendance/AR`, { status: 'absent' });
    expect(res.statusCode).toBe(428);
    expect(res.json()).toMatchObject({ statusCode: 428, error: 'Precondition Required' });
    expect(await attendanceRow(event.id)).toMatchObject({ status: 'attended', attendees: 3, version: row.version });
    expect(await auditsOf(row.id)).toEqual([]);
  });

  it('lets one of two changes from the same version land; the other is 412 with the answer as it is now', async () => {
    const event = await makeEvent(t.db, yearId);
    const row = await makeAttendance(t.db, event.id, 'AR', { status: 'attended', attendees: 3 });
    const [byCoach, byStaff] = await Promise.all([
      send(coach, 'PUT', `/api/events/${event.id}/attendance/AR`, { status: 'attended', attendees: 5, version: row.version }),
      send(staff, 'PUT', `/api/events/${event.id}/attendance/AR`, { status: 'absent' }, { 'if-match': `"${row.version}"` }),
    ]);
    expect([byCoach.statusCode, byStaff.statusCode].sort()).toEqual([200, 412]);
    const [winner, loser] = byCoach.statusCode === 200 ? [byCoach, byStaff] : [byStaff, byCoach];
    expect(loser.json()).toMatchObject({ statusCode: 412, current: { stateCode: 'AR', status: winner.json().status, version: row.version + 1 } });
    expect(loser.headers.etag).toBe(`"${row.version + 1}"`);
    expect(await attendanceRow(event.id)).toMatchObject({ status: winner.json().status, version: row.version + 1 });
    expect(await auditsOf(row.id)).toHaveLength(1);
  });

  it('refuses a second first answer that lost the race to create the row (412), so neither overwrites the other', async () => {
    const event = await makeEvent(t.db, yearId);
    const answers = await Promise.all([
      send(coach, 'PUT', `/api/events/${event.id}/attendance/AR`, { status: 'attended', attendees: 2 }),
      send(staff, 'PUT', `/api/events/${event.id}/attendance/AR`, { status: 'excused' }),
    ]);
    const codes = answers.map((a) => a.statusCode).sort();
    // PGlite runs one request at a time: the second then finds the row and needs a version (428).
    expect([[200, 412], [200, 428]]).toContainEqual(codes);
    const winner = answers.find((a) => a.statusCode === 200);
    expect(await attendanceRow(event.id)).toMatchObject({ status: winner?.json().status, version: 1 });
  });

  it('answers 412 to a version of an answer someone has cleared, without recreating it', async () => {
    const event = await makeEvent(t.db, yearId);
    const row = await makeAttendance(t.db, event.id, 'AR');
    expect((await send(staff, 'DELETE', `/api/events/${event.id}/attendance/AR`)).statusCode).toBe(204);
    const res = await send(coach, 'PUT', `/api/events/${event.id}/attendance/AR`, { status: 'absent', version: row.version });
    expect(res.statusCode).toBe(412);
    expect(res.json()).not.toHaveProperty('current');
    expect(await attendanceRow(event.id)).toBeUndefined();
  });

  it('keeps scope first: a state lead elsewhere gets 404 for the answer and for a change of it', async () => {
    const event = await makeEvent(t.db, yearId);
    const row = await makeAttendance(t.db, event.id, 'AR');
    expect((await send(leadIA, 'GET', `/api/events/${event.id}/attendance/AR`)).statusCode).toBe(404);
    expect((await send(leadIA, 'PUT', `/api/events/${event.id}/attendance/AR`, { status: 'absent', version: row.version })).statusCode).toBe(404);
    expect((await send(lead, 'GET', `/api/events/${event.id}/attendance/AR`)).json()).toMatchObject({ version: row.version });
  });
});

describe('an assessment’s responses', () => {
  async function assessment() {
    const tool = await makeInstrument(t.db, { shape: [2] });
    const row = await makeAssessment(t.db, (await makeYear(t.db)).id, 'AR', tool.id);
    return { row, indicators: tool.indicators.map((i) => i.id) };
  }

  it('needs the assessment’s version (428 without), and moves it on with every save', async () => {
    const { row, indicators } = await assessment();
    const url = `/api/assessments/${row.id}/responses`;
    const blind = await send(lead, 'PUT', url, { responses: [{ indicatorId: indicators[0], rating: 3 }] });
    expect(blind.statusCode).toBe(428);
    expect(await t.db.select().from(assessmentResponses).where(eq(assessmentResponses.assessmentId, row.id))).toEqual([]);

    const read = await send(lead, 'GET', `/api/assessments/${row.id}`);
    const saved = await send(lead, 'PUT', url, { responses: [{ indicatorId: indicators[0], rating: 3 }] }, { 'if-match': read.headers.etag as string });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(row.version + 1);
    expect(saved.headers.etag).toBe(`"${row.version + 1}"`);
    const again = await send(lead, 'PUT', url, { responses: [{ indicatorId: indicators[1], rating: 2 }], version: row.version + 1 });
    expect(again.json().version).toBe(row.version + 2);
  });

  it('answers a stale save 412 with the assessment as it is now, and writes none of its ratings', async () => {
    const { row, indicators } = await assessment();
    const url = `/api/assessments/${row.id}/responses`;
    const [byLead, byCoach] = await Promise.all([
      send(lead, 'PUT', url, { responses: [{ indicatorId: indicators[0], rating: 4 }], version: row.version }),
      send(coach, 'PUT', url, { responses: [{ indicatorId: indicators[0], rating: 1 }, { indicatorId: indicators[1], rating: 1 }], version: row.version }),
    ]);
    expect([byLead.statusCode, byCoach.statusCode].sort()).toEqual([200, 412]);
    const [winner, loser] = byLead.statusCode === 200 ? [byLead, byCoach] : [byCoach, byLead];
    expect(loser.json().current).toMatchObject({ id: row.id, version: row.version + 1, responses: winner.json().responses });
    const stored = await t.db.select().from(assessmentResponses).where(eq(assessmentResponses.assessmentId, row.id));
    expect(stored).toHaveLength(winner.json().responses.length);
    expect((await t.db.select().from(assessments).where(eq(assessments.id, row.id)))[0].version).toBe(row.version + 1);
  });
});

describe('one’s own account', () => {
  it('reads with an ETag, needs the version to change (428), and answers a stale one 412 with the account now', async () => {
    const me = await makeUser(t.db, 'coach');
    const read = await send(me, 'GET', '/api/users/me');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: me.id, email: me.email });
    expect(read.headers.etag).toBe(`"${read.json().version}"`);

    expect((await send(me, 'PATCH', '/api/users/me', { name: 'Blind Write' })).statusCode).toBe(428);
    const ok = await send(me, 'PATCH', '/api/users/me', { name: 'Robin Coach' }, { 'if-match': read.headers.etag as string });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe(`"${read.json().version + 1}"`);
    const stale = await send(me, 'PATCH', '/api/users/me', { name: 'Lost Update' }, { 'if-match': read.headers.etag as string });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ id: me.id, name: 'Robin Coach', version: read.json().version + 1 });
    expect((await t.db.select().from(users).where(eq(users.id, me.id)))[0]).toMatchObject({ name: 'Robin Coach' });
  });
});

describe('If-Match: *', () => {
  it('changes the record as it is now, whatever its version', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30', agenda: 'First' });
    expect((await send(staff, 'PATCH', `/api/calls/${call.id}`, { agenda: 'Second', version: call.version })).statusCode).toBe(200);
    const res = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'Mine, over whatever is there' }, { 'if-match': '*' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ agenda: 'Mine, over whatever is there', version: call.version + 2 });
    expect(res.headers.etag).toBe(`"${call.version + 2}"`);
    expect(await auditsOf(call.id)).toHaveLength(2);
  });

  it('replaces a recorded attendance, and records a first one', async () => {
    const event = await makeEvent(t.db, yearId);
    await makeAttendance(t.db, event.id, 'AR', { status: 'attended', attendees: 3 });
    const replaced = await send(coach, 'PUT', `/api/events/${event.id}/attendance/AR`, { status: 'excused' }, { 'if-match': '*' });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({ status: 'excused', attendees: 0, version: 2 });
    const other = await makeEvent(t.db, yearId);
    expect((await send(coach, 'PUT', `/api/events/${other.id}/attendance/AR`, { status: 'excused' }, { 'if-match': ' * ' })).statusCode).toBe(200);
  });

  it('still lets a version in the body decide (the stricter of the two), and still answers 404 and 400 first', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30', agenda: 'Kept' });
    const stale = await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'x', version: call.version + 5 }, { 'if-match': '*' });
    expect(stale.statusCode).toBe(412);
    const iowa = await makeCall(t.db, yearId, 'IA', { status: 'scheduled', date: '2026-11-30' });
    expect((await send(coach, 'PATCH', `/api/calls/${iowa.id}`, { agenda: 'x' }, { 'if-match': '*' })).statusCode).toBe(404);
    expect((await send(coach, 'PATCH', `/api/calls/${call.id}`, { durationMinutes: 'long' }, { 'if-match': '*' })).statusCode).toBe(400);
    expect((await send(coach, 'PATCH', `/api/calls/${call.id}`, {}, { 'if-match': '*' })).statusCode).toBe(400);
    expect((await t.db.select().from(calls).where(eq(calls.id, call.id)))[0]).toMatchObject({ agenda: 'Kept', version: call.version });
  });

  it('is not a wildcard inside a list or beside a version: those stay malformed (412)', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-30' });
    for (const header of ['*, "1"', '"*"', 'W/*']) {
      expect((await send(coach, 'PATCH', `/api/calls/${call.id}`, { agenda: 'x' }, { 'if-match': header })).statusCode).toBe(412);
    }
  });
});
