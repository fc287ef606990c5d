import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, goals, milestones, planComments, plans } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import {
  type BuiltInstrument,
  type CastUser,
  MISSING_ID,
  callerFor,
  makeBarePlan,
  makeCast,
  makeComment,
  makeGoal,
  makeInstrument,
  makeMilestone,
  makeMilestoneUpdate,
} from '../helpers/factories-assessment.ts';
import { rowCount } from '../helpers/factories-setup.ts';
import { makeState, makeYear } from '../helpers/factories.ts';

let t: TestApp;
let yearId: string;
type User = CastUser;
let staff: User, coach: User, otherCoach: User, lead: User, member: User, leadIA: User;
let tool: BuiltInstrument;
let arPlanId: string;
let iaPlanId: string;

beforeAll(async () => {
  t = await buildTestApp();
  yearId = (await makeYear(t.db)).id;
  ({ staff, coach, otherCoach, lead, member, leadIA } = await makeCast(t.db, yearId));
  await makeState(t.db, 'MI');
  tool = await makeInstrument(t.db, { shape: [1, 1], keys: ['partnerships', 'employers'] });
});

const as = (...args: Parameters<ReturnType<typeof callerFor>>) => callerFor(t)(...args);
/** The version a user reads now at `url`, as a client does before an edit (staff for those who cannot read it). */
const versionRead = async (url: string, user: User = staff) => (await as(user, 'GET', url)).json().version as number;

describe('POST /api/plans', () => {
  const newPlan = (change: Record<string, unknown> = {}) => ({ programYearId: yearId, stateCode: 'AR', title: 'Arkansas pathways plan', vision: 'Every learner', ...change });

  it('lets the state lead start the state’s plan, audited', async () => {
    const res = await as(lead, 'POST', '/api/plans', newPlan());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    arPlanId = body.id;
    expect(body).toMatchObject({ stateCode: 'AR', title: 'Arkansas pathways plan', vision: 'Every learner', goals: [], comments: [], version: 1 });
    expect(body).toMatchObject({ goalCount: 0, milestoneCount: 0, completedCount: 0, overdueCount: 0, percentComplete: 0 });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(audits).toMatchObject([{ entity: 'plan', action: 'create', stateCode: 'AR' }]);
  });

  it('answers 409 for a second plan of the same state and year', async () => {
    const res = await as(staff, 'POST', '/api/plans', newPlan());
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/already has a plan/);
  });

  it('lets staff start a plan for any state', async () => {
    const res = await as(staff, 'POST', '/api/plans', newPlan({ stateCode: 'ia' }));
    expect(res.statusCode).toBe(201);
    iaPlanId = res.json().id;
  });

  it.each([
    ['an empty title', { title: '' }, /title/],
    ['an unknown field', { goals: [] }, /goals/],
    ['a program year that does not exist', { programYearId: MISSING_ID, stateCode: 'MI' }, /programYearId/],
    ['a state that does not take part', { stateCode: 'MI' }, /stateCode: MI does not take part/],
    ['a malformed state code', { stateCode: 'A1' }, /stateCode/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await rowCount(t.db, plans);
    const res = await as(staff, 'POST', '/api/plans', newPlan(change));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await rowCount(t.db, plans)).toBe(before);
  });

  it('answers 403 to the paired coach and a state member, 404 to an unpaired coach, 401 anonymous', async () => {
    const body = newPlan({ programYearId: (await makeYear(t.db, 2027)).id });
    expect((await as(coach, 'POST', '/api/plans', body)).statusCode).toBe(403);
    expect((await as(member, 'POST', '/api/plans', body)).statusCode).toBe(403);
    expect((await as(otherCoach, 'POST', '/api/plans', body)).statusCode).toBe(404);
    expect((await as(leadIA, 'POST', '/api/plans', body)).statusCode).toBe(404);
    expect((await as(null, 'POST', '/api/plans', body)).statusCode).toBe(401);
  });
});

