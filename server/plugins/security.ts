import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { TooManyRequestsError } from '../errors.ts';

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

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'bluetooth=()',
  'browsing-topics=()',
  'publickey-credentials-get=(self)',
  'publickey-credentials-create=(self)',
].join(', ');

/** sha256 hashes of the inline scripts of the dashboard's page, in CSP source form. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

/**
 * Headers (helmet with a strict Content-Security-Policy, Permissions-Policy, and answers not kept by caches
 * unless they say so: what a signed-in user reads must not outlive the session in a shared or browser cache),
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

  // Powerful browser features the dashboard never uses stay off, even for a script that got in somehow.
  // Passkeys (WebAuthn) stay allowed on our own origin.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', reply.hasHeader('etag') ? 'private, no-cache' : 'no-store');
  });

  app.removeContentTypeParser('text/plain');

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
