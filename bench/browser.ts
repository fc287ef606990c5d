import { gzipSync } from 'node:zlib';
import { type Page, chromium } from 'playwright-core';
import { BENCH_PASSWORD, staffEmail } from './dataset.ts';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface DashboardResult {
  /** Median over the runs: navigation start to the first frame drawn with the whole grid (GRID_DRAWN). */
  gridMs: number;
  runsMs: number[];
  /** JavaScript and CSS of the first view, gzip-compressed here (level 9 is what a server would precompress). */
  jsGzipBytes: number;
  cssGzipBytes: number;
  files: number;
}

/**
 * Run in the page (as source: a bundler's helpers would not exist there). Resolves with the time from navigation
 * start to the end of the first frame that draws a row for every state with the rows in view drawn in full: the
 * month cells off screen are drawn only when scrolled to (content-visibility), so a grid in the DOM can be a
 * frame ahead of the grid on screen. Checked at each frame; a task queued from the frame's callback runs once the
 * frame is drawn.
 */
export const GRID_DRAWN = `(stateCount) => new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('the grid was not drawn within 60 s')), 60000);
  const check = () => {
    const rows = document.querySelectorAll('table.progress-grid tbody.state');
    const firstCall = rows[0] && rows[0].querySelector('.month .call');
    if (rows.length === stateCount && firstCall && firstCall.checkVisibility({ contentVisibilityAuto: true })) {
      setTimeout(() => resolve(performance.now()), 0);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Signs in through the API once (its cookies go into a fresh browser context per run, so nothing else is
 * cached), then times a direct navigation to the progress page until its grid is drawn with a row per state.
 */
export async function measureDashboard(baseUrl: string, yearId: string, stateCount: number, runs = 3): Promise<DashboardResult> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const runsMs: number[] = [];
    // One sign-in, its cookies carried into each fresh context: a sign-in per run would meet the per-account
    // sign-in limit (and the figure is about the page, not the sign-in).
    const signIn = await browser.newContext({ baseURL: baseUrl });
    const login = await signIn.request.post('/api/auth/login', { data: { email: staffEmail, password: BENCH_PASSWORD } });
    if (!login.ok()) throw new Error(`browser sign-in failed: ${login.status()}`);
    const storageState = await signIn.storageState();
    await signIn.close();
    const open = async () => {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, storageState });
      return { context, page: await context.newPage() };
    };
    const drawn = async (page: Page): Promise<number> => {
      // Watching starts at DOMContentLoaded, long before the app has its data.
      await page.goto(`/progress?programYear=${yearId}`, { waitUntil: 'domcontentloaded' });
      return page.evaluate(`(${GRID_DRAWN})(${Number(stateCount)})`);
    };
    // A first, untimed view weighs the files: reading each body back from the browser and compressing it here
    // would take the two cores from the page being timed. It also computes the progress answer that the timed
    // views then find kept, as a person opening the grid usually does (the bench times a miss on its own).
    const first = await open();
    const assets: Promise<{ type: string; gzip: number }>[] = [];
    first.page.on('response', (response) => {
      // Module preloads may not count as scripts; the file name says what they are.
      const url = new URL(response.url()).pathname;
      const type = /\.m?js$/.test(url) ? 'script' : /\.css$/.test(url) ? 'stylesheet' : response.request().resourceType();
      if (type === 'script' || type === 'stylesheet') {
        assets.push(response.body().then((body) => ({ type, gzip: gzipSync(body, { level: 9 }).length })));
      }
    });
    await drawn(first.page);
    const sizes = await Promise.all(assets);
    const bytes = {
      js: sizes.filter((s) => s.type === 'script').reduce((sum, s) => sum + s.gzip, 0),
      css: sizes.filter((s) => s.type === 'stylesheet').reduce((sum, s) => sum + s.gzip, 0),
      files: sizes.length,
    };
    await first.context.close();
    for (let run = 0; run < runs; run += 1) {
      const { context, page } = await open();
      runsMs.push(await drawn(page));
      await context.close();
    }
    return { gridMs: median(runsMs), runsMs, jsGzipBytes: bytes.js, cssGzipBytes: bytes.css, files: bytes.files };
  } finally {
    await browser.close();
  }
}
