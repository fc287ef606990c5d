/**
 * The floor: a bare Fastify app on a bare pg Pool (or a bare PGlite) that runs, for each measured request,
 * the SQL statements the real app ran for it (captured by bench/capture.ts), with no auth, no validation and
 * no response schema. Run as its own process: `node --import tsx bench/floor-server.ts <plan.json>`.
 */
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { DURABLE_SETTINGS, DurableNodeFS } from '../db/pglite-durable-fs.ts';
import Fastify from 'fastify';
import pg from 'pg';
import type { Statement, UpdateTemplate } from './capture.ts';

export interface FloorPlan {
  driver: 'postgres' | 'pglite';
  url?: string;
  dataDir?: string;
  statements: Record<string, Statement[]>;
  update: UpdateTemplate;
}

type Runner = (statements: Statement[]) => Promise<unknown[][]>;

/** Statements between begin and commit run on one connection, as drizzle's transaction runs them. */
function postgresRunner(pool: pg.Pool): Runner {
  return async (statements) => {
    const results: unknown[][] = [];
    let tx: pg.PoolClient | undefined;
    try {
      for (const s of statements) {
        if (s.text === 'begin') tx = await pool.connect();
        const result = await (tx ?? pool).query(s.text, s.params);
        results.push(result.rows);
        if (s.text === 'commit') {
          tx?.release();
          tx = undefined;
        }
      }
    } finally {
      tx?.release();
    }
    return results;
  };
}

/** PGlite has one connection: a transaction holds it through PGlite's own transaction(), as drizzle's does. */
function pgliteRunner(db: PGlite): Runner {
  return async (statements) => {
    const results: unknown[][] = [];
    for (let i = 0; i < statements.length; i += 1) {
      const s = statements[i];
      if (s.text !== 'begin') {
        results.push((await db.query(s.text, s.params)).rows);
        continue;
      }
      const end = statements.findIndex((t, j) => j > i && t.text === 'commit');
      await db.transaction(async (tx) => {
        for (const inner of statements.slice(i + 1, end)) results.push((await tx.query(inner.text, inner.params)).rows);
      });
      i = end;
    }
    return results;
  };
}

/** The captured update with another milestone, version and pair of statuses put in place of the captured ones. */
function updateStatements(template: UpdateTemplate, id: string, version: number, newStatus: string): Statement[] {
  const oldStatus = template.oldStatus === template.newStatus ? newStatus : newStatus === template.newStatus ? template.oldStatus : template.newStatus;
  const swap = new Map<unknown, unknown>([
    [template.milestoneId, id],
    [template.version, version],
    [template.newStatus, newStatus],
    [template.oldStatus, oldStatus],
  ]);
  return template.statements.map((s) => ({ text: s.text, params: s.params.map((p) => (swap.has(p) ? swap.get(p) : p)) }));
}

async function main() {
  const plan = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as FloorPlan;
  let run: Runner;
  let close: () => Promise<void>;
  if (plan.driver === 'postgres') {
    const pool = new pg.Pool({ connectionString: plan.url, max: 10 });
    run = postgresRunner(pool);
    close = () => pool.end();
  } else {
    // The same file layer and durability settings as the app's embedded database, so that both sync commits.
    const db = await PGlite.create({
      ...(plan.dataDir ? { fs: new DurableNodeFS(plan.dataDir) } : {}),
      startParams: [...PGlite.defaultStartParams, ...(plan.dataDir ? DURABLE_SETTINGS : [])],
    });
    run = pgliteRunner(db);
    close = () => db.close();
  }
  const app = Fastify({ logger: false });
  // Like the app's, a round trip to the database: the bench waits on it to drain a run's unanswered requests.
  app.get('/readyz', async () => {
    await run([{ text: 'select 1', params: [] }]);
    return { status: 'ready' };
  });
  app.post<{ Params: { id: string }; Body: { status: string } }>('/api/milestones/:id/updates', async (request, reply) => {
    const version = Number(/\d+/.exec(request.headers['if-match'] ?? '')?.[0]);
    const results = await run(updateStatements(plan.update, request.params.id, version, request.body.status));
    return reply.status(201).send(results);
  });
  app.get('/*', async (request, reply) => {
    const statements = plan.statements[`GET ${request.url}`];
    if (!statements) return reply.status(404).send({ missing: request.url });
    return run(statements);
  });
  process.on('SIGTERM', () => void app.close().then(close).then(() => process.exit(0)));
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
}

await main();
