import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, calls } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { joinYear, makeCall, makeState, makeUser, makeYear, pair } from '../helpers/factories.ts';

let t: TestApp;
let yearId: string;
let coach: { email: string; id: string };
let otherCoach: { email: string; id: string };
let lead: { email: string; id: string };
let staff: { email: string; id: string };

beforeAll(async () => {
  t = await buildTestApp();
  const year = await makeYear(t.db);
  yearId = year.id;
  for (const code of ['AR', 'IA']) {
    await makeState(t.db, code);
    await joinYear(t.db, yearId, code);
  }
  coach = await makeUser(t.db, 'coach');
  otherCoach = await makeUser(t.db, 'coach');
  lead = await makeUser(t.db, 'state_lead', 'AR');
  staff = await makeUser(t.db, 'staff');
  await pair(t.db, yearId, 'AR', coach.id);
  await pair(t.db, yearId, 'IA', otherCoach.id);
});

const validCall = () => ({
  programYearId: yearId,
  stateCode: 'AR',
  kind: 'full_team',
  status: 'held',
  date: '2026-11-10',
  startTime: '14:00',
  durationMinutes: 60,
  attendees: ['Team lead', 'CTE director'],
  notes: 'Reviewed the draft plan.',
  coachNotes: 'Lead seems overstretched.',
  actionItems: [{ description: 'Send the employer list', owner: 'Team lead', dueOn: '2026-12-01' }],
});

describe('POST /api/calls', () => {
  it('lets the paired coach log a held call with action items, in one transaction with its audit row', async () => {
    const res = await t.call(await t.tokenFor(coach), 'POST', '/api/calls', validCall());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ stateCode: 'AR', status: 'held', coachId: coach.id, coachNotes: 'Lead seems overstretched.', version: 1 });
    expect(body.actionItems).toHaveLength(1);
    const audits = await t.db.select().from(auditLog);
    expect(audits.filter((a) => a.entityId === body.id)).toHaveLength(1);
  });

  it.each([
    ['a rating-like wrong type', { durationMinutes: '60' }, /durationMinutes/],
    ['an unknown field', { mood: 'good' }, /mood/],
    ['an impossible date', { date: '2026-02-30' }, /date/],
    ['a date after the program year', { date: '2027-09-02' }, /outside the program year/],
    ['a held call in the future', { date: '2026-12-20' }, /future/],
    ['an action item due after the year', { actionItems: [{ description: 'x', dueOn: '2028-01-01' }] }, /actionItems\.0\.dueOn/],
    ['a program year that does not exist', { programYearId: '00000000-0000-4000-8000-000000000000' }, /programYearId/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = (await t.db.select().from(calls)).length;
    const res = await t.call(await t.tokenFor(coach), 'POST', '/api/calls', { ...validCall(), ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.json().message).toMatch(message);
    expect((await t.db.select().from(calls)).length).toBe(before);
  });

  it('answers 404 when a coach logs a call for a state they are not paired with', async () => {
    const res = await t.call(await t.tokenFor(coach), 'POST', '/api/calls', { ...validCall(), stateCode: 'IA' });
    expect(res.statusCode).toBe(404);
  });

  it('answers 403 when a state lead tries to log a call for their own state', async () => {
    const res = await t.call(await t.tokenFor(lead), 'POST', '/api/calls', validCall());
    expect(res.statusCode).toBe(403);
  });

  it('refuses malformed JSON with a 400 in JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/calls',
      headers: { authorization: `Bearer ${await t.tokenFor(coach)}`, 'content-type': 'application/json' },
      payload: '{"stateCode": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().statusCode).toBe(400);
  });
});

describe('GET /api/calls', () => {
  it('lists only calls of paired states for a coach, and hides coach-only notes from state users', async () => {
    await makeCall(t.db, yearId, 'IA', { coachNotes: 'private IA' });
    await makeCall(t.db, yearId, 'AR', { coachNotes: 'private AR', date: '2026-10-02' });
    const asCoach = (await t.call(await t.tokenFor(coach), 'GET', `/api/calls?programYear=${yearId}`)).json();
    expect(asCoach.items.map((c: { stateCode: string }) => c.stateCode)).not.toContain('IA');
    expect(asCoach.items.some((c: { coachNotes?: string }) => c.coachNotes === 'private AR')).toBe(true);
    const asLead = await t.call(await t.tokenFor(lead), 'GET', '/api/calls');
    expect(asLead.statusCode).toBe(200);
    expect(asLead.json().items.every((c: { stateCode: string }) => c.stateCode === 'AR')).toBe(true);
    expect(asLead.body).not.toContain('private');
    expect(asLead.json().items.every((c: object) => !('coachNotes' in c))).toBe(true);
    const asStaff = (await t.call(await t.tokenFor(staff), 'GET', '/api/calls?state=IA')).json();
    expect(asStaff.total).toBe(1);
  });

  it('pages with limit and offset and reports the total', async () => {
    const res = (await t.call(await t.tokenFor(staff), 'GET', '/api/calls?limit=1&offset=1')).json();
    expect(res.items).toHaveLength(1);
    expect(res.total).toBeGreaterThanOrEqual(2);
  });

  it('reports the same total on a page past the end, and none for a filter that matches nothing', async () => {
    const token = await t.tokenFor(staff);
    const all = (await t.call(token, 'GET', '/api/calls?limit=1')).json();
    const past = (await t.call(token, 'GET', `/api/calls?limit=1&offset=${all.total + 5}`)).json();
    expect(past).toEqual({ items: [], total: all.total });
    expect((await t.call(token, 'GET', '/api/calls?state=ZZ')).json()).toEqual({ items: [], total: 0 });
  });

  it('answers 401 without a token and with a forged one', async () => {
    expect((await t.call(null, 'GET', '/api/calls')).statusCode).toBe(401);
    expect((await t.call('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.bad', 'GET', '/api/calls')).statusCode).toBe(401);
  });
});

