import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, eventAttendance, events } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';
import { makeAttendance, makeEvent } from '../helpers/factories-engagement.ts';

type User = { email: string; id: string };
type EventBody = { id: string; attendance: { stateCode: string; status: string; attendees: number }[] };
let t: TestApp;
let yearId: string;
let otherYearId: string;
let coach: User;
let otherCoach: User;
let lead: User;
let member: User;
let staff: User;
let kickoff: { id: string };
let regional: { id: string };
let webinar: { id: string };
let nextYearKickoff: { id: string };

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  otherYearId = (await makeYear(t.db, 2027)).id;
  for (const code of ['AR', 'IA', 'NE']) await makeState(t.db, code);
  for (const code of ['AR', 'IA']) await joinYear(t.db, yearId, code);
  coach = await makeUser(t.db, 'coach');
  otherCoach = await makeUser(t.db, 'coach');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  member = await makeUser(t.db, 'state_member', 'AR');
  staff = await makeUser(t.db, 'staff');
  await pair(t.db, yearId, 'AR', coach.id);
  await pair(t.db, yearId, 'IA', otherCoach.id);
  webinar = await makeEvent(t.db, yearId, { kind: 'webinar', title: 'Winter webinar', date: '2027-01-28', virtual: true, location: '' });
  regional = await makeEvent(t.db, yearId);
  kickoff = await makeEvent(t.db, yearId, { kind: 'kickoff', title: 'Kick-off', date: '2026-08-20', virtual: true });
  nextYearKickoff = await makeEvent(t.db, otherYearId, { kind: 'kickoff', title: 'Kick-off', date: '2027-08-19' });
  await makeAttendance(t.db, kickoff.id, 'AR', { attendees: 4 });
  await makeAttendance(t.db, kickoff.id, 'IA', { attendees: 2 });
  await makeAttendance(t.db, regional.id, 'IA', { status: 'absent', attendees: 0 });
});

const validEvent = () => ({
  programYearId: yearId,
  kind: 'webinar',
  title: 'Spring webinar',
  date: '2027-04-15',
  startTime: '13:00',
  durationMinutes: 90,
  virtual: true,
  description: 'Employer engagement',
});
const eventCount = async () => (await t.db.select().from(events)).length;
const auditsOf = async (id: string) => (await t.db.select().from(auditLog)).filter((a) => a.entityId === id);

