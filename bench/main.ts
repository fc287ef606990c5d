/**
 * `npm run bench`: generates the national dataset into fresh databases, measures the real app beside a bare
 * floor on loopback, start-up and the dashboard, and prints one table (also written as JSON and markdown).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { REPO_ROOT, type RunningServer, appCommand, startServer } from './app-process.ts';
import { measureDashboard } from './browser.ts';
import { type Capture, capture } from './capture.ts';
import { type BenchDatabase, type Driver, countRows, generate } from './databases.ts';
import { milestoneUpdate } from './endpoints.ts';
import type { FloorPlan } from './floor-server.ts';
import { type LoadOptions, type LoadResult, loadReads, loadUpdates } from './load.ts';
import { type BenchOptions, parseOptions } from './options.ts';
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
  for (const endpoint of cap.endpoints) {
    for (const connections of options.connections) {
      const load: LoadOptions = { baseUrl, token: cap.tokens[endpoint.user], connections, seconds: options.seconds };
      await loadReads({ ...load, seconds: warmSeconds }, endpoint.requests);
      results.set(`${endpoint.key}/${connections}`, await loadReads(load, endpoint.requests));
      say(`  ${endpoint.key} × ${connections}: ${Math.round(results.get(`${endpoint.key}/${connections}`)!.rps)} req/s`);
    }
  }
  for (const connections of options.connections) {
    const load: LoadOptions = { baseUrl, token: cap.tokens.staff, connections, seconds: options.seconds };
    results.set(`${milestoneUpdate.key}/${connections}`, await loadUpdates(load, slices()));
    say(`  ${milestoneUpdate.key} × ${connections}: ${Math.round(results.get(`${milestoneUpdate.key}/${connections}`)!.rps)} req/s`);
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
    const appResults = await measureAll(app.baseUrl, cap, options, slices);
    const facts: DriverFacts = { driver, generateSeconds: seconds, rows, appReadyMs: app.readyMs, appReadyCpuMs: app.readyCpuMs, peakRssMiB: app.peakRssMiB() };
    if (options.browser && driver === options.drivers[0]) {
      say(`${driver}: dashboard in chromium`);
      report.dashboard = await measureDashboard(app.baseUrl, cap.targets.yearId, options.states, options.startupRuns >= 5 ? 5 : 3);
    }
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

function ensureBuilds(options: BenchOptions) {
  if (options.entry === 'bundle') execFileSync('npm', ['run', 'build:server'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (!options.browser || existsSync(path.join(REPO_ROOT, 'web/build/index.html'))) return;
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
  };
  const stateCode = jurisdictions[Math.min(4, options.states - 1)][0];
  for (const driver of options.drivers) await benchDriver(driver, options, today, report, stateCode);
  if (options.startup) {
    say('start-up on an empty and on an existing PGlite folder');
    report.startup = await measureStartup(options.entry, options.startupRuns);
  }
  const markdown = renderMarkdown(report);
  const out = path.resolve(REPO_ROOT, options.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(out, 'latest.md'), markdown);
  console.log(markdown);
  say(`written to ${path.relative(REPO_ROOT, out)}/latest.{md,json}`);
}

await main();
