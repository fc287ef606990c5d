import { describe, expect, it } from 'vitest';
import { CONTACT_GAP_DAYS, stateRowHtml } from '../../web/src/lib/grid-row.ts';
import { healthBadgeHtml } from '../../web/src/lib/health-badge.ts';
import { escapeHtml } from '../../web/src/lib/html.ts';
import { iconMarkup } from '../../web/src/lib/icons.ts';
import { milestoneBarHtml } from '../../web/src/lib/milestone-bar.ts';
import { monthCellsHtml } from '../../web/src/lib/month-cells.ts';
import { gridRows } from '../../web/src/lib/progress.ts';
import type { StateProgress } from '../../web/src/lib/types.ts';
import { month, state } from '../helpers/web-progress.ts';

const yearMonths = ['2026-10', '2026-11'].map((key) => ({ key, label: key, startsOn: `${key}-01`, endsOn: `${key}-28` }));
const rowOf = (patch: Partial<StateProgress>) =>
  gridRows([state('AR', { coaches: [{ id: 'c1', name: 'Nan Dare' }], months: [month('2026-10', { callStatus: 'held', heldCalls: 1 })], ...patch })], yearMonths, '2026-11-20')[0];

describe('dashboard: a state’s rows of the progress grid as markup', () => {
  it('draws the state, its months, its milestones and last contact, then the reasons for its health', () => {
    const row = rowOf({});
    expect(stateRowHtml(row, 4)).toBe(
      '<tr>' +
        '<th scope="row" class="sticky state-cell">' +
        '<a class="state-name" href="/states/AR">Arkansas</a>' +
        '<span class="state-meta">AR · Intensive</span>' +
        '<span class="state-coach">Nan Dare</span>' +
        `<span class="badge warn">${iconMarkup('attention', 14, 2.25)}Needs attention</span>` +
        '</th>' +
        monthCellsHtml(row) +
        '<td class="summary">' +
        milestoneBarHtml(row.state.milestones, 'Arkansas') +
        '<p class="follow-ups"><a href="/follow-ups?state=AR&amp;status=overdue">1 action item overdue</a></p>' +
        '<p class="contact"><span class="label">Last contact</span><span class="days" title="Oct 20, 2026">3 days ago</span></p>' +
        '</td>' +
        '</tr>' +
        '<tr class="reasons-row"><td colspan="4"><div class="reasons">' +
        iconMarkup('info', 14, 2) +
        '<span class="sr-only">Why Arkansas is needs attention:</span>' +
        '<ul><li>1 milestone overdue</li><li>No call, yet</li></ul>' +
        '</div></td></tr>',
    );
  });

  it('leaves out what is not there, and marks a stale or missing last contact', () => {
    const quiet = stateRowHtml(rowOf({ actionItems: { open: 0, overdue: 0 }, lastContactOn: null, daysSinceContact: null, reasons: [] }), 4);
    expect(quiet).not.toContain('follow-ups');
    expect(quiet).toContain('<p class="contact stale"><span class="label">Last contact</span><span class="days">no contact yet</span></p>');
    expect(quiet).toContain('<ul></ul>');
    expect(stateRowHtml(rowOf({ daysSinceContact: CONTACT_GAP_DAYS }), 4)).toContain('<p class="contact">');
    expect(stateRowHtml(rowOf({ daysSinceContact: CONTACT_GAP_DAYS + 1 }), 4)).toContain('<p class="contact stale">');
  });

  it('keeps typed names, coaches and reasons as text', () => {
    const hostile = `<img src=x onerror="alert('hi')"> & Co`;
    const html = stateRowHtml(rowOf({ stateName: hostile, coaches: [{ id: 'c1', name: hostile }], reasons: [hostile] }), 4);
    expect(html).not.toContain('<img');
    expect(html).toContain(`<a class="state-name" href="/states/AR">${escapeHtml(hostile)}</a>`);
    expect(html).toContain(`<span class="state-coach">${escapeHtml(hostile)}</span>`);
    expect(html).toContain(`<li>${escapeHtml(hostile)}</li>`);
    expect(html).toContain(`aria-label="Milestones completed in ${escapeHtml(hostile)}"`);
  });

  it('draws the health signal with its icon and its word', () => {
    expect(healthBadgeHtml('on_track')).toBe(`<span class="badge ok">${iconMarkup('onTrack', 14, 2.25)}On track</span>`);
    expect(healthBadgeHtml('behind')).toBe(`<span class="badge bad">${iconMarkup('behind', 14, 2.25)}Behind</span>`);
  });

  it('draws milestones done of those that count, with the bar and its words for screen readers', () => {
    const summary = { total: 10, completed: 3, inProgress: 2, atRisk: 1, deferred: 2, overdue: 2, percentComplete: 38 };
    expect(milestoneBarHtml(summary, 'Iowa')).toBe(
      '<div class="milestone-bar">' +
        '<div class="numbers"><span><strong>3</strong> of 8 done</span><span class="percent">38%</span></div>' +
        '<div class="track" role="progressbar" aria-label="Milestones completed in Iowa" aria-valuemin="0" aria-valuemax="100" aria-valuenow="38" ' +
        'aria-valuetext="3 of 8 milestones completed, 38%"><div class="fill" style="width: 38%;"></div></div>' +
        '<div class="flags"><span class="overdue">2 overdue</span><span class="at-risk">1 at risk</span></div>' +
        '</div>',
    );
    expect(milestoneBarHtml({ ...summary, atRisk: 0, overdue: 0 }, 'Iowa')).not.toContain('flags');
    expect(milestoneBarHtml({ ...summary, total: 0 }, 'Iowa')).toBe('<div class="milestone-bar"><span class="none">No milestones yet</span></div>');
  });
});
