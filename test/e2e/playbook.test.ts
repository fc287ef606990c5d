/**
 * The playbook in a real browser: staff browse, filter (in the URL), add and edit entries; a coach shares
 * entries on a call, from the call's page and while logging a new call; the state page lists the entries
 * that serve the state's priorities. Every view is scanned by axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbookSeed } from '../../db/playbook-seed.ts';
import { type Browser, type RunningApp, apiAs, browserMissing, expectAccessible, newPage, openBrowser, signIn, startApp } from './harness.ts';

const COACH = 'nan.dare@demo.test';

describe.skipIf(browserMissing)('the playbook', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const signedIn = async (email: string) => {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, email);
    return page;
  };

  it('lets staff browse the seeded library, filter it by domain in the URL, and add and edit an entry', async () => {
    const page = await signedIn('staff@demo.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Playbook' }).click();
    await page.waitForURL(/\/playbook$/);
    await expect.poll(() => page.locator('ul.entries > li').count()).toBe(playbookSeed.length);
    await expect.poll(() => page.getByRole('link', { name: 'Kentucky TRACK: Tech Ready Apprentices for Careers in Kentucky' }).count()).toBe(1);
    await expectAccessible(page, 'playbook list');

    await page.getByLabel('Domain', { exact: true }).selectOption('measurement');
    await page.waitForURL(/domain=measurement/);
    const measuring = playbookSeed.filter((e) => e.domainKeys.includes('measurement'));
    await expect.poll(() => page.locator('ul.entries > li').count()).toBe(measuring.length);
    await page.reload();
    expect(await page.getByLabel('Domain', { exact: true }).inputValue()).toBe('measurement');

    await page.goto('/playbook');
    await page.getByRole('link', { name: 'Add an entry' }).click();
    await page.getByLabel('Title').fill('Iowa regional sector boards');
    await page.getByLabel('Summary').fill('Employers chair regional boards that review pathway offerings each spring.');
    await page.getByLabel('Link').fill('https://example.org/sector-boards');
    await page.getByLabel('Identify industry sectors and engage employers').check();
    await expectAccessible(page, 'playbook entry form');
    await page.getByRole('button', { name: 'Add the entry' }).click();
    await page.waitForURL(/\/playbook\/[0-9a-f-]{36}\?saved=added/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Iowa regional sector boards');
    await expectAccessible(page, 'playbook entry');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Title').fill('Iowa regional sector boards (2026)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/saved=updated/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Iowa regional sector boards (2026)');
    await page.context().close();
  });

  it('lets a coach share an entry on a call and take it back, and share entries while logging a call', async () => {
    const asCoach = await apiAs(app.baseUrl, COACH);
    const calls = await asCoach<{ items: { id: string }[] }>('GET', '/api/calls?state=AR&limit=1');
    const callId = calls.items[0].id;
    const page = await signedIn(COACH);
    await page.goto(`/calls/${callId}`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Shared from the playbook' }) });
    await section.getByLabel('Share from the playbook').selectOption({ label: 'California Career Pathways Trust' });
    await section.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toMatch(/is shared on this call/);
    await expect.poll(() => section.getByRole('link', { name: 'California Career Pathways Trust' }).count()).toBe(1);
    await expectAccessible(page, 'call with shared resources');
    const shared = await asCoach<{ items: { title: string }[] }>('GET', `/api/calls/${callId}/resources`);
    expect(shared.items.map((e) => e.title)).toContain('California Career Pathways Trust');

    await section.getByRole('button', { name: 'Remove California Career Pathways Trust' }).click();
    await expect.poll(() => section.getByRole('link', { name: 'California Career Pathways Trust' }).count()).toBe(0);

    await page.goto('/calls/new?state=AR');
    await page.getByRole('radio', { name: 'Scheduled' }).check();
    await page.getByRole('checkbox', { name: /Minnesota Technical Skill Assessment project/ }).check();
    await expectAccessible(page, 'new call with the playbook picker');
    await page.getByRole('button', { name: 'Save the call' }).click();
    await page.waitForURL(/\/calls\/[0-9a-f-]{36}\?saved=logged$/);
    const newSection = page.locator('section', { has: page.getByRole('heading', { name: 'Shared from the playbook' }) });
    await expect.poll(() => newSection.getByRole('link', { name: 'Minnesota Technical Skill Assessment project' }).count()).toBe(1);
    await page.context().close();
  });

  it('lists on the state page the entries that serve the state’s priorities', async () => {
    const asStaff = await apiAs(app.baseUrl, 'staff@demo.test');
    const progress = await asStaff<{ programYear: { id: string } }>('GET', '/api/progress');
    const matches = await asStaff<{ priorities: { title: string }[]; items: { title: string }[] }>('GET', `/api/states/AR/playbook?programYear=${progress.programYear.id}`);
    expect(matches.items.length).toBeGreaterThan(0);
    const page = await signedIn('lead.ar@demo.test');
    await page.goto('/states/AR');
    const block = page.locator('.priority-playbook');
    await block.waitFor();
    await page.locator('main h1').first().waitFor();
    await expect.poll(() => block.getByRole('heading', { name: /for Arkansas's priorities/ }).count()).toBe(1);
    for (const entry of matches.items) expect(await block.getByRole('link', { name: entry.title }).count()).toBe(1);
    await expectAccessible(page, 'state page with priority playbook');
    await page.context().close();
  });
});
