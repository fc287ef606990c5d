import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentResponses } from '../../db/schema/index.ts';
import type { Actor } from '../../server/domain/access.ts';
import { matchesQuery } from '../../server/modules/search/search.queries.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { type CastUser, callerFor, makeAssessment, makeBarePlan, makeCast, makeComment, makeGoal, makeInstrument, makeMilestone, makeMilestoneUpdate } from '../helpers/factories-assessment.ts';
import { makeActionItem } from '../helpers/factories-engagement.ts';
import { makeCall, makeVisit, makeYear } from '../helpers/factories.ts';

type Part = { text: string; match: boolean };
type Hit = { kind: string; id: string; stateCode: string; programYearId: string; date: string | null; title: string; headline: Part[]; rank: number; link: string };
type Results = { items: Hit[]; total: number };

let t: TestApp;
let as: ReturnType<typeof callerFor>;
let cast: Record<'staff' | 'coach' | 'otherCoach' | 'lead' | 'member' | 'leadIA', CastUser>;
let yearId: string;
let nextYearId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  as = callerFor(t);
  yearId = (await makeYear(t.db)).id;
  nextYearId = (await makeYear(t.db, 2027)).id;
  cast = await makeCast(t.db, yearId);
  const arCall = await makeCall(t.db, yearId, 'AR', {
    date: '2026-10-06',
    notes: 'The apprenticeship expansion waits on data sharing agreements with the labor department.',
    coachNotes: 'The lead seems overwhelmed; the apprenticeship paperwork sits with one person.',
  });
  const iaCall = await makeCall(t.db, yearId, 'IA', {
    date: '2026-10-08',
    challenges: 'Iowa apprenticeship pilot lacks employer partners.',
    coachNotes: 'Iowa apprenticeship: confidential worry about turnover.',
  });
  const arVisit = await makeVisit(t.db, yearId, 'AR', {
    summary: 'Toured the regional apprenticeship center with the workforce board.',
    coachNotes: 'Private: apprenticeship staff skeptical of the plan.',
  });
  const item = await makeActionItem(t.db, 'AR', { callId: arCall.id }, { description: 'Draft an apprenticeship data sharing memorandum', owner: 'CTE director' });
  const plan = await makeBarePlan(t.db, yearId, 'AR');
  const goal = await makeGoal(t.db, plan.id);
  const milestone = await makeMilestone(t.db, goal.id, { title: 'Sign the MOU' });
  const update = await makeMilestoneUpdate(t.db, milestone.id, { comment: 'Apprenticeship partners asked for another review round.' });
  const comment = await makeComment(t.db, plan.id, cast.coach.id, { body: 'Consider registered apprenticeship as a second pathway.' });
  const instrument = await makeInstrument(t.db);
  const assessment = await makeAssessment(t.db, yearId, 'AR', instrument.id);
  const [response] = await t.db
    .insert(assessmentResponses)
    .values({ assessmentId: assessment.id, indicatorId: instrument.indicators[0].id, rating: 2, evidence: 'An apprenticeship council formed in 2025.' })
    .returning();
  const welding = await makeCall(t.db, yearId, 'AR', { date: '2026-09-10', notes: 'Welding, welding and more welding: the welding cohort doubled.' });
  const weldingOnce = await makeCall(t.db, yearId, 'AR', {
    date: '2026-11-10',
    notes: 'A long conversation about budgets, sector partnerships, outreach, calendars, and, briefly, welding.',
  });
  const nextYear = await makeCall(t.db, nextYearId, 'AR', { date: '2027-09-10', notes: 'Apprenticeship review for the new cohort.' });
  Object.assign(ids, {
    arCall: arCall.id,
    iaCall: iaCall.id,
    arVisit: arVisit.id,
    item: item.id,
    update: update.id,
    milestone: milestone.id,
    comment: comment.id,
    assessment: assessment.id,
    response: response.id,
    indicator: instrument.indicators[0].id,
    welding: welding.id,
    weldingOnce: weldingOnce.id,
    nextYear: nextYear.id,
    plan: plan.id,
  });
});

