/**
 * The progress grid's month cells as markup: a grid has 56 states × 12 months, and mounting each cell as a
 * component (its icons, its blocks, a dozen reactive bindings) was most of the page's render. The cells
 * only show what gridRows worked out and never change on their own (a new answer draws new rows), so a row's
 * twelve cells are one string, parsed by the browser in one go. Every text and attribute value goes through
 * escapeHtml: state names and reasons are typed by people.
 *
 * A call's and a mark's icon is not in the markup: the class names its status, and monthIconRules draws the
 * status's icon through the element's ::before. ~1,200 inline icons were over a quarter of the grid's elements
 * and nearly half of its markup.
 */
import { escapeHtml } from './html.ts';
import { type IconName, iconMaskUrl } from './icons.ts';
import type { GridCell, GridMark, GridRow } from './progress.ts';
import type { CheckpointStatus, ProgressMonth } from './types.ts';

const callIcon: Record<ProgressMonth['callStatus'], IconName> = {
  held: 'held',
  scheduled: 'scheduled',
  missed: 'missed',
  due: 'due',
  upcoming: 'upcoming',
  not_required: 'none',
};
const checkpointIcon: Record<CheckpointStatus, IconName> = { met: 'held', met_late: 'scheduled', pending: 'flag', overdue: 'alert' };

const visitIcon: Partial<Record<string, IconName>> = { completed: 'held', scheduled: 'scheduled' };
/** A visit in any other status (proposed, cancelled). */
const otherVisitIcon: IconName = 'upcoming';

export const markIcon = (mark: GridMark): IconName =>
  mark.kind === 'checkpoint' ? checkpointIcon[mark.status] : (visitIcon[mark.status] ?? otherVisitIcon);

/** The icons' stroke widths at their sizes (15 px for a call, 12 px for a mark; the sizes are in ProgressGrid). */
const CALL_STROKE = 2.25;
const MARK_STROKE = 2.5;

const iconRule = (selector: string, icon: IconName, strokeWidth: number) =>
  `.progress-grid ${selector}::before { mask-image: ${iconMaskUrl(icon, strokeWidth)}; }`;

/**
 * The stylesheet that gives each call and mark the icon of its status, from the same tables as markIcon. A
 * visit's rule for its own status is more specific than the one for any visit, as markIcon's fallback is.
 */
export const monthIconRules = [
  ...Object.entries(callIcon).map(([status, icon]) => iconRule(`.call.${status}`, icon, CALL_STROKE)),
  iconRule('.chip.visit', otherVisitIcon, MARK_STROKE),
  ...Object.entries(visitIcon).map(([status, icon]) => iconRule(`.chip.visit.${status}`, icon as IconName, MARK_STROKE)),
  ...Object.entries(checkpointIcon).map(([status, icon]) => iconRule(`.chip.checkpoint.${status}`, icon, MARK_STROKE)),
].join('\n');

function markHtml(mark: GridMark): string {
  return `<span class="chip ${escapeHtml(mark.kind)} ${escapeHtml(mark.status)}" title="${escapeHtml(mark.title)}">${escapeHtml(mark.text)}</span>`;
}

/**
 * One month: what a sighted reader sees (the call's icon and word, its count, visit and checkpoint chips, hidden
 * from assistive technology) and, for a screen reader, the state, the month and the cell in words.
 */
export function monthCellHtml(view: GridCell, stateName: string): string {
  const cell = view.cell;
  if (!cell) return '<td class="month-missing"><span class="sr-only">No data</span></td>';
  const said = `${stateName}, ${view.monthLabel}${view.current ? ' (this month)' : ''}: ${view.description}`;
  const count = view.count > 1 ? `<span class="count">&nbsp;×${view.count}</span>` : '';
  const word = view.word ? `<span class="word">${escapeHtml(view.word)}${count}</span>` : '';
  return (
    `<td class="month${view.current ? ' current' : ''}" title="${escapeHtml(`${view.monthLabel}: ${view.description}`)}">` +
    `<span class="sr-only">${escapeHtml(said)}</span>` +
    `<div class="content" aria-hidden="true">` +
    `<span class="call ${escapeHtml(cell.callStatus)}">${word}</span>` +
    view.marks.map(markHtml).join('') +
    `</div></td>`
  );
}

/** A state's twelve months, in the year's order. */
export const monthCellsHtml = (row: GridRow): string => row.cells.map((view) => monthCellHtml(view, row.state.stateName)).join('');

