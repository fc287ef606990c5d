/**
 * The staff administration's pure rules (web/src/lib/admin.ts): the year a page shows, a new year's
 * default span, filters read from the URL, handover days, the attendance grid, the audit trail's changes,
 * and the CSV rows of the lists.
 */
import { describe, expect, it } from 'vitest';
import {
  activityRule,
  attendanceLine,
  attendanceRows,
  attendanceSummary,
  auditChanges,
  auditCsvRows,
  auditRecordName,
  defaultYear,
  eventPlace,
  fieldLabel,
  filterPairings,
  filterStates,
  filterUsers,
  handoverDays,
  handoverProblem,
  isStale,
  matchesText,
  pairingActiveOn,
  pickYear,
  queryWith,
  readAuditFilters,
  readTierFilter,
  readUserFilters,
  readableValue,
  roleNeedsState,
  slug,
  sortActivities,
  statusAllowed,
  userStateFor,
  usersCsvRows,
} from '../../web/src/lib/admin.ts';
import type { AdminUser, Attendance, AuditEntry, Pairing, StateSummary } from '../../web/src/lib/api-admin.ts';
import { ApiError } from '../../web/src/lib/api-errors.ts';

const year = (id: string, startsOn: string, endsOn: string) => ({ id, startsOn, endsOn });

const user = (overrides: Partial<AdminUser>): AdminUser => ({
  id: 'u',
  email: 'someone@example.test',
  name: 'Someone',
  role: 'coach',
  stateCode: null,
  active: true,
  createdAt: '2026-08-01T09:00:00Z',
  updatedAt: '2026-08-01T09:00:00Z',
  version: 1,
  ...overrides,
});

const pairing = (overrides: Partial<Pairing>): Pairing => ({
  id: 'p',
  programYearId: 'y',
  stateCode: 'AR',
  coachId: 'c1',
  coachName: 'Nan Dare',
  startsOn: '2026-08-01',
  endsOn: null,
  createdAt: '2026-08-01T09:00:00Z',
  updatedAt: '2026-08-01T09:00:00Z',
  version: 1,
  ...overrides,
});

describe('admin: the URL query', () => {
  it('sets and removes keys, keeping the others', () => {
    const params = new URLSearchParams('year=y1&q=ark');
    expect(queryWith(params, { q: null, tier: 'intensive' })).toBe('?year=y1&tier=intensive');
    expect(queryWith(params, { year: '', q: undefined })).toBe('');
  });

  it('matches text in any field, ignoring case', () => {
    expect(matchesText('ARK', 'AR', 'Arkansas')).toBe(true);
    expect(matchesText('iowa', 'AR', 'Arkansas')).toBe(false);
    expect(matchesText(null, 'anything')).toBe(true);
    expect(matchesText('  ', null)).toBe(true);
  });
});

describe('admin: program years', () => {
  const years = [year('y27', '2027-08-01', '2028-08-31'), year('y26', '2026-08-01', '2027-08-31')];

  it('shows the year the URL names, else the one running today, else the next, else the newest', () => {
    expect(pickYear(years, 'y27', '2026-11-01')?.id).toBe('y27');
    expect(pickYear(years, 'unknown', '2026-11-01')?.id).toBe('y26');
    expect(pickYear(years, null, '2026-11-01')?.id).toBe('y26');
    expect(pickYear([year('y27', '2027-08-01', '2028-08-31')], null, '2026-11-01')?.id).toBe('y27');
    expect(pickYear(years, null, '2030-01-01')?.id).toBe('y27');
    expect(pickYear([], null, '2026-11-01')).toBeNull();
  });

  it('suggests the next year August to August', () => {
    expect(defaultYear(years, '2026-11-01')).toEqual({ name: '2028–29 Advancing Career Pathways', startsOn: '2028-08-01', endsOn: '2029-08-31' });
    expect(defaultYear([], '2026-03-10')).toEqual({ name: '2026–27 Advancing Career Pathways', startsOn: '2026-08-01', endsOn: '2027-08-31' });
    expect(defaultYear([{ startsOn: '2099-08-01' }], '2026-03-10').name).toBe('2100–01 Advancing Career Pathways');
  });

  it('orders activities by start, then position, then the longer first', () => {
    const a = { startsOn: '2026-10-01', endsOn: '2027-08-31', position: 4, title: 'Monthly calls' };
    const b = { startsOn: '2026-09-01', endsOn: '2026-09-30', position: 1, title: 'First call' };
    const c = { startsOn: '2026-10-01', endsOn: '2027-07-31', position: 4, title: 'Site visits' };
    const d = { startsOn: '2026-10-01', endsOn: '2026-10-01', position: 2, title: 'Plan' };
    expect(sortActivities([a, b, c, d]).map((x) => x.title)).toEqual(['First call', 'Plan', 'Monthly calls', 'Site visits']);
  });

  it('says in words what each activity checks', () => {
    expect(activityRule({ kind: 'site_visits', dueOn: '2027-07-31', requiredCount: 2 })).toBe('2 site visits completed by Jul 31, 2027');
    expect(activityRule({ kind: 'plan', dueOn: '2026-11-30', requiredCount: 1 })).toBe('Project plan with goals and milestones by Nov 30, 2026');
    expect(activityRule({ kind: 'monthly_calls', dueOn: null, requiredCount: 1 })).toMatch(/every month/);
    expect(activityRule({ kind: 'other', dueOn: null, requiredCount: 1 })).toMatch(/nothing checked/);
  });
});

