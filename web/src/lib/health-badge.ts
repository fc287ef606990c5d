/**
 * The health signal as a badge: its icon and its word (never colour alone). Markup, because the progress
 * grid draws one per state inside a row built as a string (grid-row.ts); HealthBadge.svelte draws the same.
 */
import { escapeHtml } from './html.ts';
import { iconMarkup } from './icons.ts';
import { healthLabel } from './labels.ts';
import type { Health } from './types.ts';

const tone = { on_track: 'ok', needs_attention: 'warn', behind: 'bad' } as const;
const icon = { on_track: 'onTrack', needs_attention: 'attention', behind: 'behind' } as const;

export const healthBadgeHtml = (health: Health): string =>
  `<span class="badge ${tone[health]}">${iconMarkup(icon[health], 14, 2.25)}${escapeHtml(healthLabel[health])}</span>`;
