import { getDate, getDay, getMonth } from 'date-fns';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, eventAttendance, events, pairings, participations, plans, programYears, teamMembers } from '../../db/schema/index.ts';
import { toDate } from '../../server/domain/dates.ts';
import { defaultTimeline } from '../../server/domain/timeline.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { makeAttendance, makeEvent } from '../helpers/factories-engagement.ts';
import { makeBareYear, makeTeamMember, rowCount } from '../helpers/factories-setup.ts';
import { joinYear, makeCall, makePlan, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';

type User = { id: string; email: string };
let t: TestApp;
let staff: User;
let coach: User;
let lead: User;
let member: User;
let leavingCoach: User;
let newCoach: User;
let year: { id: string; name: string };

/** The demo year's events (db/demo.ts): the kick-off, the regional meeting and the four quarterly webinars. */
const demoEvents = [
  { kind: 'kickoff', title: 'Kick-off meeting', date: '2026-08-24', startTime: '13:00' },
  { kind: 'webinar', title: 'Quarterly webinar 1', date: '2026-10-28', startTime: '14:00' },
  { kind: 'regional_meeting', title: 'First regional meeting', date: '2026-11-14', startTime: '09:00' },
  { kind: 'webinar', title: 'Quarterly webinar 2', date: '2027-01-27', startTime: '14:00' },
  { kind: 'webinar', title: 'Quarterly webinar 3', date: '2027-04-14', startTime: '14:00' },
  { kind: 'webinar', title: 'Quarterly webinar 4', date: '2027-07-14', startTime: '14:00' },
] as const;

beforeAll(async () => {
  t = await buildTestApp();
  for (const code of ['AR', 'IA', 'HI']) await makeState(t.db, code);
  year = await makeYear(t.db, 2026);
  await joinYear(t.db, year.id, 'AR');
  await joinYear(t.db, year.id, 'IA');
  await joinYear(t.db, year.id, 'HI', 'light_touch');
  staff = await makeUser(t.db, 'staff');
  coach = await makeUser(t.db, 'coach', null, 'Nan Dare');
  leavingCoach = await makeUser(t.db, 'coach', null, 'Left In January');
  newCoach = await makeUser(t.db, 'coach', null, 'Donna Barnett');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  member = await makeUser(t.db, 'state_member', 'AR');
  await pair(t.db, year.id, 'AR', coach.id);
  await pair(t.db, year.id, 'IA', leavingCoach.id, '2026-08-01', '2027-01-15');
  await pair(t.db, year.id, 'IA', newCoach.id, '2027-01-16');
  await makeTeamMember(t.db, year.id, 'AR', { name: 'Ada Lead', userId: lead.id, isLead: true, title: 'CTE director' });
  await makeTeamMember(t.db, year.id, 'AR', { name: 'Ben Member', email: 'ben@example.org' });
  await makeTeamMember(t.db, year.id, 'IA', { name: 'Cy Iowa', isLead: true });
  for (const e of demoEvents) {
    const row = await makeEvent(t.db, year.id, { ...e, durationMinutes: 90, location: 'Online', virtual: true });
    await makeAttendance(t.db, row.id, 'AR');
  }
  const { milestone } = await makePlan(t.db, year.id, 'AR');
  expect(milestone.status).toBe('not_started');
  await makeCall(t.db, year.id, 'AR');
});

const as = async (user: User, method: string, url: string, body?: unknown) => t.call(await t.tokenFor(user), method, url, body);
const previewUrl = (id: string) => `/api/program-years/${id}/rollover`;

describe('GET /api/program-years/:id/rollover (preview)', () => {
  it("puts the new year's kick-off, call window and webinars where the brief's timeline does, and writes nothing", async () => {
    const before = await rowCount(t.db, programYears);
    const res = await as(staff, 'GET', previewUrl(year.id));
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan.year).toEqual({ name: year.name.replace('2026–27', '2027–28'), startsOn: '2027-08-01', endsOn: '2028-08-31' });
    expect(await rowCount(t.db, programYears)).toBe(before);

    // Every window is the deck's timeline for a year starting in August 2027.
    const deck = defaultTimeline(2027).activities;
    const windows = (list: { kind: string; startsOn: string; endsOn: string; dueOn: string | null }[]) =>
      list.filter((a) => a.kind !== 'regional_meeting').map(({ kind, startsOn, endsOn, dueOn }) => ({ kind, startsOn, endsOn, dueOn }));
    expect(windows(plan.activities)).toEqual(windows(deck));
    const window = (kind: string) => plan.activities.find((a: { kind: string }) => a.kind === kind);
    expect([window('kickoff').startsOn, window('kickoff').endsOn]).toEqual(['2027-08-01', '2027-08-31']);
    expect([window('monthly_calls').startsOn, window('monthly_calls').endsOn]).toEqual(['2027-10-01', '2028-08-31']);
    expect([window('first_call').startsOn, window('first_call').endsOn]).toEqual(['2027-09-01', '2027-09-30']);
    // The regional meeting is one day: the second Saturday of November, like 14 November 2026.
    expect([window('regional_meeting').startsOn, window('regional_meeting').endsOn]).toEqual(['2027-11-13', '2027-11-13']);

    const eventOn = (title: string) => plan.events.find((e: { title: string }) => e.title === title);
    expect(eventOn('Kick-off meeting').date).toBe('2027-08-23');
    expect(eventOn('First regional meeting').date).toBe('2027-11-13');
    expect(plan.events.filter((e: { kind: string }) => e.kind === 'webinar').map((e: { date: string }) => e.date)).toEqual([
      '2027-10-27',
      '2028-01-26',
      '2028-04-12',
      '2028-07-12',
    ]);
    for (const e of plan.events) {
      // Same weekday as before, and late October, late January, mid-April and mid-July as the deck says.
      expect(getDay(toDate(e.date))).toBe(getDay(toDate(e.previousDate)));
      expect(getMonth(toDate(e.date))).toBe(getMonth(toDate(e.previousDate)));
    }
    const [oct, jan, apr, jul] = plan.events.filter((e: { kind: string }) => e.kind === 'webinar').map((e: { date: string }) => getDate(toDate(e.date)));
    expect([oct >= 21, jan >= 21, apr >= 8 && apr <= 21, jul >= 8 && jul <= 21]).toEqual([true, true, true, true]);
  });

  it('lists the states, the coaches in place at the year’s end, the teams, and the plans left behind', async () => {
    const plan = (await as(staff, 'GET', previewUrl(year.id))).json();
    expect(plan.participations).toEqual([
      { stateCode: 'AR', tier: 'intensive' },
      { stateCode: 'HI', tier: 'light_touch' },
      { stateCode: 'IA', tier: 'intensive' },
    ]);
    expect(plan.pairings).toEqual([
      { stateCode: 'AR', coachId: coach.id, coachName: 'Nan Dare', startsOn: '2027-08-01' },
      { stateCode: 'IA', coachId: newCoach.id, coachName: 'Donna Barnett', startsOn: '2027-08-01' },
    ]);
    expect(plan.teamMembers.map((m: { name: string }) => m.name)).toEqual(['Ada Lead', 'Ben Member', 'Cy Iowa']);
    expect(plan.plansLeftBehind).toBe(1);
  });

  it('is for staff only: 403 for other roles, 401 signed out, 404 for an unknown year', async () => {
    for (const user of [coach, lead, member]) {
      expect((await as(user, 'GET', previewUrl(year.id))).statusCode).toBe(403);
      expect((await as(user, 'POST', previewUrl(year.id), {})).statusCode).toBe(403);
    }
    expect((await t.call(null, 'GET', previewUrl(year.id))).statusCode).toBe(401);
    expect((await as(staff, 'GET', previewUrl('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
  });
});

describe('POST /api/program-years/:id/rollover', () => {
  let next: { id: string; name: string; startsOn: string; activities: { kind: string; startsOn: string }[] };

  it('creates the next year with its timeline, events, states, open-ended pairings and teams, and no plans', async () => {
    const res = await as(staff, 'POST', previewUrl(year.id), {});
    expect(res.statusCode).toBe(201);
    next = res.json();
    expect([next.startsOn, next.name]).toEqual(['2027-08-01', year.name.replace('2026–27', '2027–28')]);
    expect(next.activities.find((a) => a.kind === 'kickoff')?.startsOn).toBe('2027-08-01');

    const newPairings = await t.db.select().from(pairings).where(eq(pairings.programYearId, next.id));
    expect(newPairings.map((p) => [p.stateCode, p.coachId, p.startsOn, p.endsOn]).sort()).toEqual([
      ['AR', coach.id, '2027-08-01', null],
      ['IA', newCoach.id, '2027-08-01', null],
    ]);
    expect(await t.db.select().from(participations).where(eq(participations.programYearId, next.id))).toHaveLength(3);
    const members = await t.db.select().from(teamMembers).where(eq(teamMembers.programYearId, next.id));
    expect(members.find((m) => m.name === 'Ada Lead')).toMatchObject({ userId: lead.id, isLead: true, title: 'CTE director' });
    const newEvents = await t.db.select().from(events).where(eq(events.programYearId, next.id));
    expect(newEvents.map((e) => e.date).sort()).toEqual(['2027-08-23', '2027-10-27', '2027-11-13', '2028-01-26', '2028-04-12', '2028-07-12']);
    expect(newEvents.every((e) => e.startTime !== null && e.virtual)).toBe(true);
    for (const e of newEvents) expect(await t.db.select().from(eventAttendance).where(eq(eventAttendance.eventId, e.id))).toEqual([]);
    expect(await t.db.select().from(plans).where(eq(plans.programYearId, next.id))).toEqual([]);

    const audited = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'program_year'), eq(auditLog.entityId, next.id)));
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ action: 'create', actorId: staff.id });
  });

  it('leaves the previous year readable with its plan and records', async () => {
    const old = await as(lead, 'GET', `/api/program-years/${year.id}`);
    expect(old.statusCode).toBe(200);
    expect(old.json().activities.find((a: { kind: string }) => a.kind === 'kickoff').startsOn).toBe('2026-08-01');
    const plansRes = await as(lead, 'GET', `/api/plans?programYear=${year.id}`);
    expect(plansRes.statusCode).toBe(200);
    expect(plansRes.json().total).toBe(1);
    expect((await as(lead, 'GET', `/api/calls?programYear=${year.id}`)).json().total).toBe(1);
    expect((await as(coach, 'GET', `/api/program-years/${next.id}`)).statusCode).toBe(200);
  });

  it('answers 409 once the next year exists, by name or by dates, and writes nothing', async () => {
    const count = await rowCount(t.db, programYears);
    for (const method of ['GET', 'POST']) {
      const res = await as(staff, method, previewUrl(year.id), method === 'POST' ? {} : undefined);
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toMatch(/already exists/);
    }
    // Dates: a year of another name already covers 2031–32.
    const source = await makeBareYear(t.db, '2030-08-01', '2031-08-31', 'Pilot 2030–31');
    await makeBareYear(t.db, '2032-01-01', '2032-06-30', 'Spring institute');
    expect((await as(staff, 'POST', previewUrl(source.id), {})).statusCode).toBe(409);
    // Name: the same name on other dates.
    const renamed = await makeBareYear(t.db, '2034-08-01', '2035-08-31', 'Cohort 2034');
    await makeBareYear(t.db, '2040-08-01', '2041-08-31', 'Cohort 2035');
    expect((await as(staff, 'POST', previewUrl(renamed.id), {})).statusCode).toBe(409);
    expect(await rowCount(t.db, programYears)).toBe(count + 4);
    // A name of the staff's choosing avoids the clash.
    const custom = await as(staff, 'POST', previewUrl(renamed.id), { name: 'Cohort 2035 (second round)' });
    expect(custom.statusCode).toBe(201);
    expect(custom.json()).toMatchObject({ name: 'Cohort 2035 (second round)', startsOn: '2035-08-01', endsOn: '2036-08-31' });
  });

  it('refuses a body it does not know with 400', async () => {
    expect((await as(staff, 'POST', previewUrl(year.id), { copyPlans: true })).statusCode).toBe(400);
    expect((await as(staff, 'POST', previewUrl(year.id), { name: '' })).statusCode).toBe(400);
  });
});
