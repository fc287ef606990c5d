import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENT_NAME } from '../../server/modules/instruments/instruments.queries.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import {
  type CastUser,
  MISSING_ID,
  callerFor,
  makeAssessment,
  makeBarePlan,
  makeCast,
  makeGoal,
  makeInstrument,
  makeMilestone,
  rate,
} from '../helpers/factories-assessment.ts';
import { makeAttendance, makeEvent } from '../helpers/factories-engagement.ts';
import { joinYear, makeCall, makeState, makeUser, makeVisit, makeYear } from '../helpers/factories.ts';

/**
 * The year-end reports against a year built by hand, seen on 15 March 2027: the call window has begun
 * in seven months (September to March), the baseline and the reassessment are both done in Arkansas.
 */
let t: TestApp;
let as: ReturnType<typeof callerFor>;
let yearId: string;
let cast: Awaited<ReturnType<typeof makeCast>>;
let staff: CastUser;

beforeAll(async () => {
  t = await buildTestApp({ now: new Date('2027-03-15T15:00:00') });
  as = callerFor(t);
  yearId = (await makeYear(t.db)).id;
  cast = await makeCast(t.db, yearId);
  staff = cast.staff;
  await makeState(t.db, 'MO');
  await joinYear(t.db, yearId, 'MO', 'light_touch');
  await makeState(t.db, 'NE');

  // Arkansas: six held calls over five months (none in November), one cancelled and one still scheduled.
  for (const date of ['2026-09-10', '2026-10-08', '2026-10-22', '2026-12-09', '2027-01-13', '2027-02-10']) await makeCall(t.db, yearId, 'AR', { date });
  await makeCall(t.db, yearId, 'AR', { date: '2026-11-05', status: 'cancelled' });
  await makeCall(t.db, yearId, 'AR', { date: '2027-03-20', status: 'scheduled' });
  await makeVisit(t.db, yearId, 'AR', { number: 1, status: 'completed', startsOn: '2026-12-08' });
  await makeVisit(t.db, yearId, 'AR', { number: 2, status: 'scheduled', startsOn: '2027-04-14' });
  // Iowa: one call in September.
  await makeCall(t.db, yearId, 'IA', { date: '2026-09-22' });

  // The default instrument: "partners" with two indicators, "funding" with one.
  const tool = await makeInstrument(t.db, { name: DEFAULT_INSTRUMENT_NAME, shape: [2, 1], keys: ['partners', 'funding'] });
  const [partners, funding] = tool.domains;
  const baseline = await makeAssessment(t.db, yearId, 'AR', tool.id, { status: 'completed', completedOn: '2026-10-20' });
  await rate(t.db, baseline.id, [...partners.indicators, ...funding.indicators].map((i) => i.id), [1, 2, 2]);
  const again = await makeAssessment(t.db, yearId, 'AR', tool.id, { kind: 'reassessment', startedOn: '2027-02-15', status: 'completed', completedOn: '2027-03-01' });
  await rate(t.db, again.id, [...partners.indicators, ...funding.indicators].map((i) => i.id), [3, 3, 2]);
  // Iowa's baseline is on another instrument, and an in-progress one is not a result: neither counts.
  const other = await makeInstrument(t.db, { shape: [1], keys: ['partners'] });
  const iaBaseline = await makeAssessment(t.db, yearId, 'IA', other.id, { status: 'completed', completedOn: '2026-10-25' });
  await rate(t.db, iaBaseline.id, [other.indicators[0].id], 4);
  const iaAgain = await makeAssessment(t.db, yearId, 'IA', tool.id, { kind: 'reassessment', startedOn: '2027-03-01' });
  await rate(t.db, iaAgain.id, [partners.indicators[0].id], 4);

  // Arkansas's plan: its milestones written on 5 December (the plan checkpoint, due 30 November, is met late).
  const written = { createdAt: '2026-12-05T12:00:00.000Z' };
  const goal = await makeGoal(t.db, (await makeBarePlan(t.db, yearId, 'AR')).id, { title: 'Partnerships' });
  await makeMilestone(t.db, goal.id, { title: 'Convene partners', dueOn: '2026-12-15', status: 'completed', completedOn: '2026-12-10', ...written });
  await makeMilestone(t.db, goal.id, { title: 'Sign the data-sharing agreement', dueOn: '2027-01-31', status: 'completed', completedOn: '2027-02-14', ...written });
  await makeMilestone(t.db, goal.id, { title: 'Map sector employers', dueOn: '2027-02-28', status: 'in_progress', ...written });
  await makeMilestone(t.db, goal.id, { title: 'Draft the funding map', dueOn: '2027-05-01', ...written });
  await makeMilestone(t.db, goal.id, { title: 'Pilot the pathway', dueOn: '2027-04-01', status: 'deferred', ...written });

  // Events: three held by today, one still to come.
  const kickoff = await makeEvent(t.db, yearId, { kind: 'kickoff', title: 'Kick-off', date: '2026-08-05' });
  const regional = await makeEvent(t.db, yearId, { title: 'First regional meeting', date: '2026-11-14' });
  const webinar = await makeEvent(t.db, yearId, { kind: 'webinar', title: 'Winter webinar', date: '2027-01-27' });
  const spring = await makeEvent(t.db, yearId, { kind: 'webinar', title: 'Spring webinar', date: '2027-04-14' });
  await makeAttendance(t.db, kickoff.id, 'AR');
  await makeAttendance(t.db, regional.id, 'AR', { status: 'absent', attendees: 0 });
  await makeAttendance(t.db, webinar.id, 'AR');
  await makeAttendance(t.db, webinar.id, 'IA');
  await makeAttendance(t.db, regional.id, 'MO');
  await makeAttendance(t.db, spring.id, 'AR');
});

