import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentResponses, assessments, auditLog } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { type BuiltInstrument, type CastUser, MISSING_ID, makeAssessment, makeCast, makeInstrument, rate } from '../helpers/factories-assessment.ts';
import { rowCount } from '../helpers/factories-setup.ts';
import { joinYear, makeState, makeYear, pair } from '../helpers/factories.ts';

let t: TestApp;
let yearId: string;
type User = CastUser;
let staff: User, coach: User, otherCoach: User, lead: User, member: User, leadIA: User;
let tool: BuiltInstrument;
let otherTool: BuiltInstrument;
/** The AR baseline the tests below rate, complete and compare. */
let baselineId: string;

const DEFAULT_NAME = 'Career Pathways Readiness Assessment';

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  ({ staff, coach, otherCoach, lead, member, leadIA } = await makeCast(t.db, yearId));
  await makeState(t.db, 'NE');
  await makeState(t.db, 'MI');
  await joinYear(t.db, yearId, 'MI');
  await pair(t.db, yearId, 'MI', coach.id);
  // Domain 1 has two indicators, domain 2 one.
  tool = await makeInstrument(t.db, { shape: [2, 1] });
  otherTool = await makeInstrument(t.db, { shape: [1] });
});

const start = (change: Record<string, unknown> = {}) => ({
  programYearId: yearId,
  stateCode: 'AR',
  kind: 'baseline',
  instrumentId: tool.id,
  startedOn: '2026-09-15',
  ...change,
});

/** Saves responses from the assessment's version as it is now (each save moves it on). */
const put = async (user: User, id: string, responses: unknown[]) => {
  const [row] = await t.db.select({ version: assessments.version }).from(assessments).where(eq(assessments.id, id));
  return t.call(await t.tokenFor(user), 'PUT', `/api/assessments/${id}/responses`, { responses, version: row?.version ?? 1 });
};

describe('POST /api/assessments', () => {
  it('refuses to default when there is no default instrument, naming instrumentId', async () => {
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/assessments', start({ stateCode: 'IA', instrumentId: undefined }));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/instrumentId/);
    expect(await rowCount(t.db, assessments)).toBe(0);
  });

  it('lets the state lead start the baseline on a named instrument, audited in the same write', async () => {
    const res = await t.call(await t.tokenFor(lead), 'POST', '/api/assessments', start());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    baselineId = body.id;
    expect(body).toMatchObject({ stateCode: 'AR', kind: 'baseline', status: 'in_progress', completedOn: null, instrumentId: tool.id, version: 1 });
    expect(body).toMatchObject({ indicatorCount: 3, ratedCount: 0, responses: [] });
    expect(body.domains.map((d: { indicators: unknown[] }) => d.indicators.length)).toEqual([2, 1]);
    expect(body.domainScores[0]).toEqual({ domainId: tool.domains[0].id, key: 'domain-1', title: 'Domain domain-1', average: null, rated: 0, indicators: 2, priorities: 0 });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(audits).toMatchObject([{ entity: 'assessment', action: 'create', stateCode: 'AR', actorId: lead.id }]);
  });

  it('defaults to the newest revision of the Career Pathways Readiness Assessment', async () => {
    await makeInstrument(t.db, { name: DEFAULT_NAME, revision: 1 });
    const newest = await makeInstrument(t.db, { name: DEFAULT_NAME, revision: 2 });
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/assessments', start({ stateCode: 'IA', instrumentId: undefined }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ instrumentId: newest.id, instrumentName: DEFAULT_NAME, instrumentRevision: 2 });
  });

  it('lets a paired coach start one for a paired state', async () => {
    const res = await t.call(await t.tokenFor(coach), 'POST', '/api/assessments', start({ stateCode: 'mi' }));
    expect(res.statusCode).toBe(201);
    expect(res.json().stateCode).toBe('MI');
  });

  it('answers 409 for a second baseline of the same state and year', async () => {
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/assessments', start());
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/already has a baseline/);
  });

  it.each([
    ['a reassessment before the baseline is completed', { kind: 'reassessment', startedOn: '2027-06-01' }, /kind: a reassessment needs a completed baseline/],
    ['a start outside the program year', { stateCode: 'MI', kind: 'reassessment', startedOn: '2027-09-02' }, /startedOn: 2027-09-02 is outside the program year/],
    ['an unknown kind', { kind: 'midterm' }, /kind/],
    ['an unknown field', { score: 3 }, /score/],
    ['an impossible date', { startedOn: '2026-02-30' }, /startedOn/],
    ['a program year that does not exist', { programYearId: MISSING_ID }, /programYearId/],
    ['an instrument that does not exist', { stateCode: 'MI', kind: 'reassessment', instrumentId: MISSING_ID }, /instrumentId: no such instrument/],
    ['a state that does not take part this year', { stateCode: 'NE' }, /stateCode: NE does not take part/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await rowCount(t.db, assessments);
    const res = await t.call(await t.tokenFor(staff), 'POST', '/api/assessments', start(change));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await rowCount(t.db, assessments)).toBe(before);
  });

  it('answers 404 to a coach for an unpaired state, 403 to a state member, 401 anonymous', async () => {
    expect((await t.call(await t.tokenFor(otherCoach), 'POST', '/api/assessments', start({ kind: 'reassessment' }))).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(member), 'POST', '/api/assessments', start({ kind: 'reassessment' }))).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(leadIA), 'POST', '/api/assessments', start({ kind: 'reassessment' }))).statusCode).toBe(404);
    expect((await t.call(null, 'POST', '/api/assessments', start())).statusCode).toBe(401);
  });
});

