/**
 * The cross-state view's rules on the browser side: its filters (kept in the URL), and the words a month
 * cell or a state row is read as in the table, the CSV and screen readers. Progress itself (what is held,
 * missed or overdue) is computed by the API; nothing here second-guesses it.
 */
import { formatMonth, formatMonthLong, monthOf } from './format.ts';
import {
  callStatusLabel,
  checkpointLongLabel,
  checkpointShortLabel,
  checkpointStatusLabel,
  healthLabel,
  plural,
  tierLabel,
  visitStatusLabel,
} from './labels.ts';
import type { CheckpointStatus, MonthKey, ProgressMonth, ProgressAnswer, StateProgress, Tier, YearMonth } from './types.ts';

export interface ProgressFilters {
  programYear: string | null;
  coach: string | null;
  tier: Tier | null;
}

export type ProgressLayout = 'grid' | 'table';

export function readFilters(params: URLSearchParams): ProgressFilters {
  const tier = params.get('tier');
  return {
    programYear: params.get('programYear') || null,
    coach: params.get('coach') || null,
    tier: tier === 'intensive' || tier === 'light_touch' ? tier : null,
  };
}

export function readLayout(params: URLSearchParams): ProgressLayout {
  return params.get('view') === 'table' ? 'table' : 'grid';
}

