/**
 * Follow-ups in a real browser: a coach's open action items across the paired states, ticked done from the
 * list; staff filtering by state, coach and status through the URL; a state lead reading without ticking;
 * the link from the state page; and an axe scan of each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, type RunningApp, browserMissing, expectAccessible, newPage, openBrowser, signIn, startApp } from './harness.ts';

describe.skipIf(browserMissing)('follow-ups', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function pageAs(email: string): Promise<Page> {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, email);
    return page;
  }
  const rows = (page: Page) => page.locator('main table tbody tr');
  const stateColumn = async (page: Page) => new Set(await rows(page).locator('td:nth-child(5)').allInnerTexts());

  it('gathers a coach’s follow-ups across the paired states and ticks one from the list', async () => {
    const page = await pageAs('nan.dare@demo.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
    await page.waitForURL(/\/follow-ups$/);
    await page.locator('main h1', { hasText: 'Follow-ups' }).waitFor();
    expect(await page.getByLabel('Show').inputValue()).toBe('open');
    await page.getByLabel('Show').selectOption('all');
    await page.waitForURL(/status=all/);
    await rows(page).first().waitFor();
    for (const name of await stateColumn(page)) expect(['Arkansas', 'Hawaii']).toContain(name);
    await expectAccessible(page, 'follow-ups as a coach');

    const box = rows(page).first().getByRole('checkbox');
    const label = (await box.getAttribute('aria-label')) as string;
    const wasDone = await box.isChecked();
    await box.setChecked(!wasDone);
    await page.getByRole('status').filter({ hasText: wasDone ? 'is open again' : 'is done' }).waitFor();
    // The change is saved: a fresh load of the list shows it.
    await page.reload();
    await rows(page).first().waitFor();
    await expect.poll(() => page.getByRole('checkbox', { name: label }).first().isChecked(), { timeout: 10_000 }).toBe(!wasDone);
    await page.context().close();
  });

  it('lets staff filter by status, state and coach, with every filter in the URL', async () => {
    const page = await pageAs('staff@demo.test');
    await page.goto('/follow-ups?status=all&state=HI');
    await rows(page).first().waitFor();
    expect([...(await stateColumn(page))]).toEqual(['Hawaii']);
    expect(await page.getByLabel('Show').inputValue()).toBe('all');
    expect(await page.getByLabel('State').inputValue()).toBe('HI');
    await page.goto('/follow-ups?status=all');
    await rows(page).first().waitFor();
    await page.getByLabel('Coach').selectOption({ label: 'Donna Barnett' });
    await page.waitForURL(/coach=/);
    await expect.poll(async () => [...(await stateColumn(page))], { timeout: 10_000 }).toEqual(['Iowa']);
    expect(new URL(page.url()).searchParams.get('status')).toBe('all');
    await expectAccessible(page, 'follow-ups as staff');
    await page.context().close();
  });

  it('shows a state lead their state’s follow-ups without ticking, reached from the state page', async () => {
    const page = await pageAs('lead.ar@demo.test');
    await page.goto('/states/AR');
    await page.getByRole('link', { name: /Follow-ups from Arkansas/ }).click();
    await page.waitForURL(/\/follow-ups\?state=AR/);
    await page.getByLabel('Show').selectOption('all');
    await rows(page).first().waitFor();
    expect([...(await stateColumn(page))]).toEqual(['Arkansas']);
    expect(await page.locator('main table').getByRole('checkbox').count()).toBe(0);
    await expectAccessible(page, 'follow-ups as a state lead');
    await page.context().close();
  });
});
