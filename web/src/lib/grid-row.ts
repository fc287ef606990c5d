/**
 * A state's rows of the progress grid as markup: the state with its tier, coach and health badge, its twelve
 * months (month-cells.ts), its milestones and last contact, and a second row with the health signal's reasons.
 * The rows are drawn once per answer and never change on their own; mounting the badge, the bar, the icons and
 * the reasons' list as components for each of 56 states cost more than building and parsing their markup.
 * Every text and attribute value goes through escapeHtml: names and reasons are typed by people.
 */
import { formatDay, formatDaysAgo } from './format.ts';
import { healthBadgeHtml } from './health-badge.ts';
import { escapeHtml } from './html.ts';
import { iconMarkup } from './icons.ts';
import { healthLabel, plural, tierLabel } from './labels.ts';
import { milestoneBarHtml } from './milestone-bar.ts';
import { monthCellsHtml } from './month-cells.ts';
import type { GridRow } from './progress.ts';

/** Days without a call or visit after which "last contact" is shown as stale. */
export const CONTACT_GAP_DAYS = 45;

export function stateRowHtml(row: GridRow, columnCount: number): string {
  const { state } = row;
  const code = escapeHtml(state.stateCode);
  const name = escapeHtml(state.stateName);
  const stale = state.daysSinceContact === null || state.daysSinceContact > CONTACT_GAP_DAYS;
  const followUps =
    state.actionItems.overdue > 0
      ? `<p class="follow-ups"><a href="/follow-ups?state=${code}&amp;status=overdue">${escapeHtml(plural(state.actionItems.overdue, 'action item'))} overdue</a></p>`
      : '';
  const contactTitle = state.lastContactOn ? ` title="${escapeHtml(formatDay(state.lastContactOn))}"` : '';
  return (
    '<tr>' +
    '<th scope="row" class="sticky state-cell">' +
    `<a class="state-name" href="/states/${code}">${name}</a>` +
    `<span class="state-meta">${code} · ${escapeHtml(tierLabel(state.tier))}</span>` +
    `<span class="state-coach">${escapeHtml(row.coaches)}</span>` +
    healthBadgeHtml(state.health) +
    '</th>' +
    monthCellsHtml(row) +
    '<td class="summary">' +
    milestoneBarHtml(state.milestones, state.stateName) +
    followUps +
    `<p class="contact${stale ? ' stale' : ''}"><span class="label">Last contact</span><span class="days"${contactTitle}>${escapeHtml(formatDaysAgo(state.daysSinceContact))}</span></p>` +
    '</td>' +
    '</tr>' +
    '<tr class="reasons-row">' +
    `<td colspan="${escapeHtml(String(columnCount))}"><div class="reasons">${iconMarkup('info', 14, 2)}` +
    `<span class="sr-only">Why ${name} is ${escapeHtml(healthLabel[state.health].toLowerCase())}:</span>` +
    `<ul>${state.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>` +
    '</div></td>' +
    '</tr>'
  );
}
