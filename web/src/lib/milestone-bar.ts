/**
 * A state's milestones as numbers and a bar: done of counted (deferred ones do not count), the percent, and
 * what is overdue or at risk. Markup, for the same reason as health-badge.ts; its rules are in app.css.
 * Every value goes through escapeHtml, numbers too: the markup does not trust the answer's types.
 */
import { escapeHtml } from './html.ts';
import { plural } from './labels.ts';
import type { MilestoneSummary } from './types.ts';

const text = (value: string | number) => escapeHtml(String(value));

export function milestoneBarHtml(milestones: MilestoneSummary, stateName: string): string {
  if (milestones.total === 0) return '<div class="milestone-bar"><span class="none">No milestones yet</span></div>';
  const counted = text(milestones.total - milestones.deferred);
  const [completed, percent] = [text(milestones.completed), text(milestones.percentComplete)];
  const { overdue, atRisk } = milestones;
  const flags =
    overdue > 0 || atRisk > 0
      ? '<div class="flags">' +
        (overdue > 0 ? `<span class="overdue">${text(plural(overdue, 'overdue', 'overdue'))}</span>` : '') +
        (atRisk > 0 ? `<span class="at-risk">${text(atRisk)} at risk</span>` : '') +
        '</div>'
      : '';
  return (
    '<div class="milestone-bar">' +
    `<div class="numbers"><span><strong>${completed}</strong> of ${counted} done</span><span class="percent">${percent}%</span></div>` +
    `<div class="track" role="progressbar" aria-label="${text(`Milestones completed in ${stateName}`)}" aria-valuemin="0" aria-valuemax="100" ` +
    `aria-valuenow="${percent}" aria-valuetext="${completed} of ${counted} milestones completed, ${percent}%">` +
    `<div class="fill" style="width: ${percent}%;"></div></div>` +
    flags +
    '</div>'
  );
}
