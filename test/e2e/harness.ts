/**
 * What every browser test stands on: a real server process (the README's start command) on a copy of the
 * demo database, serving the built dashboard; Debian's chromium driven by playwright-core; an axe-core scan;
 * and screenshots for docs/screenshots/.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type Page, chromium } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_PATH, SCREENSHOTS, WEB_BUILD } from './paths.ts';
import { startServerProcess } from '../helpers/server-process.ts';

export type { Browser, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'demo-password';
/** True when chromium is not installed here (outside CI only: under CI the run fails in global setup). */
export const browserMissing = inject('browserMissing');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];


export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** `node --import tsx server/main.ts` on its own copy of the demo database and port; resolves once ready. */
export async function startApp(): Promise<RunningApp> {
  const root = mkdtempSync(path.join(tmpdir(), 'tracker-e2e-app-'));
  const dataDir = path.join(root, 'data');
  cpSync(inject('demoDataDir'), dataDir, { recursive: true });
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  try {
    const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '', WEB_DIR: WEB_BUILD, LOG_LEVEL: 'warn', NODE_ENV: 'development' });
    return {
      baseUrl: server.url,
      stop: async () => {
        await server.stop();
        cleanUp();
      },
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}

/** `extraArgs`: more chromium switches for one file (e.g. --host-resolver-rules). */
export function openBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}

export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

/** A page in a context of its own (its own cookies), at desktop or phone size. */
export async function newPage(browser: Browser, baseUrl: string, options: { phone?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: options.phone ? viewports.phone : viewports.desktop,
    isMobile: options.phone ?? false,
    hasTouch: options.phone ?? false,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

/** Signs in through the sign-in form and waits until the user's home has loaded. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('main h1').first().waitFor();
}

/** An axe-core scan against WCAG 2.1 A and AA; any serious or critical violation fails, listed by rule and node. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('; ')}`);
  expect(serious, `accessibility of ${label}`).toEqual([]);
}

/** A full-page screenshot into docs/screenshots/<name>.png (the README links there). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** The API as one user through a bearer token: for setting up and checking, never for what a browser test proves. */
export async function apiAs(baseUrl: string, email: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`sign-in as ${email} answered ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}
