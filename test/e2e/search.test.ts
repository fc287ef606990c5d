/**
 * Search across notes in a real browser: the top bar's box (and its "/" shortcut), the results page with its
 * filters in the URL and highlighted matches, links to the records, the empty and prompt states, record text
 * that looks like markup staying text, each role's scope, and an axe scan of every state of the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, type RunningApp, browserMissing, expectAccessible, newPage, openBrowser, signIn, startApp } from './harness.ts';

describe.skipIf(browserMissing)('search across notes', () => {
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
  const hits = (page: Page) => page.locator('ol.hits > li');
  const stateNamesShown = async (page: Page) =>
    new Set(await hits(page).locator('.meta > span:nth-child(2)').allInnerTexts());

  it('searches from the top bar with "/", ranks and highlights the matches, and links to the records', async () => {
    const page = await pageAs('staff@demo.test');
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('top-search');
    await page.keyboard.type('employer');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=employer$/);
    await hits(page).first().waitFor();
    expect(await page.locator('main h1').innerText()).toBe('Search notes');
    expect(await page.locator('p.count').innerText()).toMatch(/for “employer”/);
    const marks = await page.locator('ol.hits mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const word of marks) expect(word.toLowerCase()).toMatch(/^employ/);
    // Across states, as staff.
    expect((await stateNamesShown(page)).size).toBeGreaterThan(1);
    // The page's own box carries the words on, for a refined search.
    expect(await page.getByLabel('Words to find').inputValue()).toBe('employer');
    await expectAccessible(page, 'search results');

    const first = hits(page).first().locator('h3 a');
    const href = (await first.getAttribute('href')) as string;
    expect(href).toMatch(/^\/(calls|site-visits|assessments|states)\//);
    await first.click();
    await page.waitForURL((url) => url.pathname === href.split(/[?#]/)[0]);
    await page.locator('main h1').first().waitFor();
    await page.context().close();
  });

  it('keeps the filters in the URL and narrows the hits to them', async () => {
    const page = await pageAs('staff@demo.test');
    await page.goto('/search?q=employer');
    await hits(page).first().waitFor();
    await page.getByLabel('State').selectOption('AR');
    await page.waitForURL(/state=AR/);
    await expect.poll(async () => [...(await stateNamesShown(page))]).toEqual(['Arkansas']);
    await page.getByLabel('Found in').selectOption('site_visit');
    await page.waitForURL(/kind=site_visit/);
    await expect.poll(async () => [...new Set(await hits(page).locator('.badge').allInnerTexts())]).toEqual(['Site visit']);
    // Reloading the URL gives the same page back.
    await page.reload();
    await hits(page).first().waitFor();
    expect(await page.getByLabel('State').inputValue()).toBe('AR');
    expect(await page.getByLabel('Found in').inputValue()).toBe('site_visit');
    await page.context().close();
  });

  it('shows a prompt without words and a clear empty state without matches', async () => {
    const page = await pageAs('staff@demo.test');
    await page.goto('/search');
    await page.getByRole('heading', { name: 'What are you looking for?' }).waitFor();
    await expectAccessible(page, 'search prompt');
    await page.getByLabel('Words to find').fill('zyzzogeton quux');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=zyzzogeton/);
    await page.getByRole('heading', { name: /Nothing matches/ }).waitFor();
    await expectAccessible(page, 'search with no matches');
    await page.context().close();
  });

  it('treats words that look like markup or query syntax as text', async () => {
    const page = await pageAs('staff@demo.test');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)> "data & | !')}`);
    await page.locator('p.count').waitFor();
    expect(await page.locator('p.count').innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.context().close();
  });

  it('keeps a coach to the paired states and state users away from coach-only notes', async () => {
    const coach = await pageAs('nan.dare@demo.test');
    await coach.goto('/search?q=apprenticeship%20or%20employer%20or%20data');
    await hits(coach).first().waitFor();
    for (const name of await stateNamesShown(coach)) expect(['Arkansas', 'Hawaii']).toContain(name);
    await expectAccessible(coach, 'search as a coach');
    await coach.context().close();

    const lead = await pageAs('lead.ar@demo.test');
    await lead.goto('/search?q=apprenticeship%20or%20employer%20or%20data');
    await hits(lead).first().waitFor();
    expect([...(await stateNamesShown(lead))]).toEqual(['Arkansas']);
    expect(await lead.locator('ol.hits .badge', { hasText: 'Coach-only' }).count()).toBe(0);
    const kinds = await lead.getByLabel('Found in').locator('option').allInnerTexts();
    expect(kinds.some((k) => k.startsWith('Coach-only'))).toBe(false);
    await lead.context().close();
  });
});
