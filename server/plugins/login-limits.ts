/**
 * Sign-in limits that count failures only, so that they stop guessing without becoming a way to lock people
 * out: a correct sign-in costs nothing, and the tightest limit is per account *and* address, so a stranger's
 * failures elsewhere cannot lock the owner out of their own address.
 *
 * - per (account, address): 10 failures in the window — guessing one account from one place;
 * - per address: 100 — one place trying many accounts (password spraying); a classroom behind one NAT stays
 *   well below it;
 * - per account, from every address together: 100 — the ceiling NIST SP 800-63B §5.2.2 sets for failures on
 *   one account. It bounds guessing spread over many addresses; reaching it takes ten addresses each spending
 *   its whole pair budget, and it lasts only the rest of the window.
 *
 * An attempt is counted before the password is checked and taken back once it succeeds: parallel requests
 * cannot slip past a limit while their checks are in flight. With Redis the counters hold across every app
 * process; without, in this process's memory. Every sign-in answer says where it stands in RateLimit-Limit,
 * RateLimit-Remaining and RateLimit-Reset (draft-ietf-httpapi-ratelimit-headers), and a 429 adds Retry-After.
 */
import { isIPv4, isIPv6 } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import { TooManyRequestsError, UnauthorizedError } from '../errors.ts';

export interface LoginLimits {
  /** Failed sign-ins allowed per account from one address in the window. */
  perAccountAddress: number;
  /** Failed sign-ins allowed from one address, whatever the accounts. */
  perAddress: number;
  /** Failed sign-ins allowed per account from all addresses together. */
  perAccount: number;
  windowMinutes: number;
}

export const defaultLoginLimits: LoginLimits = { perAccountAddress: 10, perAddress: 100, perAccount: 100, windowMinutes: 15 };

export interface LoginLimitsOptions {
  limits: LoginLimits;
  /** A Redis client (ioredis), so that several app processes share the counters. */
  redis?: unknown;
  redisPrefix: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Runs a sign-in attempt under the limits: refused with 429 when one is reached, counted when it fails
     * with a 401, not counted when it succeeds. Sets the RateLimit-* headers either way.
     */
    limitLoginAttempt<T>(request: FastifyRequest, reply: FastifyReply, email: string, attempt: () => Promise<T>): Promise<T>;
  }
}

