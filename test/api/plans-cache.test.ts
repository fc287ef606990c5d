import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle } from '../../db/client.ts';
import { calls, dataVersions, milestones, planComments, users } from '../../db/schema/index.ts';
import type { BuiltApp } from '../../server/app.ts';
import { appOn, signedInGet } from '../helpers/app.ts';
import { type CastUser, MISSING_ID, makeBarePlan, makeCast, makeComment, makeGoal, makeMilestone, makeMilestoneUpdate } from '../helpers/factories-assessment.ts';
import { makeCall, makeYear } from '../helpers/factories.ts';
import { freshDatabase } from '../helpers/test-db.ts';

// Two app instances on one database stand for two processes: each keeps its own answer per plan and day, and
// the `plans` data version in the database (read in every request's session check) is what keeps them honest.
let handle: DbHandle;
const clock = { now: new Date('2026-11-23T15:00:00') };
const apps: BuiltApp[] = [];
let yearId: string;
let cast: Awaited<ReturnType<typeof makeCast>>;
let planId: string;
let milestoneId: string;
let iaPlanId: string;

const build = async () => {
  const app = await appOn(handle, () => clock.now);
  apps.push(app);
  return app;
};

const signedIn = signedInGet(() => clock.now);
const get = (app: BuiltApp, user: CastUser, url: string, headers: Record<string, string> = {}) => signedIn(app, user.email, url, headers);

type PlanBody = { goals: { milestones: { id: string; status: string; overdue: boolean; ownerName: string; history: { authorName: string | null }[] }[] }[]; comments: { body: string }[] };
async function planOf(app: BuiltApp, user: CastUser = cast.staff) {
  const res = await get(app, user, `/api/plans/${planId}`);
  expect(res.statusCode).toBe(200);
  return res.json() as PlanBody & Record<string, unknown>;
}
const milestoneOf = (plan: PlanBody) => plan.goals.flatMap((g) => g.milestones).find((m) => m.id === milestoneId)!;

const version = async (topic: string) => (await handle.db.select().from(dataVersions).where(eq(dataVersions.topic, topic)))[0].version;

beforeAll(async () => {
  handle = await freshDatabase();
  yearId = (await makeYear(handle.db)).id;
  cast = await makeCast(handle.db, yearId);
  const plan = await makeBarePlan(handle.db, yearId, 'AR');
  planId = plan.id;
  const goal = await makeGoal(handle.db, planId);
  const milestone = await makeMilestone(handle.db, goal.id, { dueOn: '2026-11-30', ownerId: cast.member.id, ownerName: cast.member.name });
  milestoneId = milestone.id;
  await makeMilestoneUpdate(handle.db, milestoneId, { authorId: cast.lead.id, oldStatus: null, newStatus: 'not_started' });
  iaPlanId = (await makeBarePlan(handle.db, yearId, 'IA')).id;
});

afterAll(async () => {
  for (const app of apps) await app.close();
  await handle.close();
});

describe('the whole plan kept between requests', () => {
  it('shows a write made by another process at once, in every process', async () => {
    const [a, b] = [await build(), await build()];
    expect(milestoneOf(await planOf(a)).status).toBe('not_started');
    expect(milestoneOf(await planOf(b)).status).toBe('not_started');
    // Straight into the database, as another process (or a script) would write it: each table the answer reads.
    await handle.db.update(milestones).set({ status: 'in_progress' }).where(eq(milestones.id, milestoneId));
    expect(milestoneOf(await planOf(a)).status).toBe('in_progress');
    expect(milestoneOf(await planOf(b)).status).toBe('in_progress');
    await makeMilestoneUpdate(handle.db, milestoneId, { authorId: cast.coach.id, oldStatus: 'not_started', newStatus: 'in_progress' });
    expect(milestoneOf(await planOf(a)).history).toHaveLength(2);
    await makeComment(handle.db, planId, cast.coach.id, { body: 'Kept answers must not hide this' });
    expect((await planOf(b)).comments.map((c) => c.body)).toContain('Kept answers must not hide this');
    // A person's name appears in the plan (owner, authors): renaming them is a change of the plan's answer.
    await handle.db.update(users).set({ name: 'Avery Renamed' }).where(eq(users.id, cast.lead.id));
    expect(milestoneOf(await planOf(a)).history.map((h) => h.authorName)).toContain('Avery Renamed');
    await handle.db.delete(planComments).where(eq(planComments.planId, planId));
    expect((await planOf(a)).comments).toEqual([]);
  });

  it('works out "overdue" again when the day moves on, with nothing written', async () => {
    const app = await build();
    expect(milestoneOf(await planOf(app)).overdue).toBe(false);
    clock.now = new Date('2026-12-02T15:00:00');
    try {
      expect(milestoneOf(await planOf(app)).overdue).toBe(true);
    } finally {
      clock.now = new Date('2026-11-23T15:00:00');
    }
    expect(milestoneOf(await planOf(app)).overdue).toBe(false);
  });

  it('gives every role its own scope on a kept answer: the same plan to those who may read it, 404 to the rest', async () => {
    const app = await build();
    const asStaff = await planOf(app, cast.staff);
    for (const reader of [cast.coach, cast.lead, cast.member]) expect(await planOf(app, reader)).toEqual(asStaff);
    for (const outsider of [cast.otherCoach, cast.leadIA, cast.memberIA]) {
      const res = await get(app, outsider, `/api/plans/${planId}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ statusCode: 404, message: expect.stringMatching(/Plan/) });
      expect(res.body).not.toContain(milestoneId);
    }
    // The other way round, and a plan that does not exist (not kept: it answers 404 every time).
    expect((await get(app, cast.leadIA, `/api/plans/${iaPlanId}`)).statusCode).toBe(200);
    expect((await get(app, cast.lead, `/api/plans/${iaPlanId}`)).statusCode).toBe(404);
    for (let i = 0; i < 2; i += 1) expect((await get(app, cast.staff, `/api/plans/${MISSING_ID}`)).statusCode).toBe(404);
  });

  it('sends the kept answer compressed to a client that accepts it, and plain to one that does not, each with its ETag', async () => {
    const app = await build();
    const plain = await get(app, cast.lead, `/api/plans/${planId}`);
    expect(plain.headers.etag).toBe(`"${plain.json().version}"`);
    const zipped = await get(app, cast.lead, `/api/plans/${planId}`, { 'accept-encoding': 'gzip' });
    const brotli = await get(app, cast.lead, `/api/plans/${planId}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toMatch(/application\/json/);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(brotli.rawPayload).toString('utf8'))).toEqual(plain.json());
    for (const res of [zipped, brotli]) expect(res.headers.etag).toBe(plain.headers.etag);
  });

  it('gives the plans version a new value for a committed write of a plan table only, not for a read, a rollback or a call', async () => {
    const before = await version('plans');
    await handle.db.select().from(milestones);
    await makeCall(handle.db, yearId, 'AR', { date: '2026-10-14' });
    expect(await version('plans')).toBe(before);
    await handle.db
      .transaction(async (tx) => {
        await tx.update(milestones).set({ title: 'Rolled back' }).where(eq(milestones.id, milestoneId));
        tx.rollback();
      })
      .catch(() => undefined);
    expect(await version('plans')).toBe(before);
    const progressBefore = await version('progress');
    await handle.db.execute(sql`update ${milestones} set ${sql.identifier('title')} = 'Renamed in bulk'`);
    expect(await version('plans')).not.toBe(before);
    // The same write is also the progress view's (milestone counts), which keeps its own version.
    expect(await version('progress')).not.toBe(progressBefore);
    await handle.db.delete(calls);
  });
});
