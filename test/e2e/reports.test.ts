/**
 * The year-end reports in a real browser on the demo data: the cross-state report reached from the top bar
 * with its CSV, a state's report with the same figures as the API, each scanned by axe, the printout
 * without navigation or controls, and each role kept to its states.
 */
import { readFileSync } from 'node:fs';
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

interface CrossState {
  programYear: { id: string; name: string };
  states: { stateCode: string; stateName: string }[];
}

describe.skipIf(browserMissing)('the year-end reports', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function apiGet<T>(email: string, path: string): Promise<T> {
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const response = await fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  }

  async function pageAs(email: string): Promise<Page> {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, email);
    return page;
  }

  const stateLinks = (page: Page) => page.locator('main table tbody th a');
  /** The states the cross-state table links to, once it has loaded (a slow machine answers late). */
  async function linkedStates(page: Page) {
    await stateLinks(page).first().waitFor();
    return stateLinks(page).allInnerTexts();
  }
  /** The page's heading once the page (or its error) has loaded. */
  async function heading(page: Page) {
    await page.locator('main h1').first().waitFor();
    return page.locator('main h1').first().innerText();
  }

  it('takes staff from the top bar to the cross-state report, a row per state, and exports it as CSV', async () => {
    const years = await apiGet<{ items: { id: string }[] }>('staff@demo.test', '/api/program-years');
    const report = await apiGet<CrossState>('staff@demo.test', `/api/reports/program-years/${years.items[0].id}`);
    const page = await pageAs('staff@demo.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL(/\/reports$/);
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe('All states');
    expect(await linkedStates(page)).toEqual(report.states.map((s) => s.stateName));
    const all = `All ${report.states.length} states`;
    expect(await page.locator('main table tfoot').innerText()).toContain(all);
    await expectAccessible(page, 'cross-state report');
    await screenshot(page, 'report-all-states-desktop');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^State,Code,Tier,Health,Calls held,/);
    expect(lines.slice(1, 1 + report.states.length).map((l) => l.split(',')[1])).toEqual(report.states.map((s) => s.stateCode));
    expect(lines[1 + report.states.length].startsWith(`${all},`)).toBe(true);

    // The growth chart has its table alternative, kept in the URL.
    await page.getByRole('button', { name: 'Show as table' }).click();
    await page.waitForURL(/growth=table/);
    await expect.poll(() => page.locator('table', { hasText: 'States compared' }).count(), { timeout: 15_000 }).toBe(1);
    await expectAccessible(page, 'cross-state report, growth as a table');
    await page.context().close();
  });

  it('opens a state’s report from the cross-state one, with the API’s figures and summary', async () => {
    const report = await apiGet<{ summary: string; programYear: { id: string } }>('staff@demo.test', '/api/reports/states/AR');
    const page = await pageAs('staff@demo.test');
    await page.goto(`/reports?programYear=${report.programYear.id}`);
    await stateLinks(page).filter({ hasText: 'Arkansas' }).click();
    await page.waitForURL(/\/reports\/states\/AR\?programYear=/);
    await expect.poll(() => heading(page), { timeout: 15_000 }).toBe('Arkansas (AR)');
    expect(await page.locator('.report-summary').innerText()).toBe(report.summary);
    for (const heading of ['Assessment growth by domain', 'Engagement against the timeline', 'Milestones']) {
      expect(await page.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    }
    await expectAccessible(page, 'state report');
    await screenshot(page, 'report-state-desktop');
    await page.context().close();
  });

  it('prints without the navigation or the controls, under a title with the state, the year and the print date', async () => {
    const page = await pageAs('staff@demo.test');
    await page.goto('/reports/states/AR');
    await page.locator('.report-summary').waitFor();
    const printButton = page.getByRole('button', { name: 'Print' });
    expect(await page.locator('header.top-bar').isVisible()).toBe(true);
    expect(await printButton.isVisible()).toBe(true);
    expect(await page.getByText(/^Printed /).isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.top-bar').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await printButton.isVisible()).toBe(false);
    expect(await page.locator('main h1').innerText()).toBe('Arkansas (AR)');
    expect(await page.locator('main .eyebrow').first().innerText()).toMatch(/^Year-end report · /i);
    expect(await page.getByText(/^Printed [A-Z][a-z]{2} \d{1,2}, \d{4}$/).isVisible()).toBe(true);
    // Table rows are never cut across pages, and headings stay with what follows.
    await screenshot(page, 'report-state-print');
    const rowBreak = await page.locator('main .report-section tbody tr').first().evaluate((tr) => getComputedStyle(tr).breakInside);
    expect(rowBreak).toBe('avoid');
    await page.context().close();
  });

  it('keeps a coach to the paired states and a state lead to their own', async () => {
    const coach = await pageAs('nan.dare@demo.test');
    await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await coach.waitForURL(/\/reports$/);
    expect(await linkedStates(coach)).toEqual(['Arkansas', 'Hawaii']);
    await coach.goto('/reports/states/IA');
    await expect.poll(() => heading(coach), { timeout: 15_000 }).toMatch(/not found|404/i);
    await coach.context().close();

    const lead = await pageAs('lead.ia@demo.test');
    expect(await lead.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).count()).toBe(0);
    await lead.goto('/reports/states/IA');
    await expect.poll(() => heading(lead), { timeout: 15_000 }).toBe('Iowa (IA)');
    await lead.goto('/reports/states/AR');
    await expect.poll(() => heading(lead), { timeout: 15_000 }).toMatch(/not found|404/i);
    await lead.context().close();
  });
});