interface Count {
  /** Attempts in the window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  resetMs: number;
}

/** Counters with a window each, opened by the first attempt. */
export interface AttemptCounters {
  /** Adds one to each key and answers each count after it. */
  add(keys: string[], windowMs: number): Promise<Count[]>;
  /** Takes one back from each key (an attempt that turned out not to be a failure). */
  remove(keys: string[]): Promise<void>;
}

/** This process's counters, dropped when their window ends. */
export function memoryCounters(clock: () => number = Date.now): AttemptCounters {
  const entries = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = 0;
  return {
    async add(keys, windowMs) {
      const now = clock();
      if (now >= nextSweep) {
        for (const [key, entry] of entries) if (entry.resetAt <= now) entries.delete(key);
        nextSweep = now + 60_000;
      }
      return keys.map((key) => {
        let entry = entries.get(key);
        if (!entry || entry.resetAt <= now) entries.set(key, (entry = { count: 0, resetAt: now + windowMs }));
        entry.count += 1;
        return { count: entry.count, resetMs: entry.resetAt - now };
      });
    },
    async remove(keys) {
      const now = clock();
      for (const key of keys) {
        const entry = entries.get(key);
        if (entry && entry.resetAt > now && entry.count > 0) entry.count -= 1;
      }
    },
  };
}

// Taking back only from a counter that still exists: DECR on an expired key would make one with no expiry.
const REMOVE_SCRIPT = "for _, key in ipairs(KEYS) do if redis.call('exists', key) == 1 then redis.call('decr', key) end end return 0";

/** Counters in Redis, shared by every process with the same prefix; each key expires with its window. */
export function redisCounters(redis: Redis, prefix: string): AttemptCounters {
  return {
    async add(keys, windowMs) {
      const batch = redis.multi();
      // SET NX opens the window (INCR keeps the expiry); PTTL tells how much of it is left.
      for (const key of keys) batch.set(prefix + key, 0, 'PX', windowMs, 'NX').incr(prefix + key).pttl(prefix + key);
      const replies = (await batch.exec()) ?? [];
      const failed = replies.find(([error]) => error);
      if (failed) throw failed[0];
      return keys.map((_key, i) => ({ count: Number(replies[i * 3 + 1][1]), resetMs: Math.max(0, Number(replies[i * 3 + 2][1])) }));
    },
    async remove(keys) {
      await redis.eval(REMOVE_SCRIPT, keys.length, ...keys.map((key) => prefix + key));
    },
  };
}

/**
 * The address a limit counts: an IPv4 address, or an IPv6 address's /64 (one subscriber's network: a host
 * can take any address in it, so counting whole addresses would give it billions of budgets).
 */
export function addressKey(ip: string): string {
  const address = ip.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIPv4(address) || !isIPv6(address)) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = address.includes('::') ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

async function loginLimitsPlugin(app: FastifyInstance, opts: LoginLimitsOptions) {
  const counters = opts.redis ? redisCounters(opts.redis as Redis, `${opts.redisPrefix}login-failures:`) : memoryCounters();
  const windowMs = opts.limits.windowMinutes * 60_000;

  app.decorate('limitLoginAttempt', async function <T>(request: FastifyRequest, reply: FastifyReply, email: string, attempt: () => Promise<T>) {
    const account = email.trim().toLowerCase();
    const address = addressKey(request.ip);
    const limits = [
      { key: `pair:${address}|${account}`, max: opts.limits.perAccountAddress, what: 'account from this address' },
      { key: `address:${address}`, max: opts.limits.perAddress, what: 'address' },
      { key: `account:${account}`, max: opts.limits.perAccount, what: 'account' },
    ];
    const keys = limits.map((limit) => limit.key);
    let counts: Count[];
    try {
      counts = await counters.add(keys, windowMs);
    } catch (error) {
      // A Redis that is away must not take sign-in down with it: the attempt goes on, unlimited, and is logged.
      request.log.warn({ err: error }, 'sign-in counters unavailable; attempt not limited');
      return attempt();
    }
    const takeBack = () => counters.remove(keys).catch((error: unknown) => request.log.warn({ err: error }, 'sign-in counters unavailable'));
    // The limit nearest to being reached speaks for all in the headers.
    const standing = (counted: (count: Count) => number) =>
      limits
        .map((limit, i) => ({ ...limit, remaining: Math.max(0, limit.max - counted(counts[i])), resetSeconds: Math.ceil(counts[i].resetMs / 1000) }))
        .reduce((tightest, next) => (next.remaining < tightest.remaining ? next : tightest));
    const sendHeaders = (state: ReturnType<typeof standing>) =>
      reply.headers({ 'ratelimit-limit': state.max, 'ratelimit-remaining': state.remaining, 'ratelimit-reset': state.resetSeconds });

    const exceeded = limits.findIndex((limit, i) => counts[i].count > limit.max);
    if (exceeded >= 0) {
      await takeBack();
      const limit = limits[exceeded];
      const resetSeconds = Math.max(1, Math.ceil(counts[exceeded].resetMs / 1000));
      sendHeaders({ ...limit, remaining: 0, resetSeconds });
      request.log.warn({ limit: limit.key.split(':')[0], email: account, ip: request.ip }, 'sign-in limit reached');
      throw new TooManyRequestsError(
        `Too many failed sign-ins for this ${limit.what}; try again in ${Math.ceil(resetSeconds / 60)} minute${resetSeconds > 60 ? 's' : ''}`,
        resetSeconds,
      );
    }
    try {
      const result = await attempt();
      await takeBack();
      sendHeaders(standing((count) => count.count - 1));
      return result;
    } catch (error) {
      // Only a refused password (or an unknown or deactivated account) is a failure; anything else is not theirs.
      if (error instanceof UnauthorizedError) sendHeaders(standing((count) => count.count));
      else await takeBack();
      throw error;
    }
  });
}

export default fp(loginLimitsPlugin, { name: 'login-limits' });
