import { describe, expect, it } from 'vitest';
import type { Assessment, AssessmentSummary, Growth } from '../../web/src/lib/api-assessments.ts';
import type { Call } from '../../web/src/lib/api-calls.ts';
import type { Plan, PlanMilestone } from '../../web/src/lib/api-plans.ts';
import type { SiteVisit } from '../../web/src/lib/api-site-visits.ts';
import {
  assessmentCsvRows,
  barPercent,
  changeDirection,
  describeDomainRow,
  domainRows,
  formatAverage,
  formatChange,
  nearestRatingLabel,
  nextAssessmentKind,
  pendingResponses,
  pickAssessments,
  ratedCount,
  savedResponses,
  shownResponse,
} from '../../web/src/lib/assessment.ts';
import {
  canCommentOnPlan,
  canDeleteComment,
  canUpdateMilestone,
  canWriteAssessment,
  canWritePlan,
  contactCsvRows,
  contactLog,
  currentYear,
  describeChange,
  domainOptions,
  dueIn,
  isEvidenceLink,
  dueNext,
  nextStatus,
  planCounts,
  planCsvRows,
  readContactFilter,
  slug,
} from '../../web/src/lib/plan.ts';
import type { Me, Role } from '../../web/src/lib/types.ts';

const stamp = '2026-10-27 15:00:00+00';

function milestone(patch: Partial<PlanMilestone> & { id: string }): PlanMilestone {
  return {
    goalId: 'g1',
    title: `Milestone ${patch.id}`,
    ownerId: null,
    ownerName: 'Carla Benton',
    dueOn: '2026-12-15',
    status: 'not_started',
    completedOn: null,
    position: 0,
    overdue: false,
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
    history: [],
    ...patch,
  };
}

function plan(milestones: PlanMilestone[]): Plan {
  return {
    id: 'p1',
    programYearId: 'y1',
    stateCode: 'AR',
    title: 'Arkansas plan',
    vision: '',
    goalCount: 1,
    milestoneCount: milestones.length,
    completedCount: 0,
    overdueCount: 0,
    percentComplete: 0,
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
    comments: [],
    goals: [
      {
        id: 'g1',
        planId: 'p1',
        domainId: 'd-funding',
        domainKey: 'funding',
        domainTitle: 'Identify funding needs and sources',
        title: 'Build a braided funding map',
        description: '',
        position: 0,
        createdAt: stamp,
        updatedAt: stamp,
        version: 1,
        milestones,
      },
    ],
  };
}

const me = (role: Role, id = 'u1'): Pick<Me, 'user'> => ({
  user: { id, email: 'x@demo.test', name: 'X', role, stateCode: role.startsWith('state') ? 'AR' : null, active: true },
});

describe('plan (web): milestone statuses', () => {
  it('starts the update form on the next sensible status', () => {
    expect(nextStatus('not_started')).toBe('in_progress');
    expect(nextStatus('in_progress')).toBe('completed');
    expect(nextStatus('at_risk')).toBe('in_progress');
    expect(nextStatus('deferred')).toBe('in_progress');
    expect(nextStatus('completed')).toBe('completed');
  });

  it('accepts http(s) evidence links only', () => {
    expect(isEvidenceLink('https://docs.example.org/a')).toBe(true);
    expect(isEvidenceLink('HTTP://x.example')).toBe(true);
    expect(isEvidenceLink('javascript:alert(1)')).toBe(false);
    expect(isEvidenceLink('docs.example.org')).toBe(false);
    expect(isEvidenceLink('https://has space.example')).toBe(false);
  });

  it('says a history entry as old → new in words', () => {
    expect(describeChange(null, 'not_started')).toBe('Added as Not started');
    expect(describeChange('in_progress', 'completed')).toBe('In progress → Completed');
    expect(describeChange('at_risk', 'at_risk')).toBe('At risk (no change)');
  });
});

