/**
 * Growth between a baseline and a reassessment, domain by domain. Domains are matched by key, so that a
 * reassessment taken on a newer revision of the instrument still lines up with its baseline.
 */
export interface ScoreByKey {
  key: string;
  title: string;
  average: number | null;
}

export interface DomainGrowth {
  key: string;
  title: string;
  baseline: number | null;
  reassessment: number | null;
  change: number | null;
}

/** Rounded to one decimal, as the averages are (so 2.3 - 1.7 reads 0.6, not 0.6000000000000001). */
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function growthByDomain(baseline: ScoreByKey[], reassessment: ScoreByKey[]): DomainGrowth[] {
  const later = new Map(reassessment.map((s) => [s.key, s]));
  const rows: DomainGrowth[] = baseline.map((b) => {
    const r = later.get(b.key);
    later.delete(b.key);
    const re = r?.average ?? null;
    return { key: b.key, title: r?.title ?? b.title, baseline: b.average, reassessment: re, change: b.average !== null && re !== null ? oneDecimal(re - b.average) : null };
  });
  for (const r of later.values()) rows.push({ key: r.key, title: r.title, baseline: null, reassessment: r.average, change: null });
  return rows;
}
