import ICAL from 'ical.js';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, calendarFeeds, users } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { makeEvent } from '../helpers/factories-engagement.ts';
import { joinYear, makeCall, makePlan, makeState, makeUser, makeVisit, makeYear, pair } from '../helpers/factories.ts';

type User = { id: string; email: string };
let t: TestApp;
let coach: User;
let otherCoach: User;
let lead: User;
let staff: User;
const ids: Record<string, string> = {};
/** The test app's PUBLIC_URL (buildApp's default): links point there, never at the Host header. */
const ORIGIN = 'http://localhost';

beforeAll(async () => {
  t = await buildTestApp();
  const year = await makeYear(t.db);
  await makeState(t.db, 'AR', 'Arkansas', 'America/Chicago');
  await makeState(t.db, 'IA', 'Iowa', 'America/Chicago');
  for (const code of ['AR', 'IA']) await joinYear(t.db, year.id, code);
  coach = await makeUser(t.db, 'coach', null, 'Nan Dare');
  otherCoach = await makeUser(t.db, 'coach');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  staff = await makeUser(t.db, 'staff');
  await pair(t.db, year.id, 'AR', coach.id);
  await pair(t.db, year.id, 'IA', otherCoach.id);
  // A 10:00 Chicago call on each side of the 1 November 2026 change from CDT (UTC-5) to CST (UTC-6).
  ids.beforeDst = (await makeCall(t.db, year.id, 'AR', { date: '2026-10-30', startTime: '10:00', durationMinutes: 60, coachId: coach.id, agenda: 'Plan review; goals, milestones', coachNotes: 'PRIVATE-OBSERVATION' })).id;
  ids.afterDst = (await makeCall(t.db, year.id, 'AR', { date: '2026-11-06', startTime: '10:00', durationMinutes: 45, status: 'scheduled', kind: 'planning' })).id;
  ids.cancelled = (await makeCall(t.db, year.id, 'AR', { date: '2026-12-02', startTime: '09:00', status: 'cancelled' })).id;
  ids.untimed = (await makeCall(t.db, year.id, 'AR', { date: '2026-12-09', status: 'scheduled' })).id;
  ids.iowaCall = (await makeCall(t.db, year.id, 'IA', { date: '2026-11-10', startTime: '14:00' })).id;
  ids.visit = (await makeVisit(t.db, year.id, 'AR', { startsOn: '2026-12-08', endsOn: '2026-12-09', location: 'Little Rock, AR' })).id;
  ids.undatedVisit = (await makeVisit(t.db, year.id, 'AR', { number: 2, status: 'proposed', startsOn: null })).id;
  ids.iowaVisit = (await makeVisit(t.db, year.id, 'IA', { startsOn: '2027-02-03' })).id;
  ids.webinar = (await makeEvent(t.db, year.id, { kind: 'webinar', title: 'Fall webinar', date: '2026-10-28', startTime: '13:00', durationMinutes: 60, virtual: true, location: '' })).id;
  ids.milestone = (await makePlan(t.db, year.id, 'AR')).milestone.id;
  ids.iowaMilestone = (await makePlan(t.db, year.id, 'IA')).milestone.id;
});

const as = async (user: User, method: string, url: string) => t.call(await t.tokenFor(user), method, url);
const createFeed = async (user: User) => {
  const res = await as(user, 'POST', '/api/calendar-feed');
  expect(res.statusCode).toBe(201);
  return res.json() as { url: string; createdAt: string; active: true };
};
const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: new URL(url).pathname });

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }));
}
const byUid = (entries: ReturnType<typeof parse>, kind: string, id: string) => entries.find((e) => e.event.uid === `${kind}-${id}@coaching-tracker`);

