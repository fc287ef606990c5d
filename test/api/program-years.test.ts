import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, programYears, timelineActivities } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeCall, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';
import { makeBareYear, rowCount } from '../helpers/factories-setup.ts';

let t: TestApp;
let staff: { email: string; id: string };
let coach: { email: string; id: string };
let lead: { email: string; id: string };
let member: { email: string; id: string };
let yearId: string;

beforeAll(async () => {
  t = await buildTestApp();
  await makeState(t.db, 'AR');
  const year = await makeYear(t.db, 2026);
  yearId = year.id;
  await joinYear(t.db, yearId, 'AR');
  staff = await makeUser(t.db, 'staff');
  coach = await makeUser(t.db, 'coach');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  member = await makeUser(t.db, 'state_member', 'AR');
  await pair(t.db, yearId, 'AR', coach.id);
});

const as = (user: { email: string }) => t.tokenFor(user);
/** A year as staff read it now, as a client does before an edit. */
const yearRead = async (id: string) => (await t.call(await as(staff), 'GET', `/api/program-years/${id}`)).json();
const yearCount = () => rowCount(t.db, programYears);
const activityCount = () => rowCount(t.db, timelineActivities);

describe('GET /api/program-years', () => {
  it('lets every signed-in role read every year, newest first', async () => {
    const older = await makeBareYear(t.db, '2024-08-01', '2025-07-31');
    for (const user of [staff, coach, lead, member]) {
      const res = await t.call(await as(user), 'GET', '/api/program-years');
      expect(res.statusCode).toBe(200);
      const ids = res.json().items.map((y: { id: string }) => y.id);
      expect(ids.indexOf(yearId)).toBeLessThan(ids.indexOf(older.id));
      expect(res.json().total).toBe(ids.length);
    }
  });

  it('pages with limit and offset and filters by a date range', async () => {
    const paged = (await t.call(await as(lead), 'GET', '/api/program-years?limit=1&offset=1')).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBeGreaterThanOrEqual(2);
    const inRange = (await t.call(await as(lead), 'GET', '/api/program-years?from=2026-09-01&to=2026-09-30')).json();
    expect(inRange.items.map((y: { id: string }) => y.id)).toEqual([yearId]);
  });

  it('answers 401 without a token', async () => {
    expect((await t.call(null, 'GET', '/api/program-years')).statusCode).toBe(401);
  });
});