describe('GET /api/plans/:id', () => {
  let overdueId: string;
  let completedId: string;

  beforeAll(async () => {
    const second = await makeGoal(t.db, arPlanId, { title: 'Engage employers', position: 1 });
    const first = await makeGoal(t.db, arPlanId, { title: 'Build partnerships', position: 0, domainId: tool.domains[0].id });
    overdueId = (await makeMilestone(t.db, first.id, { title: 'Convene agencies', dueOn: '2026-11-01', ownerId: member.id, position: 0 })).id;
    completedId = (await makeMilestone(t.db, first.id, { title: 'Sign MOU', dueOn: '2026-10-15', status: 'completed', position: 1 })).id;
    await makeMilestone(t.db, second.id, { title: 'Survey employers', dueOn: '2026-10-01', status: 'deferred', ownerName: 'Sam Outside' });
    await makeMilestone(t.db, second.id, { title: 'Sector summit', dueOn: '2027-03-01', status: 'in_progress' });
    await makeMilestoneUpdate(t.db, completedId, { authorId: lead.id, oldStatus: 'not_started', newStatus: 'in_progress', createdAt: '2026-10-01T10:00:00Z' });
    await makeMilestoneUpdate(t.db, completedId, {
      authorId: lead.id,
      oldStatus: 'in_progress',
      newStatus: 'completed',
      comment: 'Signed',
      evidenceUrl: 'https://example.org/mou.pdf',
      createdAt: '2026-10-15T10:00:00Z',
    });
    await makeComment(t.db, arPlanId, coach.id, { body: 'Older comment', createdAt: '2026-10-02T10:00:00Z' });
    await makeComment(t.db, arPlanId, coach.id, { body: 'Newer comment', milestoneId: overdueId, createdAt: '2026-10-20T10:00:00Z' });
  });

  it('answers the whole plan: goals in order with domains, milestones with owner and overdue flag, history newest first, comments', async () => {
    const res = await as(member, 'GET', `/api/plans/${arPlanId}`);
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan).toMatchObject({ goalCount: 2, milestoneCount: 4, completedCount: 1, overdueCount: 1, percentComplete: 33 });
    expect(plan.goals.map((g: { title: string }) => g.title)).toEqual(['Build partnerships', 'Engage employers']);
    expect(plan.goals[0]).toMatchObject({ domainId: tool.domains[0].id, domainKey: 'partnerships', domainTitle: 'Domain partnerships' });
    expect(plan.goals[1]).toMatchObject({ domainId: null, domainKey: null, domainTitle: null });
    const [convene, sign] = plan.goals[0].milestones;
    expect(convene).toMatchObject({ id: overdueId, ownerId: member.id, ownerName: 'Morgan Member', status: 'not_started', overdue: true, history: [] });
    expect(sign).toMatchObject({ id: completedId, status: 'completed', overdue: false, completedOn: '2026-11-01' });
    expect(sign.history.map((h: { newStatus: string; authorName: string }) => [h.newStatus, h.authorName])).toEqual([
      ['completed', 'Avery Lead'],
      ['in_progress', 'Avery Lead'],
    ]);
    expect(sign.history[0]).toMatchObject({ oldStatus: 'in_progress', comment: 'Signed', evidenceUrl: 'https://example.org/mou.pdf' });
    const deferred = plan.goals[1].milestones.find((m: { title: string }) => m.title === 'Survey employers');
    expect(deferred).toMatchObject({ ownerId: null, ownerName: 'Sam Outside', overdue: false });
    expect(plan.comments.map((c: { body: string; authorName: string }) => [c.body, c.authorName])).toEqual([
      ['Newer comment', coach.name],
      ['Older comment', coach.name],
    ]);
    expect(plan.comments[0].milestoneId).toBe(overdueId);
  });

  it('answers every role of the state and the paired coach; 404 out of scope and for an unknown id; 401 anonymous', async () => {
    for (const user of [staff, coach, lead]) expect((await as(user, 'GET', `/api/plans/${arPlanId}`)).statusCode).toBe(200);
    expect((await as(otherCoach, 'GET', `/api/plans/${arPlanId}`)).statusCode).toBe(404);
    expect((await as(leadIA, 'GET', `/api/plans/${arPlanId}`)).statusCode).toBe(404);
    expect((await as(staff, 'GET', `/api/plans/${MISSING_ID}`)).statusCode).toBe(404);
    expect((await as(null, 'GET', `/api/plans/${arPlanId}`)).statusCode).toBe(401);
  });
});

