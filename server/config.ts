import { randomBytes } from 'node:crypto';
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
  return {
    env: nodeEnv,
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    jwtSecret,
    demoData: env.DEMO_DATA ? env.DEMO_DATA === 'true' || env.DEMO_DATA === '1' : !databaseUrl,
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    webDir: path.resolve(env.WEB_DIR ?? './web/build'),
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    accessMinutes: Number(env.ACCESS_MINUTES ?? 15),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX ?? 'tracker:',
  };
}

/** A throwaway secret for tests and tools that never leave the process. */
export const randomSecret = () => randomBytes(32).toString('hex');
