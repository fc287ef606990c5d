/**
 * Calendar feeds in a real browser: from the top bar to the account page, making the subscription URL,
 * copying it, making a new one (the old stops working) and turning it off, each step confirmed; the feed
 * read back with ical.js holds only the coach's states; "Download .ics" on a call and a visit. Axe-scanned.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, type RunningApp, DEMO_PASSWORD, browserMissing, expectAccessible, newPage, openBrowser, signIn, startApp } from './harness.ts';

const COACH = 'nan.dare@demo.test';

describe.skipIf(browserMissing)('calendar subscription and downloads', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
    page = await newPage(browser, app.baseUrl);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
    await signIn(page, COACH);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function firstId(path: string, where: (item: Record<string, unknown>) => boolean) {
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: COACH, password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const list = (await (await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: Record<string, unknown>[] };
    return list.items.find(where)?.id as string;
  }

  const shownUrl = () => page.getByLabel('Your subscription URL').inputValue();
  const statusOf = async (url: string) => (await fetch(url)).status;

  async function confirm(button: string, confirmLabel: string) {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: confirmLabel, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  it('reaches the calendar section from the top bar and makes a URL whose feed holds only the coach’s states', async () => {
    await page.getByRole('banner').getByRole('link', { name: /Nan Dare.*your account and calendar/ }).click();
    await page.waitForURL('**/account');
    await page.getByRole('heading', { name: 'Calendar' }).waitFor();
    await expect(page.getByText('You have no subscription URL.').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'the account page without a feed');

    await page.getByRole('button', { name: 'Create my subscription URL' }).click();
    const url = await shownUrl();
    expect(url).toMatch(new RegExp(`^${app.baseUrl}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByText('Copied. Paste it into your calendar app.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);
    await expectAccessible(page, 'the account page with a fresh URL');

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const summaries = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));
    expect(summaries.some((s) => s.includes('Arkansas'))).toBe(true);
    for (const other of ['Iowa', 'Michigan', 'Nebraska']) expect(summaries.some((s) => s.includes(other))).toBe(false);
  });

  it('makes a new URL after confirming, which disables the old one, and turns the feed off', async () => {
    const old = await shownUrl();
    await confirm('Make a new URL', 'Make a new URL');
    await page.waitForFunction((previous) => (document.querySelector('#feed-url') as HTMLInputElement | null)?.value !== previous, old);
    const fresh = await shownUrl();
    expect(await statusOf(old)).toBe(404);
    expect(await statusOf(fresh)).toBe(200);

    await confirm('Turn off', 'Turn it off');
    await page.getByText('You have no subscription URL.').waitFor();
    expect(await statusOf(fresh)).toBe(404);
    await expectAccessible(page, 'the account page after turning the feed off');
  });

  it('downloads a call and a visit as .ics files', async () => {
    const callId = await firstId('/api/calls?limit=5', (c) => c.stateCode === 'AR');
    await page.goto(`/calls/${callId}`);
    const [callFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .ics' }).click()]);
    const callText = readFileSync(await callFile.path(), 'utf8');
    expect(callText.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(callText).toContain(`/calls/${callId}`);
    await expectAccessible(page, 'a call with its download button');

    const visitId = await firstId('/api/site-visits?limit=50', (v) => v.startsOn !== null);
    await page.goto(`/site-visits/${visitId}`);
    const [visitFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .ics' }).click()]);
    const visit = new ICAL.Event(new ICAL.Component(ICAL.parse(readFileSync(await visitFile.path(), 'utf8'))).getFirstSubcomponent('vevent')!);
    expect(visit.startDate.isDate).toBe(true);
    expect(visit.summary).toMatch(/Site visit [12] — /);
  });
});
