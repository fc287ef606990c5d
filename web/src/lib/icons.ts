import { escapeHtml } from './html.ts';

// Hand-drawn 24×24 stroke icons; each is a list of path data. Decorative: the words beside them carry
// the meaning, so they are hidden from assistive technology.
const circle = 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z';
export const icons = {
  held: [circle, 'M8 12.5l2.7 2.7L16.2 9.6'],
  scheduled: [circle, 'M12 7.5V12l3 2'],
  missed: [circle, 'M9 9l6 6M15 9l-6 6'],
  due: [circle, 'M12 7.5v5.5', 'M12 16.4v.1'],
  upcoming: ['M12 3a9 9 0 0 1 9 9', 'M21 12a9 9 0 0 1-9 9', 'M12 21a9 9 0 0 1-9-9', 'M3 12a9 9 0 0 1 9-9'],
  none: ['M8 12h8'],
  onTrack: [circle, 'M8 12.5l2.7 2.7L16.2 9.6'],
  attention: ['M12 3.5L2.8 19.5h18.4z', 'M12 10v4', 'M12 16.9v.1'],
  behind: ['M8.2 3h7.6L21 8.2v7.6L15.8 21H8.2L3 15.8V8.2z', 'M12 7.5v5.5', 'M12 16.4v.1'],
  flag: ['M5 21V4', 'M5 4h11l-2 4 2 4H5'],
  pin: ['M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z', 'M12 7.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z'],
  download: ['M12 4v11', 'M7.5 10.5L12 15l4.5-4.5', 'M5 19h14'],
  grid: ['M4 4h7v7H4z', 'M13 4h7v7h-7z', 'M4 13h7v7H4z', 'M13 13h7v7h-7z'],
  table: ['M4 5h16v14H4z', 'M4 10h16', 'M4 15h16', 'M10 5v14'],
  chart: ['M4 6h9', 'M7 12h11', 'M10 18h8', 'M4 3v18'],
  signOut: ['M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3', 'M10 16l-4-4 4-4', 'M6 12h10'],
  calendar: ['M4 6h16v14H4z', 'M4 10h16', 'M8 3v4', 'M16 3v4'],
  chevronRight: ['M9 6l6 6-6 6'],
  info: [circle, 'M12 11v5.5', 'M12 7.6v.1'],
  alert: [circle, 'M12 7.5v5.5', 'M12 16.4v.1'],
  refresh: ['M20 11a8 8 0 1 0-2.3 5.7', 'M20 5v6h-6'],
  user: ['M12 12a4 4 0 1 0 0-8a4 4 0 1 0 0 8z', 'M4.5 20.5a7.5 7.5 0 0 1 15 0'],
  filter: ['M4 5h16l-6 7.5V19l-4 1.5v-8z'],
  search: ['M10.5 17a6.5 6.5 0 1 0 0-13a6.5 6.5 0 1 0 0 13z', 'M15.5 15.5L20 20'],
  logo: ['M4 17l5-6 4 4 7-9'],
  plus: ['M12 5v14', 'M5 12h14'],
  external: ['M14 4h6v6', 'M20 4l-9 9', 'M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5'],
  print: ['M7 9V4h10v5', 'M7 17H5a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1h14a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2', 'M7 14h10v6H7z'],
} as const;
export type IconName = keyof typeof icons;

// One <path> per icon: the strokes are subpaths of one outline (each starts with M, none is filled), so an
// icon draws the same and is a third of the DOM nodes (the progress grid draws ~1,300 icons).
export const outlines = Object.fromEntries(Object.entries(icons).map(([name, paths]) => [name, paths.join(' ')])) as Record<IconName, string>;

/**
 * An icon as markup, drawn exactly as Icon.svelte draws it: for pages that build many cells as one HTML string
 * (the progress grid) rather than as components.
 */
export function iconMarkup(name: IconName, size: number, strokeWidth: number): string {
  return `<svg width="${size}" height="${size}" ${strokeAttributes('currentColor', strokeWidth)} aria-hidden="true" focusable="false"><path d="${escapeHtml(outlines[name])}"></path></svg>`;
}

/** How every icon is drawn: a 24-unit box, stroked with round ends and joins, never filled. */
function strokeAttributes(colour: string, strokeWidth: number): string {
  return `viewBox="0 0 24 24" fill="none" stroke="${colour}" stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round"`;
}

/**
 * An icon as a CSS image for `mask-image`: drawn through a pseudo-element's background in the text's colour, it
 * looks as iconMarkup draws it but adds no elements to the page.
 */
export function iconMaskUrl(name: IconName, strokeWidth: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" ${strokeAttributes('#000', strokeWidth)}><path d="${outlines[name]}"/></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}