describe('GET /api/program-years/:id', () => {
  it('answers the year with its activities ordered by start day and position', async () => {
    const res = await t.call(await as(member), 'GET', `/api/program-years/${yearId}`);
    expect(res.statusCode).toBe(200);
    const activities = res.json().activities as { startsOn: string; position: number; kind: string }[];
    expect(activities).toHaveLength(10);
    expect(activities[0].kind).toBe('kickoff');
    const keys = activities.map((a) => `${a.startsOn}#${String(a.position).padStart(4, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await t.call(await as(staff), 'GET', '/api/program-years/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const bad = await t.call(await as(staff), 'GET', '/api/program-years/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/id/);
  });
});

describe('POST /api/program-years', () => {
  it("gives a year that starts on 1 August the kick-off deck's timeline, and audits it", async () => {
    const res = await t.call(await as(staff), 'POST', '/api/program-years', { name: '2027–28 cohort', startsOn: '2027-08-01', endsOn: '2028-08-31' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ name: '2027–28 cohort', startsOn: '2027-08-01', endsOn: '2028-08-31', version: 1 });
    expect(body.activities).toHaveLength(10);
    expect(body.activities.find((a: { kind: string }) => a.kind === 'site_visits')).toMatchObject({ requiredCount: 2, dueOn: '2028-07-31' });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(audits).toMatchObject([{ action: 'create', entity: 'program_year', actorId: staff.id }]);
  });

  it('takes the activities sent, and gives none to a year that does not start on 1 August', async () => {
    const sent = await t.call(await as(staff), 'POST', '/api/program-years', {
      name: 'Pilot with one activity',
      startsOn: '2028-01-01',
      endsOn: '2028-12-31',
      activities: [{ kind: 'kickoff', title: 'Kick-off', startsOn: '2028-01-10', endsOn: '2028-01-10' }],
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().activities).toMatchObject([{ kind: 'kickoff', requiredCount: 1, position: 0, dueOn: null }]);
    const bare = await t.call(await as(staff), 'POST', '/api/program-years', { name: 'Calendar pilot', startsOn: '2029-01-01', endsOn: '2029-12-31' });
    expect(bare.json().activities).toEqual([]);
  });

  const valid = { name: 'Refused year', startsOn: '2030-08-01', endsOn: '2031-08-31' };
  it.each([
    ['an end before the start', { endsOn: '2030-07-01' }, /endsOn/],
    ['an end on the start day', { endsOn: '2030-08-01' }, /endsOn/],
    ['an impossible date', { startsOn: '2030-02-30' }, /startsOn/],
    ['an unknown field', { cohort: 3 }, /cohort/],
    ['an empty name', { name: '' }, /name/],
    ["a year too short for the deck's timeline", { endsOn: '2031-07-31' }, /activities: .*2031-08-31/],
    ['an activity outside the year', { activities: [{ kind: 'other', title: 'x', startsOn: '2030-08-01', endsOn: '2031-09-30' }] }, /activities\.0\.endsOn: .*outside/],
    ['an activity that ends before it starts', { activities: [{ kind: 'other', title: 'x', startsOn: '2030-09-02', endsOn: '2030-09-01' }] }, /activities\.0\.endsOn/],
    ['a due day outside the year', { activities: [{ kind: 'plan', title: 'x', startsOn: '2030-09-01', endsOn: '2030-09-30', dueOn: '2032-01-01' }] }, /activities\.0\.dueOn/],
    ['a required count of zero', { activities: [{ kind: 'site_visits', title: 'x', startsOn: '2030-09-01', endsOn: '2030-09-30', requiredCount: 0 }] }, /requiredCount/],
    ['an unknown activity kind', { activities: [{ kind: 'party', title: 'x', startsOn: '2030-09-01', endsOn: '2030-09-30' }] }, /kind/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const [years, activities] = [await yearCount(), await activityCount()];
    const res = await t.call(await as(staff), 'POST', '/api/program-years', { ...valid, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await yearCount()).toBe(years);
    expect(await activityCount()).toBe(activities);
  });

  it('answers 409 for a name already taken', async () => {
    await makeBareYear(t.db, '2032-08-01', '2033-07-31', 'Taken name');
    const res = await t.call(await as(staff), 'POST', '/api/program-years', { ...valid, name: 'Taken name' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/name/);
  });

  it('answers 403 to coaches and state users and 401 to the anonymous', async () => {
    for (const user of [coach, lead, member]) {
      expect((await t.call(await as(user), 'POST', '/api/program-years', valid)).statusCode).toBe(403);
    }
    expect((await t.call(null, 'POST', '/api/program-years', valid)).statusCode).toBe(401);
  });
});

describe('PATCH /api/program-years/:id', () => {
  it('renames with the version read and refuses a stale version with 412', async () => {
    const year = await makeBareYear(t.db, '2034-08-01', '2035-07-31');
    const ok = await t.call(await as(staff), 'PATCH', `/api/program-years/${year.id}`, { name: 'Renamed year', version: year.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Renamed year', version: year.version + 1 });
    const stale = await t.call(await as(staff), 'PATCH', `/api/program-years/${year.id}`, { name: 'Other', version: year.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ name: 'Renamed year', version: year.version + 1 });
  });

  it('refuses to shrink the year past its activities, pairings or calls, and changes nothing', async () => {
    await makeCall(t.db, yearId, 'AR', { date: '2026-10-06' });
    const { version } = await yearRead(yearId);
    const res = await t.call(await as(staff), 'PATCH', `/api/program-years/${yearId}`, { endsOn: '2027-06-30', version });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^endsOn: 5 timeline activities of this year/);
    const later = await t.call(await as(staff), 'PATCH', `/api/program-years/${yearId}`, { startsOn: '2026-10-15', version });
    expect(later.statusCode).toBe(400);
    expect(later.json().message).toMatch(/^startsOn: 8 timeline activities, 1 pairing, 1 call of this year would fall outside 2026-10-15 to 2027-08-31/);
    const [year] = await t.db.select().from(programYears).where(eq(programYears.id, yearId));
    expect(year).toMatchObject({ startsOn: '2026-08-01', endsOn: '2027-08-31', version });
  });

  it('lets the year grow, and refuses an end before the start', async () => {
    const year = await makeBareYear(t.db, '2036-08-01', '2037-07-31');
    const grown = await t.call(await as(staff), 'PATCH', `/api/program-years/${year.id}`, { endsOn: '2037-08-31', version: year.version });
    expect(grown.statusCode).toBe(200);
    const reversed = await t.call(await as(staff), 'PATCH', `/api/program-years/${year.id}`, { startsOn: '2037-09-01', version: grown.json().version });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().message).toMatch(/endsOn/);
  });

  it('answers 403 to a coach, 404 for an unknown year and 400 for an empty body', async () => {
    const { version } = await yearRead(yearId);
    expect((await t.call(await as(coach), 'PATCH', `/api/program-years/${yearId}`, { name: 'Mine', version })).statusCode).toBe(403);
    expect((await t.call(await as(staff), 'PATCH', '/api/program-years/00000000-0000-4000-8000-000000000000', { name: 'x', version: 1 })).statusCode).toBe(404);
    // An empty body stays empty: a version alone would count as a property.
    expect((await t.call(await as(staff), 'PATCH', `/api/program-years/${yearId}`, {})).statusCode).toBe(400);
    expect(await yearRead(yearId)).toMatchObject({ version });
  });
});

describe('DELETE /api/program-years/:id', () => {
  it('answers 409 with a clear message while states take part in the year', async () => {
    const res = await t.call(await as(staff), 'DELETE', `/api/program-years/${yearId}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/1 participating state; remove its participations/);
    expect(await t.db.select().from(programYears).where(eq(programYears.id, yearId))).toHaveLength(1);
  });

  it('deletes a year nobody takes part in, with its timeline, for staff only', async () => {
    const created = (await t.call(await as(staff), 'POST', '/api/program-years', { name: 'Short-lived', startsOn: '2040-08-01', endsOn: '2041-08-31' })).json();
    expect((await t.call(await as(lead), 'DELETE', `/api/program-years/${created.id}`)).statusCode).toBe(403);
    expect((await t.call(await as(staff), 'DELETE', `/api/program-years/${created.id}`)).statusCode).toBe(204);
    expect((await t.call(await as(staff), 'GET', `/api/program-years/${created.id}`)).statusCode).toBe(404);
    expect(await t.db.select().from(timelineActivities).where(eq(timelineActivities.programYearId, created.id))).toHaveLength(0);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });
});

