import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../web/src/lib/csv.ts';

describe('csvCell (OWASP CSV injection)', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const attack of [
      '=1+1',
      '+1+1',
      "-2+3+cmd|' /C calc'!A0",
      '-1-1',
      '-A1',
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
      '  =HYPERLINK("http://evil.example")',
      '\uFF1D1+1',
    ]) {
      const cell = csvCell(attack);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
      expect(unquoted.startsWith("'"), attack).toBe(true);
    }
  });

  it('keeps plain numbers, negative ones included, as numbers', () => {
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell('-3.5')).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell('2026-10-15')).toBe('2026-10-15');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and writes nothing for empty values', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
    expect(toCsv([['a', 1], ['=x', null]])).toBe("a,1\r\n'=x,\r\n");
  });
});
