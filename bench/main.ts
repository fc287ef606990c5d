/**
 * `npm run bench`: generates the national dataset into fresh databases, measures the real app beside a bare
 * floor on loopback, start-up and the dashboard, and prints one table (also written as JSON and markdown).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { REPO_ROOT, type RunningServer, appCommand, startServer } from './app-process.ts';
import { measureDashboard } from './browser.ts';
import { referenceWorkloadMs } from './calibrate.ts';
import { type Capture, capture } from './capture.ts';
import { type BenchDatabase, type Driver, countRows, generate } from './databases.ts';
import { milestoneUpdate } from './endpoints.ts';
import type { FloorPlan } from './floor-server.ts';
import { type LoadOptions, type LoadResult, loadReads, loadUpdates } from './load.ts';
import { type BenchOptions, parseOptions } from './options.ts';
import { measureProgressMiss } from './progress-miss.ts';
import { type BenchReport, type DriverFacts, type LoadRow, renderMarkdown } from './report.ts';
import { jurisdictions } from './states.ts';
import { measureStartup } from './startup.ts';
import { toIsoDate } from '../server/domain/dates.ts';

const say = (message: string) => console.error(`[bench] ${message}`);

async function machine(options: BenchOptions): Promise<Record<string, string>> {
  const facts: Record<string, string> = {
    cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    'load average at start': os.loadavg().map((n) => n.toFixed(2)).join(' '),
    'reference workload at start': `${Math.round(referenceWorkloadMs())} ms`,
  };
  if (options.drivers.includes('postgres')) {
    const client = new pg.Client({ connectionString: options.adminUrl });
    await client.connect();
    facts.postgres = String((await client.query('show server_version')).rows[0].server_version);
    await client.end();
  }
  return facts;
}

/** Each read endpoint, then the update, at each concurrency: a warm-up, then the measured run. */
async function measureAll(baseUrl: string, cap: Capture, options: BenchOptions, slices: () => Capture['milestones']) {
  const results = new Map<string, LoadResult>();
  const warmSeconds = Math.max(1, Math.round(options.seconds / 5));
  // One connection runs for the time asked; more run as many requests as one connection answered in 1.5 times
  // that time (see LoadOptions.amount), so that each run ends with every answer in.
  const loadFor = (token: string, connections: number, single?: LoadResult): LoadOptions => ({
    baseUrl,
    token,
    compressed: options.compressed,
    connections,
    seconds: options.seconds,
    amount: single ? Math.max(connections * 2, Math.ceil(single.rps * options.seconds * 1.5)) : undefined,
  });
  const record = (key: string, connections: number, result: LoadResult) => {
    results.set(`${key}/${connections}`, result);
    say(`  ${key} × ${connections}: ${Math.round(result.rps)} req/s, p99 ${Math.round(result.p99)} ms, ${result.failures} failures`);
    return result;
  };
  for (const endpoint of cap.endpoints) {
    let single: LoadResult | undefined;
    for (const connections of options.connections) {
      const load = loadFor(cap.tokens[endpoint.user], connections, single);
      await loadReads({ ...load, seconds: warmSeconds, amount: load.amount ? Math.max(connections, Math.ceil(load.amount / 5)) : undefined }, endpoint.requests);
      const result = record(endpoint.key, connections, await loadReads(load, endpoint.requests));
      single ??= result;
    }
  }
  let single: LoadResult | undefined;
  for (const connections of options.connections) {
    const result = record(milestoneUpdate.key, connections, await loadUpdates(loadFor(cap.tokens.staff, connections, single), slices()));
    single ??= result;
  }
  return results;
}

