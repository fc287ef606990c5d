import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Tx } from '../../../db/client.ts';
import { assessmentResponses, assessments } from '../../../db/schema/index.ts';
import { isFuture } from '../../domain/timeline.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { staleOrMissing } from '../../lib/records.ts';
import { DEFAULT_INSTRUMENT_NAME, domainsOf, findInstrument, newestRevision } from '../instruments/instruments.queries.ts';
import { requireStaffDelete } from '../plans/plan-rules.ts';
import { type YearRow, requireOrdered, requireParticipation, requireStateAndYear, requireWithinYear, requireYear } from '../program-years/year-rules.ts';
import type { AssessmentCreate, AssessmentUpdate, ResponsesInput } from './assessments.schemas.ts';
import {
  type AssessmentFilter,
  type AssessmentRow,
  type DomainScore,
  assessmentsOfStateYear,
  domainScoresOf,
  findAssessment,
  findByKind,
  indicatorsOfInstrument,
  listAssessments,
  responsesOf,
} from './assessments.queries.ts';
import { growthByDomain } from '../../domain/growth.ts';

/** What leaves the server for a list row: the assessment with its per-domain scores and how much is rated. */
function presentSummary(row: AssessmentRow, scores: DomainScore[]) {
  return {
    ...row,
    indicatorCount: scores.reduce((n, s) => n + s.indicators, 0),
    ratedCount: scores.reduce((n, s) => n + s.rated, 0),
    domainScores: scores,
  };
}

export async function list(ctx: Ctx, filter: AssessmentFilter) {
  const result = await listAssessments(ctx.db, ctx.actor, filter);
  const scores = await domainScoresOf(ctx.db, result.items.map((a) => a.id));
  return { total: result.total, items: result.items.map((a) => presentSummary(a, scores.get(a.id) ?? [])) };
}

/** The assessment, if the actor can see it and may do `action` to it (404 when not visible, 403 when not allowed). */
async function loadAssessment(ctx: Ctx, id: string, action: 'read' | 'write') {
  const row = await findAssessment(ctx.db, id);
  if (!row) throw new NotFoundError('Assessment');
  requireAccess(ctx.actor, 'assessment', action, row.stateCode, 'Assessment');
  return row;
}

async function present(ctx: Ctx, row: AssessmentRow) {
  const [scores, domains, responses] = await Promise.all([
    domainScoresOf(ctx.db, [row.id]),
    domainsOf(ctx.db, row.instrumentId),
    responsesOf(ctx.db, row.id),
  ]);
  return { ...presentSummary(row, scores.get(row.id) ?? []), domains, responses };
}

export async function get(ctx: Ctx, id: string) {
  return present(ctx, await loadAssessment(ctx, id, 'read'));
}

/** The instrument named, or the newest revision of the default one. */
async function resolveInstrument(tx: Tx, instrumentId: string | undefined) {
  if (instrumentId) {
    if (!(await findInstrument(tx, instrumentId))) throw new ValidationError('instrumentId: no such instrument');
    return instrumentId;
  }
  const newest = await newestRevision(tx, DEFAULT_INSTRUMENT_NAME);
  if (!newest) throw new ValidationError(`instrumentId: there is no '${DEFAULT_INSTRUMENT_NAME}' instrument to default to; name one`);
  return newest.id;
}

/** One assessment per state, year and kind; a reassessment follows a completed baseline. */
async function requireKindAllowed(tx: Tx, input: { programYearId: string; stateCode: string; kind: AssessmentRow['kind']; startedOn: string }) {
  if (await findByKind(tx, input.programYearId, input.stateCode, input.kind)) {
    throw new ConflictError(`kind: ${input.stateCode} already has a ${input.kind} assessment for this program year`);
  }
  if (input.kind !== 'reassessment') return;
  const baseline = await findByKind(tx, input.programYearId, input.stateCode, 'baseline');
  if (!baseline || baseline.status !== 'completed' || !baseline.completedOn) {
    throw new ValidationError(`kind: a reassessment needs a completed baseline assessment for ${input.stateCode} this program year`);
  }
  if (input.startedOn < baseline.completedOn) {
    throw new ValidationError(`startedOn: ${input.startedOn} is before the baseline was completed (${baseline.completedOn})`);
  }
}