describe('POST /api/calendar-feed and GET /api/calendar/:token.ics', () => {
  it('starts without a feed, then answers a private URL once and serves text/calendar from it', async () => {
    expect((await as(coach, 'GET', '/api/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    const feed = await createFeed(coach);
    expect(feed.url).toMatch(/^http:\/\/localhost(:\d+)?\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const status = (await as(coach, 'GET', '/api/calendar-feed')).json();
    expect(status).toEqual({ active: true, createdAt: feed.createdAt });
    expect(JSON.stringify(status)).not.toContain(new URL(feed.url).pathname.split('/').pop()!.replace('.ics', ''));

    const res = await fetchFeed(feed.url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(String(res.headers['cache-control'])).toMatch(/^private/);
  });

  it('keeps only a hash of the token, and audits the creation', async () => {
    const feed = await createFeed(lead);
    const token = new URL(feed.url).pathname.replace('/api/calendar/', '').replace('.ics', '');
    const rows = await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, lead.id));
    expect(rows.some((row) => row.tokenHash === token)).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.tokenHash))).toBe(true);
    const audited = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'calendar_feed'), eq(auditLog.actorId, lead.id)));
    expect(audited.map((a) => a.action)).toContain('create');
    expect(JSON.stringify(audited)).not.toContain(rows[0].tokenHash);
  });

  it("puts the coach's calls at the right instants on each side of the DST change, read back by ical.js", async () => {
    const entries = parse((await fetchFeed((await createFeed(coach)).url)).body);
    const before = byUid(entries, 'call', ids.beforeDst)!.event;
    const after = byUid(entries, 'call', ids.afterDst)!.event;
    expect(before.startDate.toJSDate().toISOString()).toBe('2026-10-30T15:00:00.000Z');
    expect(before.endDate.toJSDate().toISOString()).toBe('2026-10-30T16:00:00.000Z');
    expect(after.startDate.toJSDate().toISOString()).toBe('2026-11-06T16:00:00.000Z');
    expect(after.endDate.toJSDate().toISOString()).toBe('2026-11-06T16:45:00.000Z');
    expect(before.summary).toBe('Full-team call — Arkansas');
    expect(before.description).toContain('Plan review; goals, milestones');
    expect(before.description).toContain(`/calls/${ids.beforeDst}`);
    expect(byUid(entries, 'call', ids.beforeDst)!.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/calls/${ids.beforeDst}`);
  });

  it('writes untimed calls, visits and milestone due dates as all-day entries, and cancelled calls as cancelled', async () => {
    const entries = parse((await fetchFeed((await createFeed(coach)).url)).body);
    const untimed = byUid(entries, 'call', ids.untimed)!.event;
    expect(untimed.startDate.isDate).toBe(true);
    expect(untimed.startDate.toString()).toBe('2026-12-09');
    const visit = byUid(entries, 'site-visit', ids.visit)!.event;
    expect([visit.startDate.toString(), visit.endDate.toString(), visit.location]).toEqual(['2026-12-08', '2026-12-10', 'Little Rock, AR']);
    const milestone = byUid(entries, 'milestone', ids.milestone)!;
    expect(milestone.event.startDate.toString()).toBe('2026-12-15');
    expect(milestone.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/states/AR`);
    const cancelled = byUid(entries, 'call', ids.cancelled)!;
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.summary).toMatch(/^Cancelled: /);
    const webinar = byUid(entries, 'event', ids.webinar)!.event;
    expect(webinar.startDate.toJSDate().toISOString()).toBe('2026-10-28T18:00:00.000Z');
    expect(byUid(entries, 'site-visit', ids.undatedVisit)).toBeUndefined();
  });

  it("holds none of another coach's states, and never a coach-only note", async () => {
    const text = (await fetchFeed((await createFeed(coach)).url)).body;
    const entries = parse(text);
    for (const id of [ids.iowaCall, ids.iowaVisit, ids.iowaMilestone]) expect(text).not.toContain(id);
    expect(entries.every((e) => !e.event.summary.includes('Iowa'))).toBe(true);
    const leadText = (await fetchFeed((await createFeed(lead)).url)).body;
    expect(leadText).toContain(ids.beforeDst);
    expect(leadText).not.toContain(ids.iowaCall);
    expect(text + leadText).not.toContain('PRIVATE-OBSERVATION');
    const staffText = (await fetchFeed((await createFeed(staff)).url)).body;
    for (const id of [ids.iowaCall, ids.iowaVisit, ids.iowaMilestone, ids.beforeDst]) expect(staffText).toContain(id);
    expect(staffText).toContain(`/admin/events/${ids.webinar}`);
  });

  it('keeps UIDs stable across rotations, and rotating disables the old URL at once', async () => {
    const first = await createFeed(otherCoach);
    const firstUids = parse((await fetchFeed(first.url)).body).map((e) => e.event.uid);
    const second = await createFeed(otherCoach);
    expect(second.url).not.toBe(first.url);
    expect((await fetchFeed(first.url)).statusCode).toBe(404);
    const res = await fetchFeed(second.url);
    expect(res.statusCode).toBe(200);
    expect(parse(res.body).map((e) => e.event.uid)).toEqual(firstUids);
    const live = await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, otherCoach.id));
    expect(live.filter((row) => row.revokedAt === null)).toHaveLength(1);
  });
});