describe('plan (web): what is due', () => {
  const today = '2026-11-24';
  const p = plan([
    milestone({ id: 'late', dueOn: '2026-11-01', status: 'in_progress', overdue: true }),
    milestone({ id: 'soon', dueOn: '2026-12-01' }),
    milestone({ id: 'done', dueOn: '2026-11-20', status: 'completed' }),
    milestone({ id: 'later', dueOn: '2027-03-01' }),
    milestone({ id: 'muchlater', dueOn: '2027-06-01' }),
    milestone({ id: 'parked', dueOn: '2026-11-02', status: 'deferred' }),
  ]);

  it('lists the overdue ones (as the API flags them) and the open ones due soon, topped up to three', () => {
    const due = dueNext(p, today);
    expect(due.overdue.map((m) => m.id)).toEqual(['late']);
    expect(due.upcoming.map((m) => m.id)).toEqual(['soon', 'later', 'muchlater']);
    expect(due.upcoming[0].goalTitle).toBe('Build a braided funding map');
  });

  it('keeps only those within the window when there are enough', () => {
    expect(dueNext(p, today, 400).upcoming.map((m) => m.id)).toEqual(['soon', 'later', 'muchlater']);
    expect(dueNext(p, today, 10, 1).upcoming.map((m) => m.id)).toEqual(['soon']);
  });

  it('says when a milestone is due', () => {
    expect(dueIn('2026-11-24', today)).toBe('due today');
    expect(dueIn('2026-11-25', today)).toBe('due tomorrow');
    expect(dueIn('2026-12-04', today)).toBe('due in 10 days');
    expect(dueIn('2026-11-23', today)).toBe('1 day overdue');
    expect(dueIn('2026-11-01', today)).toBe('23 days overdue');
  });

  it('counts completed as a share of those not deferred', () => {
    expect(planCounts(p)).toEqual({ total: 6, completed: 1, overdue: 1, atRisk: 0, percent: 20 });
    expect(planCounts(plan([])).percent).toBe(0);
  });
});

describe('plan (web): who may do what', () => {
  it('follows the role table', () => {
    expect([canWritePlan('staff'), canWritePlan('state_lead'), canWritePlan('coach'), canWritePlan('state_member')]).toEqual([true, true, false, false]);
    expect([canCommentOnPlan('coach'), canCommentOnPlan('state_member')]).toEqual([true, false]);
    expect([canWriteAssessment('coach'), canWriteAssessment('state_lead'), canWriteAssessment('state_member')]).toEqual([true, true, false]);
  });

  it('lets a state member update only the milestones they own; a coach none', () => {
    expect(canUpdateMilestone(me('state_member', 'm1'), { ownerId: 'm1' })).toBe(true);
    expect(canUpdateMilestone(me('state_member', 'm1'), { ownerId: 'someone' })).toBe(false);
    expect(canUpdateMilestone(me('state_member', 'm1'), { ownerId: null })).toBe(false);
    expect(canUpdateMilestone(me('state_lead'), { ownerId: null })).toBe(true);
    expect(canUpdateMilestone(me('coach'), { ownerId: null })).toBe(false);
  });

  it('lets a comment be deleted by its author or staff', () => {
    expect(canDeleteComment(me('coach', 'c1'), { authorId: 'c1' })).toBe(true);
    expect(canDeleteComment(me('coach', 'c1'), { authorId: 'c2' })).toBe(false);
    expect(canDeleteComment(me('staff'), { authorId: null })).toBe(true);
    expect(canDeleteComment(me('state_lead', 'l1'), { authorId: null })).toBe(false);
  });
});

describe('plan (web): the current program year', () => {
  const years = [
    { id: 'a', startsOn: '2025-08-01', endsOn: '2026-08-31' },
    { id: 'b', startsOn: '2026-08-01', endsOn: '2027-08-31' },
    { id: 'c', startsOn: '2028-08-01', endsOn: '2029-08-31' },
  ];
  it('is the year whose span holds today (the later one where two overlap), else the latest', () => {
    expect(currentYear(years, '2026-03-01')?.id).toBe('a');
    expect(currentYear(years, '2026-08-15')?.id).toBe('b');
    expect(currentYear(years, '2027-12-01')?.id).toBe('c');
    expect(currentYear([], '2027-12-01')).toBeNull();
  });
});

describe('plan (web): goals and priority areas', () => {
  it('offers the baseline’s domains with their priority flags, else the instrument’s', () => {
    const baseline = { domainScores: [{ domainId: 'd1', title: 'Funding', priorities: 2 }, { domainId: 'd2', title: 'Policies', priorities: 0 }] };
    expect(domainOptions(baseline)).toEqual([
      { id: 'd1', title: 'Funding', priority: true },
      { id: 'd2', title: 'Policies', priority: false },
    ]);
    expect(domainOptions(null, [{ id: 'i1', title: 'Partnerships' }])).toEqual([{ id: 'i1', title: 'Partnerships', priority: false }]);
  });
});

