/**
 * The coach's side in a real browser: the coach home, logging a call that the progress grid then shows,
 * editing, ticking and cancelling a call, other states' records staying out of reach, every coach view
 * scanned by axe, and the screenshots for the README.
 */
import { format, parseISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  type Page,
  type RunningApp,
  DEMO_PASSWORD,
  browserMissing,
  expectAccessible,
  newPage,
  openBrowser,
  screenshot,
  signIn,
  startApp,
} from './harness.ts';

const COACH = 'nan.dare@demo.test';

interface ProgressState {
  stateCode: string;
  stateName: string;
  months: { month: string; callStatus: string; callRequired: boolean }[];
}
interface ProgressAnswer {
  today: string;
  programYear: { id: string; startsOn: string; endsOn: string };
  states: ProgressState[];
}

describe.skipIf(browserMissing)('the coach side', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** The API as one user, through a bearer token (for setting up and checking, never for what the test proves). */
  async function apiAs(email: string) {
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${app.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(response.status, `${method} ${path}`).toBeLessThan(300);
      return (response.status === 204 ? undefined : await response.json()) as T;
    };
  }

  async function coachPage(options: { phone?: boolean } = {}): Promise<Page> {
    const page = await newPage(browser, app.baseUrl, options);
    await signIn(page, COACH);
    return page;
  }

  /** The words a progress-grid cell is read as: "Arkansas, November 2026 (this month): Held". */
  async function cellText(page: Page, stateName: string, month: string) {
    const label = `${stateName}, ${format(parseISO(`${month}-01`), 'MMMM yyyy')}`;
    return page.locator('table.progress-grid td .sr-only', { hasText: label }).first().innerText();
  }

  it('opens on the coach home with both paired states, their health in words and quick actions', async () => {
    const page = await coachPage();
    expect(new URL(page.url()).pathname).toBe('/my-states');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('My states');
    for (const name of ['Arkansas', 'Hawaii']) {
      const card = page.locator('article', { has: page.getByRole('heading', { name }) });
      await expect.poll(() => card.innerText()).toMatch(/On track|Needs attention|Behind/);
      expect(await card.getByRole('link', { name: `Log a call for ${name}` }).count()).toBe(1);
      expect(await card.getByRole('link', { name: `Plan a visit for ${name}` }).count()).toBe(1);
    }
    // Only the coach's own states.
    expect(await page.getByRole('heading', { name: 'Iowa' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: /^Due or overdue in/ }).count()).toBe(1);
    await expectAccessible(page, 'coach home');
    await screenshot(page, 'coach-home-desktop');
    await page.context().close();
  });

  it('logs a held call through the form, and the progress grid then shows that month held', async () => {
    const asCoach = await apiAs(COACH);
    const progress = await asCoach<ProgressAnswer>('GET', '/api/progress');
    const today = progress.today;
    const thisMonth = today.slice(0, 7);
    const unheld = (s: ProgressState, month: string) => {
      const cell = s.months.find((m) => m.month === month);
      return !!cell && cell.callStatus !== 'held' && month <= thisMonth;
    };
    const byCode = (code: string) => progress.states.find((s) => s.stateCode === code)!;

    // Arkansas this month when its call is not held yet; else another state or an earlier month without one.
    let target: { state: ProgressState; month: string } | null = null;
    if (unheld(byCode('AR'), thisMonth)) target = { state: byCode('AR'), month: thisMonth };
    for (const s of progress.states) if (!target && unheld(s, thisMonth)) target = { state: s, month: thisMonth };
    for (const s of progress.states) {
      const past = [...s.months].reverse().find((m) => m.callRequired && unheld(s, m.month));
      if (!target && past) target = { state: s, month: past.month };
    }
    if (!target) {
      // Every month so far is held: remove this month's held Arkansas calls (as staff) so that the test proves a change.
      const asStaff = await apiAs('staff@demo.test');
      const held = await asStaff<{ items: { id: string }[] }>('GET', `/api/calls?state=AR&status=held&from=${thisMonth}-01&to=${today}`);
      for (const c of held.items) await asStaff('DELETE', `/api/calls/${c.id}`);
      target = { state: byCode('AR'), month: thisMonth };
    }
    const { state, month } = target;
    const day = month === thisMonth ? today : `${month}-15`;

    const page = await coachPage();
    await page.goto('/progress');
    await page.locator('table.progress-grid').waitFor();
    expect(await cellText(page, state.stateName, month)).not.toMatch(/: Held/);

    await page.goto('/my-states');
    await page.getByRole('link', { name: `Log a call for ${state.stateName}` }).click();
    await page.waitForURL(new RegExp(`/calls/new\\?state=${state.stateCode}`));
    await expect.poll(() => page.locator('#stateCode').inputValue()).toBe(state.stateCode);
    // Held is the default status; the date defaults to today.
    expect(await page.getByRole('radio', { name: 'Held' }).isChecked()).toBe(true);
    await page.locator('#date').fill(day);
    await page.locator('#startTime').fill('10:30');
    await page.locator('#attendees').fill('The state team lead\nNan Dare');
    await page.locator('#notes').fill('Walked through the draft plan goal by goal.');
    await page.locator('#coachNotes').fill('The team lead is stretched thin.');
    await page.locator('[id="actionItems.0.description"]').fill('Send the revised goals to the team');
    await page.locator('[id="actionItems.0.owner"]').fill('Nan Dare');
    await page.locator('[id="actionItems.0.dueOn"]').fill(today);
    await page.getByRole('button', { name: 'Save the call' }).click();

    await page.waitForURL(/\/calls\/[0-9a-f-]{36}\?saved=logged/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'The call is logged.' }).count()).toBe(1);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Walked through the draft plan/);
    expect(await page.locator('main').innerText()).toMatch(/Send the revised goals to the team/);

    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await page.waitForURL(/\/progress/);
    await page.locator('table.progress-grid').waitFor();
    await expect.poll(() => cellText(page, state.stateName, month)).toMatch(/: Held/);
    await page.context().close();
  });

  it('edits a call, ticks its action item done, and cancels it', async () => {
    const asCoach = await apiAs(COACH);
    const progress = await asCoach<ProgressAnswer>('GET', '/api/progress');
    const created = await asCoach<{ id: string; actionItems: { id: string }[] }>('POST', '/api/calls', {
      programYearId: progress.programYear.id,
      stateCode: 'AR',
      kind: 'planning',
      status: 'scheduled',
      date: progress.today,
      agenda: 'First agenda',
      actionItems: [{ description: 'Share the pathway map', owner: 'Marcus Whitfield', dueOn: progress.today }],
    });

    const page = await coachPage();
    await page.goto(`/calls/${created.id}`);
    await page.locator('main h1').waitFor();
    await expectAccessible(page, 'call page');

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.waitForURL(/\/edit$/);
    await expect.poll(() => page.locator('#agenda').inputValue()).toBe('First agenda');
    await page.locator('#agenda').fill('Revised agenda: site visit logistics');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/saved=updated/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Revised agenda: site visit logistics/);

    const box = page.getByRole('checkbox', { name: 'Share the pathway map' });
    await box.check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Marked done: Share the pathway map' }).count()).toBe(1);
    const item = await asCoach<{ done: boolean }>('GET', `/api/action-items/${created.actionItems[0].id}`);
    expect(item.done).toBe(true);

    await page.getByRole('button', { name: 'Cancel call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this call?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel the call' }).click();
    await expect.poll(() => page.locator('main header').innerText()).toMatch(/Cancelled/);
    const after = await asCoach<{ status: string; agenda: string }>('GET', `/api/calls/${created.id}`);
    expect(after).toMatchObject({ status: 'cancelled', agenda: 'Revised agenda: site visit logistics' });
    await page.context().close();
  });

  it("shows another coach's state and its calls as not found, not their data", async () => {
    const asStaff = await apiAs('staff@demo.test');
    const iowa = await asStaff<{ items: { id: string; agenda: string }[] }>('GET', '/api/calls?state=IA&limit=1');
    expect(iowa.items.length).toBe(1);

    const page = await coachPage();
    await page.goto('/states/IA');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Not found');
    await page.goto(`/calls/${iowa.items[0].id}`);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Not found');
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/Iowa/);
    if (iowa.items[0].agenda) expect(text).not.toContain(iowa.items[0].agenda);
    await page.context().close();
  });

  it('lists calls and site visits with filters in the URL, and every coach view passes axe', async () => {
    const asCoach = await apiAs(COACH);
    const visits = await asCoach<{ items: { id: string; stateCode: string }[] }>('GET', '/api/site-visits?state=AR');
    const page = await coachPage();

    await page.goto('/calls');
    await page.locator('main table').waitFor();
    await expectAccessible(page, 'calls list');
    await page.locator('#filter-state').selectOption('HI');
    await page.waitForURL(/state=HI/);
    await expect.poll(() => page.locator('main table tbody').innerText()).not.toMatch(/Arkansas/);
    await page.locator('#filter-status').selectOption('held');
    await page.waitForURL(/status=held/);
    await expect.poll(() => page.locator('main table tbody').innerText()).not.toMatch(/Scheduled|Cancelled/);

    await page.goto('/calls/new');
    await page.locator('form').first().waitFor();
    await expectAccessible(page, 'log a call');

    await page.goto('/site-visits');
    await page.locator('main table').waitFor();
    await expectAccessible(page, 'site visits list');

    await page.goto('/site-visits/new?state=AR');
    await page.locator('form').first().waitFor();
    await expectAccessible(page, 'plan a visit');

    await page.goto(`/site-visits/${visits.items[0].id}`);
    await page.locator('main h1').waitFor();
    await expectAccessible(page, 'site visit page');
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.waitForURL(/\/edit$/);
    await page.locator('#location').fill('Little Rock, AR — Capitol building');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/saved=updated/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Capitol building/);
    await page.context().close();
  });

  it('fits a phone: the coach home and the call form at 390 px', async () => {
    const page = await coachPage({ phone: true });
    await page.locator('article').first().waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'coach home at phone width');
    await screenshot(page, 'coach-home-phone');

    await page.getByRole('link', { name: 'Log a call for Arkansas' }).click();
    await page.waitForURL(/\/calls\/new\?state=AR/);
    await page.locator('#date').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'log a call at phone width');
    // The save bar sticks to the bottom of the screen; scrolled to the end, the full-page picture shows it there.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await screenshot(page, 'log-call-phone');
    await page.context().close();
  });
});
