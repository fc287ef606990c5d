import path from 'node:path';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { DbHandle } from '../db/client.ts';
import type { Config } from './config.ts';
import { type HttpLimits, defaultHttpLimits, httpServerOptions } from './lib/http-limits.ts';
import { modules } from './modules/index.ts';
import authPlugin from './plugins/auth.ts';
import compressPlugin from './plugins/compress.ts';
import dbPlugin from './plugins/db.ts';
import { installErrorHandler, installNotFoundHandler } from './plugins/errors.ts';
import { recordRoutes } from './plugins/route-list.ts';
import openapiPlugin from './plugins/openapi.ts';
import recordHeadersPlugin from './plugins/record-headers.ts';
import concurrencyPlugin from './plugins/concurrency.ts';
import idempotencyPlugin from './plugins/idempotency.ts';
import inFlightPlugin from './plugins/in-flight.ts';
import { lazySerializerFactory } from './plugins/lazy-compilers.ts';
import loginLimitsPlugin, { type LoginLimits, defaultLoginLimits } from './plugins/login-limits.ts';
import securityPlugin from './plugins/security.ts';
import { installValidators, refuseNulCharacters } from './plugins/validation.ts';
import webPlugin, { hasDashboardBuild } from './plugins/web.ts';

export interface AppOptions {
  config: Pick<Config, 'jwtSecret' | 'sessionHours' | 'env' | 'logLevel' | 'webDir'> &
    Partial<Pick<Config, 'redisPrefix' | 'accessMinutes' | 'publicUrl' | 'trustProxy'>>;
  db: DbHandle;
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** Serve the dashboard build (off in API tests). */
  serveWeb?: boolean;
  /** Failed sign-ins allowed per account and address, per address, per account (see plugins/login-limits.ts). */
  loginLimits?: LoginLimits;
  /** A Redis client for counters shared between app processes. */
  redis?: unknown;
  /** How long a client may take to send a request (tests of slow clients shorten them). */
  httpLimits?: HttpLimits;
}

/**
 * A hop count trusts that many proxies in front, whatever their addresses (proxy-addr's meaning, for load
 * balancers with changing addresses). Fastify 5.12 reads a bare number as "trust none", so it goes as a function.
 */
function trustProxyOption(trust: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** Builds the whole app; never listens, so tests drive it with inject(). */
export async function buildApp(options: AppOptions) {
  // Tests build apps with a partial config: inject()'s requests come from http://localhost, straight (no proxy).
  const publicUrl = options.config.publicUrl ?? 'http://localhost';
  const app = Fastify({
    trustProxy: trustProxyOption(options.config.trustProxy ?? false),
    logger: options.logger ?? { level: options.config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    bodyLimit: 1024 * 1024,
    ...httpServerOptions(options.httpLimits ?? defaultHttpLimits),
    ajv: { customOptions: { removeAdditional: false } },
    schemaController: { compilersFactory: { buildSerializer: lazySerializerFactory } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  recordRoutes(app);
  installValidators(app);
  refuseNulCharacters(app);
  installErrorHandler(app);
  const spaIndex = Boolean(options.serveWeb) && hasDashboardBuild(options.config.webDir);
  await app.register(inFlightPlugin, { graceMs: 10_000 });
  await app.register(securityPlugin, {
    webIndexFile: spaIndex ? path.join(options.config.webDir, 'index.html') : undefined,
  });
  await app.register(loginLimitsPlugin, {
    limits: options.loginLimits ?? defaultLoginLimits,
    redis: options.redis,
    redisPrefix: options.config.redisPrefix ?? 'tracker:',
  });
  await app.register(recordHeadersPlugin);
  await app.register(compressPlugin);
  await app.register(concurrencyPlugin);
  await app.register(dbPlugin, { handle: options.db, now: options.now ?? (() => new Date()) });
  // Cookies are Secure exactly when people reach the app over https (a browser drops them over http otherwise).
  const secureCookies = new URL(publicUrl).protocol === 'https:';
  await app.register(authPlugin, { secret: options.config.jwtSecret });
  await app.register(idempotencyPlugin);
  await app.register(openapiPlugin, { publicUrl });
  const moduleOptions = {
    sessionHours: options.config.sessionHours,
    accessMinutes: options.config.accessMinutes ?? 15,
    secureCookies,
    publicUrl,
  };
  for (const register of modules) await app.register(register, moduleOptions);
  if (spaIndex) await app.register(webPlugin, { root: options.config.webDir });
  else if (options.serveWeb) app.log.warn({ root: options.config.webDir }, 'dashboard build not found; serving the API only (run npm run build:web)');
  installNotFoundHandler(app, { spaIndex });
  return app;
}

export type BuiltApp = Awaited<ReturnType<typeof buildApp>>;
