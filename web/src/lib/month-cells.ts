/**
 * The progress grid's month cells as markup: a grid has 56 states × 12 months, and mounting each cell as a
 * component (its icons, its blocks, a dozen reactive bindings) was most of the page's render. The cells
 * only show what gridRows worked out and never change on their own (a new answer draws new rows), so a row's
 * twelve cells are one string, parsed by the browser in one go. Every text and attribute value goes through
 * escapeHtml: state names and reasons are typed by people.
 */
import { escapeHtml } from './html.ts';
import { type IconName, iconMarkup } from './icons.ts';
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

export const markIcon = (mark: GridMark): IconName =>
  mark.kind === 'checkpoint' ? checkpointIcon[mark.status] : (visitIcon[mark.status] ?? 'upcoming');

function markHtml(mark: GridMark): string {
  return `<span class="chip ${escapeHtml(mark.kind)} ${escapeHtml(mark.status)}" title="${escapeHtml(mark.title)}">${iconMarkup(markIcon(mark), 12, 2.5)}${escapeHtml(mark.text)}</span>`;
}

/**
 * One month: what a sighted reader sees (icon, word, count, visit and checkpoint chips, hidden from assistive
 * technology) and, for a screen reader, the state, the month and the cell in words.
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
    `<span class="call ${escapeHtml(cell.callStatus)}">${iconMarkup(callIcon[cell.callStatus], 15, 2.25)}${word}</span>` +
    view.marks.map(markHtml).join('') +
    `</div></td>`
  );
}

/** A state's twelve months, in the year's order. */
export const monthCellsHtml = (row: GridRow): string => row.cells.map((view) => monthCellHtml(view, row.state.stateName)).join('');