/** The coaches who appear in a year's answer, by name. */
export function coachesIn(answer: ProgressAnswer): { id: string; name: string }[] {
  const coaches = new Map<string, string>();
  for (const state of answer.states) for (const coach of state.coaches) coaches.set(coach.id, coach.name);
  return [...coaches].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The rows the filters keep: a coach's states are those paired with them at any time in the year. */
export function filterStates(states: StateProgress[], filters: ProgressFilters): StateProgress[] {
  return states.filter(
    (state) =>
      (!filters.tier || state.tier === filters.tier) && (!filters.coach || state.coaches.some((c) => c.id === filters.coach)),
  );
}

export function summarize(states: StateProgress[]) {
  return {
    onTrack: states.filter((s) => s.health === 'on_track').length,
    needsAttention: states.filter((s) => s.health === 'needs_attention').length,
    behind: states.filter((s) => s.health === 'behind').length,
  };
}

export const coachNames = (state: StateProgress) => state.coaches.map((c) => c.name).join(', ') || 'No coach paired';

/** A month cell in words: "Held (2 calls); Visit 1 completed; Project plan: met". */
export function describeMonth(cell: ProgressMonth): string {
  const parts: string[] = [];
  if (cell.callStatus === 'held' && cell.heldCalls > 1) parts.push(`Held (${cell.heldCalls} calls)`);
  else if (cell.callStatus === 'scheduled' && cell.scheduledCalls > 1) parts.push(`Scheduled (${cell.scheduledCalls} calls)`);
  else if (cell.callStatus !== 'not_required' || cell.heldCalls + cell.scheduledCalls > 0) parts.push(callStatusLabel[cell.callStatus]);
  for (const visit of cell.visits) parts.push(`Visit ${visit.number} ${visitStatusLabel[visit.status] ?? visit.status}`);
  for (const checkpoint of cell.checkpoints) {
    parts.push(`${checkpointLongLabel(checkpoint.kind)}: ${checkpointStatusLabel[checkpoint.status]}`);
  }
  return parts.length ? parts.join('; ') : 'No call required';
}

/** A mark in a month cell beside the call: a site visit or a checkpoint, with its short text and its tooltip. */
export type GridMark =
  | { key: string; kind: 'visit'; status: string; text: string; title: string }
  | { key: string; kind: 'checkpoint'; status: CheckpointStatus; text: string; title: string };

/** One month of a state's row in the grid, in words, worked out once per answer rather than in each cell. */
export interface GridCell {
  key: MonthKey;
  /** null when the answer has no entry for this month of the year. */
  cell: ProgressMonth | null;
  /** The month that holds today. */
  current: boolean;
  /** "August 2026" */
  monthLabel: string;
  /** describeMonth: the cell's tooltip and what a screen reader hears after the state and month. */
  description: string;
  /** The call's status in a word, or null for the quiet statuses (upcoming, no call required): icon only. */
  word: string | null;
  /** Calls counted beside the word (held or scheduled), shown when more than one. */
  count: number;
  marks: GridMark[];
}

export interface GridRow {
  state: StateProgress;
  /** coachNames */
  coaches: string;
  /** In the year's month order, whatever order the answer lists them in. */
  cells: GridCell[];
}

/**
 * The grid's rows, computed in one pass: the grid draws 56 states × 12 months, and working out each cell's
 * words (month names through date-fns, descriptions) inside each cell's own reactive code was most of its cost.
 */
export function gridRows(states: StateProgress[], months: YearMonth[], today: string): GridRow[] {
  const currentMonth = monthOf(today);
  const monthLabels = months.map((month) => formatMonthLong(month.key));
  return states.map((state) => {
    const byMonth = new Map(state.months.map((m) => [m.month, m]));
    return {
      state,
      coaches: coachNames(state),
      cells: months.map((month, i): GridCell => {
        const cell = byMonth.get(month.key) ?? null;
        const quiet = !cell || cell.callStatus === 'upcoming' || cell.callStatus === 'not_required';
        return {
          key: month.key,
          cell,
          current: month.key === currentMonth,
          monthLabel: monthLabels[i],
          description: cell ? describeMonth(cell) : '',
          word: quiet ? null : callStatusLabel[cell.callStatus],
          count: cell?.callStatus === 'held' ? cell.heldCalls : cell?.callStatus === 'scheduled' ? cell.scheduledCalls : 0,
          marks: cell ? monthMarks(cell) : [],
        };
      }),
    };
  });
}

function monthMarks(cell: ProgressMonth): GridMark[] {
  const marks: GridMark[] = [];
  for (const visit of cell.visits) {
    marks.push({
      key: `visit ${visit.number} ${visit.status}`,
      kind: 'visit',
      status: visit.status,
      text: `Visit ${visit.number}`,
      title: `Site visit ${visit.number}: ${visitStatusLabel[visit.status] ?? visit.status}`,
    });
  }
  for (const checkpoint of cell.checkpoints) {
    marks.push({
      key: `checkpoint ${checkpoint.kind}`,
      kind: 'checkpoint',
      status: checkpoint.status,
      text: checkpointShortLabel(checkpoint.kind),
      title: `${checkpointLongLabel(checkpoint.kind)}: ${checkpointStatusLabel[checkpoint.status]}`,
    });
  }
  return marks;
}

/** The same, for a screen reader that lands on the cell out of context. */
export function describeMonthFully(state: StateProgress, cell: ProgressMonth): string {
  return `${state.stateName}, ${formatMonthLong(cell.month)}: ${describeMonth(cell)}`;
}

export function describeMilestones(state: StateProgress): string {
  const m = state.milestones;
  if (m.total === 0) return 'No milestones yet';
  return `${m.completed} of ${m.total - m.deferred} completed (${m.percentComplete}%)`;
}

/** The visible rows as CSV: one line per state, its signal and reasons, milestones, and each month's status. */
export function progressCsvRows(answer: ProgressAnswer, states: StateProgress[]): (string | number | null)[][] {
  const header = [
    'State code',
    'State',
    'Tier',
    'Coach',
    'Health',
    'Reasons',
    'Milestones completed',
    'Milestones counted',
    'Milestones deferred',
    'Percent complete',
    'Milestones overdue',
    'Milestones at risk',
    'Action items overdue',
    'Months missed',
    'Last contact (date)',
    'Days since contact',
    ...answer.months.map((month) => formatMonth(month.key)),
  ];
  const rows = states.map((state) => [
    state.stateCode,
    state.stateName,
    tierLabel(state.tier),
    coachNames(state),
    healthLabel[state.health],
    state.reasons.join('; '),
    state.milestones.completed,
    state.milestones.total - state.milestones.deferred,
    state.milestones.deferred,
    state.milestones.percentComplete,
    state.milestones.overdue,
    state.milestones.atRisk,
    state.actionItems.overdue,
    state.missedMonths,
    state.lastContactOn ?? '',
    state.daysSinceContact,
    ...answer.months.map((month) => {
      const cell = state.months.find((m) => m.month === month.key);
      return cell ? describeMonth(cell) : '';
    }),
  ]);
  return [header, ...rows];
}

export const statesCountLabel = (n: number) => plural(n, 'state');