describe('plan (web): calls and visits as one log', () => {
  const call = (id: string, date: string, coachNotes?: string): Call => ({
    id,
    programYearId: 'y1',
    stateCode: 'AR',
    coachId: 'c1',
    coachName: 'Nan Dare',
    kind: 'full_team',
    status: 'held',
    date,
    startTime: null,
    durationMinutes: 60,
    attendees: ['Marcus Whitfield'],
    agenda: '=SUM(A1)',
    notes: 'Notes',
    ...(coachNotes === undefined ? {} : { coachNotes }),
    progress: '',
    challenges: '',
    resourcesShared: '',
    smeRequests: '',
    actionItems: [{ id: 'a1', stateCode: 'AR', callId: id, siteVisitId: null, description: 'Send the draft', owner: 'Carla', dueOn: '2026-10-01', done: true, version: 1 }],
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
  });
  const visit = (id: string, startsOn: string | null): SiteVisit => ({
    id,
    programYearId: 'y1',
    stateCode: 'AR',
    coachId: 'c1',
    coachName: 'Nan Dare',
    number: 1,
    status: startsOn ? 'scheduled' : 'proposed',
    startsOn,
    endsOn: startsOn,
    location: 'Little Rock',
    purpose: '',
    participants: [],
    summary: '',
    followUps: [],
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
  });

  it('orders by date, oldest first, a visit after a call on the same day, undated visits last', () => {
    const log = contactLog([call('c2', '2026-10-15'), call('c1', '2026-09-04')], [visit('v0', null), visit('v1', '2026-10-15')]);
    expect(log.map((e) => e.id)).toEqual(['c1', 'c2', 'v1', 'v0']);
    expect(contactLog([call('c1', '2026-09-04')], [visit('v1', '2026-10-15')], 'visits').map((e) => e.id)).toEqual(['v1']);
    expect(readContactFilter('calls')).toBe('calls');
    expect(readContactFilter('nonsense')).toBe('all');
  });

  it('exports coach-only notes only when the API sent them', () => {
    const forStaff = contactCsvRows(contactLog([call('c1', '2026-09-04', 'private')], []));
    expect(forStaff[0]).toContain('Coach-only notes');
    expect(forStaff[1]).toContain('private');
    expect(forStaff[1]).toContain('[done] Send the draft (Carla) due 2026-10-01');
    const forLead = contactCsvRows(contactLog([call('c1', '2026-09-04')], []));
    expect(forLead[0]).not.toContain('Coach-only notes');
  });
});

describe('plan (web): the plan as CSV', () => {
  it('writes one line per milestone with its goal, priority area and latest update', () => {
    const rows = planCsvRows(
      plan([
        milestone({
          id: 'm1',
          status: 'completed',
          history: [
            { id: 'h2', milestoneId: 'm1', authorId: 'u', authorName: 'Marcus', createdAt: '2026-11-19 11:00:00+00', oldStatus: 'in_progress', newStatus: 'completed', comment: 'Done', evidenceUrl: 'https://x.example/e' },
          ],
        }),
      ]),
    );
    expect(rows[0][0]).toBe('Goal');
    expect(rows[1]).toEqual(['Build a braided funding map', 'Identify funding needs and sources', 'Milestone m1', 'Carla Benton', '2026-12-15', 'Completed', 'no', '', '2026-11-19', 'Done', 'https://x.example/e']);
    expect(slug('Arkansas Career Pathways!')).toBe('arkansas-career-pathways');
  });
});

describe('assessment (web): the scale and growth in words', () => {
  it('formats averages and changes', () => {
    expect(formatAverage(2.4)).toBe('2.4');
    expect(formatAverage(3)).toBe('3.0');
    expect(formatAverage(null)).toBe('—');
    expect(formatChange(0.6)).toBe('+0.6');
    expect(formatChange(-0.3)).toBe('−0.3');
    expect(formatChange(0)).toBe('no change');
    expect(formatChange(null)).toBe('—');
    expect([changeDirection(0.6), changeDirection(-0.2), changeDirection(0), changeDirection(null)]).toEqual(['up', 'down', 'same', 'none']);
  });

  it('names the nearest step of the scale and sizes the bars on 0–4', () => {
    expect(nearestRatingLabel(1.3)).toBe('Not started');
    expect(nearestRatingLabel(2.4)).toBe('Emerging');
    expect(nearestRatingLabel(2.5)).toBe('Developing');
    expect(nearestRatingLabel(4)).toBe('Established');
    expect(nearestRatingLabel(null)).toBe('not rated');
    expect(barPercent(4)).toBe(100);
    expect(barPercent(2.4)).toBe(60);
    expect(barPercent(null)).toBe(0);
  });
});

