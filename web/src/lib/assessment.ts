/**
 * The readiness assessment's rules on the browser (pure, for Node tests): the 1–4 scale in words, how a
 * domain's baseline and reassessment are laid out on the chart, growth in words, the form's draft (what
 * changed since the last save) and the assessment as CSV. Scores and growth are computed by the API.
 */
import type {
  Assessment,
  AssessmentKind,
  AssessmentStatus,
  AssessmentSummary,
  Growth,
  Rating,
  ResponseInput,
} from './api-assessments.ts';

export const ratings: Rating[] = [1, 2, 3, 4];

export const ratingLabel: Record<Rating, string> = {
  1: 'Not started',
  2: 'Emerging',
  3: 'Developing',
  4: 'Established',
};

/** What each step of the scale means, for the form's hints. */
export const ratingMeaning: Record<Rating, string> = {
  1: 'no work on this yet',
  2: 'early steps, not yet consistent',
  3: 'under way in most places',
  4: 'in place and sustained',
};

export const assessmentKindLabel: Record<AssessmentKind, string> = {
  baseline: 'Baseline',
  reassessment: 'Reassessment',
};

export const assessmentStatusLabel: Record<AssessmentStatus, string> = {
  in_progress: 'In progress',
  completed: 'Completed',
};

/** An average (1.0–4.0) to one decimal, or a dash when nothing is rated. */
export const formatAverage = (average: number | null | undefined) => (average === null || average === undefined ? '—' : average.toFixed(1));

/** The scale word nearest an average: 2.4 → "Emerging", 2.5 → "Developing". */
export function nearestRatingLabel(average: number | null | undefined): string {
  if (average === null || average === undefined) return 'not rated';
  const step = Math.min(4, Math.max(1, Math.round(average))) as Rating;
  return ratingLabel[step];
}

/** "+0.6", "−0.3" (a true minus sign), "no change", or "—" when either side is missing. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';
  if (Math.abs(change) < 0.05) return 'no change';
  return change > 0 ? `+${change.toFixed(1)}` : `−${Math.abs(change).toFixed(1)}`;
}

export type ChangeDirection = 'up' | 'down' | 'same' | 'none';
export function changeDirection(change: number | null | undefined): ChangeDirection {
  if (change === null || change === undefined) return 'none';
  if (Math.abs(change) < 0.05) return 'same';
  return change > 0 ? 'up' : 'down';
}

/** A bar's length as a percentage of the chart: the scale runs from 0 to 4, so a rating of 4 fills it. */
export const barPercent = (average: number | null | undefined) =>
  average === null || average === undefined ? 0 : Math.round((Math.min(4, Math.max(0, average)) / 4) * 1000) / 10;

export interface DomainRow {
  key: string;
  title: string;
  baseline: number | null;
  reassessment: number | null;
  change: number | null;
  /** Indicators the baseline flagged as priorities for development (0 without a baseline). */
  priorities: number;
}

/**
 * One row per domain for the chart and its table: the growth answer's averages (matched by key across
 * instrument revisions), with the baseline's priority flags beside them.
 */
export function domainRows(growth: Growth, baseline: AssessmentSummary | null): DomainRow[] {
  const priorities = new Map((baseline?.domainScores ?? []).map((d) => [d.key, d.priorities]));
  return growth.domains.map((d) => ({
    key: d.key,
    title: d.title,
    baseline: d.baseline,
    reassessment: d.reassessment,
    change: d.change,
    priorities: priorities.get(d.key) ?? 0,
  }));
}

/** A domain's row in words, for screen readers and the chart's tooltip. */
export function describeDomainRow(row: DomainRow): string {
  const side = (name: string, value: number | null) =>
    value === null ? `${name} not rated` : `${name} ${formatAverage(value)} (${nearestRatingLabel(value).toLowerCase()})`;
  const parts = [side('baseline', row.baseline), side('reassessment', row.reassessment)];
  if (row.change !== null) parts.push(`change ${formatChange(row.change)}`);
  return `${row.title}: ${parts.join(', ')}`;
}