export async function create(ctx: Ctx, input: Static<typeof AssessmentCreate>) {
  const stateCode = input.stateCode.toUpperCase();
  requireAccess(ctx.actor, 'assessment', 'write', stateCode, 'State');
  const id = await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, input.programYearId);
    await requireParticipation(tx, year.id, stateCode);
    requireWithinYear(year, input.startedOn, 'startedOn');
    const instrumentId = await resolveInstrument(tx, input.instrumentId);
    await requireKindAllowed(tx, { ...input, stateCode });
    const [row] = await tx
      .insert(assessments)
      .values({ programYearId: year.id, stateCode, kind: input.kind, instrumentId, startedOn: input.startedOn })
      .returning();
    await audit(tx, ctx.actor, 'create', 'assessment', row.id, null, row, stateCode);
    return row.id;
  });
  return get(ctx, id);
}

/**
 * The dates and status an update leads to. Completing needs every indicator rated and a completion day
 * inside the year, not in the future and not before the start; reopening clears the completion day.
 */
async function nextState(ctx: Ctx, tx: Tx, before: AssessmentRow, year: YearRow, patch: Omit<Static<typeof AssessmentUpdate>, 'version'>) {
  const status = patch.status ?? before.status;
  const startedOn = patch.startedOn ?? before.startedOn;
  requireWithinYear(year, startedOn, 'startedOn');
  if (status === 'in_progress') {
    if (patch.completedOn) throw new ValidationError('completedOn: only a completed assessment has a completion day; send status completed');
    return { status, startedOn, completedOn: null };
  }
  const completedOn = patch.completedOn ?? (before.status === 'completed' ? before.completedOn : null) ?? ctx.today;
  requireWithinYear(year, completedOn, 'completedOn');
  if (isFuture(completedOn, ctx.today)) throw new ValidationError(`completedOn: ${completedOn} is in the future`);
  requireOrdered(startedOn, completedOn, 'completedOn');
  const scores = (await domainScoresOf(tx, [before.id])).get(before.id) ?? [];
  const missing = scores.reduce((n, s) => n + s.indicators - s.rated, 0);
  if (missing > 0) {
    const total = scores.reduce((n, s) => n + s.indicators, 0);
    throw new ValidationError(`status: ${missing} of ${total} indicators are not rated yet; rate every indicator before completing`);
  }
  return { status, startedOn, completedOn };
}

