import type { DashboardResult } from './browser.ts';
import type { LoadResult } from './load.ts';
import type { ProgressMissResult } from './progress-miss.ts';
import type { StartupResult } from './startup.ts';

export interface LoadRow {
  driver: string;
  endpoint: string;
  label: string;
  connections: number;
  app: LoadResult;
  floor: LoadResult;
}

export interface DriverFacts {
  driver: string;
  generateSeconds: number;
  rows: Record<string, number>;
  appReadyMs: number;
  appReadyCpuMs: number;
  peakRssMiB: number;
  progressMiss?: ProgressMissResult;
  /** Per measured endpoint, the most statements one of its requests ran: first run, and steady state (the floor's). */
  statementCounts?: { label: string; cold: number; warm: number }[];
}

export interface BenchReport {
  at: string;
  machine: Record<string, string>;
  options: Record<string, unknown>;
  loads: LoadRow[];
  drivers: DriverFacts[];
  startup?: StartupResult;
  dashboard?: DashboardResult;
  /** Phases that failed, each with its first line of error: the rest of the report still stands. */
  failures: string[];
}

const f0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
/** A run with no answer at all has no latency: say so rather than print 0 ms. */
const answered = (r: LoadResult) => r.rps > 0;
const lat = (r: LoadResult, n: number) => (answered(r) ? ms(n) : 'no answer');
const ratio = (app: LoadResult, floor: LoadResult) => (answered(floor) ? (app.rps / floor.rps).toFixed(2) : '–');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const ms = (n: number) => (n >= 10 ? f0(n) : f1(n));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The load table: one row per database, endpoint and concurrency, the app beside its floor. */
function loadTable(rows: LoadRow[]): string {
  const head = '| database | endpoint | conns | app req/s | app p50 ms | app p99 ms | floor req/s | floor p50 ms | floor p99 ms | app/floor req/s | failures |';
  const rule = '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const lines = rows.map(
    (r) =>
      `| ${r.driver} | ${r.label} | ${r.connections} | ${f0(r.app.rps)} | ${lat(r.app, r.app.p50)} | ${lat(r.app, r.app.p99)} | ${f0(r.floor.rps)} | ${lat(r.floor, r.floor.p50)} | ${lat(r.floor, r.floor.p99)} | ${ratio(r.app, r.floor)} | ${r.app.failures + r.floor.failures} |`,
  );
  return [head, rule, ...lines].join('\n');
}

/** Start-up, memory and the dashboard, each beside its target. */
function factsTable(report: BenchReport): string {
  const lines = ['| measure | result | target |', '|---|--:|---|'];
  for (const d of report.drivers) {
    lines.push(`| generate the dataset (${d.driver}) | ${f1(d.generateSeconds)} s | seconds |`);
    lines.push(`| start to /readyz on the national dataset (${d.driver}) | ${f0(d.appReadyMs)} ms (CPU ${f0(d.appReadyCpuMs)} ms) | |`);
    lines.push(`| peak RSS of the app under load (${d.driver}) | ${f0(d.peakRssMiB)} MiB | |`);
    if (d.progressMiss) {
      const m = d.progressMiss;
      lines.push(`| GET /api/progress right after a write, one client (median of ${m.runs}) (${d.driver}) | ${f0(m.missMs)} ms, then ${f1(m.hitMs)} ms | |`);
    }
    for (const c of d.statementCounts ?? []) {
      lines.push(`| statements per request, first run / steady state: ${c.label} (${d.driver}) | ${c.cold} / ${c.warm} | |`);
    }
  }
  if (report.startup) {
    const st = report.startup;
    lines.push(`| start to /readyz, existing PGlite folder (median of ${st.existingRunsMs.length}) | ${f0(st.existingMs)} ms (CPU ${f0(st.existingCpuMs)} ms) | < 1,000 ms |`);
    lines.push(`| first start to /readyz, empty PGlite folder (initialise, migrate, demo data) | ${f0(st.emptyMs)} ms (CPU ${f0(st.emptyCpuMs)} ms) | < 10,000 ms |`);
  }
  if (report.dashboard) {
    const d = report.dashboard;
    lines.push(`| progress grid drawn on screen with every state, from navigation start (median of ${d.runsMs.length}) | ${f0(d.gridMs)} ms | < 1,000 ms |`);
    lines.push(`| JS + CSS of the first view, gzip (${d.files} files) | ${kb(d.jsGzipBytes + d.cssGzipBytes)} (JS ${kb(d.jsGzipBytes)}, CSS ${kb(d.cssGzipBytes)}) | < 150 KB |`);
  }
  return lines.join('\n');
}

/** The targets for the API, on PostgreSQL, met or not. */
function targetLines(report: BenchReport): string {
  const pg = report.loads.filter((r) => r.driver === 'postgres' && r.connections === 50);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const lines = pg
    .filter((r) => r.endpoint !== 'milestoneUpdate')
    .map((r) => {
      const ratio = r.app.rps / r.floor.rps;
      return `- ${r.label}, 50 connections: ${ratio.toFixed(2)} of the floor's req/s (target ≥ 0.6): ${verdict(ratio >= 0.6)}`;
    });
  const progress = pg.find((r) => r.endpoint === 'progress');
  if (progress) {
    const ok = answered(progress.app) && progress.app.p99 < 50;
    lines.push(`- GET /api/progress p99 at 50 connections: ${lat(progress.app, progress.app.p99)} ms (target < 50 ms): ${verdict(ok)}`);
  }
  return lines.join('\n');
}

export function renderMarkdown(report: BenchReport): string {
  const machine = Object.entries(report.machine)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  const rows = report.drivers[0]?.rows;
  const dataset = rows ? Object.entries(rows).map(([k, v]) => `${k} ${f0(v)}`).join(', ') : '';
  return [
    `Run at ${report.at}. ${machine}.`,
    '',
    `Dataset: ${dataset}. Load: ${report.options.seconds} s per cell after a warm-up, autocannon on loopback, ${report.options.compressed === false ? 'sending no Accept-Encoding' : "sending a browser's Accept-Encoding (gzip, deflate, br)"}.`,
    '',
    loadTable(report.loads),
    '',
    factsTable(report),
    '',
    targetLines(report),
    '',
    ...(report.failures.length ? ['Failed phases:', ...report.failures.map((f) => `- ${f}`), ''] : []),
  ].join('\n');
}
