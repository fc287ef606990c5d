import { createHash, randomBytes } from 'node:crypto';
import { subMonths } from 'date-fns';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { calendarFeeds } from '../../../db/schema/index.ts';
import { today, toDate, toIsoDate } from '../../domain/dates.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { type CalendarEntry, writeCalendar } from '../../lib/icalendar.ts';
import { findCall } from '../calls/calls.queries.ts';
import { findVisit } from '../site-visits/site-visits.queries.ts';
import { callEntry, eventEntry, milestoneEntry, visitEntry } from './calendar.entries.ts';
import { type FeedRow, feedCalls, feedEvents, feedMilestones, feedOwner, feedVisits, liveFeedOf, stateZone } from './calendar.queries.ts';

/** A feed reaches back a year, so recent history stays visible without the file growing year after year. */
const FEED_HISTORY_MONTHS = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const feedUrl = (origin: string, token: string) => `${origin}/api/calendar/${token}.ics`;
/** What the audit trail and the API show of a feed: never the token's hash. */
const describeFeed = (feed: FeedRow) => ({ id: feed.id, userId: feed.userId, createdAt: feed.createdAt, revokedAt: feed.revokedAt });

export async function status(ctx: Ctx) {
  const feed = await liveFeedOf(ctx.db, ctx.actor.id);
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null };
}

/** Creates the user's feed, revoking the one before it: the old URL stops working at once. The URL is shown only now. */
export async function rotate(ctx: Ctx, origin: string) {
  const token = randomBytes(32).toString('base64url');
  const created = await ctx.db.transaction(async (tx) => {
    const previous = await liveFeedOf(tx, ctx.actor.id);
    if (previous) {
      const [revoked] = await tx.update(calendarFeeds).set({ revokedAt: sql`now()` }).where(eq(calendarFeeds.id, previous.id)).returning();
      await audit(tx, ctx.actor, 'update', 'calendar_feed', previous.id, describeFeed(previous), describeFeed(revoked));
    }
    const [row] = await tx.insert(calendarFeeds).values({ userId: ctx.actor.id, tokenHash: hashToken(token) }).returning();
    await audit(tx, ctx.actor, 'create', 'calendar_feed', row.id, null, describeFeed(row));
    return row;
  });
  return { active: true as const, createdAt: created.createdAt, url: feedUrl(origin, token) };
}

export async function revoke(ctx: Ctx) {
  await ctx.db.transaction(async (tx) => {
    const live = await liveFeedOf(tx, ctx.actor.id);
    if (!live) throw new NotFoundError('Calendar feed');
    const [revoked] = await tx.update(calendarFeeds).set({ revokedAt: sql`now()` }).where(eq(calendarFeeds.id, live.id)).returning();
    await audit(tx, ctx.actor, 'update', 'calendar_feed', live.id, describeFeed(live), describeFeed(revoked));
  });
}

/** The public feed: the token is the credential, and its owner's scope today decides what it holds. */
export async function feed(db: Db, token: string, now: Date, origin: string): Promise<string> {
  const todayIso = today(now);
  const owner = await feedOwner(db, hashToken(token), todayIso);
  if (!owner) throw new NotFoundError('Calendar feed');
  const { actor } = owner;
  const from = toIsoDate(subMonths(toDate(todayIso), FEED_HISTORY_MONTHS));
  const [callRows, visitRows, eventRows, milestoneRows] = await Promise.all([
    feedCalls(db, actor, from),
    feedVisits(db, actor, from),
    feedEvents(db, actor, from),
    feedMilestones(db, actor, from),
  ]);
  const entries: CalendarEntry[] = [
    ...callRows.map((row) => callEntry(row, origin)),
    ...visitRows.map((row) => visitEntry(row, origin)),
    ...eventRows.map((row) => eventEntry(row, origin, actor.role)),
    ...milestoneRows.map((row) => milestoneEntry(row, origin)),
  ];
  return writeCalendar({
    name: `Coaching Tracker — ${owner.name}`,
    description: 'Coaching calls, site visits, events and milestone due dates from the Coaching Tracker',
    generatedAt: now,
    entries,
  });
}

async function zoneOf(db: Db, stateCode: string) {
  const zone = await stateZone(db, stateCode);
  if (!zone) throw new NotFoundError('State');
  return zone;
}

const single = (entry: CalendarEntry, now: Date) => writeCalendar({ name: entry.summary, generatedAt: now, entries: [entry] });

/** One call as a calendar file, for the people who can read the call. */
export async function callFile(ctx: Ctx, id: string, now: Date, origin: string) {
  const call = await findCall(ctx.db, id);
  if (!call) throw new NotFoundError('Call');
  requireAccess(ctx.actor, 'engagement', 'read', call.stateCode, 'Call');
  const zone = await zoneOf(ctx.db, call.stateCode);
  return single(callEntry({ call, coachName: call.coachName, ...zone }, origin), now);
}

export async function visitFile(ctx: Ctx, id: string, now: Date, origin: string) {
  const visit = await findVisit(ctx.db, id);
  if (!visit) throw new NotFoundError('Site visit');
  requireAccess(ctx.actor, 'engagement', 'read', visit.stateCode, 'Site visit');
  if (!visit.startsOn) throw new ConflictError('This site visit has no dates yet, so there is nothing to put on a calendar');
  const zone = await zoneOf(ctx.db, visit.stateCode);
  return single(visitEntry({ visit, coachName: visit.coachName, ...zone }, origin), now);
}