/** The growth rows as CSV. */
export function growthCsvRows(rows: DomainRow[]): (string | number | null)[][] {
  return [
    ['Domain', 'Baseline average', 'Reassessment average', 'Change', 'Priority indicators (baseline)'],
    ...rows.map((r) => [r.title, r.baseline, r.reassessment, r.change, r.priorities]),
  ];
}

/** The baseline and the reassessment among a state's assessments for a year (the API allows one of each). */
export function pickAssessments(items: AssessmentSummary[]): { baseline: AssessmentSummary | null; reassessment: AssessmentSummary | null } {
  return {
    baseline: items.find((a) => a.kind === 'baseline') ?? null,
    reassessment: items.find((a) => a.kind === 'reassessment') ?? null,
  };
}

/** What may be started next: a baseline first; a reassessment once the baseline is completed. */
export function nextAssessmentKind(baseline: AssessmentSummary | null, reassessment: AssessmentSummary | null): AssessmentKind | null {
  if (!baseline) return 'baseline';
  if (!reassessment && baseline.status === 'completed') return 'reassessment';
  return null;
}

// ---- the form ----

/** An indicator's answer while it is being edited; rating null until one is chosen. */
export interface DraftResponse {
  rating: Rating | null;
  evidence: string;
  priority: boolean;
}

/** The saved answers by indicator id. */
export function savedResponses(assessment: Pick<Assessment, 'responses'>): Record<string, DraftResponse> {
  const out: Record<string, DraftResponse> = {};
  // The schema bounds a rating to 1–4 (an integer in the document, so a number in the generated types).
  for (const r of assessment.responses) out[r.indicatorId] = { rating: r.rating as Rating, evidence: r.evidence, priority: r.priority };
  return out;
}

export const emptyResponse = (): DraftResponse => ({ rating: null, evidence: '', priority: false });

/** What the form shows for an indicator: the edit if there is one, else what was saved. */
export const shownResponse = (edits: Record<string, DraftResponse>, saved: Record<string, DraftResponse>, indicatorId: string): DraftResponse =>
  edits[indicatorId] ?? saved[indicatorId] ?? emptyResponse();

const same = (a: DraftResponse, b: DraftResponse) => a.rating === b.rating && a.evidence.trim() === b.evidence.trim() && a.priority === b.priority;

/**
 * The edits that differ from what was saved, split into those the API can take (a rating is required) and
 * the indicators that were given evidence or a priority flag but no rating yet.
 */
export function pendingResponses(
  edits: Record<string, DraftResponse>,
  saved: Record<string, DraftResponse>,
): { toSave: ResponseInput[]; needRating: string[] } {
  const toSave: ResponseInput[] = [];
  const needRating: string[] = [];
  for (const [indicatorId, edit] of Object.entries(edits)) {
    if (same(edit, saved[indicatorId] ?? emptyResponse())) continue;
    if (edit.rating === null) needRating.push(indicatorId);
    else toSave.push({ indicatorId, rating: edit.rating, evidence: edit.evidence.trim(), priority: edit.priority });
  }
  return { toSave, needRating };
}

/** How many indicators have a rating, counting unsaved edits. */
export function ratedCount(assessment: Pick<Assessment, 'domains'>, edits: Record<string, DraftResponse>, saved: Record<string, DraftResponse>): number {
  return assessment.domains.flatMap((d) => d.indicators).filter((i) => shownResponse(edits, saved, i.id).rating !== null).length;
}

/** Every indicator with its answer, as CSV. */
export function assessmentCsvRows(assessment: Assessment): (string | number | null)[][] {
  const saved = savedResponses(assessment);
  const rows = assessment.domains.flatMap((domain) =>
    domain.indicators.map((indicator) => {
      const answer = saved[indicator.id];
      return [
        domain.title,
        indicator.key,
        indicator.text,
        answer?.rating ?? '',
        answer?.rating ? ratingLabel[answer.rating] : 'not rated',
        answer?.evidence ?? '',
        answer?.priority ? 'yes' : 'no',
      ];
    }),
  );
  return [['Domain', 'Indicator key', 'Indicator', 'Rating', 'Rating (words)', 'Evidence', 'Priority for development'], ...rows];
}