describe('GET /api/plans', () => {
  it('lists only the actor’s states with counts and percent complete', async () => {
    const asCoach = (await as(coach, 'GET', `/api/plans?programYear=${yearId}`)).json();
    expect(asCoach.total).toBe(1);
    expect(asCoach.items[0]).toMatchObject({ id: arPlanId, goalCount: 2, milestoneCount: 4, completedCount: 1, overdueCount: 1, percentComplete: 33 });
    expect(asCoach.items[0]).not.toHaveProperty('goals');
    const asLeadIA = (await as(leadIA, 'GET', '/api/plans')).json();
    expect(asLeadIA.items.map((p: { stateCode: string }) => p.stateCode)).toEqual(['IA']);
    expect((await as(otherCoach, 'GET', '/api/plans?state=AR')).json()).toEqual({ items: [], total: 0 });
  });

  it('filters by state and year and pages', async () => {
    expect((await as(staff, 'GET', '/api/plans?state=ia')).json().items.map((p: { id: string }) => p.id)).toEqual([iaPlanId]);
    expect((await as(staff, 'GET', `/api/plans?programYear=${MISSING_ID}`)).json().total).toBe(0);
    const paged = (await as(staff, 'GET', '/api/plans?limit=1&offset=1')).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(2);
    // Past the end the page counts on its own, with the same filters and scope.
    expect((await as(staff, 'GET', '/api/plans?state=ia&offset=9')).json()).toEqual({ items: [], total: 1 });
    expect((await as(leadIA, 'GET', '/api/plans?offset=9')).json()).toEqual({ items: [], total: 1 });
  });

  it('answers 400 for a bad filter and 401 anonymous', async () => {
    expect((await as(staff, 'GET', '/api/plans?programYear=nope')).statusCode).toBe(400);
    expect((await as(null, 'GET', '/api/plans')).statusCode).toBe(401);
  });
});

describe('PATCH /api/plans/:id', () => {
  it('updates title and vision with the version read, refuses a stale one with 412, audited', async () => {
    const read = await versionRead(`/api/plans/${arPlanId}`, lead);
    const ok = await as(lead, 'PATCH', `/api/plans/${arPlanId}`, { vision: 'A clearer vision', version: read });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ vision: 'A clearer vision', title: 'Arkansas pathways plan', version: read + 1 });
    const stale = await as(lead, 'PATCH', `/api/plans/${arPlanId}`, { title: 'Other', version: read });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ vision: 'A clearer vision', title: 'Arkansas pathways plan', version: read + 1 });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, arPlanId));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it.each([
    ['an empty title', { title: '' }, /title/],
    ['a field that is not editable', { stateCode: 'IA' }, /stateCode/],
    ['an empty body', {}, /body/],
  ])('refuses %s with a 400', async (_name, body, message) => {
    // With the version read (an empty body stays empty, since a version alone would count as a property).
    const sent = Object.keys(body).length === 0 ? body : { ...body, version: await versionRead(`/api/plans/${arPlanId}`, lead) };
    const res = await as(lead, 'PATCH', `/api/plans/${arPlanId}`, sent);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
  });

  it('answers 403 to the paired coach and a state member, 404 out of scope, 401 anonymous', async () => {
    const change = { title: 'x', version: await versionRead(`/api/plans/${arPlanId}`) };
    expect((await as(coach, 'PATCH', `/api/plans/${arPlanId}`, change)).statusCode).toBe(403);
    expect((await as(member, 'PATCH', `/api/plans/${arPlanId}`, change)).statusCode).toBe(403);
    expect((await as(leadIA, 'PATCH', `/api/plans/${arPlanId}`, change)).statusCode).toBe(404);
    expect((await as(null, 'PATCH', `/api/plans/${arPlanId}`, change)).statusCode).toBe(401);
    const [row] = await t.db.select().from(plans).where(eq(plans.id, arPlanId));
    expect(row.title).toBe('Arkansas pathways plan');
  });
});

