import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { zonedInstant, zonedSpan } from '../../server/domain/calendar-time.ts';
import { type CalendarEntry, escapeText, foldLine, utcStamp, writeCalendar } from '../../server/lib/icalendar.ts';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and newlines, in that order', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets and never splits a multi-byte character', () => {
    const line = `SUMMARY:${'État–café ✓ '.repeat(30)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});

describe('zonedInstant', () => {
  it('turns a Chicago wall-clock time into the right instant on each side of the November DST change', () => {
    expect(zonedInstant('2026-10-30', '10:00', 'America/Chicago').toISOString()).toBe('2026-10-30T15:00:00.000Z');
    expect(zonedInstant('2026-11-06', '10:00:00', 'America/Chicago').toISOString()).toBe('2026-11-06T16:00:00.000Z');
  });

  it('handles the March change and a zone without DST', () => {
    expect(zonedInstant('2027-03-12', '09:30', 'America/Chicago').toISOString()).toBe('2027-03-12T15:30:00.000Z');
    expect(zonedInstant('2027-03-15', '09:30', 'America/Chicago').toISOString()).toBe('2027-03-15T14:30:00.000Z');
    expect(zonedInstant('2026-11-06', '10:00', 'Pacific/Honolulu').toISOString()).toBe('2026-11-06T20:00:00.000Z');
  });

  it('adds a duration as elapsed time across the change itself', () => {
    const { start, end } = zonedSpan('2026-11-01', '00:30', 120, 'America/Chicago');
    expect(utcStamp(start)).toBe('20261101T053000Z');
    expect(utcStamp(end)).toBe('20261101T073000Z');
  });
});

const entry = (overrides: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid: 'call-1@coaching-tracker',
  time: { allDay: false, ...zonedSpan('2026-10-30', '10:00', 45, 'America/Chicago') },
  summary: 'Planning call — Arkansas, Hawaii; more',
  description: 'Agenda:\nReview the plan; draft goals, milestones',
  url: 'https://tracker.example/calls/1',
  status: 'CONFIRMED',
  ...overrides,
});

describe('writeCalendar', () => {
  const text = writeCalendar({
    name: 'Coaching Tracker — Nan Dare',
    generatedAt: new Date('2026-11-23T15:00:00Z'),
    entries: [
      entry({ location: 'Zoom', categories: ['Coaching call'], sequence: 2, lastModified: new Date('2026-10-01T12:00:00Z') }),
      entry({ uid: 'site-visit-2@coaching-tracker', time: { allDay: true, startsOn: '2026-12-08', endsOn: '2026-12-09' }, status: 'TENTATIVE', description: 'x'.repeat(200) }),
    ],
  });

  it('writes CRLF lines, none longer than 75 octets, and the required calendar properties', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text).toContain('VERSION:2.0\r\n');
    expect(text).toContain('PRODID:');
    expect(text).toContain('DTSTAMP:20261123T150000Z');
    expect(text).toContain('DTSTART:20261030T150000Z');
    expect(text).toContain('DTSTART;VALUE=DATE:20261208\r\nDTEND;VALUE=DATE:20261210');
  });

  it('reads back with ical.js as the same entries', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [call, visit] = events;
    expect(call.uid).toBe('call-1@coaching-tracker');
    expect(call.summary).toBe('Planning call — Arkansas, Hawaii; more');
    expect(call.description).toBe('Agenda:\nReview the plan; draft goals, milestones');
    expect(call.location).toBe('Zoom');
    expect(call.startDate.toJSDate().toISOString()).toBe('2026-10-30T15:00:00.000Z');
    expect(call.endDate.toJSDate().toISOString()).toBe('2026-10-30T15:45:00.000Z');
    expect(call.sequence).toBe(2);
    expect(calendar.getAllSubcomponents('vevent')[0].getFirstPropertyValue('url')).toBe('https://tracker.example/calls/1');
    expect(visit.startDate.isDate).toBe(true);
    expect(visit.startDate.toString()).toBe('2026-12-08');
    expect(visit.endDate.toString()).toBe('2026-12-10');
    expect(visit.description).toBe('x'.repeat(200));
  });
});
