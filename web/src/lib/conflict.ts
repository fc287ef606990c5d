/**
 * After a save is refused because someone else changed the record first (412): what they changed, said
 * field by field, and the body that reapplies my change over theirs ("Save mine anyway"). Pure, so that
 * it is unit-tested without a browser.
 */

type Fields = Record<string, unknown>;

/** Empty is empty, however a form or the API spells it; a clock time is the same with or without seconds. */
function normal(value: unknown): unknown {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  if (typeof value === 'string' && /^\d{2}:\d{2}:00$/.test(value)) return value.slice(0, 5);
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normal(a)) === JSON.stringify(normal(b));

const asFields = (value: unknown): Fields => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {});

/** A value as a short phrase for the notice. */
export function shownValue(value: unknown, maxLength = 80): string {
  const v = normal(value);
  if (v === null) return 'empty';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  const text = Array.isArray(v) ? v.map(String).join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
}

export interface FieldChange {
  field: string;
  label: string;
  /** Their value, as a short phrase. */
  now: string;
}

/** Says a field's value in words (a status's label); undefined leaves it to `shownValue`. */
export type ValueWords = (field: string, value: unknown) => string | undefined;

/** The labelled fields whose value differs between the record as I read it and as it is now, in label order. */
export function conflictChanges(read: unknown, current: unknown, labels: Record<string, string>, words?: ValueWords): FieldChange[] {
  const before = asFields(read);
  const now = asFields(current);
  return Object.entries(labels)
    .filter(([field]) => field in now && !same(before[field], now[field]))
    .map(([field, label]) => ({ field, label, now: words?.(field, now[field]) ?? shownValue(now[field]) }));
}

/**
 * The body that saves my change over theirs: only the fields I changed from what I read (so that what
 * they changed elsewhere stays), made from their version. When I changed nothing that the record holds,
 * all of mine is sent.
 */
export function reapplyBody<T extends object>(mine: T, read: unknown, currentVersion: number): T & { version: number } {
  const before = asFields(read);
  const entries = Object.entries(mine).filter(([field, value]) => field !== 'version' && !(field in before && same(value, before[field])));
  const changed = (entries.length > 0 ? Object.fromEntries(entries) : { ...mine }) as T;
  return { ...changed, version: currentVersion };
}
