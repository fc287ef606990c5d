/**
 * The dashboard's shell in a real browser: signing in and out, a session that ends sending the user to
 * sign-in and back, the cross-state progress grid (and its table) and the timeline, each scanned by axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  type RunningApp,
  browserMissing,
  expectAccessible,
  newPage,
  openBrowser,
  screenshot,
  signIn,
  startApp,
} from './harness.ts';

describe.skipIf(browserMissing)('the dashboard shell', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('refuses a wrong password with a message, and is accessible', async () => {
    const page = await newPage(browser, app.baseUrl);
    await page.goto('/login');
    await expectAccessible(page, 'sign-in');
    await page.getByLabel('Email').fill('staff@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/do not match/);
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'sign-in-desktop');
    await page.context().close();
  });

  it('sends staff to cross-state progress with the five intensive states and their health in words', async () => {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, 'staff@demo.test');
    expect(new URL(page.url()).pathname).toBe('/progress');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Cross-state progress');
    const grid = page.locator('table.progress-grid');
    for (const name of ['Arkansas', 'Hawaii', 'Iowa', 'Michigan', 'Nebraska']) {
      await expect.poll(() => grid.getByText(name, { exact: false }).count()).toBeGreaterThan(0);
    }
    // Health is said in words, not only in colour.
    const text = await grid.innerText();
    expect(text).toMatch(/On track/);
    expect(text).toMatch(/Behind/);
    // Every state has a cell per month of the year, each read out with its state and month.
    const months = await grid.locator('thead th.month-head').count();
    const rows = await grid.locator('tbody.state').count();
    expect(await grid.locator('tbody.state > tr:first-child > td:is(.month, .month-missing)').count()).toBe(months * rows);
    const arkansas = grid.locator('tbody.state', { has: page.getByRole('link', { name: 'Arkansas' }) });
    const said = await arkansas.locator('td.month .sr-only').allTextContents();
    expect(said.length).toBeGreaterThan(0);
    for (const words of said) expect(words).toMatch(/^Arkansas, [A-Z][a-z]+ \d{4}( \(this month\))?: \S/);
    // A call's icon is drawn by the grid's stylesheet through ::before (month-cells.ts), as the status's shape.
    const icon = await grid.locator('td.month .call.held').first().evaluate((call) => {
      const style = getComputedStyle(call, '::before');
      return { mask: style.maskImage, width: style.width, colour: style.backgroundColor === getComputedStyle(call).color };
    });
    expect(icon).toEqual({ mask: expect.stringContaining('data:image/svg+xml'), width: '15px', colour: true });
    await expectAccessible(page, 'cross-state progress (grid)');
    await screenshot(page, 'progress-desktop');

    await page.getByRole('button', { name: /table/i }).first().click();
    await page.waitForURL(/view=table/);
    await expectAccessible(page, 'cross-state progress (table)');
    await page.context().close();
  });

  it('fits a phone: the progress view and the timeline at 390 px', async () => {
    const page = await newPage(browser, app.baseUrl, { phone: true });
    await signIn(page, 'staff@demo.test');
    await page.locator('table.progress-grid').waitFor();
    // The page itself does not scroll sideways; only the grid's own scroller does.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'cross-state progress at phone width');
    await screenshot(page, 'progress-phone');
    await page.context().close();
  });

  it('shows the timeline with a today line, as bars and as a table', async () => {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, 'staff@demo.test');
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.waitForURL(/\/timeline/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Timeline');
    await expect.poll(() => page.getByText(/today/i).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'timeline');
    await screenshot(page, 'timeline-desktop');
    await page.getByRole('button', { name: /table/i }).first().click();
    await page.waitForURL(/view=table/);
    await expect.poll(() => page.locator('main table').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'timeline (table)');
    await page.context().close();
  });

  it('returns a user whose session ended to sign-in, and back to where they were', async () => {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, 'lead.ne@demo.test');
    await page.goto('/timeline?view=table');
    await page.locator('main h1').waitFor();
    // The session ends (signed out elsewhere, or expired): the cookie no longer opens a session.
    await page.context().clearCookies();
    await page.goto('/progress');
    await page.waitForURL(/\/login\?next=%2Fprogress/);
    await page.getByLabel('Email').fill('lead.ne@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('demo-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/progress');
    // A state lead sees only their own state.
    const grid = page.locator('table.progress-grid');
    await expect.poll(() => grid.getByText('Nebraska').count()).toBeGreaterThan(0);
    expect(await grid.getByText('Arkansas').count()).toBe(0);
    await page.context().close();
  });

  it('renews an expired access token from the refresh cookie, without sending the user to sign-in', async () => {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, 'staff@demo.test');
    // The access cookie has expired (here: replaced by one that no longer verifies); the refresh cookie lives.
    await page.context().addCookies([{ name: 'tracker_session', value: 'expired.access.token', url: app.baseUrl }]);
    await page.goto('/timeline');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Timeline');
    expect(new URL(page.url()).pathname).toBe('/timeline');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'tracker_session')?.value).not.toBe('expired.access.token');
    await page.context().close();
  });

  it('signs out for real: the old page cannot load data afterwards', async () => {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, 'staff@demo.test');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    const status = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status));
    expect(status).toBe(401);
    await page.context().close();
  });
});
