/** CSV built in the browser from what the page shows (RFC 4180: quoted when needed, CRLF line ends). */

/** A number as a spreadsheet writes one: kept as it is, so that a negative figure stays a number. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A cell a spreadsheet would read as a formula (OWASP CSV injection): it starts, perhaps after spaces, with =,
 * +, -, @, a tab, a carriage return, or their full-width forms, which some spreadsheets also read as formulas.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvCell(value: string | number | null | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = value ?? '';
  // A leading quote mark keeps the cell text: the spreadsheet shows it as written and runs nothing.
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
