import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { makeActionItem } from '../helpers/factories-engagement.ts';
import { joinYear, makeCall, makeState, makeUser, makeVisit, makeYear, pair } from '../helpers/factories.ts';

/**
 * Follow-ups across calls and visits: the coach filter, the inclusive due range, "overdue" in each state's
 * own calendar, ticking an item done from the list, and the overdue count in the cross-state health signal.
 * The clock stands at 05:30 UTC on 24 November: still the 23rd in Chicago and Honolulu, the 24th in New York.
 */
type User = { id: string; email: string };
type Item = { id: string; stateCode: string; overdue: boolean; done: boolean; version: number; parentKind: string; parentDate: string | null };

let t: TestApp;
let yearId: string;
let staff: User;
let coach: User;
let otherCoach: User;
let leadNY: User;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp({ now: new Date('2026-11-24T05:30:00Z') });
  yearId = (await makeYear(t.db)).id;
  await makeState(t.db, 'NY', 'New York', 'America/New_York');
  await makeState(t.db, 'HI', 'Hawaii', 'Pacific/Honolulu');
  await makeState(t.db, 'IA', 'Iowa', 'America/Chicago');
  for (const code of ['NY', 'HI', 'IA']) await joinYear(t.db, yearId, code);
  staff = await makeUser(t.db, 'staff');
  coach = await makeUser(t.db, 'coach');
  otherCoach = await makeUser(t.db, 'coach');
  leadNY = await makeUser(t.db, 'state_lead', 'NY');
  await pair(t.db, yearId, 'NY', coach.id);
  await pair(t.db, yearId, 'HI', coach.id);
  await pair(t.db, yearId, 'IA', otherCoach.id);
  const call = (code: string, date: string) => makeCall(t.db, yearId, code, { date });
  const nyCall = await call('NY', '2026-10-06');
  const hiCall = await call('HI', '2026-10-07');
  const iaCall = await call('IA', '2026-10-08');
  const nyVisit = await makeVisit(t.db, yearId, 'NY', { startsOn: '2026-11-02', status: 'completed' });
  ids.nyDue23 = (await makeActionItem(t.db, 'NY', { callId: nyCall.id }, { dueOn: '2026-11-23', owner: 'NY lead' })).id;
  ids.hiDue23 = (await makeActionItem(t.db, 'HI', { callId: hiCall.id }, { dueOn: '2026-11-23', owner: 'HI lead' })).id;
  ids.nyVisitLate = (await makeActionItem(t.db, 'NY', { siteVisitId: nyVisit.id }, { dueOn: '2026-11-10', owner: 'Coach' })).id;
  ids.nyDecember = (await makeActionItem(t.db, 'NY', { callId: nyCall.id }, { dueOn: '2026-12-01' })).id;
  ids.iaLate1 = (await makeActionItem(t.db, 'IA', { callId: iaCall.id }, { dueOn: '2026-11-01' })).id;
  ids.iaLate2 = (await makeActionItem(t.db, 'IA', { callId: iaCall.id }, { dueOn: '2026-11-02' })).id;
});

const list = async (user: User, query = '') => {
  const res = await t.call(await t.tokenFor(user), 'GET', `/api/action-items${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Item[]; total: number };
};
const idsOf = (body: { items: Item[] }) => body.items.map((i) => i.id).sort();
const sorted = (...keys: string[]) => keys.map((k) => ids[k]).sort();

describe('GET /api/action-items as a follow-up list', () => {
  it('marks an item overdue by its state’s calendar, in the flag and in the filter', async () => {
    const all = await list(staff);
    const byId = new Map(all.items.map((i) => [i.id, i]));
    expect(byId.get(ids.nyDue23)?.overdue).toBe(true);
    expect(byId.get(ids.hiDue23)?.overdue).toBe(false);
    expect(idsOf(await list(staff, '?overdue=true'))).toEqual(sorted('nyDue23', 'nyVisitLate', 'iaLate1', 'iaLate2'));
    expect(idsOf(await list(staff, '?overdue=false'))).toEqual(sorted('hiDue23', 'nyDecember'));
  });

  it('gathers a coach’s items across the paired states, and staff can ask for one coach', async () => {
    expect(idsOf(await list(coach))).toEqual(sorted('nyDue23', 'hiDue23', 'nyVisitLate', 'nyDecember'));
    expect(idsOf(await list(staff, `?coach=${otherCoach.id}`))).toEqual(sorted('iaLate1', 'iaLate2'));
    expect(idsOf(await list(staff, `?coach=${coach.id}&state=HI`))).toEqual(sorted('hiDue23'));
    // A coach asking for another coach's items still sees only their own states: none of those.
    expect(await list(coach, `?coach=${otherCoach.id}`)).toEqual({ items: [], total: 0 });
  });

  it('keeps a state user to the own state', async () => {
    expect(idsOf(await list(leadNY))).toEqual(sorted('nyDue23', 'nyVisitLate', 'nyDecember'));
    expect(await list(leadNY, '?state=IA')).toEqual({ items: [], total: 0 });
  });

  it('takes a due range that includes both ends', async () => {
    expect(idsOf(await list(staff, '?dueFrom=2026-11-10&dueTo=2026-11-23'))).toEqual(sorted('nyDue23', 'hiDue23', 'nyVisitLate'));
    expect(idsOf(await list(staff, '?dueFrom=2026-12-01'))).toEqual(sorted('nyDecember'));
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/action-items?dueFrom=soon')).statusCode).toBe(400);
    expect((await t.call(await t.tokenFor(staff), 'GET', '/api/action-items?coach=nan')).statusCode).toBe(400);
  });

  it('ticks an item done from the list with the version it read, and refuses a stale one', async () => {
    const token = await t.tokenFor(coach);
    const [item] = (await list(coach, '?overdue=true&state=NY')).items.filter((i) => i.id === ids.nyVisitLate);
    const done = await t.call(token, 'PATCH', `/api/action-items/${item.id}`, { done: true, version: item.version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ done: true, overdue: false, version: item.version + 1, parentKind: 'site_visit', parentDate: '2026-11-02' });
    const stale = await t.call(token, 'PATCH', `/api/action-items/${item.id}`, { done: false, version: item.version });
    expect(stale.statusCode).toBe(412);
    expect(idsOf(await list(coach, '?done=true'))).toEqual(sorted('nyVisitLate'));
    await t.call(token, 'PATCH', `/api/action-items/${item.id}`, { done: false, version: item.version + 1 });
  });
});

describe('GET /api/progress with follow-ups', () => {
  it('counts overdue items per state and says so among the reasons', async () => {
    const res = await t.call(await t.tokenFor(staff), 'GET', `/api/progress?programYear=${yearId}`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().states as { stateCode: string; actionItems: { open: number; overdue: number }; reasons: string[] }[];
    const row = (code: string) => rows.find((r) => r.stateCode === code);
    expect(row('NY')?.actionItems).toEqual({ open: 3, overdue: 2 });
    expect(row('NY')?.reasons).toContain('2 action items overdue');
    expect(row('HI')?.actionItems).toEqual({ open: 1, overdue: 0 });
    expect(row('HI')?.reasons.some((r) => r.includes('action item'))).toBe(false);
    expect(row('IA')?.actionItems).toEqual({ open: 2, overdue: 2 });
  });
});