describe('PUT /api/assessments/:id/responses', () => {
  it('records ratings with evidence and priority flags, and answers the scores per domain', async () => {
    const [a, b, c] = tool.indicators;
    const res = await put(lead, baselineId, [
      { indicatorId: a.id, rating: 3, evidence: 'MOU signed', priority: true },
      { indicatorId: b.id, rating: 1 },
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ratedCount).toBe(2);
    expect(body.responses).toHaveLength(2);
    expect(body.domainScores.map((s: { average: number | null; rated: number; priorities: number }) => [s.average, s.rated, s.priorities])).toEqual([
      [2, 2, 1],
      [null, 0, 0],
    ]);
    expect(c).toBeDefined();
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, baselineId), eq(auditLog.entity, 'assessment_responses')));
    expect(audits).toHaveLength(1);
  });

  it('updates an existing response in place, keeping what the update leaves out', async () => {
    const [a] = tool.indicators;
    const res = await put(lead, baselineId, [{ indicatorId: a.id, rating: 4 }]);
    expect(res.statusCode).toBe(200);
    const saved = res.json().responses.find((r: { indicatorId: string }) => r.indicatorId === a.id);
    expect(saved).toMatchObject({ rating: 4, evidence: 'MOU signed', priority: true });
    expect(res.json().responses).toHaveLength(2);
    expect(res.json().domainScores[0].average).toBe(2.5);
  });

  it('lets the paired coach rate too', async () => {
    const res = await put(coach, baselineId, [{ indicatorId: tool.indicators[1].id, rating: 2, evidence: 'Draft only' }]);
    expect(res.statusCode).toBe(200);
    expect(res.json().domainScores[0].average).toBe(3);
  });

  it.each([
    ['a rating of 0', [{ rating: 0 }], /responses\.0\.rating/],
    ['a rating of 5', [{ rating: 5 }], /responses\.0\.rating/],
    ['a rating of 2.5', [{ rating: 2.5 }], /responses\.0\.rating/],
    ['a rating sent as text', [{ rating: '3' }], /responses\.0\.rating/],
    ['a missing rating', [{ rating: undefined }], /responses\.0/],
    ['an unknown field', [{ rating: 3, note: 'x' }], /note/],
  ])('refuses %s with a 400 naming the field and changes nothing', async (_name, items, message) => {
    const before = await t.db.select().from(assessmentResponses).where(eq(assessmentResponses.assessmentId, baselineId));
    const res = await put(lead, baselineId, items.map((item) => ({ indicatorId: tool.indicators[0].id, ...item })));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await t.db.select().from(assessmentResponses).where(eq(assessmentResponses.assessmentId, baselineId))).toEqual(before);
  });

  it('refuses an indicator of another instrument, naming its place, and writes none of the batch', async () => {
    const before = await t.db.select().from(assessmentResponses).where(eq(assessmentResponses.assessmentId, baselineId));
    const res = await put(lead, baselineId, [
      { indicatorId: tool.indicators[2].id, rating: 3 },
      { indicatorId: otherTool.indicators[0].id, rating: 3 },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/responses\.1\.indicatorId/);
    expect(await t.db.select().from(assessmentResponses).where(eq(assessmentResponses.assessmentId, baselineId))).toEqual(before);
  });

  it('refuses the same indicator twice and an empty list', async () => {
    const twice = await put(lead, baselineId, [
      { indicatorId: tool.indicators[2].id, rating: 3 },
      { indicatorId: tool.indicators[2].id, rating: 2 },
    ]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().message).toMatch(/responses\.1\.indicatorId: this indicator is listed twice/);
    const empty = await put(lead, baselineId, []);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toMatch(/responses/);
  });

  it('answers 403 to a state member, 404 to another state’s lead and coach, 404 for an unknown id, 401 anonymous', async () => {
    const item = [{ indicatorId: tool.indicators[2].id, rating: 3 }];
    expect((await put(member, baselineId, item)).statusCode).toBe(403);
    expect((await put(leadIA, baselineId, item)).statusCode).toBe(404);
    expect((await put(otherCoach, baselineId, item)).statusCode).toBe(404);
    expect((await put(staff, MISSING_ID, item)).statusCode).toBe(404);
    expect((await t.call(null, 'PUT', `/api/assessments/${baselineId}/responses`, { responses: item })).statusCode).toBe(401);
  });
});