async function search(user: CastUser, query: string): Promise<Results> {
  const res = await as(user, 'GET', `/api/search?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;
const keys = (r: Results) => r.items.map((h) => `${h.kind}:${h.id}`).sort();

describe('GET /api/search', () => {
  it('finds each source for staff, with its state, day, title and the page that shows it', async () => {
    const r = await search(cast.staff, q('apprenticeship', `&programYear=${yearId}`));
    expect(keys(r)).toEqual(
      [
        `call:${ids.arCall}`,
        `call:${ids.iaCall}`,
        `call_coach_notes:${ids.arCall}`,
        `call_coach_notes:${ids.iaCall}`,
        `site_visit:${ids.arVisit}`,
        `visit_coach_notes:${ids.arVisit}`,
        `action_item:${ids.item}`,
        `milestone_update:${ids.update}`,
        `plan_comment:${ids.comment}`,
        `assessment_evidence:${ids.response}`,
      ].sort(),
    );
    expect(r.total).toBe(10);
    const hit = (kind: string) => r.items.find((h) => h.kind === kind && h.stateCode === 'AR') as Hit;
    expect(hit('call')).toMatchObject({ date: '2026-10-06', title: 'Full-team call', link: `/calls/${ids.arCall}`, programYearId: yearId });
    expect(hit('call_coach_notes').title).toBe('Coach-only notes: full-team call');
    expect(hit('site_visit')).toMatchObject({ date: '2026-12-08', title: 'Site visit 1', link: `/site-visits/${ids.arVisit}` });
    expect(hit('action_item')).toMatchObject({ date: '2026-10-06', title: 'Action item from a full-team call', link: `/calls/${ids.arCall}` });
    expect(hit('milestone_update')).toMatchObject({ title: 'Update on milestone “Sign the MOU”', link: `/states/AR?programYear=${yearId}#milestone-${ids.milestone}` });
    expect(hit('milestone_update').date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(hit('plan_comment')).toMatchObject({ title: 'Comment on the plan', link: `/states/AR?programYear=${yearId}#plan` });
    expect(hit('assessment_evidence')).toMatchObject({
      date: '2026-09-15',
      link: `/assessments/${ids.assessment}#indicator-${ids.indicator}`,
    });
    expect(hit('assessment_evidence').title).toMatch(/^Baseline evidence, Domain domain-1: Indicator 1/);
  });

  it('ranks the record that says it most first, and highlights the matched words as separate parts', async () => {
    const r = await search(cast.staff, q('welding'));
    expect(r.items.map((h) => h.id)).toEqual([ids.welding, ids.weldingOnce]);
    expect(r.items[0].rank).toBeGreaterThan(r.items[1].rank);
    const parts = r.items[1].headline;
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['welding']);
    expect(parts.map((p) => p.text).join('')).toMatch(/briefly, welding/);
  });

  it('reads web-search syntax: phrases, OR and excluded words', async () => {
    const phrase = await search(cast.staff, q('"data sharing"', '&kind=call'));
    expect(phrase.items.map((h) => h.id)).toEqual([ids.arCall]);
    expect(phrase.items[0].headline.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(['data sharing']);
    const excluded = await search(cast.staff, q('apprenticeship -iowa', `&kind=call&programYear=${yearId}`));
    expect(excluded.items.map((h) => h.id)).toEqual([ids.arCall]);
    const either = await search(cast.staff, q('welding or toured'));
    expect(either.total).toBe(3);
  });

  it('keeps a coach to the paired states: another coach’s states’ notes never come back', async () => {
    const mine = await search(cast.coach, q('apprenticeship'));
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((h) => h.stateCode === 'AR')).toBe(true);
    expect(mine.items.map((h) => h.id)).not.toContain(ids.iaCall);
    expect(await search(cast.coach, q('iowa'))).toEqual({ items: [], total: 0 });
    expect(await search(cast.coach, q('apprenticeship', '&state=IA'))).toEqual({ items: [], total: 0 });
    const theirs = await search(cast.otherCoach, q('apprenticeship'));
    expect(theirs.items.map((h) => h.stateCode)).toEqual(['IA', 'IA']);
    expect(theirs.items.map((h) => h.kind).sort()).toEqual(['call', 'call_coach_notes']);
  });

  it('never shows coach-only notes to state users', async () => {
    for (const user of [cast.lead, cast.member]) {
      const r = await search(user, q('apprenticeship'));
      expect(r.items.every((h) => h.stateCode === 'AR' && !h.kind.endsWith('coach_notes'))).toBe(true);
      expect(r.total).toBe(7);
      expect(await search(user, q('overwhelmed'))).toEqual({ items: [], total: 0 });
      expect(await search(user, q('skeptical'))).toEqual({ items: [], total: 0 });
      expect(await search(user, q('apprenticeship', '&kind=call_coach_notes'))).toEqual({ items: [], total: 0 });
    }
    expect((await search(cast.coach, q('overwhelmed'))).items.map((h) => h.kind)).toEqual(['call_coach_notes']);
  });

  it('filters by kind, state and program year, and pages with a stable total', async () => {
    expect((await search(cast.staff, q('apprenticeship', '&kind=plan_comment'))).items.map((h) => h.id)).toEqual([ids.comment]);
    expect((await search(cast.staff, q('apprenticeship', '&state=ia'))).items.every((h) => h.stateCode === 'IA')).toBe(true);
    expect((await search(cast.staff, q('apprenticeship', `&programYear=${nextYearId}`))).items.map((h) => h.id)).toEqual([ids.nextYear]);
    const all = await search(cast.staff, q('apprenticeship'));
    const first = await search(cast.staff, q('apprenticeship', '&limit=4'));
    const rest = await search(cast.staff, q('apprenticeship', '&limit=20&offset=4'));
    expect(first.total).toBe(all.total);
    expect(rest.total).toBe(all.total);
    expect([...first.items, ...rest.items].map((h) => `${h.kind}:${h.id}`)).toEqual(all.items.map((h) => `${h.kind}:${h.id}`));
    expect(await search(cast.staff, q('apprenticeship', '&offset=500'))).toEqual({ items: [], total: all.total });
  });

  it.each(['', '   ', '\u0000', 'x'.repeat(201)])('answers 400 for the query %j', async (text) => {
    const res = await as(cast.staff, 'GET', `/api/search?${q(text)}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('answers 400 without q and 401 without a session', async () => {
    expect((await as(cast.staff, 'GET', '/api/search')).statusCode).toBe(400);
    expect((await as(cast.staff, 'GET', `/api/search?${q('x', '&kind=nope')}`)).statusCode).toBe(400);
    expect((await as(null, 'GET', `/api/search?${q('apprenticeship')}`)).statusCode).toBe(401);
  });

  it.each([
    '"',
    "'",
    '&|!',
    '!!!',
    "'; drop table calls; --",
    'apprenticeship" OR 1=1 --',
    '(((apprenticeship',
    'a & b | !c <-> d',
    'apprenticeship:*',
    '\\',
    '<mark>apprenticeship</mark>',
    '-',
    'or',
    'the and of',
    '%_%',
    '\u0002apprenticeship\u0003',
    '🙂 apprenticeship',
  ])('never fails on the hostile query %j', async (text) => {
    const res = await as(cast.staff, 'GET', `/api/search?${q(text)}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Results;
    for (const hit of body.items) for (const part of hit.headline) expect(part.text).not.toMatch(/[\u0002\u0003]/);
  });

  it('keeps record text as text: markup in a note comes back as plain parts', async () => {
    const call = await makeCall(t.db, yearId, 'AR', { date: '2026-11-02', notes: '<img src=x onerror=alert(1)> zymurgy tasting' });
    const r = await search(cast.staff, q('zymurgy'));
    expect(r.items.map((h) => h.id)).toEqual([call.id]);
    const parts = r.items[0].headline;
    expect(parts.filter((p) => p.match)).toEqual([{ text: 'zymurgy', match: true }]);
    expect(parts.map((p) => p.text).join('')).toContain('onerror=alert(1)> zymurgy tasting');
  });

  it('uses the GIN index of every source (their expressions match the indexes)', async () => {
    const staff: Actor = { id: cast.staff.id, role: 'staff', stateCode: null, pairedStates: [] };
    const plan = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = await tx.execute(sql`explain ${matchesQuery(staff, { q: 'apprenticeship' })}`);
      return (result as unknown as { rows: Record<string, string>[] }).rows.map((row) => Object.values(row)[0]).join('\n');
    });
    for (const index of [
      'calls_search_idx',
      'calls_coach_notes_search_idx',
      'site_visits_search_idx',
      'site_visits_coach_notes_search_idx',
      'action_items_search_idx',
      'milestone_updates_search_idx',
      'plan_comments_search_idx',
      'assessment_responses_search_idx',
    ]) {
      expect(plan).toContain(index);
    }
  });
});