describe('GET /api/calls past the last page', () => {
  // Values every filter can take at once, so that each combination of filters still finds calls.
  let wanted: Record<string, string>;
  let twoStateCoach: { email: string; id: string };

  beforeAll(async () => {
    twoStateCoach = await makeUser(t.db, 'coach');
    await pair(t.db, yearId, 'AR', twoStateCoach.id);
    await pair(t.db, yearId, 'IA', twoStateCoach.id);
    const lastYear = await makeYear(t.db, 2025);
    // Lower case on purpose: the state filter is matched in upper case on both paths.
    wanted = { programYear: yearId, state: 'ar', from: '2026-10-10', to: '2026-10-20', status: 'held', kind: 'planning', coach: twoStateCoach.id };
    const matching = { kind: 'planning', status: 'held', date: '2026-10-15', coachId: twoStateCoach.id } as const;
    await makeCall(t.db, yearId, 'AR', matching);
    await makeCall(t.db, yearId, 'AR', matching);
    // Each of these misses exactly one filter.
    await makeCall(t.db, lastYear.id, 'AR', matching);
    await makeCall(t.db, yearId, 'IA', matching);
    await makeCall(t.db, yearId, 'AR', { ...matching, date: '2026-10-05' });
    await makeCall(t.db, yearId, 'AR', { ...matching, date: '2026-10-25' });
    await makeCall(t.db, yearId, 'AR', { ...matching, status: 'scheduled' });
    await makeCall(t.db, yearId, 'AR', { ...matching, kind: 'full_team' });
    await makeCall(t.db, yearId, 'AR', { ...matching, coachId: otherCoach.id });
  });

  type Listed = { programYearId: string; stateCode: string; date: string; status: string; kind: string; coachId: string | null };
  const keeps: Record<string, (c: Listed, v: string) => boolean> = {
    programYear: (c, v) => c.programYearId === v,
    state: (c, v) => c.stateCode === v.toUpperCase(),
    from: (c, v) => c.date >= v,
    to: (c, v) => c.date <= v,
    status: (c, v) => c.status === v,
    kind: (c, v) => c.kind === v,
    coach: (c, v) => c.coachId === v,
  };
  const combinations = (keys: string[]): string[][] =>
    keys.length === 0 ? [[]] : combinations(keys.slice(1)).flatMap((rest) => [rest, [keys[0], ...rest]]);

  // The list counts its rows in its own prepared statement; a page past the end counts them in a second query.
  // Both must agree for every combination of filters, and for a coach (an array of states) as for staff.
  it.each([
    ['staff', () => staff],
    ['a coach of two states', () => twoStateCoach],
  ])('reports the same total as the first page for every combination of filters, as %s', async (_who, user) => {
    const token = await t.tokenFor(user());
    const wrong: unknown[] = [];
    for (const keys of combinations(Object.keys(keeps))) {
      const query = keys.map((k) => `${k}=${wanted[k]}`).join('&');
      const first = (await t.call(token, 'GET', `/api/calls?limit=500&${query}`)).json();
      const kept = first.items.every((c: Listed) => keys.every((k) => keeps[k](c, wanted[k])));
      const past = await t.call(token, 'GET', `/api/calls?limit=1&offset=${first.total + 3}&${query}`);
      const seen = { status: past.statusCode, body: past.json() };
      const expected = { status: 200, body: { items: [], total: first.items.length } };
      if (first.items.length === 0 || !kept || first.total !== first.items.length || JSON.stringify(seen) !== JSON.stringify(expected)) {
        wrong.push({ query, listed: first.items.length, firstTotal: first.total, kept, past: seen });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('counts nothing past the end for a coach paired with no state', async () => {
    const unpaired = await makeUser(t.db, 'coach');
    const res = await t.call(await t.tokenFor(unpaired), 'GET', '/api/calls?offset=5&state=AR');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [], total: 0 });
  });
});

describe('PATCH and DELETE /api/calls/:id', () => {
  it('updates with the version read and refuses a stale version with 412', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { status: 'scheduled', date: '2026-11-25' });
    const token = await t.tokenFor(coach);
    const ok = await t.call(token, 'PATCH', `/api/calls/${call.id}`, { agenda: 'Plan review', version: call.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ agenda: 'Plan review', version: call.version + 1 });
    const stale = await t.call(token, 'PATCH', `/api/calls/${call.id}`, { agenda: 'Other', version: call.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ statusCode: 412, error: 'Precondition Failed', current: { agenda: 'Plan review', version: call.version + 1 } });
  });

  it('hides another coach’s call behind 404 and lets the paired coach delete', async () => {
    const call = await makeCall(t.db, yearId, 'AR');
    expect((await t.call(await t.tokenFor(otherCoach), 'GET', `/api/calls/${call.id}`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(otherCoach), 'DELETE', `/api/calls/${call.id}`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(coach), 'DELETE', `/api/calls/${call.id}`)).statusCode).toBe(204);
    expect((await t.call(await t.tokenFor(coach), 'GET', `/api/calls/${call.id}`)).statusCode).toBe(404);
  });
});