describe('PATCH /api/assessments/:id', () => {
  const patch = async (user: User, body: object, id = baselineId) => t.call(await t.tokenFor(user), 'PATCH', `/api/assessments/${id}`, body);
  /** The version a user reads now, as a client does before an edit (staff for those who cannot read it). */
  const versionRead = async (user: User = staff, id = baselineId) =>
    (await t.call(await t.tokenFor(user), 'GET', `/api/assessments/${id}`)).json().version as number;

  it('refuses to complete while indicators are unrated, saying how many', async () => {
    const res = await patch(lead, { status: 'completed', completedOn: '2026-10-20', version: await versionRead(lead) });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/status: 1 of 3 indicators are not rated/);
    const [row] = await t.db.select().from(assessments).where(eq(assessments.id, baselineId));
    expect(row.status).toBe('in_progress');
  });

  it.each([
    ['a completion day in the future', { completedOn: '2026-11-24' }, /completedOn: 2026-11-24 is in the future/],
    ['a completion day outside the year', { completedOn: '2026-07-30' }, /completedOn: 2026-07-30 is outside the program year/],
    ['a completion day before the start', { completedOn: '2026-09-01' }, /completedOn: 2026-09-01 is before the start 2026-09-15/],
    ['a completion day on an assessment left in progress', { status: 'in_progress', completedOn: '2026-10-01' }, /completedOn/],
    ['an unknown status', { status: 'done' }, /status/],
  ])('refuses %s with a 400 naming the field', async (_name, body, message) => {
    await put(lead, baselineId, [{ indicatorId: tool.indicators[2].id, rating: 3 }]);
    const version = await versionRead(lead);
    const res = await patch(lead, { status: 'completed', ...body, version });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    const [row] = await t.db.select().from(assessments).where(eq(assessments.id, baselineId));
    expect(row).toMatchObject({ status: 'in_progress', completedOn: null, version });
  });

  it('refuses an empty body', async () => {
    const res = await patch(lead, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/body/);
  });

  it('completes with the version read, refuses a stale version with 412, and is audited', async () => {
    const read = await versionRead(lead);
    const res = await patch(lead, { status: 'completed', completedOn: '2026-10-20', version: read });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'completed', completedOn: '2026-10-20', version: read + 1, ratedCount: 3 });
    const stale = await patch(lead, { status: 'in_progress', version: read });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ status: 'completed', completedOn: '2026-10-20', version: read + 1 });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, baselineId), eq(auditLog.entity, 'assessment')));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('keeps the ratings of a completed assessment until it is reopened', async () => {
    const res = await put(lead, baselineId, [{ indicatorId: tool.indicators[2].id, rating: 1 }]);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/reopen/);
  });

  it('reopening clears the completion day; completing again without a day uses today', async () => {
    const version = await versionRead(coach);
    const reopened = await patch(coach, { status: 'in_progress', version });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'in_progress', completedOn: null, version: version + 1 });
    const again = await patch(coach, { status: 'completed', version: reopened.json().version });
    expect(again.json()).toMatchObject({ status: 'completed', completedOn: '2026-11-23' });
    const moved = await patch(lead, { completedOn: '2026-10-20', version: again.json().version });
    expect(moved.json()).toMatchObject({ status: 'completed', completedOn: '2026-10-20' });
  });

  it('answers 403 to a state member, 404 out of scope, 401 anonymous', async () => {
    const change = { status: 'in_progress', version: await versionRead() };
    expect((await patch(member, change)).statusCode).toBe(403);
    expect((await patch(otherCoach, change)).statusCode).toBe(404);
    expect((await patch(leadIA, change)).statusCode).toBe(404);
    expect((await t.call(null, 'PATCH', `/api/assessments/${baselineId}`, change)).statusCode).toBe(401);
  });
});

