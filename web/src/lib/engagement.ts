/**
 * The coach's side on the browser: calls, site visits and their action items. Pure (no browser API), so that
 * test/unit/engagement-web.test.ts runs it in Node: which program year is current, what is due or overdue this
 * month, the filters of the lists (kept in the URL), form values to request bodies, and CSV rows.
 * What counts as held, missed or overdue is the API's answer (the progress view and the `overdue` flag of
 * action items); this module only gathers it into a to-do list.
 */
import { addDays, endOfMonth, format, parseISO } from 'date-fns';
import type { ActionItem, ActionItemInput, Call, CallCreate, CallKind, CallRecordStatus, CallUpdate } from './api-calls.ts';
import type { ActionItemView } from './api-action-items.ts';
import type { SiteVisit, SiteVisitCreate, SiteVisitUpdate, VisitNumber, VisitStatus } from './api-site-visits.ts';
import { ApiError } from './api-errors.ts';
import { formatDay, formatMonthLong, monthOf } from './format.ts';
import type { IsoDay, ProgressAnswer, Role, StateProgress } from './types.ts';

// ---- words ----

export const callKindLabel: Record<CallKind, string> = {
  planning: 'Planning call with the team lead',
  full_team: 'Full-team call',
};
export const callKindShort: Record<CallKind, string> = { planning: 'Planning', full_team: 'Full team' };

export const callRecordStatusLabel: Record<CallRecordStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
};

