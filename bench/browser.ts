import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BENCH_PASSWORD, staffEmail } from './dataset.ts';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface DashboardResult {
  /** Median over the runs: navigation start to the grid showing every state. */
  gridMs: number;
  runsMs: number[];
  /** JavaScript and CSS of the first view, gzip-compressed here (level 9 is what a server would precompress). */
  jsGzipBytes: number;
  cssGzipBytes: number;
  files: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Signs in through the API once (its cookies go into a fresh browser context per run, so nothing else is
 * cached), then times a direct navigation to the progress page until its grid has a row per state.
 */
export async function measureDashboard(baseUrl: string, yearId: string, stateCount: number, runs = 3): Promise<DashboardResult> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const runsMs: number[] = [];
    let bytes = { js: 0, css: 0, files: 0 };
    // One sign-in, its cookies carried into each fresh context: a sign-in per run would meet the per-account
    // sign-in limit (and the figure is about the page, not the sign-in).
    const signIn = await browser.newContext({ baseURL: baseUrl });
    const login = await signIn.request.post('/api/auth/login', { data: { email: staffEmail, password: BENCH_PASSWORD } });
    if (!login.ok()) throw new Error(`browser sign-in failed: ${login.status()}`);
    const storageState = await signIn.storageState();
    await signIn.close();
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, storageState });
      const page = await context.newPage();
      const assets: Promise<{ type: string; gzip: number }>[] = [];
      page.on('response', (response) => {
        // Module preloads may not count as scripts; the file name says what they are.
        const url = new URL(response.url()).pathname;
        const type = /\.m?js$/.test(url) ? 'script' : /\.css$/.test(url) ? 'stylesheet' : response.request().resourceType();
        if (type === 'script' || type === 'stylesheet') {
          assets.push(response.body().then((body) => ({ type, gzip: gzipSync(body, { level: 9 }).length })));
        }
      });
      const started = performance.now();
      await page.goto(`/progress?programYear=${yearId}`);
      await page.waitForFunction((n) => document.querySelectorAll('table.progress-grid tbody.state').length === n, stateCount, { timeout: 60_000 });
      runsMs.push(performance.now() - started);
      if (run === 0) {
        const sizes = await Promise.all(assets);
        bytes = {
          js: sizes.filter((s) => s.type === 'script').reduce((sum, s) => sum + s.gzip, 0),
          css: sizes.filter((s) => s.type === 'stylesheet').reduce((sum, s) => sum + s.gzip, 0),
          files: sizes.length,
        };
      }
      await context.close();
    }
    return { gridMs: median(runsMs), runsMs, jsGzipBytes: bytes.js, cssGzipBytes: bytes.css, files: bytes.files };
  } finally {
    await browser.close();
  }
}
