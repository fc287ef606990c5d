/**
 * Starting the next program year in a real browser, as staff: from the years list to the preview (timeline,
 * events with their weekday kept, states and coaches), the confirmed start, and the 409 explained when the
 * next year already exists. Axe-scanned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format, parseISO } from 'date-fns';
import { shiftMeetingDay } from '../../server/domain/rollover.ts';
import { type Browser, type Page, type RunningApp, DEMO_PASSWORD, browserMissing, expectAccessible, newPage, openBrowser, signIn, startApp } from './harness.ts';

const STAFF = 'staff@demo.test';

describe.skipIf(browserMissing)('starting the next program year', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let current: { id: string; name: string; startsOn: string };
  let kickoff: { date: string };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: STAFF, password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const get = async <T>(path: string) => (await (await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as T;
    [current] = (await get<{ items: (typeof current)[] }>('/api/program-years')).items;
    const events = await get<{ items: { kind: string; date: string }[] }>(`/api/events?programYear=${current.id}&limit=100`);
    kickoff = events.items.find((e) => e.kind === 'kickoff')!;
    page = await newPage(browser, app.baseUrl);
    await signIn(page, STAFF);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const long = (iso: string) => format(parseISO(iso), 'EEEE, MMMM d, yyyy');

  it('previews the next year from the years list: timeline a year on, meetings on their weekday, states and coaches', async () => {
    await page.goto('/admin/years');
    await page.getByRole('link', { name: `Start the next year from ${current.name}` }).click();
    await page.getByRole('heading', { name: 'Start the next year', level: 1 }).waitFor();
    const nextStart = Number(current.startsOn.slice(0, 4)) + 1;
    const timeline = page.getByRole('table', { name: /Timeline activities/ });
    await expect(timeline.getByRole('row', { name: /Monthly coaching calls/ }).innerText()).resolves.toContain(`Oct 1, ${nextStart} – Aug 31, ${nextStart + 1}`);
    const events = page.getByRole('table', { name: /Events/ });
    const moved = shiftMeetingDay(kickoff.date);
    expect(moved.slice(5, 7)).toBe(kickoff.date.slice(5, 7));
    await expect(events.getByRole('row', { name: /kick-off/i }).innerText()).resolves.toContain(long(moved));
    const states = page.getByRole('table', { name: /States taking part/ });
    await expect(states.getByRole('row', { name: /^AR/ }).innerText()).resolves.toContain('Nan Dare');
    await expectAccessible(page, 'the next-year preview');
  });

  it('starts the year after confirming, and then explains that it exists', async () => {
    await page.getByRole('button', { name: 'Start the next year' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Start the year' }).click();
    await page.waitForURL((url) => /\/admin\/years\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.includes(current.id));
    const nextName = current.name.replace(/(\d{4})([–-])(\d{2})/, (_m, a: string, dash: string, b: string) => `${Number(a) + 1}${dash}${String((Number(b) + 1) % 100).padStart(2, '0')}`);
    await page.getByRole('heading', { name: nextName, level: 1 }).waitFor();

    await page.goto(`/admin/years/${current.id}/next`);
    await page.getByRole('alert').filter({ hasText: 'already exists' }).waitFor();
    await expectAccessible(page, 'the next-year page when it exists');
  });
});
