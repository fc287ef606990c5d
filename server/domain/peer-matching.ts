/**
 * Peer-mentoring suggestions from the baseline assessments of one program year: a state that is established
 * in a domain can mentor a state that marked that domain a priority for development.
 *
 * "Established" is a domain average of at least 3.5 on the 1–4 scale: most of the domain's indicators rated
 * 4. A single 4 among weaker ratings is one practice, not a system a peer can learn from, so it is not enough.
 */
export const ESTABLISHED_AVERAGE = 3.5;

export interface DomainResult {
  key: string;
  title: string;
  /** Mean rating; null when nothing in the domain is rated. */
  average: number | null;
  /** Indicators of the domain flagged as a priority for development. */
  priorities: number;
}

export interface StateBaseline {
  stateCode: string;
  stateName: string;
  domains: DomainResult[];
}

export interface SuggestionReason {
  mentor: string;
  mentee: string;
  domainKey: string;
  domainTitle: string;
  mentorAverage: number;
  menteeAverage: number | null;
  text: string;
}

export interface PairSuggestion {
  /** The two states in alphabetical order, as mentoring pairs keep them. */
  stateA: string;
  stateB: string;
  reasons: SuggestionReason[];
  /** The focus a pair created from the suggestion starts with. */
  focus: string;
}

const pairKey = (a: string, b: string) => [a, b].sort().join('|');
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

export const isEstablished = (domain: DomainResult) => domain.average !== null && domain.average >= ESTABLISHED_AVERAGE;

function reasonText(mentor: StateBaseline, mentee: StateBaseline, mentorDomain: DomainResult, menteeDomain: DomainResult) {
  const menteeAverage = menteeDomain.average === null ? '' : `; ${mentee.stateName} averages ${oneDecimal(menteeDomain.average)}`;
  return `${mentor.stateName} is established in ${mentorDomain.title} (average ${oneDecimal(mentorDomain.average as number)}), which ${mentee.stateName} marked a priority${menteeAverage}`;
}

/** How far the mentor is ahead where the mentee wants to grow; an unrated mentee domain counts as 1. */
const gapOf = (r: SuggestionReason) => r.mentorAverage - (r.menteeAverage ?? 1);

/**
 * Every pair of states where one is established in a domain the other marked a priority, skipping pairs that
 * already exist (`existing`, codes in either order). A pair with more such domains comes first, then a wider
 * total gap between mentor and mentee, then by state codes, so that the order is stable.
 */
export function suggestPeerPairs(baselines: StateBaseline[], existing: [string, string][] = []): PairSuggestion[] {
  const taken = new Set(existing.map(([a, b]) => pairKey(a, b)));
  const byPair = new Map<string, SuggestionReason[]>();
  for (const mentor of baselines) {
    for (const mentee of baselines) {
      if (mentor.stateCode === mentee.stateCode || taken.has(pairKey(mentor.stateCode, mentee.stateCode))) continue;
      for (const strong of mentor.domains.filter(isEstablished)) {
        const wanted = mentee.domains.find((d) => d.key === strong.key && d.priorities > 0);
        if (!wanted) continue;
        const key = pairKey(mentor.stateCode, mentee.stateCode);
        const reason: SuggestionReason = {
          mentor: mentor.stateCode,
          mentee: mentee.stateCode,
          domainKey: strong.key,
          domainTitle: strong.title,
          mentorAverage: strong.average as number,
          menteeAverage: wanted.average,
          text: reasonText(mentor, mentee, strong, wanted),
        };
        byPair.set(key, [...(byPair.get(key) ?? []), reason]);
      }
    }
  }
  const nameOf = new Map(baselines.map((b) => [b.stateCode, b.stateName]));
  const suggestions = [...byPair.entries()].map(([key, reasons]) => {
    const [stateA, stateB] = key.split('|');
    const sorted = [...reasons].sort((x, y) => gapOf(y) - gapOf(x) || x.domainKey.localeCompare(y.domainKey) || x.mentor.localeCompare(y.mentor));
    const focus = sorted.map((r) => `${r.domainTitle} (${nameOf.get(r.mentor)} mentoring ${nameOf.get(r.mentee)})`).join('; ');
    return { stateA, stateB, reasons: sorted, focus };
  });
  const totalGap = (s: PairSuggestion) => s.reasons.reduce((sum, r) => sum + gapOf(r), 0);
  return suggestions.sort(
    (x, y) => y.reasons.length - x.reasons.length || totalGap(y) - totalGap(x) || x.stateA.localeCompare(y.stateA) || x.stateB.localeCompare(y.stateB),
  );
}