export async function update(ctx: Ctx, id: string, input: Static<typeof AssessmentUpdate>) {
  const before = await loadAssessment(ctx, id, 'write');
  const { version, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    const year = await requireYear(tx, before.programYearId);
    const next = await nextState(ctx, tx, before, year, patch);
    const [after] = await tx
      .update(assessments)
      .set({ ...next, version: sql`${assessments.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(assessments.id, id), eq(assessments.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Assessment');
    await audit(tx, ctx.actor, 'update', 'assessment', id, before, after, before.stateCode);
  });
  return get(ctx, id);
}

/** Each listed indicator once, and only indicators of the assessment's own instrument. */
async function requireResponseIndicators(ctx: Ctx, row: AssessmentRow, responses: Static<typeof ResponsesInput>['responses']) {
  const seen = new Set<string>();
  responses.forEach((r, i) => {
    if (seen.has(r.indicatorId)) throw new ValidationError(`responses.${i}.indicatorId: this indicator is listed twice`);
    seen.add(r.indicatorId);
  });
  const known = await indicatorsOfInstrument(ctx.db, row.instrumentId, [...seen]);
  const stranger = responses.findIndex((r) => !known.has(r.indicatorId));
  if (stranger >= 0) throw new ValidationError(`responses.${stranger}.indicatorId: not an indicator of this assessment's instrument`);
}

/** Rates indicators: each response is inserted or updated (what a response leaves out keeps its value). */
export async function saveResponses(ctx: Ctx, id: string, input: Static<typeof ResponsesInput>) {
  const row = await loadAssessment(ctx, id, 'write');
  if (row.status === 'completed') throw new ConflictError('Assessment is completed; reopen it (status in_progress) before changing its ratings');
  await requireResponseIndicators(ctx, row, input.responses);
  await ctx.db.transaction(async (tx) => {
    // The assessment's version guards its responses: taking it first also queues a concurrent save behind this one.
    const [guarded] = await tx
      .update(assessments)
      .set({ version: sql`${assessments.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(assessments.id, id), eq(assessments.version, input.version ?? row.version)))
      .returning({ id: assessments.id });
    if (!guarded) staleOrMissing(true, 'Assessment');
    const before = await responsesOf(tx, id);
    const after = [];
    for (const r of input.responses) {
      const [saved] = await tx
        .insert(assessmentResponses)
        .values({ assessmentId: id, indicatorId: r.indicatorId, rating: r.rating, evidence: r.evidence ?? '', priority: r.priority ?? false })
        .onConflictDoUpdate({
          target: [assessmentResponses.assessmentId, assessmentResponses.indicatorId],
          set: {
            rating: r.rating,
            ...(r.evidence === undefined ? {} : { evidence: r.evidence }),
            ...(r.priority === undefined ? {} : { priority: r.priority }),
            version: sql`${assessmentResponses.version} + 1`,
            updatedAt: sql`now()`,
          },
        })
        .returning();
      after.push(saved);
    }
    const touched = new Set(input.responses.map((r) => r.indicatorId));
    await audit(tx, ctx.actor, 'update', 'assessment_responses', id, before.filter((b) => touched.has(b.indicatorId)), after, row.stateCode);
  });
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string) {
  const before = await findAssessment(ctx.db, id);
  if (!before) throw new NotFoundError('Assessment');
  requireStaffDelete(ctx, 'assessment', before.stateCode, 'Assessment');
  await ctx.db.transaction(async (tx) => {
    const responses = await responsesOf(tx, id);
    await tx.delete(assessments).where(eq(assessments.id, id));
    await audit(tx, ctx.actor, 'delete', 'assessment', id, { ...before, responses }, null, before.stateCode);
  });
}

/** Baseline beside reassessment for one state and year, domain by domain. */
export async function growth(ctx: Ctx, query: { programYear: string; state: string }) {
  const stateCode = query.state.toUpperCase();
  requireAccess(ctx.actor, 'assessment', 'read', stateCode, 'State');
  const ofYear = await assessmentsOfStateYear(ctx.db, query.programYear, stateCode);
  const baseline = ofYear.find((a) => a.kind === 'baseline');
  const reassessment = ofYear.find((a) => a.kind === 'reassessment');
  const programYearId = (baseline ?? reassessment)?.programYearId ?? (await requireStateAndYear(ctx.db, stateCode, query.programYear)).id;
  const scores = await domainScoresOf(ctx.db, [baseline?.id, reassessment?.id].filter((x): x is string => x !== undefined));
  const ref = (a: AssessmentRow | undefined) =>
    a ? { id: a.id, status: a.status, startedOn: a.startedOn, completedOn: a.completedOn, instrumentId: a.instrumentId } : null;
  return {
    programYearId,
    stateCode,
    baseline: ref(baseline),
    reassessment: ref(reassessment),
    domains: growthByDomain(baseline ? (scores.get(baseline.id) ?? []) : [], reassessment ? (scores.get(reassessment.id) ?? []) : []),
  };
}