describe('admin: states and tiers', () => {
  const states: StateSummary[] = [
    { code: 'AR', name: 'Arkansas', timeZone: 'America/Chicago', createdAt: '', updatedAt: '', version: 1, tier: 'intensive' },
    { code: 'KY', name: 'Kentucky', timeZone: 'America/New_York', createdAt: '', updatedAt: '', version: 1, tier: 'light_touch' },
    { code: 'KS', name: 'Kansas', timeZone: 'America/Chicago', createdAt: '', updatedAt: '', version: 1, tier: null },
  ];

  it('filters by tier, by not taking part, and by text', () => {
    expect(filterStates(states, { tier: 'intensive', q: null }).map((s) => s.code)).toEqual(['AR']);
    expect(filterStates(states, { tier: 'none', q: null }).map((s) => s.code)).toEqual(['KS']);
    expect(filterStates(states, { tier: null, q: 'k' }).map((s) => s.code)).toEqual(['AR', 'KY', 'KS']);
    expect(filterStates(states, { tier: null, q: 'kan' }).map((s) => s.code)).toEqual(['AR', 'KS']);
  });

  it('reads only known tier filters', () => {
    expect(readTierFilter('light_touch')).toBe('light_touch');
    expect(readTierFilter('none')).toBe('none');
    expect(readTierFilter('gold')).toBeNull();
  });
});

describe('admin: users', () => {
  const users = [
    user({ id: '1', name: 'Nan Dare', email: 'nan.dare@demo.test' }),
    user({ id: '2', name: 'Marcus Whitfield', role: 'state_lead', stateCode: 'AR', email: 'lead.ar@demo.test' }),
    user({ id: '3', name: 'Old Account', role: 'state_member', stateCode: 'AR', active: false }),
  ];

  it('reads filters from the URL, active accounts by default', () => {
    expect(readUserFilters(new URLSearchParams('role=state_lead&state=ar&q=lead'))).toEqual({ role: 'state_lead', state: 'AR', q: 'lead', status: 'active' });
    expect(readUserFilters(new URLSearchParams('role=admin&status=all'))).toMatchObject({ role: null, status: 'all' });
  });

  it('filters by role, state, status and name or email, sorted by name', () => {
    const base = { role: null, state: null, q: null, status: 'active' as const };
    expect(filterUsers(users, base).map((u) => u.id)).toEqual(['2', '1']);
    expect(filterUsers(users, { ...base, state: 'AR', status: 'all' }).map((u) => u.id)).toEqual(['2', '3']);
    expect(filterUsers(users, { ...base, status: 'inactive' }).map((u) => u.id)).toEqual(['3']);
    expect(filterUsers(users, { ...base, q: 'LEAD.AR' }).map((u) => u.id)).toEqual(['2']);
    expect(filterUsers(users, { ...base, role: 'coach' }).map((u) => u.id)).toEqual(['1']);
  });

  it('gives a state only to state leads and members', () => {
    expect(roleNeedsState('state_lead')).toBe(true);
    expect(roleNeedsState('coach')).toBe(false);
    expect(userStateFor('coach', 'AR')).toBeNull();
    expect(userStateFor('state_member', 'AR')).toBe('AR');
    expect(userStateFor('state_member', '')).toBeNull();
  });

  it('exports users with words for role and status', () => {
    expect(usersCsvRows([users[2]])).toEqual([
      ['Name', 'Email', 'Role', 'State', 'Status'],
      ['Old Account', 'someone@example.test', 'State team member', 'AR', 'Deactivated'],
    ]);
  });
});

