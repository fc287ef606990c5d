import { randomBytes } from 'node:crypto';
import { joinYear, makeYear } from './factories.ts';
import { makeAssessment, makeBarePlan, makeComment, makeGoal, makeInstrument, makeMilestone } from './factories-assessment.ts';
import type { Fixtures, MatrixRole, RouteCase, Scope } from './permission-cases.ts';

/**
 * Permission-matrix cases for instruments, assessments, plans, goals, milestones and plan comments.
 * Assessments and plans are unique per state and year, so every build makes a year of its own.
 */
const stateScopes: Scope[] = ['in', 'out'];
const none: Scope[] = ['none'];

const freshYear = async (f: Fixtures, s: Scope) => {
  const year = await makeYear(f.t.db);
  await joinYear(f.t.db, year.id, f.stateOf(s));
  return year.id;
};
const assessmentIn = async (f: Fixtures, s: Scope) => {
  const tool = await makeInstrument(f.t.db, { shape: [1] });
  const row = await makeAssessment(f.t.db, await freshYear(f, s), f.stateOf(s), tool.id);
  return { id: row.id, version: row.version, indicatorId: tool.indicators[0].id };
};
// The …RowIn builders answer the row, whose version a write sends back; the …In ones only its id.
const planRowIn = async (f: Fixtures, s: Scope) => makeBarePlan(f.t.db, await freshYear(f, s), f.stateOf(s));
const planIn = async (f: Fixtures, s: Scope) => (await planRowIn(f, s)).id;
const goalRowIn = async (f: Fixtures, s: Scope) => makeGoal(f.t.db, await planIn(f, s));
const goalIn = async (f: Fixtures, s: Scope) => (await goalRowIn(f, s)).id;
/** In the caller's state a state member owns the milestone, so that "update milestones they own" is what is tried. */
const milestoneRowIn = async (f: Fixtures, s: Scope) =>
  makeMilestone(f.t.db, await goalIn(f, s), { ownerId: s === 'in' ? f.users.state_member.id : null });
const milestoneIn = async (f: Fixtures, s: Scope) => (await milestoneRowIn(f, s)).id;
/** Its author deletes a comment: the caller when their role may comment, else the state lead (so a member meets 403). */
const commentFor = async (f: Fixtures, s: Scope, role: MatrixRole) => {
  const author = role === 'anonymous' || role === 'state_member' ? f.users.state_lead : f.users[role];
  return (await makeComment(f.t.db, await planIn(f, s), author.id)).id;
};
const instrumentBody = () => ({
  name: `Matrix instrument ${randomBytes(3).toString('hex')}`,
  domains: [{ key: 'partners', title: 'Partnerships', indicators: [{ key: 'partners.vision', text: 'Shared vision' }] }],
});