describe('POST, PATCH and DELETE /api/goals', () => {
  let goalId: string;

  it('lets the state lead add a goal tied to a domain, at the end of the plan, audited', async () => {
    const res = await as(lead, 'POST', '/api/goals', { planId: arPlanId, domainId: tool.domains[1].id, title: 'Align policy', description: 'Why' });
    expect(res.statusCode).toBe(201);
    const goal = res.json();
    goalId = goal.id;
    expect(goal).toMatchObject({ planId: arPlanId, domainKey: 'employers', title: 'Align policy', description: 'Why', position: 2, version: 1 });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, goalId))).toHaveLength(1);
  });

  it.each([
    ['a plan that does not exist', { planId: MISSING_ID }, /planId: no such plan/],
    ['a domain that does not exist', { domainId: MISSING_ID }, /domainId/],
    ['an empty title', { title: '' }, /title/],
    ['a negative position', { position: -1 }, /position/],
    ['an unknown field', { milestones: [] }, /milestones/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await rowCount(t.db, goals);
    const res = await as(lead, 'POST', '/api/goals', { planId: arPlanId, title: 'A goal', ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await rowCount(t.db, goals)).toBe(before);
  });

  it('answers 403 to the coach and a member, 404 for a plan out of scope, 401 anonymous', async () => {
    const body = { planId: arPlanId, title: 'Not allowed' };
    expect((await as(coach, 'POST', '/api/goals', body)).statusCode).toBe(403);
    expect((await as(member, 'POST', '/api/goals', body)).statusCode).toBe(403);
    expect((await as(lead, 'POST', '/api/goals', { ...body, planId: iaPlanId })).statusCode).toBe(404);
    expect((await as(null, 'POST', '/api/goals', body)).statusCode).toBe(401);
  });

  it('edits a goal with its version, clears its domain, and refuses a stale version with 412', async () => {
    // Goals have no GET of their own: a client reads them in their plan.
    const goalRead = async () => (await as(lead, 'GET', `/api/plans/${arPlanId}`)).json().goals.find((g: { id: string }) => g.id === goalId);
    const read = (await goalRead()).version as number;
    const ok = await as(lead, 'PATCH', `/api/goals/${goalId}`, { domainId: null, title: 'Align state policy', version: read });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ domainId: null, domainKey: null, title: 'Align state policy', version: read + 1 });
    const stale = await as(lead, 'PATCH', `/api/goals/${goalId}`, { title: 'x', version: read });
    expect(stale.statusCode).toBe(412);
    expect(await goalRead()).toMatchObject({ title: 'Align state policy', version: read + 1 });
    const current = { version: ok.json().version };
    const bad = await as(lead, 'PATCH', `/api/goals/${goalId}`, { domainId: MISSING_ID, ...current });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/domainId/);
    expect((await as(coach, 'PATCH', `/api/goals/${goalId}`, { title: 'x', ...current })).statusCode).toBe(403);
    expect((await as(otherCoach, 'PATCH', `/api/goals/${goalId}`, { title: 'x', ...current })).statusCode).toBe(404);
    expect((await as(lead, 'PATCH', `/api/goals/${MISSING_ID}`, { title: 'x', version: 1 })).statusCode).toBe(404);
    expect((await t.db.select().from(goals).where(eq(goals.id, goalId)))[0]).toMatchObject({ title: 'Align state policy', ...current });
  });

  it('deletes a goal with its milestones; 403 to the coach, 404 out of scope', async () => {
    await makeMilestone(t.db, goalId);
    expect((await as(coach, 'DELETE', `/api/goals/${goalId}`)).statusCode).toBe(403);
    expect((await as(member, 'DELETE', `/api/goals/${goalId}`)).statusCode).toBe(403);
    expect((await as(leadIA, 'DELETE', `/api/goals/${goalId}`)).statusCode).toBe(404);
    expect((await as(lead, 'DELETE', `/api/goals/${goalId}`)).statusCode).toBe(204);
    expect(await t.db.select().from(milestones).where(eq(milestones.goalId, goalId))).toHaveLength(0);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, goalId));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });
});