export const visitRecordStatusLabel: Record<VisitStatus, string> = {
  proposed: 'Proposed',
  scheduled: 'Scheduled',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const CALL_KINDS: CallKind[] = ['planning', 'full_team'];
export const CALL_STATUSES: CallRecordStatus[] = ['held', 'scheduled', 'cancelled'];
export const VISIT_STATUSES: VisitStatus[] = ['proposed', 'scheduled', 'completed', 'cancelled'];

const isCallKind = (v: string | null): v is CallKind => v === 'planning' || v === 'full_team';
const isCallStatus = (v: string | null): v is CallRecordStatus => v === 'scheduled' || v === 'held' || v === 'cancelled';
const isVisitStatus = (v: string | null): v is VisitStatus =>
  v === 'proposed' || v === 'scheduled' || v === 'completed' || v === 'cancelled';

/** "45 min", "1 h", "1 h 30 min" */
export function formatDuration(minutes: number | null): string {
  if (!minutes) return '—';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The API answers "09:00:00"; people read "09:00". */
export const formatClock = (time: string | null): string => (time ? time.slice(0, 5) : '');

/** "Dec 8, 2026", "Dec 8 – 10, 2026" or "no date yet". */
export function formatVisitDates(visit: Pick<SiteVisit, 'startsOn' | 'endsOn'>): string {
  if (!visit.startsOn) return 'no date yet';
  if (!visit.endsOn || visit.endsOn === visit.startsOn) return formatDay(visit.startsOn);
  return `${formatDay(visit.startsOn)} – ${formatDay(visit.endsOn)}`;
}

// ---- days and years ----

/** Today as a local calendar day. */
export const isoDay = (date: Date): IsoDay => format(date, 'yyyy-MM-dd');

/** The first day of the month after the one `day` falls in. */
export const firstOfNextMonth = (day: IsoDay): IsoDay => isoDay(addDays(endOfMonth(parseISO(day)), 1));

export interface YearSpan {
  id: string;
  name: string;
  startsOn: IsoDay;
  endsOn: IsoDay;
}

/** The program year whose span holds today; else the latest to start. */
export function currentYear<T extends YearSpan>(years: T[], today: IsoDay): T | null {
  const holding = years.find((year) => year.startsOn <= today && today <= year.endsOn);
  if (holding) return holding;
  return [...years].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0] ?? null;
}

/** Record ids are UUIDs; anything else in a URL is simply not found (the API would answer 400). */
export const isRecordId = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

// ---- who may write ----

/** Staff write for every state, a coach for their paired states; state users only read (the API agrees). */
export function canWriteEngagement(me: { user: { role: Role }; states: string[]; allStates: boolean }, stateCode?: string): boolean {
  if (me.user.role === 'staff') return true;
  if (me.user.role !== 'coach') return false;
  return stateCode ? me.states.includes(stateCode.toUpperCase()) : me.states.length > 0;
}

// ---- what is due or overdue this month ----

export type DueTone = 'overdue' | 'due';

export interface DueItem {
  /** Stable, for keyed lists. */
  key: string;
  tone: DueTone;
  stateCode: string;
  stateName: string;
  /** What to do, as a short sentence: "Hold this month's call". */
  what: string;
  /** Why, in words: "No call held or scheduled in November 2026". */
  detail: string;
  /** The day it is or was due (for sorting and showing); null when it has none. */
  dueOn: IsoDay | null;
  /** Where to act on it, with the link's words. */
  href: string;
  action: string;
}

export interface DueInput {
  progress: Pick<ProgressAnswer, 'today' | 'states'>;
  /** This year's calls that are scheduled (any date): the scheduled call of this month is linked. */
  scheduledCalls: Call[];
  /** This year's site visits, any status. */
  visits: SiteVisit[];
  /** Open action items due before next month (the overdue ones included). */
  actionItems: ActionItemView[];
  /** How far ahead a checkpoint counts as due now, in days. */
  checkpointWindowDays?: number;
}

const parentHref = (item: Pick<ActionItemView, 'parentKind' | 'parentId'>) =>
  item.parentKind === 'call' ? `/calls/${item.parentId}` : `/site-visits/${item.parentId}`;

/**
 * What a coach should act on now, overdue first: this month's call not yet held, site visits not yet planned,
 * scheduled or written up against the year's deadline, open action items past due or due this month, and the
 * assessment and plan checkpoints that are overdue or come due soon.
 */
export function dueItems(input: DueInput): DueItem[] {
  const { progress, scheduledCalls, visits, actionItems } = input;
  const today = progress.today;
  const thisMonth = monthOf(today);
  const monthEnd = isoDay(endOfMonth(parseISO(today)));
  const soon = isoDay(addDays(parseISO(today), input.checkpointWindowDays ?? 31));
  // A proposed visit needs confirming once it is this close (or has no date at all).
  const soonForVisits = isoDay(addDays(parseISO(today), 60));
  const items: DueItem[] = [];

  for (const state of progress.states) {
    const base = { stateCode: state.stateCode, stateName: state.stateName };
    const code = state.stateCode;

    // This month's call.
    const cell = state.months.find((m) => m.month === thisMonth);
    if (cell && cell.callRequired && cell.callStatus === 'due') {
      items.push({
        ...base,
        key: `call-${code}-${thisMonth}`,
        tone: 'due',
        what: "Hold this month's call",
        detail: `No call held or scheduled yet in ${formatMonthLong(thisMonth)}`,
        dueOn: monthEnd,
        href: `/calls/new?state=${code}`,
        action: 'Log a call',
      });
    } else if (cell && cell.callRequired && cell.callStatus === 'scheduled') {
      const call = scheduledCalls
        .filter((c) => c.stateCode === code && c.status === 'scheduled' && monthOf(c.date) === thisMonth)
        .sort((a, b) => a.date.localeCompare(b.date))[0];
      const late = call ? call.date < today : false;
      items.push({
        ...base,
        key: `call-${code}-${thisMonth}`,
        tone: late ? 'overdue' : 'due',
        what: late ? "Record this month's call" : "Hold this month's scheduled call",
        detail: call
          ? late
            ? `Scheduled for ${formatDay(call.date)}; not yet marked held`
            : `Scheduled for ${formatDay(call.date)}; none held yet in ${formatMonthLong(thisMonth)}`
          : `A call is scheduled; none held yet in ${formatMonthLong(thisMonth)}`,
        dueOn: call?.date ?? monthEnd,
        href: call ? `/calls/${call.id}` : `/calls?state=${code}&status=scheduled`,
        action: call ? 'Open the call' : 'See scheduled calls',
      });
    }

    // Site visits against the year's deadline.
    const visitCheckpoint = state.checkpoints.find((c) => c.kind === 'site_visits');
    if (visitCheckpoint && visitCheckpoint.status !== 'met' && visitCheckpoint.status !== 'met_late') {
      const pastDeadline = visitCheckpoint.status === 'overdue';
      const live = visits.filter((v) => v.stateCode === code && v.status !== 'cancelled');
      for (let number = 1; number <= Math.max(visitCheckpoint.required, 1); number += 1) {
        const visit = live.find((v) => v.number === number);
        const key = `visit-${code}-${number}`;
        const deadline = `due by ${formatDay(visitCheckpoint.dueOn)}`;
        if (!visit) {
          items.push({
            ...base,
            key,
            tone: pastDeadline ? 'overdue' : 'due',
            what: `Plan site visit ${number}`,
            detail: `Not planned yet; ${deadline}`,
            dueOn: visitCheckpoint.dueOn,
            href: `/site-visits/new?state=${code}&number=${number}`,
            action: 'Plan a visit',
          });
        } else if (visit.status === 'proposed' && (pastDeadline || !visit.startsOn || visit.startsOn <= soonForVisits)) {
          items.push({
            ...base,
            key,
            tone: pastDeadline ? 'overdue' : 'due',
            what: `Schedule site visit ${number}`,
            detail: `Proposed${visit.startsOn ? ` for ${formatVisitDates(visit)}` : ', no date yet'}; ${deadline}`,
            dueOn: visit.startsOn ?? visitCheckpoint.dueOn,
            href: `/site-visits/${visit.id}`,
            action: 'Open the visit',
          });
        } else if (visit.status === 'scheduled' && visit.startsOn && (visit.endsOn ?? visit.startsOn) < today) {
          items.push({
            ...base,
            key,
            tone: 'overdue',
            what: `Write up site visit ${number}`,
            detail: `Took place ${formatVisitDates(visit)}; not yet marked completed`,
            dueOn: visit.endsOn ?? visit.startsOn,
            href: `/site-visits/${visit.id}`,
            action: 'Open the visit',
          });
        }
      }
    }

    // Assessment, plan and reassessment checkpoints.
    for (const checkpoint of state.checkpoints) {
      if (checkpoint.kind === 'site_visits') continue;
      const overdue = checkpoint.status === 'overdue';
      const comingDue = checkpoint.status === 'pending' && checkpoint.dueOn <= soon;
      if (!overdue && !comingDue) continue;
      items.push({
        ...base,
        key: `checkpoint-${code}-${checkpoint.kind}`,
        tone: overdue ? 'overdue' : 'due',
        what: checkpoint.title,
        detail: `${overdue ? 'Was due' : 'Due'} ${formatDay(checkpoint.dueOn)}${checkpoint.required > 1 ? `; ${checkpoint.done} of ${checkpoint.required} done` : ''}`,
        dueOn: checkpoint.dueOn,
        href: `/states/${code}`,
        action: 'Open the state',
      });
    }
  }

  // Open action items, past due or due by the end of this month.
  const names = new Map(progress.states.map((s) => [s.stateCode, s.stateName]));
  for (const item of actionItems) {
    if (item.done || !item.dueOn || item.dueOn > monthEnd) continue;
    if (!names.has(item.stateCode)) continue;
    const overdue = item.overdue || item.dueOn < today;
    items.push({
      key: `action-${item.id}`,
      tone: overdue ? 'overdue' : 'due',
      stateCode: item.stateCode,
      stateName: names.get(item.stateCode) ?? item.stateCode,
      what: item.description,
      detail: `${item.owner ? `${item.owner} · ` : ''}${overdue ? 'was due' : 'due'} ${formatDay(item.dueOn)}`,
      dueOn: item.dueOn,
      href: parentHref(item),
      action: item.parentKind === 'call' ? 'Open the call' : 'Open the visit',
    });
  }

  const rank = (tone: DueTone) => (tone === 'overdue' ? 0 : 1);
  return items.sort(
    (a, b) =>
      rank(a.tone) - rank(b.tone) ||
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
      a.stateName.localeCompare(b.stateName) ||
      a.key.localeCompare(b.key),
  );
}

/** How many due and overdue items a state has. */
export function dueCounts(items: DueItem[], stateCode: string) {
  const mine = items.filter((i) => i.stateCode === stateCode);
  return { overdue: mine.filter((i) => i.tone === 'overdue').length, due: mine.filter((i) => i.tone === 'due').length };
}

/** The state's next scheduled call, and its next visit that is scheduled or proposed with a date, from today on. */
export function nextEngagements(stateCode: string, calls: Call[], visits: SiteVisit[], today: IsoDay) {
  const call =
    calls
      .filter((c) => c.stateCode === stateCode && c.status === 'scheduled' && c.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? ''))[0] ?? null;
  const visit =
    visits
      .filter((v) => v.stateCode === stateCode && (v.status === 'scheduled' || v.status === 'proposed') && v.startsOn && v.startsOn >= today)
      .sort((a, b) => (a.startsOn ?? '').localeCompare(b.startsOn ?? ''))[0] ?? null;
  return { call, visit };
}