describe('admin: pairings and handovers', () => {
  it('ends the old pairing the day before the new coach starts', () => {
    expect(handoverDays('2027-01-01')).toEqual({ endsOn: '2026-12-31', startsOn: '2027-01-01' });
    expect(handoverDays('2027-03-01')).toEqual({ endsOn: '2027-02-28', startsOn: '2027-03-01' });
  });

  it('refuses a handover day outside the pairing', () => {
    const current = pairing({ startsOn: '2026-08-01', endsOn: '2027-06-30' });
    expect(handoverProblem(current, '')).toMatch(/Choose/);
    expect(handoverProblem(current, '2026-08-01')).toMatch(/after Aug 1, 2026/);
    expect(handoverProblem(current, '2027-07-01')).toMatch(/already ends/);
    expect(handoverProblem(current, '2026-12-01')).toBeNull();
  });

  it('knows when a pairing is in force, an open end running on', () => {
    expect(pairingActiveOn(pairing({}), '2027-08-31')).toBe(true);
    expect(pairingActiveOn(pairing({ endsOn: '2026-12-31' }), '2027-01-01')).toBe(false);
    expect(pairingActiveOn(pairing({ startsOn: '2027-01-01' }), '2026-12-31')).toBe(false);
  });

  it('filters by state and coach, ordered by state then start', () => {
    const list = [pairing({ id: 'b', stateCode: 'HI', startsOn: '2027-01-01', coachId: 'c2' }), pairing({ id: 'a', stateCode: 'HI' }), pairing({ id: 'c' })];
    expect(filterPairings(list, { state: null, coach: null }).map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(filterPairings(list, { state: 'HI', coach: 'c2' }).map((p) => p.id)).toEqual(['b']);
  });
});

describe('admin: events and attendance', () => {
  const record = (stateCode: string, status: Attendance['status'], attendees: number): Attendance => ({
    eventId: 'e',
    stateCode,
    stateName: stateCode,
    status,
    attendees,
    updatedAt: '',
    version: 1,
  });
  const participating = [
    { stateCode: 'NE', stateName: 'Nebraska', tier: 'intensive' as const },
    { stateCode: 'AR', stateName: 'Arkansas', tier: 'intensive' as const },
    { stateCode: 'KY', stateName: 'Kentucky', tier: 'light_touch' as const },
  ];

  it('lists every participating state, with its record or none', () => {
    const rows = attendanceRows(participating, [record('AR', 'attended', 3)]);
    expect(rows.map((r) => [r.stateCode, r.record?.status ?? null])).toEqual([
      ['AR', 'attended'],
      ['KY', null],
      ['NE', null],
    ]);
  });

  it('sums up attendance in words', () => {
    const summary = attendanceSummary([record('AR', 'attended', 3), record('NE', 'attended', 1), record('KY', 'excused', 0)], 4);
    expect(summary).toEqual({ attended: 2, absent: 0, excused: 1, unrecorded: 1, people: 4 });
    expect(attendanceLine(summary)).toBe('2 attended (4 people) · 1 excused');
    expect(attendanceLine(attendanceSummary([record('AR', 'attended', 1)], 1))).toBe('1 attended (1 person)');
  });

  it('allows attended and absent only once the event has happened', () => {
    expect(statusAllowed('attended', '2026-12-01', '2026-11-24')).toBe(false);
    expect(statusAllowed('excused', '2026-12-01', '2026-11-24')).toBe(true);
    expect(statusAllowed('absent', '2026-11-24', '2026-11-24')).toBe(true);
  });

  it('says "online" once for a virtual event', () => {
    expect(eventPlace({ location: 'Online', virtual: true })).toBe('Online');
    expect(eventPlace({ location: 'Chicago, IL', virtual: false })).toBe('Chicago, IL');
    expect(eventPlace({ location: 'Des Moines', virtual: true })).toBe('Des Moines (online)');
    expect(eventPlace({ location: '', virtual: false })).toBe('—');
  });
});

describe('admin: the audit trail', () => {
  const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
    id: 1,
    at: '2026-11-24T17:00:00Z',
    actorId: 'u1',
    actorName: 'Taylor Morgan',
    action: 'update',
    entity: 'pairing',
    entityId: 'p1',
    stateCode: 'HI',
    before: null,
    after: null,
    ...overrides,
  });

  it('shows only the fields a change changed, without bookkeeping or fields only one side holds', () => {
    const changes = auditChanges(
      entry({
        before: { coachName: 'Nan Dare', endsOn: null, version: 1, updatedAt: 'a' },
        after: { endsOn: '2026-12-31', version: 2, updatedAt: 'b' },
      }),
    );
    expect(changes).toEqual([{ field: 'endsOn', before: '—', after: '2026-12-31' }]);
  });

  it('shows every field of a created or deleted record', () => {
    expect(auditChanges(entry({ action: 'create', after: { name: 'Kansas', active: true } }))).toEqual([
      { field: 'name', before: '', after: 'Kansas' },
      { field: 'active', before: '', after: 'Yes' },
    ]);
    expect(auditChanges(entry({ action: 'delete', before: { tags: [] } }))).toEqual([{ field: 'tags', before: '(none)', after: '' }]);
    expect(auditChanges(entry({}))).toEqual([]);
  });

  it('writes values and field names readably', () => {
    expect(readableValue(false)).toBe('No');
    expect(readableValue('')).toBe('—');
    expect(readableValue({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(fieldLabel('startsOn')).toBe('Starts on');
    expect(fieldLabel('state_code')).toBe('State code');
  });

  it('reads filters from the URL, ignoring malformed ones, paging in whole pages', () => {
    expect(readAuditFilters(new URLSearchParams('entity=pairing&entityId=p1&state=hi&from=2026-11-01&to=nope&offset=70'))).toEqual({
      entity: 'pairing',
      entityId: 'p1',
      state: 'HI',
      from: '2026-11-01',
      to: null,
      offset: 50,
    });
    expect(readAuditFilters(new URLSearchParams('entity=Drop Table&offset=-5'))).toMatchObject({ entity: null, offset: 0 });
  });

  it('exports the changes in one column', () => {
    const rows = auditCsvRows([entry({ before: { endsOn: null }, after: { endsOn: '2026-12-31' } })]);
    expect(rows[1]).toEqual(['2026-11-24T17:00:00Z', 'Taylor Morgan', 'Changed', 'Pairing', null, 'p1', 'HI', 'endsOn: — → 2026-12-31']);
  });

  it('names the record an entry is about when it can', () => {
    expect(auditRecordName(entry({ action: 'create', after: { name: 'Jordan Reyes', email: 'j@x.test' } }))).toBe('Jordan Reyes');
    expect(auditRecordName(entry({ action: 'delete', before: { title: 'Webinar 2' } }))).toBe('Webinar 2');
    expect(auditRecordName(entry({ before: { coachName: 'Nan Dare' }, after: { coachName: 'Nan Dare', endsOn: '2026-12-31' } }))).toBe('Nan Dare');
    expect(auditRecordName(entry({ after: { status: 'held' } }))).toBeNull();
  });
});

describe('admin: stale versions and names', () => {
  it('knows the 412 (or older 409) of a stale version from other conflicts', () => {
    expect(isStale(new ApiError(412, 'User was changed by someone else; reload it and apply your change again'))).toBe(true);
    expect(isStale(new ApiError(409, 'Pairing was changed by someone else; reload it and apply your change again'))).toBe(true);
    expect(isStale(new ApiError(409, 'AR is already paired with Nan Dare from 2026-08-01'))).toBe(false);
    expect(isStale(new ApiError(400, 'changed by someone else'))).toBe(false);
    expect(isStale(null)).toBe(false);
  });

  it('makes file-safe slugs', () => {
    expect(slug('2026–27 Advancing Career Pathways')).toBe('2026-27-advancing-career-pathways');
    expect(slug('***')).toBe('export');
  });
});
