import { beforeAll, describe, expect, it } from 'vitest';
import { timelineActivities } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { MISSING_ID, callerFor, makeBarePlan, makeCast, makeGoal, makeMilestone } from '../helpers/factories-assessment.ts';
import { makeActionItem } from '../helpers/factories-engagement.ts';
import { makeCall, makeVisit, makeYear } from '../helpers/factories.ts';
import { defaultDomains, makeBaseline } from '../helpers/factories-playbook.ts';

let t: TestApp;
let as: ReturnType<typeof callerFor>;
let cast: Awaited<ReturnType<typeof makeCast>>;
let yearId: string;

type Draft = { callOn: string; sections: { key: string; items: { text: string; note: string }[] }[]; text: string };
const section = (draft: Draft, key: string) => draft.sections.find((s) => s.key === key)!.items.map((i) => i.text);

beforeAll(async () => {
  t = await buildTestApp(); // today is 2026-11-23
  as = callerFor(t);
  yearId = (await makeYear(t.db)).id;
  cast = await makeCast(t.db, yearId);
  const call = await makeCall(t.db, yearId, 'AR', { date: '2026-11-04' });
  const visit = await makeVisit(t.db, yearId, 'AR');
  await makeActionItem(t.db, 'AR', { callId: call.id }, { description: 'Send the sector list', owner: 'Marcus', dueOn: '2026-11-20' });
  await makeActionItem(t.db, 'AR', { siteVisitId: visit.id }, { description: 'Book the college tour', dueOn: '2026-12-10' });
  await makeActionItem(t.db, 'AR', { callId: call.id }, { description: 'Already done', done: true });
  const iowaCall = await makeCall(t.db, yearId, 'IA');
  await makeActionItem(t.db, 'IA', { callId: iowaCall.id }, { description: 'Iowa’s own task' });

  const { byKey } = await defaultDomains(t.db);
  await makeBaseline(t.db, yearId, 'AR', { priorities: ['employers', 'funding'] });
  const plan = await makeBarePlan(t.db, yearId, 'AR');
  const goal = await makeGoal(t.db, plan.id, { title: 'Engage employers', domainId: byKey.get('employers')!.id });
  await makeMilestone(t.db, goal.id, { title: 'Convene the sector partners', dueOn: '2026-11-10', status: 'in_progress' });
  await makeMilestone(t.db, goal.id, { title: 'Draft the employer survey', dueOn: '2026-12-01' });
  await makeMilestone(t.db, goal.id, { title: 'Validate the programs of study', dueOn: '2027-03-01', status: 'at_risk' });
  await makeMilestone(t.db, goal.id, { title: 'Publish the survey results', dueOn: '2027-04-01' });
  await makeMilestone(t.db, goal.id, { title: 'Finished already', dueOn: '2026-10-01', status: 'completed' });
});

describe('GET /api/states/:code/agenda-draft', () => {
  it('drafts the next call’s agenda from open items, slipped or due milestones, uncovered priorities and the timeline', async () => {
    const res = await as(cast.coach, 'GET', `/api/states/ar/agenda-draft?programYear=${yearId}&before=2026-12-03`);
    expect(res.statusCode).toBe(200);
    const draft = res.json() as Draft;
    expect(draft.callOn).toBe('2026-12-03');
    expect(section(draft, 'action_items')).toEqual(['Send the sector list', 'Book the college tour']);
    expect(section(draft, 'milestones')).toEqual([
      'Convene the sector partners (Engage employers)',
      'Draft the employer survey (Engage employers)',
      'Validate the programs of study (Engage employers)',
    ]);
    expect(section(draft, 'priorities')).toEqual(['Identify funding needs and sources']);
    expect(draft.text).toContain('1. Open action items\n   - Send the sector list (Marcus; overdue since November 20, 2026)');
    expect(draft.text).toMatch(/Next steps: owners and due dates$/);
  });

  it('lists the timeline activities coming up before and soon after the call', async () => {
    await t.db.insert(timelineActivities).values([
      { programYearId: yearId, kind: 'other', title: 'Winter state convening', startsOn: '2027-01-20', endsOn: '2027-01-20' },
      { programYearId: yearId, kind: 'other', title: 'Spring state convening', startsOn: '2027-03-01', endsOn: '2027-03-01' },
    ]);
    const draft = (await as(cast.staff, 'GET', `/api/states/AR/agenda-draft?programYear=${yearId}&before=2027-01-10`)).json() as Draft;
    const upcoming = section(draft, 'upcoming');
    expect(upcoming).toContain('Winter state convening');
    expect(upcoming).not.toContain('Spring state convening');
    expect(draft.text).toContain('   - Winter state convening (January 20, 2027)');
  });

  it('prepares a call a month from today when no day is given, and refuses a past day', async () => {
    expect(((await as(cast.coach, 'GET', `/api/states/AR/agenda-draft?programYear=${yearId}`)).json() as Draft).callOn).toBe('2026-12-23');
    expect((await as(cast.coach, 'GET', `/api/states/AR/agenda-draft?programYear=${yearId}&before=2026-11-01`)).statusCode).toBe(400);
    expect((await as(cast.coach, 'GET', `/api/states/AR/agenda-draft?programYear=${yearId}&before=soon`)).statusCode).toBe(400);
    expect((await as(cast.coach, 'GET', `/api/states/AR/agenda-draft?programYear=${MISSING_ID}`)).statusCode).toBe(400);
  });

  it('is for staff and the state’s coach: 403 for the state team, 404 for other states', async () => {
    expect((await as(cast.lead, 'GET', `/api/states/AR/agenda-draft?programYear=${yearId}`)).statusCode).toBe(403);
    expect((await as(cast.member, 'GET', `/api/states/AR/agenda-draft?programYear=${yearId}`)).statusCode).toBe(403);
    expect((await as(cast.otherCoach, 'GET', `/api/states/AR/agenda-draft?programYear=${yearId}`)).statusCode).toBe(404);
    expect((await as(cast.coach, 'GET', `/api/states/IA/agenda-draft?programYear=${yearId}`)).statusCode).toBe(404);
    expect((await as(null, 'GET', `/api/states/AR/agenda-draft?programYear=${yearId}`)).statusCode).toBe(401);
    const iowa = (await as(cast.otherCoach, 'GET', `/api/states/IA/agenda-draft?programYear=${yearId}`)).json() as Draft;
    expect(section(iowa, 'action_items')).toEqual(['Iowa’s own task']);
  });
});
