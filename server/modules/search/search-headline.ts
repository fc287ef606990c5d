import { MATCH_END, MATCH_START, type SearchRow } from './search.queries.ts';

export interface HeadlinePart {
  text: string;
  match: boolean;
}

/** Splits ts_headline's output at its markers into plain text and matched words, dropping empty parts. */
export function headlineParts(headline: string): HeadlinePart[] {
  const parts: HeadlinePart[] = [];
  for (const [i, piece] of headline.split(MATCH_START).entries()) {
    const [matched, rest] = i === 0 ? [null, piece] : splitOnce(piece, MATCH_END);
    if (matched) push(parts, { text: matched, match: true });
    if (rest) push(parts, { text: rest, match: false });
  }
  return joinPhrases(parts);
}

/** Matched words with only spaces between them ("data sharing") read better as one highlight. */
function joinPhrases(parts: HeadlinePart[]): HeadlinePart[] {
  const joined: HeadlinePart[] = [];
  for (const [i, part] of parts.entries()) {
    const previous = joined.at(-1);
    const bridge = !part.match && /^\s+$/.test(part.text) && previous?.match && parts[i + 1]?.match;
    if (bridge || (part.match && previous?.match)) (previous as HeadlinePart).text += part.text;
    else joined.push({ ...part });
  }
  return joined;
}

function splitOnce(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + marker.length).replaceAll(marker, '')];
}

/** ts_headline marks each word; neighbouring parts of one kind become one. */
function push(parts: HeadlinePart[], part: HeadlinePart) {
  const last = parts.at(-1);
  if (last && last.match === part.match) last.text += part.text;
  else parts.push(part);
}

/** The dashboard page that shows a hit. */
export function linkOf(row: Pick<SearchRow, 'linkKind' | 'linkId' | 'anchor' | 'stateCode' | 'programYearId'>): string {
  const hash = row.anchor ? `#${row.anchor}` : '';
  switch (row.linkKind) {
    case 'call':
      return `/calls/${row.linkId}`;
    case 'site_visit':
      return `/site-visits/${row.linkId}`;
    case 'assessment':
      return `/assessments/${row.linkId}${hash}`;
    case 'plan':
      return `/states/${row.stateCode}?programYear=${row.programYearId}${hash}`;
  }
}