describe('timeline activities', () => {
  const activity = { kind: 'webinars', title: 'Extra webinar', startsOn: '2026-12-01', endsOn: '2026-12-01', dueOn: '2026-12-01' };

  it('lets staff add an activity at the end of the order, and audits it', async () => {
    const res = await t.call(await as(staff), 'POST', `/api/program-years/${yearId}/activities`, activity);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...activity, programYearId: yearId, position: 10, requiredCount: 1, version: 1 });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, res.json().id))).toHaveLength(1);
  });

  it.each([
    ['a start after the end', { startsOn: '2026-12-02' }, /^endsOn/],
    ['a start before the year', { startsOn: '2026-07-31' }, /^startsOn: .*outside the program year/],
    ['an end after the year', { endsOn: '2027-09-01' }, /^endsOn: .*outside/],
    ['a due day after the year', { dueOn: '2027-09-01' }, /^dueOn/],
    ['a required count of zero', { requiredCount: 0 }, /requiredCount/],
    ['a kind not in the list', { kind: 'retreat' }, /kind/],
  ])('refuses %s with a 400 naming the field', async (_name, change, message) => {
    const before = await activityCount();
    const res = await t.call(await as(staff), 'POST', `/api/program-years/${yearId}/activities`, { ...activity, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await activityCount()).toBe(before);
  });

  it('answers 404 for an unknown year and 403 to a coach', async () => {
    expect((await t.call(await as(staff), 'POST', '/api/program-years/00000000-0000-4000-8000-000000000000/activities', activity)).statusCode).toBe(404);
    expect((await t.call(await as(coach), 'POST', `/api/program-years/${yearId}/activities`, activity)).statusCode).toBe(403);
  });

  it('edits with the version read, keeps the window inside the year, and deletes', async () => {
    const created = (await t.call(await as(staff), 'POST', `/api/program-years/${yearId}/activities`, { ...activity, title: 'To edit' })).json();
    const url = `/api/timeline-activities/${created.id}`;
    const ok = await t.call(await as(staff), 'PATCH', url, { title: 'Edited', requiredCount: 3, dueOn: null, version: created.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Edited', requiredCount: 3, dueOn: null, version: created.version + 1 });
    const stale = await t.call(await as(staff), 'PATCH', url, { title: 'Stale', version: created.version });
    expect(stale.statusCode).toBe(412);
    // The 412 carries the activity as it is now, as its own GET answers it (to any signed-in role).
    expect(stale.json().current).toMatchObject({ id: created.id, title: 'Edited', version: created.version + 1 });
    expect((await t.call(await as(lead), 'GET', url)).json()).toMatchObject({ title: 'Edited' });
    const activityRead = async () => (await yearRead(yearId)).activities.find((a: { id: string }) => a.id === created.id);
    expect(await activityRead()).toMatchObject({ title: 'Edited', version: created.version + 1 });
    const { version } = ok.json();
    const outside = await t.call(await as(staff), 'PATCH', url, { endsOn: '2027-09-15', version });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().message).toMatch(/^endsOn/);
    const backwards = await t.call(await as(staff), 'PATCH', url, { startsOn: '2026-12-05', version });
    expect(backwards.statusCode).toBe(400);
    expect((await t.call(await as(lead), 'PATCH', url, { title: 'Mine', version })).statusCode).toBe(403);
    expect(await activityRead()).toMatchObject({ title: 'Edited', startsOn: activity.startsOn, endsOn: activity.endsOn, version });
    expect((await t.call(await as(coach), 'DELETE', url)).statusCode).toBe(403);
    expect((await t.call(await as(staff), 'DELETE', url)).statusCode).toBe(204);
    expect((await t.call(await as(staff), 'DELETE', url)).statusCode).toBe(404);
    expect((await t.call(await as(staff), 'PATCH', url, { title: 'Gone', version })).statusCode).toBe(404);
    expect((await t.call(null, 'DELETE', url)).statusCode).toBe(401);
  });
});

describe('OpenAPI document', () => {
  it('describes the setup routes with their tags', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const path of ['/api/program-years', '/api/program-years/{id}/activities', '/api/timeline-activities/{id}', '/api/states/{code}', '/api/users/me', '/api/pairings/{id}', '/api/team-members', '/api/participations/{id}']) {
      expect(paths).toContain(path);
    }
  });
});