export const assessmentRouteCases: Record<string, RouteCase> = {
  'GET /api/instruments': { area: 'global', action: 'read', scopes: none, build: async () => ({ url: '/api/instruments' }) },
  'GET /api/instruments/{id}': { area: 'global', action: 'read', scopes: none, build: async (f) => ({ url: `/api/instruments/${(await makeInstrument(f.t.db)).id}` }) },
  'POST /api/instruments': { area: 'global', action: 'write', scopes: none, build: async () => ({ url: '/api/instruments', body: instrumentBody() }) },
  'DELETE /api/instruments/{id}': { area: 'global', action: 'write', scopes: none, build: async (f) => ({ url: `/api/instruments/${(await makeInstrument(f.t.db)).id}` }) },

  'GET /api/assessments': { area: 'assessment', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/assessments' }) },
  'GET /api/assessments/growth': {
    area: 'assessment',
    action: 'read',
    scopes: stateScopes,
    build: async (f, s) => ({ url: `/api/assessments/growth?programYear=${f.yearId}&state=${f.stateOf(s)}` }),
  },
  'GET /api/assessments/{id}': { area: 'assessment', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/assessments/${(await assessmentIn(f, s)).id}` }) },
  'POST /api/assessments': {
    area: 'assessment',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({
      url: '/api/assessments',
      body: { programYearId: await freshYear(f, s), stateCode: f.stateOf(s), kind: 'baseline', instrumentId: (await makeInstrument(f.t.db)).id, startedOn: '2026-09-15' },
    }),
  },
  'PUT /api/assessments/{id}/responses': {
    area: 'assessment',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const { id, indicatorId, version } = await assessmentIn(f, s);
      return { url: `/api/assessments/${id}/responses`, body: { responses: [{ indicatorId, rating: 3 }], version } };
    },
  },
  'PATCH /api/assessments/{id}': {
    area: 'assessment',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const assessment = await assessmentIn(f, s);
      return { url: `/api/assessments/${assessment.id}`, body: { startedOn: '2026-09-20', version: assessment.version } };
    },
  },
  // Only staff delete a state's assessment or plan; out of scope it is 404 like everything else.
  'DELETE /api/assessments/{id}': { area: 'staff_only', action: 'write', scopes: ['in'], build: async (f, s) => ({ url: `/api/assessments/${(await assessmentIn(f, s)).id}` }) },

  'GET /api/plans': { area: 'plan', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/plans' }) },
  'GET /api/plans/{id}': { area: 'plan', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/plans/${await planIn(f, s)}` }) },
  'POST /api/plans': {
    area: 'plan',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: '/api/plans', body: { programYearId: await freshYear(f, s), stateCode: f.stateOf(s), title: 'Career pathways plan' } }),
  },
  'PATCH /api/plans/{id}': {
    area: 'plan',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const plan = await planRowIn(f, s);
      return { url: `/api/plans/${plan.id}`, body: { vision: 'Revised', version: plan.version } };
    },
  },
  'DELETE /api/plans/{id}': { area: 'staff_only', action: 'write', scopes: ['in'], build: async (f, s) => ({ url: `/api/plans/${await planIn(f, s)}` }) },

  'POST /api/goals': { area: 'plan', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: '/api/goals', body: { planId: await planIn(f, s), title: 'A goal' } }) },
  'GET /api/goals/{id}': { area: 'plan', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/goals/${await goalIn(f, s)}` }) },
  'PATCH /api/goals/{id}': {
    area: 'plan',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const goal = await goalRowIn(f, s);
      return { url: `/api/goals/${goal.id}`, body: { title: 'Renamed', version: goal.version } };
    },
  },
  'DELETE /api/goals/{id}': { area: 'plan', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: `/api/goals/${await goalIn(f, s)}` }) },

  'GET /api/milestones': { area: 'plan', action: 'read', scopes: none, list: true, build: async () => ({ url: '/api/milestones' }) },
  'GET /api/milestones/{id}': { area: 'plan', action: 'read', scopes: stateScopes, build: async (f, s) => ({ url: `/api/milestones/${await milestoneIn(f, s)}` }) },
  'POST /api/milestones': {
    area: 'plan',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => ({ url: '/api/milestones', body: { goalId: await goalIn(f, s), title: 'A milestone', dueOn: '2026-12-15' } }),
  },
  'PATCH /api/milestones/{id}': {
    area: 'plan',
    action: 'write',
    scopes: stateScopes,
    build: async (f, s) => {
      const milestone = await milestoneRowIn(f, s);
      return { url: `/api/milestones/${milestone.id}`, body: { title: 'Renamed', version: milestone.version } };
    },
  },
  'DELETE /api/milestones/{id}': { area: 'plan', action: 'write', scopes: stateScopes, build: async (f, s) => ({ url: `/api/milestones/${await milestoneIn(f, s)}` }) },
  'POST /api/milestones/{id}/updates': {
    area: 'plan',
    action: 'own_milestone',
    scopes: stateScopes,
    build: async (f, s) => {
      const milestone = await milestoneRowIn(f, s);
      return { url: `/api/milestones/${milestone.id}/updates`, body: { status: 'in_progress', comment: 'Started', version: milestone.version } };
    },
  },

  'POST /api/plan-comments': { area: 'plan', action: 'comment', scopes: stateScopes, build: async (f, s) => ({ url: '/api/plan-comments', body: { planId: await planIn(f, s), body: 'A comment' } }) },
  'DELETE /api/plan-comments/{id}': { area: 'plan', action: 'comment', scopes: stateScopes, build: async (f, s, role) => ({ url: `/api/plan-comments/${await commentFor(f, s, role)}` }) },
};
