import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, TooManyRequestsError } from '../errors.ts';
import { SESSION_COOKIE } from './auth.ts';

export interface LoginLimits {
  /** Sign-in attempts allowed per account in the window. */
  perAccount: number;
  /** Sign-in attempts allowed per client address in the window. */
  perAddress: number;
  windowMinutes: number;
}

export const defaultLoginLimits: LoginLimits = { perAccount: 10, perAddress: 50, windowMinutes: 15 };

export interface SecurityOptions {
  /** The dashboard's index.html, whose inline boot script the Content-Security-Policy allows by hash. */
  webIndexFile?: string;
  loginLimits: LoginLimits;
  /** A Redis client for the login counters, so that several app processes share them. */
  redis?: unknown;
  redisPrefix: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts a sign-in attempt against its account and its address; throws 429 past either limit. */
    checkLoginLimits(request: FastifyRequest, email: string): Promise<void>;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** sha256 hashes of the inline scripts of the dashboard's page, in CSP source form. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

/**
 * Headers (helmet with a strict Content-Security-Policy), the CSRF rule for cookie-authenticated writes,
 * no text/plain bodies (a cross-site form can send those without a preflight), and login rate limits.
 */
async function securityPlugin(app: FastifyInstance, opts: SecurityOptions) {
  const scriptHashes = opts.webIndexFile ? inlineScriptHashes(readFileSync(opts.webIndexFile, 'utf8')) : [];
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...scriptHashes],
        // Svelte writes style attributes (bar widths, positions); scripts stay strict.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The API docs page loads its own assets; helmet's cross-origin isolation headers would only get in the way.
    crossOriginEmbedderPolicy: false,
  });

  app.removeContentTypeParser('text/plain');

  // A browser sends the session cookie with any request to us, even one a hostile page starts. A write
  // that could ride on the cookie must therefore prove it comes from our own pages: the browser says so in
  // Sec-Fetch-Site, or our client sets a header that a cross-site form cannot set without a preflight.
  // A client with neither cookie nor browser headers (a script signing in) has nothing to ride on.
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/') || !request.routeOptions.url) return;
    if (request.headers.authorization) return;
    const site = request.headers['sec-fetch-site'];
    if (site === 'same-origin' || request.headers['x-requested-with'] === 'tracker') return;
    const carriesCookie = (request.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
    if (!carriesCookie && site === undefined) return;
    request.log.warn({ url: request.url, site: site ?? null }, 'refused a cross-site write');
    throw new ForbiddenError('Cross-site request refused: send the X-Requested-With: tracker header or a bearer token');
  });

  await app.register(fastifyRateLimit, {
    global: false,
    // With Redis the counters hold across every app process; if Redis is away, sign-in still works (logged).
    ...(opts.redis ? { redis: opts.redis as never, nameSpace: `${opts.redisPrefix}rate-limit:`, skipOnError: true } : {}),
  });
  const timeWindow = opts.loginLimits.windowMinutes * 60_000;
  const byAccount = app.createRateLimit({
    max: opts.loginLimits.perAccount,
    timeWindow,
    keyGenerator: (request) => `login-account:${String((request.body as { email?: string } | undefined)?.email ?? '').toLowerCase()}`,
  });
  const byAddress = app.createRateLimit({ max: opts.loginLimits.perAddress, timeWindow, keyGenerator: (request) => `login-address:${request.ip}` });

  app.decorate('checkLoginLimits', async (request: FastifyRequest, email: string) => {
    for (const [limiter, what] of [
      [byAddress, 'address'],
      [byAccount, 'account'],
    ] as const) {
      const limit = await limiter(request);
      if (!limit.isAllowed && limit.isExceeded) {
        request.log.warn({ what, email: what === 'account' ? email.toLowerCase() : undefined, ip: request.ip }, 'sign-in rate limit reached');
        throw new TooManyRequestsError(
          `Too many sign-in attempts from this ${what}; try again in ${Math.max(1, Math.ceil(limit.ttlInSeconds / 60))} minutes`,
          limit.ttlInSeconds,
        );
      }
    }
  });
}

export default fp(securityPlugin, { name: 'security' });