describe('POST and DELETE /api/plan-comments', () => {
  let coachCommentId: string;

  it('lets the paired coach comment on the plan and on one of its milestones, audited', async () => {
    const res = await as(coach, 'POST', '/api/plan-comments', { planId: arPlanId, body: 'Consider a data-sharing MOU' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ planId: arPlanId, milestoneId: null, authorId: coach.id, authorName: coach.name, body: 'Consider a data-sharing MOU' });
    coachCommentId = res.json().id;
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, coachCommentId))).toMatchObject([{ entity: 'plan_comment', action: 'create' }]);
    const [goal] = await t.db.select().from(goals).where(eq(goals.planId, arPlanId));
    const [milestone] = await t.db.select().from(milestones).where(eq(milestones.goalId, goal.id));
    const onMilestone = await as(coach, 'POST', '/api/plan-comments', { planId: arPlanId, milestoneId: milestone.id, body: 'Due soon' });
    expect(onMilestone.statusCode).toBe(201);
    expect(onMilestone.json().milestoneId).toBe(milestone.id);
  });

  it('lets staff and the state lead comment too', async () => {
    expect((await as(staff, 'POST', '/api/plan-comments', { planId: arPlanId, body: 'Noted' })).statusCode).toBe(201);
    expect((await as(lead, 'POST', '/api/plan-comments', { planId: arPlanId, body: 'Thanks' })).statusCode).toBe(201);
  });

  it.each([
    ['an empty body', { body: '' }, /body/],
    ['a body of blanks', { body: '   ' }, /body/],
    ['a body over 5000 characters', { body: 'x'.repeat(5001) }, /body/],
    ['a plan that does not exist', { planId: MISSING_ID }, /planId: no such plan/],
    ['a milestone of another plan', { milestoneId: 'IA' }, /milestoneId: not a milestone of this plan/],
    ['a milestone that does not exist', { milestoneId: MISSING_ID }, /milestoneId/],
  ])('refuses %s with a 400 naming the field and writes nothing', async (_name, change, message) => {
    const before = await rowCount(t.db, planComments);
    const body: Record<string, unknown> = { planId: arPlanId, body: 'A comment', ...change };
    if (body.milestoneId === 'IA') {
      const goal = await makeGoal(t.db, iaPlanId);
      body.milestoneId = (await makeMilestone(t.db, goal.id)).id;
    }
    const res = await as(coach, 'POST', '/api/plan-comments', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await rowCount(t.db, planComments)).toBe(before);
  });

  it('answers 403 to a state member, 404 to an unpaired coach, 401 anonymous', async () => {
    expect((await as(member, 'POST', '/api/plan-comments', { planId: arPlanId, body: 'Hi' })).statusCode).toBe(403);
    expect((await as(otherCoach, 'POST', '/api/plan-comments', { planId: arPlanId, body: 'Hi' })).statusCode).toBe(404);
    expect((await as(null, 'POST', '/api/plan-comments', { planId: arPlanId, body: 'Hi' })).statusCode).toBe(401);
  });

  it('lets only its author or staff delete a comment', async () => {
    expect((await as(lead, 'DELETE', `/api/plan-comments/${coachCommentId}`)).statusCode).toBe(403);
    expect((await as(member, 'DELETE', `/api/plan-comments/${coachCommentId}`)).statusCode).toBe(403);
    expect((await as(otherCoach, 'DELETE', `/api/plan-comments/${coachCommentId}`)).statusCode).toBe(404);
    expect((await as(null, 'DELETE', `/api/plan-comments/${coachCommentId}`)).statusCode).toBe(401);
    expect((await as(coach, 'DELETE', `/api/plan-comments/${coachCommentId}`)).statusCode).toBe(204);
    expect((await as(coach, 'DELETE', `/api/plan-comments/${coachCommentId}`)).statusCode).toBe(404);
    const byLead = await makeComment(t.db, arPlanId, lead.id);
    expect((await as(staff, 'DELETE', `/api/plan-comments/${byLead.id}`)).statusCode).toBe(204);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, byLead.id));
    expect(audits).toMatchObject([{ action: 'delete', entity: 'plan_comment', actorId: staff.id }]);
  });
});

describe('DELETE /api/plans/:id', () => {
  it('is for staff only: 403 to the lead and the coach, 404 out of scope, 401 anonymous', async () => {
    expect((await as(lead, 'DELETE', `/api/plans/${arPlanId}`)).statusCode).toBe(403);
    expect((await as(coach, 'DELETE', `/api/plans/${arPlanId}`)).statusCode).toBe(403);
    expect((await as(member, 'DELETE', `/api/plans/${arPlanId}`)).statusCode).toBe(403);
    expect((await as(leadIA, 'DELETE', `/api/plans/${arPlanId}`)).statusCode).toBe(404);
    expect((await as(null, 'DELETE', `/api/plans/${arPlanId}`)).statusCode).toBe(401);
  });

  it('lets staff delete a plan with everything under it, audited', async () => {
    const plan = await makeBarePlan(t.db, (await makeYear(t.db, 2025)).id, 'AR');
    const goal = await makeGoal(t.db, plan.id);
    await makeMilestone(t.db, goal.id);
    await makeComment(t.db, plan.id, coach.id);
    expect((await as(staff, 'DELETE', `/api/plans/${plan.id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(goals).where(eq(goals.planId, plan.id))).toHaveLength(0);
    expect(await t.db.select().from(planComments).where(eq(planComments.planId, plan.id))).toHaveLength(0);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, plan.id))).toMatchObject([{ action: 'delete', entity: 'plan' }]);
    expect((await as(staff, 'DELETE', `/api/plans/${plan.id}`)).statusCode).toBe(404);
  });
});