describe('GET /api/assessments', () => {
  it('lists only the actor’s states, with average ratings per domain', async () => {
    const asCoach = (await t.call(await t.tokenFor(coach), 'GET', `/api/assessments?programYear=${yearId}`)).json();
    expect(asCoach.items.map((a: { stateCode: string }) => a.stateCode).sort()).toEqual(['AR', 'MI']);
    const ar = asCoach.items.find((a: { stateCode: string }) => a.stateCode === 'AR');
    expect(ar.domainScores.map((s: { average: number | null }) => s.average)).toEqual([3, 3]);
    expect(ar).not.toHaveProperty('responses');
    for (const user of [lead, member]) {
      const res = (await t.call(await t.tokenFor(user), 'GET', '/api/assessments')).json();
      expect(res.items.map((a: { stateCode: string }) => a.stateCode)).toEqual(['AR']);
    }
    const asOtherCoach = (await t.call(await t.tokenFor(otherCoach), 'GET', '/api/assessments?state=AR')).json();
    expect(asOtherCoach).toEqual({ items: [], total: 0 });
  });

  it('filters by state, kind, status and start day, and pages', async () => {
    const token = await t.tokenFor(staff);
    expect((await t.call(token, 'GET', '/api/assessments?state=ia')).json().total).toBe(1);
    expect((await t.call(token, 'GET', '/api/assessments?status=completed')).json().items.map((a: { id: string }) => a.id)).toEqual([baselineId]);
    expect((await t.call(token, 'GET', '/api/assessments?kind=reassessment')).json().total).toBe(0);
    expect((await t.call(token, 'GET', '/api/assessments?from=2026-10-01')).json().total).toBe(0);
    const paged = (await t.call(token, 'GET', '/api/assessments?limit=1&offset=1')).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(3);
    // Past the end the page counts on its own, with the same filters (lower-case state included).
    expect((await t.call(token, 'GET', '/api/assessments?offset=9')).json()).toEqual({ items: [], total: 3 });
    expect((await t.call(token, 'GET', '/api/assessments?state=ia&kind=baseline&offset=9')).json()).toEqual({ items: [], total: 1 });
  });

  it('answers 400 for a bad filter and 401 anonymous', async () => {
    const bad = await t.call(await t.tokenFor(staff), 'GET', '/api/assessments?kind=midterm');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/kind/);
    expect((await t.call(null, 'GET', '/api/assessments')).statusCode).toBe(401);
  });
});