describe('assessment (web): baseline beside reassessment', () => {
  const summary = (kind: 'baseline' | 'reassessment', status: 'in_progress' | 'completed'): AssessmentSummary => ({
    id: kind,
    programYearId: 'y1',
    stateCode: 'AR',
    instrumentId: 'i1',
    instrumentName: 'Career Pathways Readiness Assessment',
    instrumentRevision: 1,
    kind,
    status,
    startedOn: '2026-09-18',
    completedOn: status === 'completed' ? '2026-10-20' : null,
    indicatorCount: 2,
    ratedCount: 2,
    domainScores: [{ domainId: 'd1', key: 'funding', title: 'Funding', average: 1.5, rated: 2, indicators: 2, priorities: 1 }],
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
  });
  const growth: Growth = {
    programYearId: 'y1',
    stateCode: 'AR',
    baseline: null,
    reassessment: null,
    domains: [
      { key: 'funding', title: 'Funding', baseline: 1.5, reassessment: 2.5, change: 1 },
      { key: 'policies', title: 'Policies', baseline: 3, reassessment: null, change: null },
    ],
  };

  it('joins growth with the baseline’s priority flags by domain key', () => {
    const rows = domainRows(growth, summary('baseline', 'completed'));
    expect(rows).toEqual([
      { key: 'funding', title: 'Funding', baseline: 1.5, reassessment: 2.5, change: 1, priorities: 1 },
      { key: 'policies', title: 'Policies', baseline: 3, reassessment: null, change: null, priorities: 0 },
    ]);
    expect(describeDomainRow(rows[0])).toBe('Funding: baseline 1.5 (emerging), reassessment 2.5 (developing), change +1.0');
    expect(describeDomainRow(rows[1])).toBe('Policies: baseline 3.0 (developing), reassessment not rated');
  });

  it('offers a baseline first, and a reassessment once the baseline is completed', () => {
    expect(nextAssessmentKind(null, null)).toBe('baseline');
    expect(nextAssessmentKind(summary('baseline', 'in_progress'), null)).toBeNull();
    expect(nextAssessmentKind(summary('baseline', 'completed'), null)).toBe('reassessment');
    expect(nextAssessmentKind(summary('baseline', 'completed'), summary('reassessment', 'in_progress'))).toBeNull();
    expect(pickAssessments([summary('reassessment', 'in_progress'), summary('baseline', 'completed')]).baseline?.kind).toBe('baseline');
  });
});

describe('assessment (web): the form’s draft', () => {
  const assessment: Pick<Assessment, 'domains' | 'responses'> = {
    domains: [
      {
        id: 'd1',
        instrumentId: 'i1',
        key: 'funding',
        title: 'Funding',
        description: '',
        position: 0,
        indicators: [
          { id: 'i1', domainId: 'd1', key: 'a', text: 'First', position: 0 },
          { id: 'i2', domainId: 'd1', key: 'b', text: 'Second', position: 1 },
          { id: 'i3', domainId: 'd1', key: 'c', text: 'Third', position: 2 },
        ],
      },
    ],
    responses: [{ id: 'r1', indicatorId: 'i1', rating: 2, evidence: 'Some', priority: false, updatedAt: stamp }],
  };
  const saved = savedResponses(assessment);

  it('shows an edit over what was saved, and an empty answer otherwise', () => {
    expect(shownResponse({}, saved, 'i1')).toEqual({ rating: 2, evidence: 'Some', priority: false });
    expect(shownResponse({ i1: { rating: 3, evidence: 'More', priority: true } }, saved, 'i1').rating).toBe(3);
    expect(shownResponse({}, saved, 'i2')).toEqual({ rating: null, evidence: '', priority: false });
  });

  it('sends only real changes, and holds back those without a rating', () => {
    const edits = {
      i1: { rating: 2 as const, evidence: 'Some ', priority: false }, // unchanged once trimmed
      i2: { rating: 4 as const, evidence: ' Strong ', priority: true },
      i3: { rating: null, evidence: 'Evidence but no rating', priority: false },
    };
    expect(pendingResponses(edits, saved)).toEqual({
      toSave: [{ indicatorId: 'i2', rating: 4, evidence: 'Strong', priority: true }],
      needRating: ['i3'],
    });
    expect(ratedCount(assessment, edits, saved)).toBe(2);
    expect(ratedCount(assessment, {}, saved)).toBe(1);
  });

  it('writes every indicator with its answer as CSV', () => {
    const rows = assessmentCsvRows({ ...(assessment as Assessment) });
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(['Funding', 'a', 'First', 2, 'Emerging', 'Some', 'no']);
    expect(rows[2]).toEqual(['Funding', 'b', 'Second', '', 'not rated', '', 'no']);
  });
});