// ---- list filters (in the URL) ----

export const PAGE_SIZE = 25;
/** The program-year filter's value for "every year" (no value means "the current year"). */
export const ALL_YEARS = 'all';

export interface CallFilters {
  /** A year id, ALL_YEARS, or null for the current year. */
  programYear: string | null;
  state: string | null;
  status: CallRecordStatus | null;
  kind: CallKind | null;
  from: IsoDay | null;
  to: IsoDay | null;
  page: number;
}

export interface VisitFilters {
  programYear: string | null;
  state: string | null;
  status: VisitStatus | null;
  from: IsoDay | null;
  to: IsoDay | null;
  page: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null) => (value && ISO_DAY.test(value) ? value : null);
const stateCode = (value: string | null) => (value && /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : null);
const pageNumber = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : 1;
};

export function readCallFilters(params: URLSearchParams): CallFilters {
  const status = params.get('status');
  const kind = params.get('kind');
  return {
    programYear: params.get('programYear') || null,
    state: stateCode(params.get('state')),
    status: isCallStatus(status) ? status : null,
    kind: isCallKind(kind) ? kind : null,
    from: day(params.get('from')),
    to: day(params.get('to')),
    page: pageNumber(params.get('page')),
  };
}

export function readVisitFilters(params: URLSearchParams): VisitFilters {
  const status = params.get('status');
  return {
    programYear: params.get('programYear') || null,
    state: stateCode(params.get('state')),
    status: isVisitStatus(status) ? status : null,
    from: day(params.get('from')),
    to: day(params.get('to')),
    page: pageNumber(params.get('page')),
  };
}

