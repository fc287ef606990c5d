/**
 * Setup rows guard the records that hang off them (a year its timeline and calls, a participation its
 * pairings and plan): these helpers turn one row of per-kind counts into the words of a refusal.
 */
export interface KindCount {
  what: string;
  n: number;
}

export function nonZeroCounts(row: Record<string, number> | undefined): KindCount[] {
  return Object.entries(row ?? {})
    .map(([what, n]) => ({ what, n: Number(n) }))
    .filter((entry) => entry.n > 0);
}

const singular = (plural: string) => (plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.replace(/s$/, ''));

/** "3 calls, 1 plan, 1 timeline activity": the kinds are named in the plural. */
export const describeCounts = (counts: KindCount[]) =>
  counts.map(({ what, n }) => `${n} ${n === 1 ? singular(what) : what}`).join(', ');