async function benchDriver(driver: Driver, options: BenchOptions, today: string, report: BenchReport, stateCode: string) {
  say(`${driver}: generating ${options.states} states × ${options.years} years`);
  const { database, seconds } = await generate(driver, { years: options.years, states: options.states, coaches: options.coaches, today }, options.adminUrl);
  const servers: RunningServer[] = [];
  const planDir = mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-floor-'));
  try {
    const rows = await countRows(database);
    say(`${driver}: ${seconds.toFixed(1)} s to generate ${rows.calls} calls, ${rows.milestone_updates} milestone updates`);
    const cap = await capture(database, stateCode);
    // Each update run takes milestones no other run touched (see loadUpdates).
    let next = 0;
    const slices = () => {
      const size = Math.min(100, Math.floor(cap.milestones.length / 4));
      const slice = cap.milestones.slice(next, next + size);
      next += size;
      return slice;
    };

    const app = await startServer(appCommand(options.entry, database));
    servers.push(app);
    say(`${driver}: app ready in ${Math.round(app.readyMs)} ms; measuring`);
    // The dashboard before the load, like the start-up: a person opening the grid meets a server at rest, not
    // one just out of a load test (PostgreSQL vacuuming after the update runs, the app's heap grown).
    if (options.browser && driver === options.drivers[0]) {
      say(`${driver}: dashboard in chromium`);
      report.dashboard = await measureDashboard(app.baseUrl, cap.targets.yearId, options.states, options.startupRuns >= 5 ? 9 : 3);
    }
    if (!options.load) return;
    const appResults = await measureAll(app.baseUrl, cap, options, slices);
    const progressMiss = await measureProgressMiss(app.baseUrl, cap.tokens.staff, cap.targets.yearId, slices());
    say(`${driver}: progress after a write ${Math.round(progressMiss.missMs)} ms, then ${Math.round(progressMiss.hitMs)} ms`);
    const statementCounts = cap.endpoints.map((e) => ({
      label: e.label,
      cold: Math.max(...e.requests.map((r) => cap.coldStatementCounts[`${r.method} ${r.path}`])),
      warm: Math.max(...e.requests.map((r) => cap.statements[`${r.method} ${r.path}`].length)),
    }));
    const facts: DriverFacts = {
      driver,
      generateSeconds: seconds,
      rows,
      appReadyMs: app.readyMs,
      appReadyCpuMs: app.readyCpuMs,
      peakRssMiB: app.peakRssMiB(),
      progressMiss,
      statementCounts,
    };
    await app.stop();

    const planPath = path.join(planDir, 'plan.json');
    const plan: FloorPlan = { driver, url: database.url, dataDir: database.dataDir, statements: cap.statements, update: cap.update };
    writeFileSync(planPath, JSON.stringify(plan));
    const floor = await startServer({ args: ['--import', 'tsx', 'bench/floor-server.ts', planPath], env: {}, readyPath: '/readyz' });
    servers.push(floor);
    say(`${driver}: floor ready; measuring`);
    const floorResults = await measureAll(floor.baseUrl, cap, options, slices);
    await floor.stop();

    report.drivers.push(facts);
    for (const endpoint of [...cap.endpoints, milestoneUpdate]) {
      for (const connections of options.connections) {
        const key = `${endpoint.key}/${connections}`;
        const row: LoadRow = { driver, endpoint: endpoint.key, label: endpoint.label, connections, app: appResults.get(key)!, floor: floorResults.get(key)! };
        report.loads.push(row);
      }
    }
  } finally {
    for (const server of servers) await server.stop();
    rmSync(planDir, { recursive: true, force: true });
    await database.drop();
  }
}

/**
 * The server bundle and the dashboard, built from the sources as they are: a build left over from another
 * version of web/ (an experiment, an older checkout) would be measured in its place, and has been.
 */
function ensureBuilds(options: BenchOptions) {
  if (options.entry === 'bundle') execFileSync('npm', ['run', 'build:server'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (!options.browser) return;
  say('building the dashboard (npm run build:web)');
  execFileSync('npm', ['run', 'build:web'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  ensureBuilds(options);
  const today = toIsoDate(new Date());
  const report: BenchReport = {
    at: new Date().toISOString(),
    machine: await machine(options),
    options: { ...options, adminUrl: undefined },
    loads: [],
    drivers: [],
    failures: [],
  };
  const stateCode = jurisdictions[Math.min(4, options.states - 1)][0];
  const out = path.resolve(REPO_ROOT, options.out);
  mkdirSync(out, { recursive: true });
  // Written after every phase, so that a phase that fails late leaves what came before.
  const save = () => {
    writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(out, 'latest.md'), renderMarkdown(report));
  };
  const phase = async (name: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      report.failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
      say(`${name} failed: ${(error as Error).stack}`);
    }
    save();
  };
  // Start-up first: after the load phases the machine is still busy with their aftermath (PostgreSQL dropping
  // the national database and checkpointing, the PGlite folder being deleted), which a start measured then
  // inherits: the same build started in 853-897 ms alone and 1,208 ms right after the loads (docs/performance.md).
  if (options.startup) {
    say('start-up on an empty and on an existing PGlite folder');
    await phase('start-up', async () => {
      report.startup = await measureStartup(options.entry, options.startupRuns);
    });
  }
  for (const driver of options.drivers) await phase(driver, () => benchDriver(driver, options, today, report, stateCode));
  report.machine['reference workload at end'] = `${Math.round(referenceWorkloadMs())} ms`;
  save();
  console.log(renderMarkdown(report));
  say(`written to ${path.relative(REPO_ROOT, out)}/latest.{md,json}`);
  if (report.failures.length > 0) process.exitCode = 1;
}

await main();