/** The year to ask the API for: the chosen one, none for every year, or the current one. */
export function yearForQuery(filter: string | null, current: string | null): string | null {
  if (filter === ALL_YEARS) return null;
  return filter ?? current;
}

/** The URL query for a set of filters: empty values and page 1 are left out. */
export function filtersToSearch(filters: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === null || value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** "Showing 26–50 of 120" */
export function pageSummary(page: number, shown: number, total: number, noun: [string, string]): string {
  if (total === 0) return `No ${noun[1]}`;
  const first = (page - 1) * PAGE_SIZE + 1;
  if (shown === 0) return `${total} ${total === 1 ? noun[0] : noun[1]}`;
  const last = first + shown - 1;
  if (first === 1 && last === total) return `${total} ${total === 1 ? noun[0] : noun[1]}`;
  return `Showing ${first}–${last} of ${total} ${noun[1]}`;
}

export const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

// ---- forms ----

export interface CallFormValues {
  stateCode: string;
  kind: CallKind;
  status: CallRecordStatus;
  date: IsoDay;
  startTime: string;
  /** A number input's value: Svelte binds a number (or null when emptied); it starts as text. */
  durationMinutes: string | number | null;
  /** One name a line. */
  attendees: string;
  agenda: string;
  notes: string;
  coachNotes: string;
  progress: string;
  challenges: string;
  resourcesShared: string;
  smeRequests: string;
}

export function callFormValues(call: Call | null, defaults: { stateCode: string; today: IsoDay }): CallFormValues {
  return {
    stateCode: call?.stateCode ?? defaults.stateCode,
    kind: call?.kind ?? 'full_team',
    status: call?.status ?? 'held',
    date: call?.date ?? defaults.today,
    startTime: formatClock(call?.startTime ?? null),
    durationMinutes: call?.durationMinutes ? String(call.durationMinutes) : call ? '' : '60',
    attendees: (call?.attendees ?? []).join('\n'),
    agenda: call?.agenda ?? '',
    notes: call?.notes ?? '',
    coachNotes: call?.coachNotes ?? '',
    progress: call?.progress ?? '',
    challenges: call?.challenges ?? '',
    resourcesShared: call?.resourcesShared ?? '',
    smeRequests: call?.smeRequests ?? '',
  };
}

const listOfLines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A number field's text as the API wants it: null when empty; anything else is sent for the API to judge. */
function wholeNumber(value: string | number | null | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = (value ?? '').trim();
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : (text as unknown as number);
}

/** The fields of a call both create and update send. Coach-only notes are sent only by those who see them. */
export function callFields(values: CallFormValues, withCoachNotes: boolean): Omit<CallUpdate, 'version'> {
  return {
    kind: values.kind,
    status: values.status,
    date: values.date,
    startTime: values.startTime.trim() || null,
    durationMinutes: wholeNumber(values.durationMinutes),
    attendees: listOfLines(values.attendees),
    agenda: values.agenda.trim(),
    notes: values.notes.trim(),
    ...(withCoachNotes ? { coachNotes: values.coachNotes.trim() } : {}),
    progress: values.progress.trim(),
    challenges: values.challenges.trim(),
    resourcesShared: values.resourcesShared.trim(),
    smeRequests: values.smeRequests.trim(),
  };
}

export function callCreateBody(
  values: CallFormValues,
  programYearId: string,
  actionItems: ActionItemInput[],
  withCoachNotes: boolean,
): CallCreate {
  return {
    programYearId,
    stateCode: values.stateCode,
    ...(callFields(values, withCoachNotes) as Omit<CallCreate, 'programYearId' | 'stateCode'>),
    actionItems,
  };
}

export interface VisitFormValues {
  stateCode: string;
  number: string;
  status: VisitStatus;
  startsOn: string;
  endsOn: string;
  location: string;
  purpose: string;
  /** One name a line. */
  participants: string;
  summary: string;
  coachNotes: string;
}

export function visitFormValues(visit: SiteVisit | null, defaults: { stateCode: string; number?: number }): VisitFormValues {
  return {
    stateCode: visit?.stateCode ?? defaults.stateCode,
    number: String(visit?.number ?? defaults.number ?? 1),
    status: visit?.status ?? 'scheduled',
    startsOn: visit?.startsOn ?? '',
    endsOn: visit?.endsOn ?? '',
    location: visit?.location ?? '',
    purpose: visit?.purpose ?? '',
    participants: (visit?.participants ?? []).join('\n'),
    summary: visit?.summary ?? '',
    coachNotes: visit?.coachNotes ?? '',
  };
}

export function visitFields(values: VisitFormValues, withCoachNotes: boolean): Omit<SiteVisitUpdate, 'version'> {
  return {
    number: (values.number === '2' ? 2 : 1) as VisitNumber,
    status: values.status,
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
    location: values.location.trim(),
    purpose: values.purpose.trim(),
    participants: listOfLines(values.participants),
    summary: values.summary.trim(),
    ...(withCoachNotes ? { coachNotes: values.coachNotes.trim() } : {}),
  };
}

export function visitCreateBody(
  values: VisitFormValues,
  programYearId: string,
  followUps: ActionItemInput[],
  withCoachNotes: boolean,
): SiteVisitCreate {
  return {
    programYearId,
    stateCode: values.stateCode,
    ...(visitFields(values, withCoachNotes) as Omit<SiteVisitCreate, 'programYearId' | 'stateCode'>),
    followUps,
  };
}

/** The first free visit number of a state this year (1 when both are taken: the API then says why). */
export function freeVisitNumber(visits: SiteVisit[], stateCode: string): 1 | 2 {
  const taken = new Set(visits.filter((v) => v.stateCode === stateCode && v.status !== 'cancelled').map((v) => v.number));
  return !taken.has(1) ? 1 : !taken.has(2) ? 2 : 1;
}

// ---- action-item rows in a form ----

export interface ActionItemRow {
  /** Local key for the keyed list; never sent. */
  key: number;
  description: string;
  owner: string;
  dueOn: string;
}

export const blankRow = (key: number): ActionItemRow => ({ key, description: '', owner: '', dueOn: '' });

const isBlank = (row: ActionItemRow) => !row.description.trim() && !row.owner.trim() && !row.dueOn;

/**
 * The rows worth sending (fully blank ones are dropped), and for each sent item the row it came from, so that
 * an error the API names as `actionItems.1.description` lands next to the right row.
 */
export function rowsToItems(rows: ActionItemRow[]): { items: ActionItemInput[]; rowOf: number[] } {
  const items: ActionItemInput[] = [];
  const rowOf: number[] = [];
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    items.push({ description: row.description.trim(), owner: row.owner.trim(), dueOn: row.dueOn || null });
    rowOf.push(index);
  });
  return { items, rowOf };
}

