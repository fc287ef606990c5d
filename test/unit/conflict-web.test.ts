/** The pure half of "Save mine anyway": what the other person changed, and the body that reapplies mine. */
import { describe, expect, it } from 'vitest';
import { conflictChanges, reapplyBody, shownValue } from '../../web/src/lib/conflict.ts';

const read = { id: 'c1', agenda: 'Plan review', notes: '', startTime: '10:00:00', attendees: ['Ana'], virtual: false, version: 3 };

describe('conflictChanges', () => {
  const labels = { agenda: 'Agenda', notes: 'Notes', startTime: 'Start time', attendees: 'Attendees', virtual: 'Virtual' };

  it('names the labelled fields they changed, in label order, with their value now', () => {
    const current = { ...read, notes: 'Lead is out in December', agenda: 'Budget', attendees: ['Ana', 'Bo'], virtual: true, version: 4 };
    expect(conflictChanges(read, current, labels)).toEqual([
      { field: 'agenda', label: 'Agenda', now: 'Budget' },
      { field: 'notes', label: 'Notes', now: 'Lead is out in December' },
      { field: 'attendees', label: 'Attendees', now: 'Ana, Bo' },
      { field: 'virtual', label: 'Virtual', now: 'yes' },
    ]);
  });

  it('ignores fields without a label, spellings of empty, and seconds of a clock time', () => {
    const current = { ...read, id: 'other', notes: null, startTime: '10:00', version: 9 };
    expect(conflictChanges(read, current, labels)).toEqual([]);
  });

  it('says a cleared field is empty, and uses the caller’s words where given', () => {
    const current = { ...read, agenda: '', status: 'at_risk' };
    const words = (field: string, value: unknown) => (field === 'status' ? `Status ${String(value)}` : undefined);
    expect(conflictChanges({ ...read, status: 'not_started' }, current, { agenda: 'Agenda', status: 'Status' }, words)).toEqual([
      { field: 'agenda', label: 'Agenda', now: 'empty' },
      { field: 'status', label: 'Status', now: 'Status at_risk' },
    ]);
  });

  it('says nothing without a record now (a 412 that carries none)', () => {
    expect(conflictChanges(read, undefined, labels)).toEqual([]);
    expect(conflictChanges(null, { agenda: 'x' }, labels)).toEqual([{ field: 'agenda', label: 'Agenda', now: 'x' }]);
  });
});

describe('shownValue', () => {
  it('keeps a long text to one short line', () => {
    expect(shownValue('one\n two   three')).toBe('one two three');
    const long = shownValue('x'.repeat(200), 10);
    expect(long).toHaveLength(10);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('reapplyBody', () => {
  it('sends only the fields I changed from what I read, at their version', () => {
    const mine = { agenda: 'Plan review', notes: 'Agreed next steps', startTime: '10:00', attendees: ['Ana'], virtual: false };
    expect(reapplyBody(mine, read, 7)).toEqual({ notes: 'Agreed next steps', version: 7 });
  });

  it('sends fields the record does not hold (a new password), and replaces a version in mine', () => {
    expect(reapplyBody({ password: 'new-secret-1', version: 3 }, read, 5)).toEqual({ password: 'new-secret-1', version: 5 });
  });

  it('sends all of mine when I changed nothing the record holds', () => {
    expect(reapplyBody({ agenda: 'Plan review' }, read, 4)).toEqual({ agenda: 'Plan review', version: 4 });
  });
});
