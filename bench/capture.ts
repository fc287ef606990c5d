import { type DbHandle, createDb } from '../db/client.ts';
import { buildApp } from '../server/app.ts';
import { BENCH_JWT_SECRET, BENCH_PASSWORD, coachEmail, staffEmail } from './dataset.ts';
import type { BenchDatabase } from './databases.ts';
import { type Endpoint, type Targets, nextStatus, readEndpoints, updatePath } from './endpoints.ts';

export interface Statement {
  text: string;
  params: unknown[];
}

/** A status update as captured, so that the floor can replay it on another milestone and version. */
export interface UpdateTemplate {
  milestoneId: string;
  version: number;
  oldStatus: string;
  newStatus: string;
  statements: Statement[];
}

export interface MilestoneState {
  id: string;
  version: number;
  status: string;
}

export interface Capture {
  tokens: { staff: string; coach: string };
  targets: Targets;
  endpoints: Endpoint[];
  /**
   * Every statement each request ran, keyed by "METHOD path", in the order the app issued them, in the steady
   * state the load measures: the request is made twice and the second one's statements are kept (a progress
   * answer is computed by the first and kept while the data version holds; the second runs the session check).
   */
  statements: Record<string, Statement[]>;
  /** The statements of each request's first run (what a miss of the kept progress view runs), for the report. */
  coldStatementCounts: Record<string, number>;
  update: UpdateTemplate;
  /** Milestones the load may update (not the captured one), with their versions now. */
  milestones: MilestoneState[];
}

const plain = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** The app's own database set-up, with a logger that records each statement and its parameters. */
function loggingHandle(database: BenchDatabase, log: Statement[]): Promise<DbHandle> {
  const logger = { logQuery: (text: string, params: unknown[]) => log.push({ text, params: params.map(plain) }) };
  return database.driver === 'postgres'
    ? createDb({ driver: 'postgres', url: database.url as string, logger })
    : createDb({ driver: 'pglite', dataDir: database.dataDir, logger });
}

/**
 * Runs each measured request once through the real app in this process, recording the SQL it issues: the
 * floor replays exactly that. Also signs in the bench users and finds the ids the requests address.
 */
export async function capture(database: BenchDatabase, stateCode: string): Promise<Capture> {
  const log: Statement[] = [];
  const handle = await loggingHandle(database, log);
  const app = await buildApp({
    config: { jwtSecret: BENCH_JWT_SECRET, sessionHours: 24, accessMinutes: 600, env: 'development', logLevel: 'silent', webDir: '' },
    db: handle,
    logger: false,
  });
  try {
    const login = async (email: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: BENCH_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`bench sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
      return (res.json() as { token: string }).token;
    };
    const tokens = { staff: await login(staffEmail), coach: await login(coachEmail(1)) };
    const call = async (method: 'GET' | 'POST', url: string, user: 'staff' | 'coach', extra: { payload?: object; headers?: Record<string, string> } = {}) => {
      log.length = 0;
      const res = await app.inject({ method, url, payload: extra.payload, headers: { authorization: `Bearer ${tokens[user]}`, ...extra.headers } });
      if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
      return { body: res.json() as Record<string, unknown>, statements: [...log] };
    };

    const progress = (await call('GET', '/api/progress', 'staff')).body as { programYear: { id: string } };
    const yearId = progress.programYear.id;
    const plans = (await call('GET', `/api/plans?programYear=${yearId}&state=${stateCode}`, 'staff')).body as { items: { id: string }[] };
    const targets: Targets = { yearId, stateCode, planId: plans.items[0].id };

    const endpoints = readEndpoints(targets);
    const statements: Record<string, Statement[]> = {};
    const coldStatementCounts: Record<string, number> = {};
    for (const endpoint of endpoints) {
      for (const r of endpoint.requests) {
        const key = `${r.method} ${r.path}`;
        coldStatementCounts[key] = (await call(r.method, r.path, endpoint.user)).statements.length;
        statements[key] = (await call(r.method, r.path, endpoint.user)).statements;
      }
    }

    const listed = (await call('GET', '/api/milestones?limit=500', 'staff')).body as { items: MilestoneState[] };
    const [captured, ...rest] = listed.items;
    // Updated a few times first, so that its version (a parameter the floor substitutes) is not a 1 or 2 that
    // some other parameter might equal.
    let current = { ...captured };
    let update: UpdateTemplate | undefined;
    for (let i = 0; i < 6; i += 1) {
      const newStatus = nextStatus(current.status);
      const result = await call('POST', updatePath(current.id), 'staff', { payload: { status: newStatus }, headers: { 'if-match': `"${current.version}"` } });
      update = { milestoneId: current.id, version: current.version, oldStatus: current.status, newStatus, statements: result.statements };
      current = { id: current.id, version: result.body.version as number, status: newStatus };
    }
    return { tokens, targets, endpoints, statements, coldStatementCounts, update: update as UpdateTemplate, milestones: rest.map(({ id, version, status }) => ({ id, version, status })) };
  } finally {
    await app.close();
    await handle.close();
  }
}