/**
 * An error about the n-th sent item (`actionItems.1.dueOn`), renamed to the form row it came from
 * (`actionItems.3.dueOn`), so that the message shows next to that row and the summary links to it.
 */
export function errorForRows(error: ApiError, listName: string, rowOf: number[]): ApiError {
  const match = error.field ? new RegExp(`^${listName}\\.(\\d+)\\.(\\w+)$`).exec(error.field) : null;
  if (!match) return error;
  const row = rowOf[Number(match[1])];
  if (row === undefined) return error;
  return new ApiError(error.status, error.message, `${listName}.${row}.${match[2]}`);
}

/** An error about one entry of a list field (`attendees.3`) shown at the list's own field (`attendees`). */
export function errorForListField(error: ApiError, names: string[]): ApiError {
  const head = error.field?.split('.')[0];
  if (!head || head === error.field || !names.includes(head)) return error;
  return new ApiError(error.status, error.message, head);
}

/** "Marcus Whitfield · due Dec 3, 2026" */
export function describeActionItem(item: Pick<ActionItem, 'owner' | 'dueOn' | 'done'>): string {
  const parts = [item.owner || 'No owner', item.dueOn ? `due ${formatDay(item.dueOn)}` : 'no due date'];
  return parts.join(' · ');
}

// ---- CSV ----

