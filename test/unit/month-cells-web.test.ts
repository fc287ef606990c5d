import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iconMarkup, iconMaskUrl, outlines } from '../../web/src/lib/icons.ts';
import { escapeHtml } from '../../web/src/lib/html.ts';
import { markIcon, monthCellHtml, monthCellsHtml, monthIconRules } from '../../web/src/lib/month-cells.ts';
import { gridRows } from '../../web/src/lib/progress.ts';
import type { ProgressMonth } from '../../web/src/lib/types.ts';
import { month, state } from '../helpers/web-progress.ts';

const withName = (name: string, months: ProgressMonth[]) => state('AR', { stateName: name, months });

const yearMonths = ['2026-10', '2026-11', '2026-12'].map((key) => ({ key, label: key, startsOn: `${key}-01`, endsOn: `${key}-28` }));
const rowOf = (name: string, months: ProgressMonth[]) => gridRows([withName(name, months)], yearMonths, '2026-11-20')[0];

const decode = (html: string) =>
  html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

describe('dashboard: the progress grid as markup', () => {
  it('escapes text for element content and quoted attributes, and nothing else', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        // Every & starts one of the five entities, and reading them back gives the text.
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(decode(escaped)).toBe(text);
      }),
    );
  });

  it('draws a month the way a sighted reader and a screen reader each need it', () => {
    const row = rowOf('Arkansas', [
      month('2026-10', { callStatus: 'held', heldCalls: 1 }),
      month('2026-11', { callStatus: 'held', heldCalls: 2, visits: [{ number: 1, status: 'completed' }], checkpoints: [{ kind: 'plan', status: 'overdue' }] }),
      month('2026-12', { callStatus: 'upcoming' }),
    ]);
    const [october, november, december] = row.cells.map((view) => monthCellHtml(view, 'Arkansas'));

    expect(november).toBe(
      '<td class="month current" title="November 2026: Held (2 calls); Visit 1 completed; Project plan with goals and milestones: overdue">' +
        '<span class="sr-only">Arkansas, November 2026 (this month): Held (2 calls); Visit 1 completed; Project plan with goals and milestones: overdue</span>' +
        '<div class="content" aria-hidden="true">' +
        '<span class="call held"><span class="word">Held<span class="count">&nbsp;×2</span></span></span>' +
        '<span class="chip visit completed" title="Site visit 1: completed">Visit 1</span>' +
        '<span class="chip checkpoint overdue" title="Project plan with goals and milestones: overdue">Plan</span>' +
        '</div></td>',
    );
    // One call held: the word without a count; the quiet statuses: the icon alone, the words for screen readers.
    expect(october).toContain('<span class="word">Held</span>');
    expect(october).not.toContain('class="count"');
    expect(december).toContain('<span class="call upcoming"></span>');
    expect(december).toContain('<span class="sr-only">Arkansas, December 2026: Upcoming</span>');
  });

  it('marks a month the answer has no entry for as having no data', () => {
    const row = rowOf('Arkansas', [month('2026-10', { callStatus: 'held', heldCalls: 1 })]);
    expect(monthCellHtml(row.cells[2], 'Arkansas')).toBe('<td class="month-missing"><span class="sr-only">No data</span></td>');
  });

  it('draws twelve months as twelve cells, in the year order, with a typed state name kept as text', () => {
    const hostile = `<img src=x onerror="alert('hi')"> & Co`;
    const html = monthCellsHtml(rowOf(hostile, [month('2026-12', { callStatus: 'due' }), month('2026-10', { callStatus: 'missed' })]));
    expect(html.match(/<td /g)).toHaveLength(3);
    expect(html.indexOf('call missed')).toBeLessThan(html.indexOf('month-missing'));
    expect(html.indexOf('month-missing')).toBeLessThan(html.indexOf('call due'));
    expect(html).not.toContain('<img');
    expect(html).toContain(`${escapeHtml(hostile)}, October 2026: Missed`);
  });

  it('gives each visit and checkpoint status its icon', () => {
    const mark = (kind: 'visit' | 'checkpoint', status: string) => markIcon({ key: '', kind, status, text: '', title: '' } as never);
    expect(['completed', 'scheduled', 'proposed', 'cancelled'].map((s) => mark('visit', s))).toEqual(['held', 'scheduled', 'upcoming', 'upcoming']);
    expect(['met', 'met_late', 'pending', 'overdue'].map((s) => mark('checkpoint', s))).toEqual(['held', 'scheduled', 'flag', 'alert']);
  });

  it('draws each call and mark status with its icon, through the stylesheet the grid adds', () => {
    // The icon a status gets is the one of the last, most specific rule that matches its element's classes.
    const rules = [...monthIconRules.matchAll(/^\.progress-grid ((?:\.[\w-]+)+)::before \{ mask-image: (url\("[^"]+"\)); \}$/gm)];
    expect(rules).toHaveLength(monthIconRules.split('\n').length);
    const drawn = (classes: string[]) => {
      const matching = rules.filter(([, selector]) => selector.slice(1).split('.').every((name) => classes.includes(name)));
      return matching.sort((a, b) => a[1].split('.').length - b[1].split('.').length).at(-1)?.[2];
    };
    const calls = { held: 'held', scheduled: 'scheduled', missed: 'missed', due: 'due', upcoming: 'upcoming', not_required: 'none' } as const;
    for (const [status, icon] of Object.entries(calls)) expect(drawn(['call', status])).toBe(iconMaskUrl(icon, 2.25));
    for (const status of ['completed', 'scheduled', 'proposed', 'cancelled']) {
      expect(drawn(['chip', 'visit', status])).toBe(iconMaskUrl(markIcon({ key: '', kind: 'visit', status, text: '', title: '' }), 2.5));
    }
    for (const status of ['met', 'met_late', 'pending', 'overdue'] as const) {
      expect(drawn(['chip', 'checkpoint', status])).toBe(iconMaskUrl(markIcon({ key: '', kind: 'checkpoint', status, text: '', title: '' }), 2.5));
    }
  });

  it('draws an icon as a mask image with the outline Icon.svelte draws', () => {
    const url = iconMaskUrl('missed', 2.25);
    const svg = decodeURIComponent(/^url\("data:image\/svg\+xml,(.+)"\)$/.exec(url)?.[1] ?? '');
    expect(svg).toContain(`<path d="${outlines.missed}"/>`);
    expect(svg).toContain('stroke-width="2.25"');
    // Nothing in it can end the url("…") it sits in.
    expect(url.slice(5, -2)).not.toMatch(/["()\s]/);
  });

  it('draws an icon as markup with the outline Icon.svelte draws', () => {
    expect(iconMarkup('missed', 15, 2.25)).toBe(
      `<svg width="15" height="15" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="${outlines.missed}"></path></svg>`,
    );
  });
});