describe('DELETE /api/calendar-feed', () => {
  it('revokes the feed: its URL answers 404, and a second revoke finds nothing', async () => {
    const feed = await createFeed(staff);
    expect((await as(staff, 'DELETE', '/api/calendar-feed')).statusCode).toBe(204);
    const gone = await fetchFeed(feed.url);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect((await as(staff, 'GET', '/api/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    expect((await as(staff, 'DELETE', '/api/calendar-feed')).statusCode).toBe(404);
  });

  it('answers 404 for an unknown token and 400 for a malformed one, and stops serving a deactivated user', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/calendar/${'A'.repeat(43)}.ics` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/%27%20or%201=1.ics' })).statusCode).toBe(400);
    const leaver = await makeUser(t.db, 'coach');
    const feed = await createFeed(leaver);
    await t.db.update(users).set({ active: false }).where(eq(users.id, leaver.id));
    expect((await fetchFeed(feed.url)).statusCode).toBe(404);
  });

  it('needs a signed-in user', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) expect((await t.call(null, method, '/api/calendar-feed')).statusCode).toBe(401);
  });
});

describe('GET /api/calls/:id.ics and /api/site-visits/:id.ics', () => {
  it('downloads one call as a file for those who can read it, and 404 outside their states', async () => {
    const res = await as(lead, 'GET', `/api/calls/${ids.afterDst}.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="call-${ids.afterDst}.ics"`);
    const [entry] = parse(res.body);
    expect(entry.event.startDate.toJSDate().toISOString()).toBe('2026-11-06T16:00:00.000Z');
    expect(entry.event.summary).toBe('Planning call — Arkansas');
    expect((await as(otherCoach, 'GET', `/api/calls/${ids.afterDst}.ics`)).statusCode).toBe(404);
    expect((await as(coach, 'GET', `/api/calls/${ids.iowaCall}.ics`)).statusCode).toBe(404);
    expect((await t.call(null, 'GET', `/api/calls/${ids.afterDst}.ics`)).statusCode).toBe(401);
  });

  it('downloads a dated visit, refuses an undated one with 409, and hides other states with 404', async () => {
    const res = await as(coach, 'GET', `/api/site-visits/${ids.visit}.ics`);
    expect(res.statusCode).toBe(200);
    const [entry] = parse(res.body);
    expect(entry.event.startDate.toString()).toBe('2026-12-08');
    expect(entry.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/site-visits/${ids.visit}`);
    expect((await as(coach, 'GET', `/api/site-visits/${ids.undatedVisit}.ics`)).statusCode).toBe(409);
    expect((await as(coach, 'GET', `/api/site-visits/${ids.iowaVisit}.ics`)).statusCode).toBe(404);
    expect((await as(staff, 'GET', `/api/site-visits/${ids.iowaVisit}.ics`)).statusCode).toBe(200);
  });
});