type Cell = string | number | null;

function itemText(item: ActionItem): string {
  const meta = [item.owner, item.dueOn ? `due ${item.dueOn}` : ''].filter(Boolean).join(', ');
  return `${item.done ? '[done] ' : ''}${item.description}${meta ? ` (${meta})` : ''}`;
}
const itemsText = (items: ActionItem[]) => items.map(itemText).join('; ');

/**
 * Calls as CSV rows, header first. Coach-only notes get a column only for those who received them: state users
 * never do (the API leaves them out), so their exports never hold them.
 */
export function callCsvRows(calls: Call[], stateNames: Map<string, string> = new Map()): Cell[][] {
  const withCoachNotes = calls.some((c) => c.coachNotes !== undefined);
  const header = [
    'Date',
    'Start time',
    'Duration (minutes)',
    'State',
    'State name',
    'Kind',
    'Status',
    'Coach',
    'Attendees',
    'Agenda',
    'Notes',
    ...(withCoachNotes ? ['Coach-only notes'] : []),
    'Progress',
    'Challenges',
    'Resources shared',
    'SME requests',
    'Action items',
  ];
  const rows = calls.map((c) => [
    c.date,
    formatClock(c.startTime),
    c.durationMinutes,
    c.stateCode,
    stateNames.get(c.stateCode) ?? '',
    callKindShort[c.kind],
    callRecordStatusLabel[c.status],
    c.coachName ?? '',
    c.attendees.join('; '),
    c.agenda,
    c.notes,
    ...(withCoachNotes ? [c.coachNotes ?? ''] : []),
    c.progress,
    c.challenges,
    c.resourcesShared,
    c.smeRequests,
    itemsText(c.actionItems),
  ]);
  return [header, ...rows];
}

/** Site visits as CSV rows, header first; coach-only notes as for calls. */
export function visitCsvRows(visits: SiteVisit[], stateNames: Map<string, string> = new Map()): Cell[][] {
  const withCoachNotes = visits.some((v) => v.coachNotes !== undefined);
  const header = [
    'Visit',
    'State',
    'State name',
    'Status',
    'Starts',
    'Ends',
    'Location',
    'Purpose',
    'Participants',
    'Summary',
    ...(withCoachNotes ? ['Coach-only notes'] : []),
    'Coach',
    'Follow-ups',
  ];
  const rows = visits.map((v) => [
    v.number,
    v.stateCode,
    stateNames.get(v.stateCode) ?? '',
    visitRecordStatusLabel[v.status],
    v.startsOn,
    v.endsOn,
    v.location,
    v.purpose,
    v.participants.join('; '),
    v.summary,
    ...(withCoachNotes ? [v.coachNotes ?? ''] : []),
    v.coachName ?? '',
    itemsText(v.followUps),
  ]);
  return [header, ...rows];
}

/** A state's health, days since contact and reasons in one line, for a card's accessible summary. */
export function contactLine(state: Pick<StateProgress, 'daysSinceContact' | 'lastContactOn'>): string {
  if (state.daysSinceContact === null || !state.lastContactOn) return 'No contact yet this year';
  const days = state.daysSinceContact;
  const ago = days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return `Last contact ${ago} (${formatDay(state.lastContactOn)})`;
}

/** The due-or-overdue list as CSV. */
export function dueCsvRows(items: DueItem[]): (string | number | null)[][] {
  return [
    ['Status', 'State', 'Code', 'What', 'Why', 'Due'],
    ...items.map((i) => [i.tone === 'overdue' ? 'Overdue' : 'Due', i.stateName, i.stateCode, i.what, i.detail, i.dueOn]),
  ];
}
