/**
 * `node --import tsx bench/durability.ts [--writes N] [--rounds R]`: what syncing commits to disk costs the
 * embedded database. For fsync off (PGlite's default) and on (what createDb now runs), alternately, each round
 * on a fresh data folder: 5N one-row commits straight to PGlite, then, with the demo data, N calls created one
 * after another through the app (app.inject, so the figures are the server's, without a network), then N
 * milestone updates; prints writes per second and p50/p99 latency of each. The folders are under the OS's temporary folder, on the same disk as ./data here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '../db/client.ts';
import { loadDemoIfEmpty } from '../db/demo.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from '../server/app.ts';
import { randomSecret } from '../server/config.ts';

const { values } = parseArgs({ options: { writes: { type: 'string', default: '300' }, rounds: { type: 'string', default: '2' } } });
const WRITES = Number(values.writes);
const ROUNDS = Number(values.rounds);

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function figures(latencies: number[], totalMs: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { perSecond: (latencies.length / totalMs) * 1000, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
}

async function timed(count: number, write: (i: number) => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  const began = performance.now();
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await write(i);
    latencies.push(performance.now() - start);
  }
  return figures(latencies, performance.now() - began);
}

type Kind = 'bare' | 'calls' | 'milestones';

async function round(durable: boolean): Promise<Record<Kind, Figures>> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-durability-'));
  const handle = await createDb({ driver: 'pglite', dataDir: path.join(root, 'data'), durable });
  const app = await buildApp({
    config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'development', logLevel: 'silent', webDir: '' },
    db: handle,
    logger: false,
  });
  try {
    await migrate(handle);
    // The commit alone: one-row inserts straight to PGlite, where a sync is the largest part of the cost.
    const pglite = handle.pglite as NonNullable<typeof handle.pglite>;
    await pglite.query('create table bench_commits (n int)');
    const bare = await timed(WRITES * 5, async (i) => {
      await pglite.query('insert into bench_commits values ($1)', [i]);
    });
    await loadDemoIfEmpty(handle.db, new Date());
    const tokenOf = async (email: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'demo-password' } });
      if (res.statusCode !== 200) throw new Error(`sign-in as ${email}: ${res.statusCode} ${res.body}`);
      return (res.json() as { token: string }).token;
    };
    const call = async (token: string, method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) => {
      const res = await app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}`, ...headers } });
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res;
    };
    const coach = await tokenOf('nan.dare@demo.test');
    const { programYear } = (await call(coach, 'GET', '/api/progress')).json() as { programYear: { id: string } };
    const calls = await timed(WRITES, async (i) => {
      await call(coach, 'POST', '/api/calls', { programYearId: programYear.id, stateCode: 'AR', kind: 'planning', status: 'scheduled', date: '2027-01-12', agenda: `bench ${i}` });
    });

    const lead = await tokenOf('lead.ar@demo.test');
    const list = (await call(lead, 'GET', `/api/milestones?programYear=${programYear.id}&state=AR&limit=1`)).json() as { items: { id: string; version: number }[] };
    const milestone = list.items[0];
    if (!milestone) throw new Error('the demo plan of AR has no milestone');
    let version = milestone.version;
    const milestones = await timed(WRITES, async (i) => {
      const res = await call(lead, 'POST', `/api/milestones/${milestone.id}/updates`, { status: i % 2 ? 'in_progress' : 'at_risk', comment: `bench ${i}` }, { 'if-match': `"${version}"` });
      version = Number(String(res.headers.etag).replaceAll('"', ''));
    });
    return { bare, calls, milestones };
  } finally {
    await app.close();
    await handle.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const fmt = (f: Figures) => `${f.perSecond.toFixed(0).padStart(5)} /s   p50 ${f.p50.toFixed(2).padStart(6)} ms   p99 ${f.p99.toFixed(2).padStart(6)} ms`;

console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}, ${WRITES} writes of each kind per round`);
const results: Record<string, Record<Kind, Figures>[]> = { off: [], on: [] };
const line = (r: Record<Kind, Figures>) => `bare commits: ${fmt(r.bare)}   calls: ${fmt(r.calls)}   milestone updates: ${fmt(r.milestones)}`;
for (let r = 0; r < ROUNDS; r += 1) {
  for (const durable of r % 2 ? [true, false] : [false, true]) {
    const result = await round(durable);
    results[durable ? 'on' : 'off']?.push(result);
    console.log(`round ${r + 1} fsync ${durable ? 'on ' : 'off'}  ${line(result)}`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
for (const mode of ['off', 'on'] as const) {
  const rs = results[mode] ?? [];
  const pick = (kind: Kind): Figures => ({
    perSecond: median(rs.map((x) => x[kind].perSecond)),
    p50: median(rs.map((x) => x[kind].p50)),
    p99: median(rs.map((x) => x[kind].p99)),
  });
  console.log(`median fsync ${mode.padEnd(3)}  ${line({ bare: pick('bare'), calls: pick('calls'), milestones: pick('milestones') })}`);
}
