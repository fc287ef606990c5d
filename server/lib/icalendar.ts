/**
 * A small RFC 5545 writer: the few properties our feeds need, written exactly (CRLF line ends, folding at
 * 75 octets without splitting a UTF-8 character, TEXT escaping). Ours rather than a library because the
 * subset is tiny and fully unit-tested, and the tests parse its output back with an independent parser.
 * Timed entries are written in UTC ("Z"): every client reads them, and no VTIMEZONE is needed.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { type IsoDate, toDate, toIsoDate } from '../domain/dates.ts';

export type EntryTime =
  | { allDay: false; start: Date; end: Date }
  /** Calendar days; `endsOn` is the last day (inclusive), written as the exclusive DTEND the RFC asks for. */
  | { allDay: true; startsOn: IsoDate; endsOn: IsoDate };

export interface CalendarEntry {
  /** Globally unique and stable across feeds and downloads, so a client updates rather than duplicates. */
  uid: string;
  time: EntryTime;
  summary: string;
  description: string;
  location?: string;
  url: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  categories?: string[];
  lastModified?: Date;
  sequence?: number;
}

export interface CalendarDocument {
  name: string;
  description?: string;
  /** DTSTAMP of every entry: when this document was generated. */
  generatedAt: Date;
  entries: CalendarEntry[];
}

const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** An instant as a UTC DATE-TIME (20261030T150000Z). */
export const utcStamp = (instant: Date) => format(new TZDate(instant.getTime(), 'UTC'), "yyyyMMdd'T'HHmmss'Z'");

const basicDay = (day: IsoDate) => day.replaceAll('-', '');

function timeLines(time: EntryTime): string[] {
  if (time.allDay) {
    const endsAfter = toIsoDate(addDays(toDate(time.endsOn), 1));
    return [`DTSTART;VALUE=DATE:${basicDay(time.startsOn)}`, `DTEND;VALUE=DATE:${basicDay(endsAfter)}`];
  }
  return [`DTSTART:${utcStamp(time.start)}`, `DTEND:${utcStamp(time.end)}`];
}

/** URIs are not TEXT: no escaping, but a line break inside one would end the property. */
const uri = (value: string) => value.replace(/[\r\n]/g, '');

function entryLines(entry: CalendarEntry, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(entry.uid)}`,
    `DTSTAMP:${stamp}`,
    ...timeLines(entry.time),
    `SUMMARY:${escapeText(entry.summary)}`,
    `DESCRIPTION:${escapeText(entry.description)}`,
    ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
    `URL:${uri(entry.url)}`,
    `STATUS:${entry.status}`,
    ...(entry.categories?.length ? [`CATEGORIES:${entry.categories.map(escapeText).join(',')}`] : []),
    ...(entry.lastModified ? [`LAST-MODIFIED:${utcStamp(entry.lastModified)}`] : []),
    ...(entry.sequence !== undefined ? [`SEQUENCE:${entry.sequence}`] : []),
    // Timed meetings block time; all-day reminders (due dates, visit days) should not.
    `TRANSP:${entry.time.allDay ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  ];
}

/** The whole VCALENDAR object, CRLF-terminated and folded, ready to send as text/calendar. */
export function writeCalendar(doc: CalendarDocument): string {
  const stamp = utcStamp(doc.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coaching Tracker//Calendar feed//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(doc.name)}`,
    `X-WR-CALNAME:${escapeText(doc.name)}`,
    ...(doc.description ? [`X-WR-CALDESC:${escapeText(doc.description)}`] : []),
    // How often subscribers should fetch again (RFC 7986, and the older Outlook/Apple property).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...doc.entries.flatMap((entry) => entryLines(entry, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
