/** The follow-ups list: its filters (in the URL), what they ask the API, its source labels and its export. */
import type { ActionItemQuery, ActionItemView } from './api-action-items.ts';
import { formatDay } from './format.ts';
import type { IsoDay } from './types.ts';

export type FollowUpStatus = 'open' | 'overdue' | 'done' | 'all';
export const FOLLOW_UP_STATUSES: { value: FollowUpStatus; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'done', label: 'Done' },
  { value: 'all', label: 'All' },
];

export interface FollowUpFilters {
  /** A year id, 'all', or null for the current year. */
  programYear: string | null;
  state: string | null;
  coach: string | null;
  /** Open unless another is chosen: open follow-ups are what people act on. */
  status: FollowUpStatus;
  from: IsoDay | null;
  to: IsoDay | null;
  page: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readFollowUpFilters(params: URLSearchParams): FollowUpFilters {
  const status = params.get('status');
  const state = params.get('state');
  const coach = params.get('coach');
  const day = (key: string) => {
    const value = params.get(key);
    return value && ISO_DAY.test(value) ? value : null;
  };
  const page = Number(params.get('page'));
  return {
    programYear: params.get('programYear') || null,
    state: state && /^[A-Za-z]{2}$/.test(state) ? state.toUpperCase() : null,
    coach: coach && UUID.test(coach) ? coach : null,
    status: FOLLOW_UP_STATUSES.some((s) => s.value === status) ? (status as FollowUpStatus) : 'open',
    from: day('from'),
    to: day('to'),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL form of the filters: the defaults (open, page 1) and empty values are left out. */
export function followUpSearch(filters: FollowUpFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === null || value === '' || (key === 'status' && value === 'open') || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What the filters ask of GET /api/action-items (the program year is resolved by the caller). */
export function followUpQuery(filters: FollowUpFilters, programYear: string | null): ActionItemQuery {
  return {
    programYear,
    state: filters.state,
    coach: filters.coach,
    done: filters.status === 'open' || filters.status === 'overdue' ? false : filters.status === 'done' ? true : null,
    overdue: filters.status === 'overdue' ? true : null,
    dueFrom: filters.from,
    dueTo: filters.to,
  };
}

/** "Call, Oct 6, 2026" or "Site visit, Nov 2, 2026": where the follow-up was agreed. */
export function sourceLabel(item: Pick<ActionItemView, 'parentKind' | 'parentDate'>): string {
  const kind = item.parentKind === 'call' ? 'Call' : 'Site visit';
  return item.parentDate ? `${kind}, ${formatDay(item.parentDate)}` : kind;
}

export const sourceHref = (item: Pick<ActionItemView, 'parentKind' | 'parentId'>) =>
  item.parentKind === 'call' ? `/calls/${item.parentId}` : `/site-visits/${item.parentId}`;

export function followUpCsvRows(items: ActionItemView[], stateNames: Map<string, string>, origin: string): (string | number)[][] {
  return [
    ['State', 'Action item', 'Owner', 'Due', 'Done', 'Overdue', 'Source', 'Source date', 'Link'],
    ...items.map((i) => [
      stateNames.get(i.stateCode) ?? i.stateCode,
      i.description,
      i.owner,
      i.dueOn ?? '',
      i.done ? 'yes' : 'no',
      i.overdue ? 'yes' : 'no',
      i.parentKind === 'call' ? 'Call' : 'Site visit',
      i.parentDate ?? '',
      `${origin}${sourceHref(i)}`,
    ]),
  ];
}
