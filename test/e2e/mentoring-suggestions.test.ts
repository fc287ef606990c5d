/**
 * Peer-mentoring suggestions in a real browser: staff see the pairs the baseline assessments suggest, with
 * the reasons in words, and accept one, which then shows as a pair with the suggested focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type RunningApp, apiAs, browserMissing, expectAccessible, newPage, openBrowser, signIn, startApp } from './harness.ts';

interface Suggestion {
  stateA: string;
  stateAName: string;
  stateBName: string;
  focus: string;
  reasons: { text: string }[];
}

describe.skipIf(browserMissing)('peer-mentoring suggestions', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lists suggested pairs with their reasons, and accepting one creates the pair', async () => {
    const asStaff = await apiAs(app.baseUrl, 'staff@demo.test');
    const progress = await asStaff<{ programYear: { id: string } }>('GET', '/api/progress');
    const { items } = await asStaff<{ items: Suggestion[] }>('GET', `/api/mentoring-suggestions?programYear=${progress.programYear.id}`);
    expect(items.length, 'the demo baselines suggest at least one pair').toBeGreaterThan(0);
    const [first] = items;

    const page = await newPage(browser, app.baseUrl);
    await signIn(page, 'staff@demo.test');
    await page.goto('/admin/mentoring');
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Suggested pairs' }) });
    await section.getByRole('heading', { name: `${first.stateAName} and ${first.stateBName}` }).waitFor();
    expect(await section.innerText()).toContain(first.reasons[0].text);
    await expectAccessible(page, 'admin mentoring with suggestions');

    await section.getByRole('button', { name: `Accept the pair ${first.stateAName} and ${first.stateBName}` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'are paired' }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => section.getByRole('heading', { name: `${first.stateAName} and ${first.stateBName}` }).count()).toBe(0);
    const row = page.locator('table.data-table tr', { hasText: first.focus });
    await expect.poll(() => row.count()).toBe(1);
    const pairs = await asStaff<{ items: { stateA: string; focus: string }[] }>('GET', `/api/mentoring-pairs?programYear=${progress.programYear.id}`);
    expect(pairs.items.some((p) => p.focus === first.focus)).toBe(true);
    await page.context().close();
  });
});