describe('GET /api/reports/states/:code', () => {
  it('reports assessment growth by domain of the default instrument', async () => {
    const res = await as(staff, 'GET', `/api/reports/states/ar?programYear=${yearId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.state).toMatchObject({ code: 'AR', name: 'State AR', tier: 'intensive' });
    expect(body.growth.baselineCompletedOn).toBe('2026-10-20');
    expect(body.growth.reassessmentCompletedOn).toBe('2027-03-01');
    expect(body.growth.domains).toEqual([
      { key: 'partners', title: 'Domain partners', baseline: 1.5, reassessment: 3, change: 1.5 },
      { key: 'funding', title: 'Domain funding', baseline: 2, reassessment: 2, change: 0 },
    ]);
    expect(body.growth.overall).toEqual({ baseline: 1.8, reassessment: 2.5, change: 0.8, domainsCompared: 2 });
  });

  it('reports engagement against the timeline: calls by month, visits, events and checkpoints', async () => {
    const { engagement } = (await as(staff, 'GET', `/api/reports/states/AR?programYear=${yearId}`)).json();
    expect(engagement.calls).toEqual({ held: 6, monthsMet: 5, monthsExpected: 7, monthsInWindow: 12, missedMonths: ['2026-11'] });
    expect(engagement.visits).toEqual({ completed: 1, required: 2 });
    expect(engagement.events.attended).toBe(2);
    expect(engagement.events.held).toBe(3);
    expect(engagement.events.list.map((e: { title: string; status: string }) => [e.title, e.status])).toEqual([
      ['Kick-off', 'attended'],
      ['First regional meeting', 'absent'],
      ['Winter webinar', 'attended'],
    ]);
    expect(Object.fromEntries(engagement.checkpoints.map((c: { kind: string; status: string }) => [c.kind, c.status]))).toEqual({
      assessment: 'met',
      plan: 'met_late',
      site_visits: 'pending',
      reassessment: 'met',
    });
    expect(engagement.checkpointTally).toEqual({ onTime: 2, late: 1, overdue: 0, pending: 1 });
  });

  it('reports milestones by status, on time or late, and lists the completed ones', async () => {
    const body = (await as(staff, 'GET', `/api/reports/states/AR?programYear=${yearId}`)).json();
    expect(body.milestones).toMatchObject({
      total: 5,
      overdue: 1,
      percentComplete: 50,
      byStatus: { not_started: 1, in_progress: 1, completed: 2, at_risk: 0, deferred: 1 },
      completedOnTime: 1,
      completedLate: 1,
    });
    expect(body.milestones.completed).toEqual([
      { title: 'Convene partners', goalTitle: 'Partnerships', dueOn: '2026-12-15', completedOn: '2026-12-10', status: 'completed', onTime: true },
      { title: 'Sign the data-sharing agreement', goalTitle: 'Partnerships', dueOn: '2027-01-31', completedOn: '2027-02-14', status: 'completed', onTime: false },
    ]);
    expect(body.summary).toBe(
      'State AR: calls held in 5 of 7 months expected (6 calls in all); 1 of 2 site visits completed; 2 of 3 events attended; ' +
        '3 of 3 checkpoints due met (1 late); 2 of 5 milestones completed (1 on time); and assessment growth of +0.8 (baseline 1.8, reassessment 2.5).',
    );
  });

  it('counts only completed assessments on the default instrument', async () => {
    const body = (await as(staff, 'GET', `/api/reports/states/IA?programYear=${yearId}`)).json();
    expect(body.growth.domains).toEqual([]);
    expect(body.figures.baselineAverage).toBeNull();
    expect(body.summary).toContain('no completed baseline assessment');
  });

  it('defaults to the year containing today', async () => {
    const body = (await as(cast.lead, 'GET', '/api/reports/states/AR')).json();
    expect(body.programYear.id).toBe(yearId);
    expect(body.today).toBe('2027-03-15');
  });

  it('answers each role only inside its scope (404 outside it)', async () => {
    const status = async (user: CastUser | null, code: string) => (await as(user, 'GET', `/api/reports/states/${code}?programYear=${yearId}`)).statusCode;
    expect(await status(cast.coach, 'AR')).toBe(200);
    expect(await status(cast.coach, 'IA')).toBe(404);
    expect(await status(cast.otherCoach, 'IA')).toBe(200);
    expect(await status(cast.otherCoach, 'AR')).toBe(404);
    expect(await status(cast.lead, 'AR')).toBe(200);
    expect(await status(cast.member, 'AR')).toBe(200);
    expect(await status(cast.member, 'IA')).toBe(404);
    expect(await status(cast.leadIA, 'AR')).toBe(404);
    expect(await status(staff, 'MO')).toBe(200);
    expect(await status(null, 'AR')).toBe(401);
  });

  it('answers 404 for a state not in the year or a year that does not exist, and 400 for bad input', async () => {
    expect((await as(staff, 'GET', `/api/reports/states/NE?programYear=${yearId}`)).statusCode).toBe(404);
    expect((await as(staff, 'GET', `/api/reports/states/AR?programYear=${MISSING_ID}`)).statusCode).toBe(404);
    const bad = await as(staff, 'GET', '/api/reports/states/A1');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect((await as(staff, 'GET', '/api/reports/states/AR?programYear=2026')).statusCode).toBe(400);
  });
});

describe('GET /api/reports/program-years/:id', () => {
  it('gives staff a headline row per participating state, totals and growth across states', async () => {
    const res = await as(staff, 'GET', `/api/reports/program-years/${yearId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.states.map((s: { stateCode: string }) => s.stateCode)).toEqual(['AR', 'IA', 'MO']);
    const [ar, ia, mo] = body.states;
    expect(ar).toMatchObject({ callsHeld: 6, callMonthsMet: 5, callMonthsExpected: 7, visitsCompleted: 1, visitsRequired: 2, eventsAttended: 2, eventsHeld: 3 });
    expect(ar).toMatchObject({ checkpointsOnTime: 2, checkpointsLate: 1, milestonesTotal: 5, milestonesCompleted: 2, milestonesCompletedOnTime: 1, growth: 0.8 });
    expect(ia).toMatchObject({ callsHeld: 1, callMonthsMet: 1, callMonthsExpected: 7, eventsAttended: 1, baselineAverage: null, checkpointsOnTime: 1, checkpointsOverdue: 1 });
    expect(mo).toMatchObject({ tier: 'light_touch', callMonthsExpected: 0, visitsRequired: 0, eventsAttended: 1 });
    expect(mo.summary).toBe('State MO took part as a light-touch state: 1 of 3 events attended.');
    expect(body.totals).toMatchObject({
      callsHeld: 7,
      callMonthsMet: 6,
      callMonthsExpected: 14,
      visitsCompleted: 1,
      visitsRequired: 4,
      eventsAttended: 4,
      eventsHeld: 9,
      milestonesTotal: 5,
      baselineAverage: 1.8,
      reassessmentAverage: 2.5,
      growth: 0.8,
    });
    expect(body.growth).toEqual([
      { key: 'partners', title: 'Domain partners', baseline: 1.5, reassessment: 3, change: 1.5, statesCompared: 1 },
      { key: 'funding', title: 'Domain funding', baseline: 2, reassessment: 2, change: 0, statesCompared: 1 },
    ]);
  });

  it('lists only a coach’s paired states and a state user’s own state', async () => {
    const codes = async (user: CastUser) =>
      (await as(user, 'GET', `/api/reports/program-years/${yearId}`)).json().states.map((s: { stateCode: string }) => s.stateCode);
    expect(await codes(cast.coach)).toEqual(['AR']);
    expect(await codes(cast.otherCoach)).toEqual(['IA']);
    expect(await codes(cast.lead)).toEqual(['AR']);
    expect(await codes(cast.memberIA)).toEqual(['IA']);
    // Totals and growth come from the visible states alone: Iowa's coach sees no Arkansas figure.
    const asIowa = (await as(cast.otherCoach, 'GET', `/api/reports/program-years/${yearId}`)).json();
    expect(asIowa.totals).toMatchObject({ callsHeld: 1, eventsAttended: 1, eventsHeld: 3, growth: null });
    expect(asIowa.growth).toEqual([]);
    const unpaired = await makeUser(t.db, 'coach');
    expect(await codes(unpaired)).toEqual([]);
  });

  it('answers 404 for a year that does not exist, 400 for a malformed id and 401 without a session', async () => {
    expect((await as(staff, 'GET', `/api/reports/program-years/${MISSING_ID}`)).statusCode).toBe(404);
    expect((await as(staff, 'GET', '/api/reports/program-years/not-a-year')).statusCode).toBe(400);
    expect((await as(null, 'GET', `/api/reports/program-years/${yearId}`)).statusCode).toBe(401);
  });
});