describe('GET /api/events', () => {
  it('answers every signed-in role, in date order, with attendance of the states each can see', async () => {
    const seen: Record<string, string[]> = {};
    for (const [name, user] of Object.entries({ staff, coach, otherCoach, lead, member })) {
      const res = await t.call(await t.tokenFor(user), 'GET', `/api/events?programYear=${yearId}`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: EventBody[]; total: number };
      expect(body.items.map((e) => e.id)).toEqual([kickoff.id, regional.id, webinar.id]);
      expect(body.total).toBe(3);
      seen[name] = body.items.flatMap((e) => e.attendance.map((a) => `${e.id === kickoff.id ? 'kickoff' : 'regional'}:${a.stateCode}`));
    }
    expect(seen).toEqual({
      staff: ['kickoff:AR', 'kickoff:IA', 'regional:IA'],
      coach: ['kickoff:AR'],
      otherCoach: ['kickoff:IA', 'regional:IA'],
      lead: ['kickoff:AR'],
      member: ['kickoff:AR'],
    });
  });

  it('filters by kind and date range, and pages', async () => {
    const token = await t.tokenFor(lead);
    const kickoffs = (await t.call(token, 'GET', '/api/events?kind=kickoff')).json();
    expect(kickoffs.items.map((e: EventBody) => e.id)).toEqual([kickoff.id, nextYearKickoff.id]);
    const autumn = (await t.call(token, 'GET', '/api/events?from=2026-09-01&to=2026-12-31')).json();
    expect(autumn.items.map((e: EventBody) => e.id)).toEqual([regional.id]);
    const paged = (await t.call(token, 'GET', '/api/events?limit=1&offset=1')).json();
    expect(paged.items.map((e: EventBody) => e.id)).toEqual([regional.id]);
    expect(paged.total).toBe(4);
    const first = (await t.call(token, 'GET', `/api/events/${kickoff.id}`)).json();
    expect(first.attendance).toMatchObject([{ stateCode: 'AR', stateName: 'State AR', status: 'attended', attendees: 4, eventId: kickoff.id }]);
  });

  it('refuses an unknown kind with 400 and answers 401 without a token', async () => {
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/events?kind=party')).statusCode).toBe(400);
    expect((await t.call(null, 'GET', '/api/events')).statusCode).toBe(401);
    expect((await t.call(null, 'GET', `/api/events/${kickoff.id}`)).statusCode).toBe(401);
  });

  it('answers 404 for an unknown event', async () => {
    expect((await t.call(await t.tokenFor(member), 'GET', '/api/events/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('POST /api/events', () => {
  it('lets staff add an event, with an audit row', async () => {
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/events', validEvent());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'webinar', date: '2027-04-15', startTime: '13:00:00', durationMinutes: 90, virtual: true, attendance: [], version: 1 });
    expect(await auditsOf(res.json().id)).toMatchObject([{ action: 'create', entity: 'event', stateCode: null }]);
    await t.db.delete(events).where(eq(events.id, res.json().id));
  });

  it.each([
    ['a date outside the program year', { date: '2027-09-01' }, /^date: 2027-09-01 is outside the program year/],
    ['an unknown kind', { kind: 'party' }, /kind/],
    ['an empty title', { title: '' }, /title/],
    ['a zero duration', { durationMinutes: 0 }, /durationMinutes/],
    ['a malformed start time', { startTime: '25:00' }, /startTime/],
    ['a program year that does not exist', { programYearId: '00000000-0000-4000-8000-000000000000' }, /^programYearId/],
    ['a state (events belong to the year)', { stateCode: 'AR' }, /stateCode/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await eventCount();
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/events', { ...validEvent(), ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await eventCount()).toBe(before);
  });

  it('answers 403 to coaches and state users and 401 anonymous', async () => {
    const before = await eventCount();
    for (const user of [coach, lead, member]) expect((await t.call(await t.tokenFor(user), 'POST', '/api/events', validEvent())).statusCode).toBe(403);
    expect((await t.call(null, 'POST', '/api/events', validEvent())).statusCode).toBe(401);
    expect(await eventCount()).toBe(before);
  });
});

describe('PATCH and DELETE /api/events/:id', () => {
  it('lets staff edit with the version read; a stale version answers 412', async () => {
    const event = await makeEvent(t.db, yearId, { date: '2027-03-10' });
    const token = await t.tokenFor(staff);
    const ok = await t.call(token, 'PATCH', `/api/events/${event.id}`, { title: 'Second regional meeting', location: 'Denver', version: event.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Second regional meeting', location: 'Denver', version: event.version + 1 });
    const stale = await t.call(token, 'PATCH', `/api/events/${event.id}`, { title: 'Other', version: event.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ title: 'Second regional meeting', version: event.version + 1 });
    const outside = await t.call(token, 'PATCH', `/api/events/${event.id}`, { date: '2026-07-30', version: ok.json().version });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().message).toMatch(/^date: 2026-07-30 is outside/);
    expect((await t.db.select().from(events).where(eq(events.id, event.id)))[0]).toMatchObject({ version: event.version + 1, date: '2027-03-10' });
  });

  it('answers 403 to others than staff, 404 for an unknown event', async () => {
    const event = await makeEvent(t.db, yearId);
    for (const user of [coach, lead, member]) {
      expect((await t.call(await t.tokenFor(user), 'PATCH', `/api/events/${event.id}`, { title: 'x', version: event.version })).statusCode).toBe(403);
      expect((await t.call(await t.tokenFor(user), 'DELETE', `/api/events/${event.id}`)).statusCode).toBe(403);
    }
    expect((await t.call(await t.tokenFor(staff), 'PATCH', '/api/events/00000000-0000-4000-8000-000000000000', { title: 'x', version: 1 })).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(staff), 'DELETE', '/api/events/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('lets staff delete an event with its attendance, with an audit row', async () => {
    const event = await makeEvent(t.db, yearId);
    await makeAttendance(t.db, event.id, 'AR');
    expect((await t.call(await t.tokenFor(staff), 'DELETE', `/api/events/${event.id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(eventAttendance).where(eq(eventAttendance.eventId, event.id))).toEqual([]);
    expect(await auditsOf(event.id)).toMatchObject([{ action: 'delete', entity: 'event' }]);
  });
});

describe('PUT /api/events/:id/attendance/:stateCode', () => {
  const attendanceOf = async (eventId: string, stateCode: string) =>
    (await t.db.select().from(eventAttendance).where(and(eq(eventAttendance.eventId, eventId), eq(eventAttendance.stateCode, stateCode))))[0];

  it('lets the paired coach record attendance and replace it, each with an audit row', async () => {
    const event = await makeEvent(t.db, yearId);
    const token = await t.tokenFor(coach);
    const first = await t.call(token, 'PUT', `/api/events/${event.id}/attendance/ar`, { status: 'attended', attendees: 5 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ eventId: event.id, stateCode: 'AR', status: 'attended', attendees: 5 });
    const second = await t.call(token, 'PUT', `/api/events/${event.id}/attendance/AR`, { status: 'absent', version: first.json().version });
    expect(second.json()).toMatchObject({ status: 'absent', attendees: 0 });
    const row = await attendanceOf(event.id, 'AR');
    expect(row).toMatchObject({ status: 'absent', attendees: 0, version: 2 });
    expect((await auditsOf(row.id)).map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('lets staff record any state, and accepts an apology before the event', async () => {
    const res = await t.call(await t.tokenFor(staff), 'PUT', `/api/events/${webinar.id}/attendance/IA`, { status: 'excused' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stateCode: 'IA', status: 'excused' });
  });

  it.each([
    ['attendance at an event still to come', () => webinar.id, 'AR', { status: 'attended', attendees: 3 }, /^status: the event is on 2027-01-28/],
    ['attendees for an absent state', () => regional.id, 'AR', { status: 'absent', attendees: 3 }, /^attendees: a state that is absent/],
    ['a negative count', () => regional.id, 'AR', { status: 'attended', attendees: -1 }, /attendees/],
    ['an unknown status', () => regional.id, 'AR', { status: 'late' }, /status/],
    ['a state that does not take part in the year', () => regional.id, 'NE', { status: 'attended' }, /^stateCode: NE does not take part/],
    ['a malformed state code', () => regional.id, 'A1', { status: 'attended' }, /stateCode/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, eventId, state, body, message) => {
    const res = await t.call(await t.tokenFor(staff), 'PUT', `/api/events/${eventId()}/attendance/${state}`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await attendanceOf(eventId(), state)).toBeUndefined();
  });

  it('answers 404 for another coach’s state or an unknown event, 403 to state users on their own state, 401 anonymous', async () => {
    const body = { status: 'attended', attendees: 2 };
    expect((await t.call(await t.tokenFor(coach), 'PUT', `/api/events/${regional.id}/attendance/IA`, body)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(coach), 'PUT', `/api/events/00000000-0000-4000-8000-000000000000/attendance/AR`, body)).statusCode).toBe(404);
    for (const user of [lead, member]) {
      expect((await t.call(await t.tokenFor(user), 'PUT', `/api/events/${regional.id}/attendance/AR`, body)).statusCode).toBe(403);
      expect((await t.call(await t.tokenFor(user), 'PUT', `/api/events/${regional.id}/attendance/IA`, body)).statusCode).toBe(404);
    }
    expect((await t.call(null, 'PUT', `/api/events/${regional.id}/attendance/AR`, body)).statusCode).toBe(401);
    expect(await attendanceOf(regional.id, 'AR')).toBeUndefined();
    expect((await attendanceOf(regional.id, 'IA')).status).toBe('absent');
  });
});

describe('DELETE /api/events/:id/attendance/:stateCode', () => {
  it('lets the paired coach remove their state’s record, with an audit row; others get 404 or 403', async () => {
    const event = await makeEvent(t.db, yearId);
    const row = await makeAttendance(t.db, event.id, 'AR');
    const url = `/api/events/${event.id}/attendance/AR`;
    expect((await t.call(await t.tokenFor(otherCoach), 'DELETE', url)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(lead), 'DELETE', url)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(member), 'DELETE', url)).statusCode).toBe(403);
    expect((await t.call(null, 'DELETE', url)).statusCode).toBe(401);
    expect((await t.call(await t.tokenFor(coach), 'DELETE', url)).statusCode).toBe(204);
    expect(await t.db.select().from(eventAttendance).where(eq(eventAttendance.id, row.id))).toEqual([]);
    expect(await auditsOf(row.id)).toMatchObject([{ action: 'delete', entity: 'event_attendance', stateCode: 'AR' }]);
    expect((await t.call(await t.tokenFor(coach), 'DELETE', url)).statusCode).toBe(404);
  });
});