describe('GET /api/assessments/:id', () => {
  it('shows a state member the instrument, the responses and the domain scores', async () => {
    const res = await t.call(await t.tokenFor(member), 'GET', `/api/assessments/${baselineId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.domains.map((d: { key: string }) => d.key)).toEqual(['domain-1', 'domain-2']);
    expect(body.responses).toHaveLength(3);
    expect(body.domainScores).toEqual([
      { domainId: tool.domains[0].id, key: 'domain-1', title: 'Domain domain-1', average: 3, rated: 2, indicators: 2, priorities: 1 },
      { domainId: tool.domains[1].id, key: 'domain-2', title: 'Domain domain-2', average: 3, rated: 1, indicators: 1, priorities: 0 },
    ]);
  });

  it('answers 404 out of scope and for an unknown id, 401 anonymous', async () => {
    expect((await t.call(await t.tokenFor(otherCoach), 'GET', `/api/assessments/${baselineId}`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(leadIA), 'GET', `/api/assessments/${baselineId}`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(staff), 'GET', `/api/assessments/${MISSING_ID}`)).statusCode).toBe(404);
    expect((await t.call(null, 'GET', `/api/assessments/${baselineId}`)).statusCode).toBe(401);
  });
});

describe('reassessment and GET /api/assessments/growth', () => {
  let reassessmentId: string;

  it('refuses a reassessment that starts before the baseline was completed', async () => {
    const res = await t.call(await t.tokenFor(lead), 'POST', '/api/assessments', start({ kind: 'reassessment', startedOn: '2026-10-01' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/startedOn: 2026-10-01 is before the baseline was completed \(2026-10-20\)/);
  });

  it('starts a reassessment once the baseline is completed', async () => {
    const res = await t.call(await t.tokenFor(lead), 'POST', '/api/assessments', start({ kind: 'reassessment', startedOn: '2026-11-20' }));
    expect(res.statusCode).toBe(201);
    reassessmentId = res.json().id;
    expect((await put(lead, reassessmentId, [
      { indicatorId: tool.indicators[0].id, rating: 4 },
      { indicatorId: tool.indicators[1].id, rating: 3 },
    ])).statusCode).toBe(200);
  });

  it('answers per domain the baseline and reassessment averages and the change, null where missing', async () => {
    for (const user of [staff, coach, lead, member]) {
      const res = await t.call(await t.tokenFor(user), 'GET', `/api/assessments/growth?programYear=${yearId}&state=AR`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.baseline).toMatchObject({ id: baselineId, status: 'completed', completedOn: '2026-10-20' });
      expect(body.reassessment).toMatchObject({ id: reassessmentId, status: 'in_progress' });
      expect(body.domains).toEqual([
        { key: 'domain-1', title: 'Domain domain-1', baseline: 3, reassessment: 3.5, change: 0.5 },
        { key: 'domain-2', title: 'Domain domain-2', baseline: 3, reassessment: null, change: null },
      ]);
    }
  });

  it('answers an empty comparison for a state without assessments', async () => {
    const asCoach = await t.call(await t.tokenFor(coach), 'GET', `/api/assessments/growth?programYear=${yearId}&state=MI`);
    expect(asCoach.json()).toMatchObject({ stateCode: 'MI', reassessment: null });
    const none = await t.call(await t.tokenFor(staff), 'GET', `/api/assessments/growth?programYear=${yearId}&state=NE`);
    expect(none.json()).toEqual({ programYearId: yearId, stateCode: 'NE', baseline: null, reassessment: null, domains: [] });
  });

  it('answers 404 for a state out of scope or unknown, 400 without its parameters, 401 anonymous', async () => {
    expect((await t.call(await t.tokenFor(leadIA), 'GET', `/api/assessments/growth?programYear=${yearId}&state=AR`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(otherCoach), 'GET', `/api/assessments/growth?programYear=${yearId}&state=AR`)).statusCode).toBe(404);
    expect((await t.call(await t.tokenFor(staff), 'GET', `/api/assessments/growth?programYear=${yearId}&state=ZZ`)).statusCode).toBe(404);
    const missing = await t.call(await t.tokenFor(staff), 'GET', '/api/assessments/growth?state=AR');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toMatch(/programYear/);
    const noYear = await t.call(await t.tokenFor(staff), 'GET', `/api/assessments/growth?programYear=${MISSING_ID}&state=AR`);
    expect(noYear.statusCode).toBe(400);
    expect(noYear.json().message).toMatch(/programYear: no such program year/);
    expect((await t.call(null, 'GET', `/api/assessments/growth?programYear=${yearId}&state=AR`)).statusCode).toBe(401);
  });
});

describe('DELETE /api/assessments/:id', () => {
  it('is for staff only: 403 to the lead and the paired coach, 404 out of scope', async () => {
    const row = await makeAssessment(t.db, yearId, 'AR', tool.id, { kind: 'baseline', programYearId: (await makeYear(t.db)).id });
    expect((await t.call(await t.tokenFor(lead), 'DELETE', `/api/assessments/${row.id}`)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(coach), 'DELETE', `/api/assessments/${row.id}`)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(member), 'DELETE', `/api/assessments/${row.id}`)).statusCode).toBe(403);
    expect((await t.call(await t.tokenFor(otherCoach), 'DELETE', `/api/assessments/${row.id}`)).statusCode).toBe(404);
    expect((await t.call(null, 'DELETE', `/api/assessments/${row.id}`)).statusCode).toBe(401);
    expect(await t.db.select().from(assessments).where(eq(assessments.id, row.id))).toHaveLength(1);
  });

  it('lets staff delete an assessment with its responses, audited', async () => {
    const row = await makeAssessment(t.db, (await makeYear(t.db)).id, 'AR', tool.id);
    await rate(t.db, row.id, [tool.indicators[0].id], 2);
    const res = await t.call(await t.tokenFor(staff), 'DELETE', `/api/assessments/${row.id}`);
    expect(res.statusCode).toBe(204);
    expect(await t.db.select().from(assessmentResponses).where(eq(assessmentResponses.assessmentId, row.id))).toHaveLength(0);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(audits).toMatchObject([{ action: 'delete', entity: 'assessment', stateCode: 'AR' }]);
    expect((await t.call(await t.tokenFor(staff), 'DELETE', `/api/assessments/${row.id}`)).statusCode).toBe(404);
  });
});
