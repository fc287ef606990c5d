import { describe, expect, it } from 'vitest';
import type { ActionItemView } from '../../web/src/lib/api-action-items.ts';
import type { Call } from '../../web/src/lib/api-calls.ts';
import { ApiError } from '../../web/src/lib/api-errors.ts';
import type { SiteVisit } from '../../web/src/lib/api-site-visits.ts';
import {
  ALL_YEARS,
  blankRow,
  callCreateBody,
  callCsvRows,
  callFields,
  callFormValues,
  canWriteEngagement,
  currentYear,
  dueCounts,
  dueItems,
  errorForListField,
  errorForRows,
  filtersToSearch,
  firstOfNextMonth,
  formatDuration,
  freeVisitNumber,
  isRecordId,
  nextEngagements,
  pageSummary,
  readCallFilters,
  readVisitFilters,
  rowsToItems,
  visitCsvRows,
  visitFields,
  visitFormValues,
  yearForQuery,
} from '../../web/src/lib/engagement.ts';
import type { ProgressMonth, StateProgress } from '../../web/src/lib/types.ts';

const YEAR = { id: 'y1', name: '2026–27', startsOn: '2026-08-01', endsOn: '2027-08-31' };

function call(overrides: Partial<Call> = {}): Call {
  return {
    id: 'c1',
    programYearId: 'y1',
    stateCode: 'AR',
    coachId: 'u1',
    coachName: 'Nan Dare',
    kind: 'full_team',
    status: 'held',
    date: '2026-11-04',
    startTime: '10:00:00',
    durationMinutes: 60,
    attendees: ['Marcus Whitfield', 'Nan Dare'],
    agenda: 'Plan goals',
    notes: 'Shared note',
    coachNotes: 'Private note',
    progress: '',
    challenges: '',
    resourcesShared: '',
    smeRequests: '',
    actionItems: [],
    createdAt: '2026-11-04T10:00:00Z',
    updatedAt: '2026-11-04T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

function visit(overrides: Partial<SiteVisit> = {}): SiteVisit {
  return {
    id: 'v1',
    programYearId: 'y1',
    stateCode: 'AR',
    coachId: 'u1',
    coachName: 'Nan Dare',
    number: 1,
    status: 'scheduled',
    startsOn: '2026-12-08',
    endsOn: '2026-12-09',
    location: 'Little Rock, AR',
    purpose: '',
    participants: [],
    summary: '',
    coachNotes: '',
    followUps: [],
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

function month(key: string, callStatus: ProgressMonth['callStatus'], callRequired = true): ProgressMonth {
  return { month: key, callRequired, callStatus, heldCalls: 0, scheduledCalls: 0, visits: [], checkpoints: [], coachId: null };
}

function state(overrides: Partial<StateProgress> = {}): StateProgress {
  return {
    stateCode: 'AR',
    stateName: 'Arkansas',
    tier: 'intensive',
    coaches: [{ id: 'u1', name: 'Nan Dare' }],
    months: [month('2026-10', 'held'), month('2026-11', 'due'), month('2026-12', 'upcoming')],
    checkpoints: [
      { kind: 'assessment', title: 'Readiness assessment', dueOn: '2026-10-31', status: 'met', metOn: '2026-10-20', done: 1, required: 1 },
      { kind: 'plan', title: 'Project plan', dueOn: '2026-11-30', status: 'pending', metOn: null, done: 0, required: 1 },
      { kind: 'site_visits', title: 'Two site visits', dueOn: '2027-07-31', status: 'pending', metOn: null, done: 0, required: 2 },
      { kind: 'reassessment', title: 'Reassessment', dueOn: '2027-08-31', status: 'pending', metOn: null, done: 0, required: 1 },
    ],
    milestones: { total: 0, completed: 0, inProgress: 0, atRisk: 0, deferred: 0, overdue: 0, percentComplete: 0 },
    actionItems: { open: 0, overdue: 0 },
    missedMonths: 0,
    lastContactOn: '2026-10-20',
    daysSinceContact: 35,
    health: 'on_track',
    reasons: [],
    ...overrides,
  };
}

function actionItem(overrides: Partial<ActionItemView> = {}): ActionItemView {
  return {
    id: 'a1',
    stateCode: 'AR',
    callId: 'c1',
    siteVisitId: null,
    description: 'Send the plan',
    owner: 'Marcus',
    dueOn: '2026-11-10',
    done: false,
    version: 1,
    programYearId: 'y1',
    parentKind: 'call',
    parentId: 'c1',
    parentDate: '2026-11-04',
    overdue: true,
    createdAt: '2026-11-04T10:00:00Z',
    updatedAt: '2026-11-04T10:00:00Z',
    ...overrides,
  };
}

describe('coach side: the current program year', () => {
  const later = { id: 'y2', name: '2027–28', startsOn: '2027-08-01', endsOn: '2028-08-31' };

  it('is the year whose span holds today', () => {
    expect(currentYear([later, YEAR], '2026-11-24')?.id).toBe('y1');
    expect(currentYear([YEAR, later], '2027-08-01')?.id).toBe('y1');
  });

  it('is the latest to start when none holds today, and null when there are none', () => {
    expect(currentYear([YEAR, later], '2030-01-01')?.id).toBe('y2');
    expect(currentYear([], '2026-11-24')).toBeNull();
  });

  it('gives the first day of the next month, across a year end', () => {
    expect(firstOfNextMonth('2026-11-24')).toBe('2026-12-01');
    expect(firstOfNextMonth('2026-12-31')).toBe('2027-01-01');
  });
});

describe('coach side: who may log calls and visits', () => {
  const me = (role: 'staff' | 'coach' | 'state_lead' | 'state_member', states: string[]) => ({ user: { role }, states, allStates: role === 'staff' });

  it('lets staff write for every state and a coach for their paired states only', () => {
    expect(canWriteEngagement(me('staff', []), 'IA')).toBe(true);
    expect(canWriteEngagement(me('coach', ['AR', 'HI']), 'ar')).toBe(true);
    expect(canWriteEngagement(me('coach', ['AR', 'HI']), 'IA')).toBe(false);
    expect(canWriteEngagement(me('coach', []))).toBe(false);
  });

  it('never lets state users write', () => {
    expect(canWriteEngagement(me('state_lead', ['AR']), 'AR')).toBe(false);
    expect(canWriteEngagement(me('state_member', ['AR']))).toBe(false);
  });

  it('treats only UUIDs as record ids', () => {
    expect(isRecordId('d3acb8a1-ce9d-428c-b64c-862e0fe6cbea')).toBe(true);
    expect(isRecordId('new')).toBe(false);
  });
});

describe('coach side: what is due or overdue this month', () => {
  const progress = (states: StateProgress[]) => ({ today: '2026-11-24', states });

  it("lists this month's call when none is held or scheduled, linking to the form for that state", () => {
    const items = dueItems({ progress: progress([state()]), scheduledCalls: [], visits: [visit(), visit({ id: 'v2', number: 2, status: 'scheduled', startsOn: '2027-04-20', endsOn: null })], actionItems: [] });
    const callItem = items.find((i) => i.key === 'call-AR-2026-11');
    expect(callItem).toMatchObject({ tone: 'due', what: "Hold this month's call", href: '/calls/new?state=AR', dueOn: '2026-11-30' });
  });

  it('links a scheduled call of this month, and calls it overdue once its day has passed unheld', () => {
    const cells = [month('2026-11', 'scheduled')];
    const upcoming = dueItems({ progress: progress([state({ months: cells })]), scheduledCalls: [call({ id: 'c9', status: 'scheduled', date: '2026-11-27' })], visits: [], actionItems: [] });
    expect(upcoming.find((i) => i.key === 'call-AR-2026-11')).toMatchObject({ tone: 'due', href: '/calls/c9' });
    const passed = dueItems({ progress: progress([state({ months: cells })]), scheduledCalls: [call({ id: 'c9', status: 'scheduled', date: '2026-11-20' })], visits: [], actionItems: [] });
    expect(passed.find((i) => i.key === 'call-AR-2026-11')).toMatchObject({ tone: 'overdue', what: "Record this month's call" });
  });

  it('says nothing about a month whose call is held', () => {
    const items = dueItems({ progress: progress([state({ months: [month('2026-11', 'held')] })]), scheduledCalls: [], visits: [visit(), visit({ id: 'v2', number: 2 })], actionItems: [] });
    expect(items.some((i) => i.key.startsWith('call-'))).toBe(false);
  });

  it('asks to plan a visit that does not exist yet and to write up one that took place', () => {
    const items = dueItems({
      progress: progress([state({ months: [month('2026-11', 'held')] })]),
      scheduledCalls: [],
      visits: [visit({ startsOn: '2026-11-10', endsOn: '2026-11-11' }), visit({ id: 'v0', number: 2, status: 'cancelled' })],
      actionItems: [],
    });
    expect(items.find((i) => i.key === 'visit-AR-1')).toMatchObject({ tone: 'overdue', what: 'Write up site visit 1', href: '/site-visits/v1' });
    expect(items.find((i) => i.key === 'visit-AR-2')).toMatchObject({ tone: 'due', what: 'Plan site visit 2', href: '/site-visits/new?state=AR&number=2' });
  });

  it('asks to confirm a proposed visit only when it is near or undated, and makes all overdue past the deadline', () => {
    const far = visit({ id: 'v2', number: 2, status: 'proposed', startsOn: '2027-04-20', endsOn: null });
    const calm = dueItems({ progress: progress([state({ months: [] })]), scheduledCalls: [], visits: [visit(), far], actionItems: [] });
    expect(calm.some((i) => i.key === 'visit-AR-2')).toBe(false);
    const undated = dueItems({ progress: progress([state({ months: [] })]), scheduledCalls: [], visits: [visit(), { ...far, startsOn: null }], actionItems: [] });
    expect(undated.find((i) => i.key === 'visit-AR-2')).toMatchObject({ tone: 'due', what: 'Schedule site visit 2' });
    const late = state({
      months: [],
      checkpoints: [{ kind: 'site_visits', title: 'Two site visits', dueOn: '2026-11-01', status: 'overdue', metOn: null, done: 0, required: 2 }],
    });
    const overdue = dueItems({ progress: progress([late]), scheduledCalls: [], visits: [visit(), far], actionItems: [] });
    expect(overdue.find((i) => i.key === 'visit-AR-2')).toMatchObject({ tone: 'overdue' });
  });

  it('lists checkpoints that are overdue or come due within a month, not those met or far off', () => {
    const s = state({
      months: [],
      checkpoints: [
        { kind: 'assessment', title: 'Readiness assessment', dueOn: '2026-10-31', status: 'overdue', metOn: null, done: 0, required: 1 },
        { kind: 'plan', title: 'Project plan', dueOn: '2026-11-30', status: 'pending', metOn: null, done: 0, required: 1 },
        { kind: 'reassessment', title: 'Reassessment', dueOn: '2027-08-31', status: 'pending', metOn: null, done: 0, required: 1 },
      ],
    });
    const items = dueItems({ progress: progress([s]), scheduledCalls: [], visits: [], actionItems: [] });
    expect(items.find((i) => i.key === 'checkpoint-AR-assessment')).toMatchObject({ tone: 'overdue', href: '/states/AR' });
    expect(items.find((i) => i.key === 'checkpoint-AR-plan')).toMatchObject({ tone: 'due' });
    expect(items.some((i) => i.key === 'checkpoint-AR-reassessment')).toBe(false);
  });

  it('lists open action items past due or due this month, linked to their call or visit, and skips done ones', () => {
    const items = dueItems({
      progress: progress([state({ months: [], checkpoints: [] })]),
      scheduledCalls: [],
      visits: [],
      actionItems: [
        actionItem(),
        actionItem({ id: 'a2', dueOn: '2026-11-28', overdue: false, parentKind: 'site_visit', parentId: 'v1' }),
        actionItem({ id: 'a3', done: true }),
        actionItem({ id: 'a4', dueOn: '2026-12-15', overdue: false }),
      ],
    });
    expect(items.map((i) => i.key)).toEqual(['action-a1', 'action-a2']);
    expect(items[0]).toMatchObject({ tone: 'overdue', href: '/calls/c1', detail: 'Marcus · was due Nov 10, 2026' });
    expect(items[1]).toMatchObject({ tone: 'due', href: '/site-visits/v1' });
  });

  it('puts overdue first, then the earliest, and counts per state', () => {
    const items = dueItems({
      progress: progress([state(), state({ stateCode: 'HI', stateName: 'Hawaii', months: [month('2026-11', 'held')] })]),
      scheduledCalls: [],
      visits: [visit(), visit({ id: 'v2', number: 2 }), visit({ id: 'h1', stateCode: 'HI' }), visit({ id: 'h2', stateCode: 'HI', number: 2 })],
      actionItems: [actionItem({ stateCode: 'HI' })],
    });
    expect(items[0]).toMatchObject({ tone: 'overdue', stateCode: 'HI' });
    expect(items.slice(1).every((i) => i.tone === 'due')).toBe(true);
    const dates = items.slice(1).map((i) => i.dueOn ?? '');
    expect([...dates].sort()).toEqual(dates);
    // Hawaii: the overdue action item, and its plan checkpoint due this month.
    expect(dueCounts(items, 'HI')).toEqual({ overdue: 1, due: 1 });
    expect(dueCounts(items, 'AR').overdue).toBe(0);
  });
});

describe('coach side: what comes next for a state', () => {
  it('is the earliest scheduled call and the earliest dated visit from today on', () => {
    const calls = [
      call({ id: 'late', status: 'scheduled', date: '2026-12-07' }),
      call({ id: 'soon', status: 'scheduled', date: '2026-11-26' }),
      call({ id: 'past', status: 'scheduled', date: '2026-11-01' }),
      call({ id: 'other', status: 'scheduled', date: '2026-11-25', stateCode: 'HI' }),
    ];
    const visits = [visit({ id: 'v2', number: 2, status: 'proposed', startsOn: '2027-04-21' }), visit(), visit({ id: 'gone', status: 'cancelled', startsOn: '2026-11-30' })];
    const next = nextEngagements('AR', calls, visits, '2026-11-24');
    expect(next.call?.id).toBe('soon');
    expect(next.visit?.id).toBe('v1');
    expect(nextEngagements('IA', calls, visits, '2026-11-24')).toEqual({ call: null, visit: null });
  });
});

describe('coach side: list filters in the URL', () => {
  it('reads valid filters and drops nonsense', () => {
    const filters = readCallFilters(new URLSearchParams('state=ar&status=held&kind=planning&from=2026-10-01&to=bad&page=3'));
    expect(filters).toEqual({ programYear: null, state: 'AR', status: 'held', kind: 'planning', from: '2026-10-01', to: null, page: 3 });
    expect(readCallFilters(new URLSearchParams('status=missed&kind=x&page=-2&state=ARK'))).toMatchObject({ status: null, kind: null, page: 1, state: null });
    expect(readVisitFilters(new URLSearchParams('status=proposed&programYear=all'))).toMatchObject({ status: 'proposed', programYear: 'all' });
  });

  it('asks for the current year by default, any year for "all", or the chosen one', () => {
    expect(yearForQuery(null, 'y1')).toBe('y1');
    expect(yearForQuery(ALL_YEARS, 'y1')).toBeNull();
    expect(yearForQuery('y0', 'y1')).toBe('y0');
  });

  it('writes filters back without empty values or page 1', () => {
    expect(filtersToSearch({ programYear: null, state: 'AR', status: null, page: 1 })).toBe('?state=AR');
    expect(filtersToSearch({ state: null, page: 1 })).toBe('');
    expect(filtersToSearch({ state: 'HI', page: 2 })).toBe('?state=HI&page=2');
  });

  it('says which rows a page shows', () => {
    expect(pageSummary(1, 13, 13, ['call', 'calls'])).toBe('13 calls');
    expect(pageSummary(1, 1, 1, ['call', 'calls'])).toBe('1 call');
    expect(pageSummary(2, 25, 60, ['call', 'calls'])).toBe('Showing 26–50 of 60 calls');
    expect(pageSummary(1, 0, 0, ['call', 'calls'])).toBe('No calls');
  });
});

describe('coach side: forms to request bodies', () => {
  it('starts a new call as a held full-team call today, for the chosen state', () => {
    expect(callFormValues(null, { stateCode: 'AR', today: '2026-11-24' })).toMatchObject({
      stateCode: 'AR',
      kind: 'full_team',
      status: 'held',
      date: '2026-11-24',
      durationMinutes: '60',
      attendees: '',
    });
  });

  it('prefills an edit from the call, with the time as HH:mm and attendees a line each', () => {
    const values = callFormValues(call(), { stateCode: '', today: '2026-11-24' });
    expect(values).toMatchObject({ startTime: '10:00', durationMinutes: '60', attendees: 'Marcus Whitfield\nNan Dare', coachNotes: 'Private note' });
  });

  it('turns the form into a body: nulls for empty time and duration, trimmed lines, coach notes only when seen', () => {
    const values = { ...callFormValues(null, { stateCode: 'AR', today: '2026-11-24' }), startTime: '', durationMinutes: '', attendees: ' Ann \n\n Bo ', coachNotes: 'x' };
    const shared = callFields(values, false);
    expect(shared).toMatchObject({ startTime: null, durationMinutes: null, attendees: ['Ann', 'Bo'] });
    expect(shared).not.toHaveProperty('coachNotes');
    expect(callFields({ ...values, durationMinutes: 45 }, true)).toMatchObject({ durationMinutes: 45, coachNotes: 'x' });
    const body = callCreateBody(values, 'y1', [{ description: 'Do it', owner: '', dueOn: null }], true);
    expect(body).toMatchObject({ programYearId: 'y1', stateCode: 'AR', actionItems: [{ description: 'Do it' }] });
  });

  it('turns a visit form into a body with the number as 1 or 2 and empty dates as null', () => {
    const values = { ...visitFormValues(null, { stateCode: 'HI', number: 2 }), participants: 'Ann\nBo' };
    expect(values).toMatchObject({ number: '2', status: 'scheduled', startsOn: '' });
    expect(visitFields(values, false)).toEqual({
      number: 2,
      status: 'scheduled',
      startsOn: null,
      endsOn: null,
      location: '',
      purpose: '',
      participants: ['Ann', 'Bo'],
      summary: '',
    });
  });

  it('suggests the first visit number not taken by a live visit', () => {
    expect(freeVisitNumber([], 'AR')).toBe(1);
    expect(freeVisitNumber([visit()], 'AR')).toBe(2);
    expect(freeVisitNumber([visit(), visit({ number: 2, status: 'cancelled' })], 'AR')).toBe(2);
    expect(freeVisitNumber([visit({ stateCode: 'HI' })], 'AR')).toBe(1);
  });
});

describe('coach side: action-item rows and their errors', () => {
  it('drops blank rows and remembers which row each sent item came from', () => {
    const rows = [blankRow(1), { key: 2, description: ' Call Ann ', owner: 'Bo', dueOn: '' }, blankRow(3), { key: 4, description: '', owner: '', dueOn: '2026-12-01' }];
    const { items, rowOf } = rowsToItems(rows);
    expect(items).toEqual([
      { description: 'Call Ann', owner: 'Bo', dueOn: null },
      { description: '', owner: '', dueOn: '2026-12-01' },
    ]);
    expect(rowOf).toEqual([1, 3]);
  });

  it("moves an API error about the n-th sent item to that item's row", () => {
    const error = new ApiError(400, 'Fill this in.', 'actionItems.1.description');
    expect(errorForRows(error, 'actionItems', [1, 3])).toMatchObject({ field: 'actionItems.3.description', message: 'Fill this in.', status: 400 });
    const other = new ApiError(400, 'Bad date', 'date');
    expect(errorForRows(other, 'actionItems', [1, 3])).toBe(other);
  });

  it('shows an error about one entry of a list at the list field', () => {
    expect(errorForListField(new ApiError(400, 'Too long', 'attendees.3'), ['attendees']).field).toBe('attendees');
    expect(errorForListField(new ApiError(400, 'x', 'actionItems.0.dueOn'), ['attendees']).field).toBe('actionItems.0.dueOn');
  });
});

describe('coach side: CSV exports', () => {
  it('exports calls with a coach-only column only when the notes were received', () => {
    const withNotes = callCsvRows([call({ actionItems: [{ id: 'a', stateCode: 'AR', callId: 'c1', siteVisitId: null, description: 'Send', owner: 'Bo', dueOn: '2026-12-01', done: true, version: 1 }] })], new Map([['AR', 'Arkansas']]));
    expect(withNotes[0]).toContain('Coach-only notes');
    expect(withNotes[1]).toContain('Private note');
    expect(withNotes[1]).toContain('Arkansas');
    expect(withNotes[1]).toContain('10:00');
    expect(withNotes[1].at(-1)).toBe('[done] Send (Bo, due 2026-12-01)');

    const { coachNotes: _dropped, ...seenByStateUser } = call();
    const without = callCsvRows([seenByStateUser]);
    expect(without[0]).not.toContain('Coach-only notes');
    expect(without[1]).not.toContain('Private note');
    expect(without[0].length).toBe(without[1].length);
  });

  it('exports visits the same way', () => {
    const { coachNotes: _dropped, ...seenByStateUser } = visit({ coachNotes: 'secret' });
    const rows = visitCsvRows([seenByStateUser]);
    expect(rows[0]).not.toContain('Coach-only notes');
    expect(rows[1]).not.toContain('secret');
    expect(visitCsvRows([visit({ coachNotes: 'secret' })])[1]).toContain('secret');
  });

  it('formats durations for people', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(75)).toBe('1 h 15 min');
    expect(formatDuration(null)).toBe('—');
  });
});
