import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  jwtSecret: string;
  /** Load the demo data on an empty database (default on the embedded database only). */
  demoData: boolean;
  logLevel: string;
  webDir: string;
  sessionHours: number;
  /** Lifetime of an access token; the session (and its refresh token) lasts sessionHours. */
  accessMinutes: number;
  /** Redis for counters shared between app processes (login rate limits); memory when unset. */
  redisUrl?: string;
  /** Prefix of this deployment's keys in Redis. */
  redisPrefix: string;
  /** The origin people reach the app at (`https://tracker.example.org`, no trailing slash): links and cookies follow it. */
  publicUrl: string;
  /** Which proxies' X-Forwarded-* headers to believe, as Fastify's `trustProxy` takes it (false: none). */
  trustProxy: boolean | number | string[];
}

const DEV_SECRET = 'dev-only-secret-change-me-dev-only-secret-change-me';

/** The only reader of process.env: validated once at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const jwtSecret = env.JWT_SECRET ?? (nodeEnv === 'production' ? '' : DEV_SECRET);
  if (nodeEnv === 'production' && (jwtSecret === '' || jwtSecret === DEV_SECRET)) {
    throw new Error('JWT_SECRET must be set to a random secret of at least 32 characters when NODE_ENV=production');
  }
  if (jwtSecret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters');
  const databaseUrl = env.DATABASE_URL || undefined;
  const host = env.HOST ?? '127.0.0.1';
  if (nodeEnv === 'production' && !env.PUBLIC_URL) {
    throw new Error('PUBLIC_URL must be set when NODE_ENV=production: the address people reach the tracker at, e.g. https://tracker.example.org');
  }
  const publicUrl = env.PUBLIC_URL ? parsePublicUrl(env.PUBLIC_URL) : localOrigin(host, port);
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  // The app speaks only plain http: an https address means a TLS proxy in front, whose X-Forwarded-Proto it must
  // believe, or every sign-in would look like plain http and be refused.
  if (publicUrl.startsWith('https:') && !trustProxy) {
    throw new Error(`PUBLIC_URL is ${publicUrl}, so a TLS proxy is in front: set TRUST_PROXY to its address (e.g. TRUST_PROXY=127.0.0.1) so that the app sees how clients connect`);
  }
  return {
    env: nodeEnv,
    port,
    host,
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    jwtSecret,
    // Demo accounts (with a published password) are never a production default, even on the embedded database.
    demoData: env.DEMO_DATA ? env.DEMO_DATA === 'true' || env.DEMO_DATA === '1' : !databaseUrl && nodeEnv !== 'production',
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    webDir: path.resolve(env.WEB_DIR ?? './web/build'),
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    accessMinutes: Number(env.ACCESS_MINUTES ?? 15),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX ?? 'tracker:',
    publicUrl,
    trustProxy,
  };
}

/** An origin: http(s), a host, maybe a port; a path, query or credentials would make links ambiguous. */
function parsePublicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an address such as https://tracker.example.org, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_URL must start with https:// (or http://), got "${value}"`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`PUBLIC_URL must be only the scheme, host and port (the tracker is served at the root), got "${value}"`);
  }
  return url.origin;
}

/** Where a development server is reached when PUBLIC_URL is unset: its own address (a wildcard one as localhost). */
function localOrigin(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : isIP(host) === 6 ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** proxy-addr's named ranges, which Fastify's trustProxy accepts beside addresses and CIDRs. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Off when unset; `true`/`false`, a hop count, or a comma-separated list of proxy addresses, CIDRs or named ranges. */
function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const validPrefix = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (!NAMED_RANGES.has(entry) && (family === 0 || !validPrefix || rest.length > 0)) {
      throw new Error(`TRUST_PROXY must be true, false, a hop count, or proxy addresses/CIDRs separated by commas, got "${entry}" in "${value}"`);
    }
  }
  return entries;
}

/** A throwaway secret for tests and tools that never leave the process. */
export const randomSecret = () => randomBytes(32).toString('hex');
