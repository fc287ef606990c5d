/**
 * The state side in a real browser: the state lead's home (/my-plan) and updating a milestone in two
 * clicks, which staff then see on the cross-state progress bar; the state page (calls and visits in date
 * order, the assessment chart and its table, the plan with history, coach-only notes for staff only, a
 * print view); filling in an assessment; an axe scan of each view; and the screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  type Page,
  type RunningApp,
  browserMissing,
  expectAccessible,
  newPage,
  openBrowser,
  screenshot,
  signIn,
  startApp,
} from './harness.ts';

/** Saves and reloads go through a server on a shared two-core machine: give them time. */
const soon = { timeout: 15_000 };

/** Arkansas's milestone bar on /progress, as a screen reader reads it. */
async function arkansasBar(page: Page): Promise<{ now: string | null; text: string | null }> {
  const bar = page.getByRole('progressbar', { name: 'Milestones completed in Arkansas' }).first();
  await bar.waitFor();
  return { now: await bar.getAttribute('aria-valuenow'), text: await bar.getAttribute('aria-valuetext') };
}

describe.skipIf(browserMissing)('the state side: state page, my plan, assessment', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('lets the Arkansas lead complete a milestone in two clicks, and staff see the progress bar move', async () => {
    const staff = await newPage(browser, app.baseUrl);
    await signIn(staff, 'staff@demo.test');
    expect(new URL(staff.url()).pathname).toBe('/progress');
    const before = await arkansasBar(staff);

    const lead = await newPage(browser, app.baseUrl);
    await signIn(lead, 'lead.ar@demo.test');
    expect(new URL(lead.url()).pathname).toBe('/my-plan');
    await expect.poll(() => lead.locator('main h1').innerText(), soon).toBe('My plan');

    // A milestone that is in progress: its next sensible status is "Completed".
    const item = lead.locator('li.milestone', { has: lead.locator('.badge', { hasText: 'In progress' }) }).first();
    const title = (await item.locator('h4').innerText()).trim();
    const milestoneId = await item.getAttribute('data-milestone-id');
    const milestone = lead.locator(`li.milestone[data-milestone-id="${milestoneId}"]`);

    // Click 1: Update opens a small form with the status already on "Completed".
    await milestone.getByRole('button', { name: `Update “${title}”` }).click();
    const status = milestone.getByLabel('New status');
    await expect.poll(() => status.inputValue(), soon).toBe('completed');
    await expect.poll(() => status.evaluate((el) => el === document.activeElement), soon).toBe(true);
    await milestone.getByLabel('Comment').fill('Funding map finished and shared with the work group.');
    await milestone.getByLabel('Evidence link').fill('https://docs.example.org/ar/funding-map');
    // Click 2: Save.
    await milestone.getByRole('button', { name: 'Save update' }).click();

    await expect.poll(() => milestone.locator('.badge').first().innerText(), soon).toMatch(/Completed/);
    await expect.poll(() => lead.getByRole('status').filter({ hasText: 'Updated' }).count(), soon).toBeGreaterThan(0);
    // Focus returns to the milestone's Update button.
    await expect
      .poll(() => lead.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toBe(`Update “${title}”`);
    // The history records who, old → new, the comment and the evidence link.
    await milestone.locator('details.history summary').click();
    const history = milestone.locator('details.history');
    await expect.poll(() => history.innerText(), soon).toMatch(/In progress → Completed/);
    expect(await history.innerText()).toMatch(/Funding map finished and shared with the work group\./);
    expect(await history.innerText()).toMatch(/by Marcus Whitfield/);
    expect(await history.getByRole('link', { name: /Evidence/ }).getAttribute('href')).toBe('https://docs.example.org/ar/funding-map');
    await lead.context().close();

    await staff.reload();
    const after = await arkansasBar(staff);
    expect(Number(after.now)).toBeGreaterThan(Number(before.now));
    expect(after.text).not.toBe(before.text);
    await staff.context().close();
  });

  it('shows staff the state page: calls in date order, the assessment chart and its table, the plan with history', async () => {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, 'staff@demo.test');
    await page.goto('/states/AR');
    await expect.poll(() => page.locator('main h1').innerText(), soon).toMatch(/Arkansas/);

    // Calls and visits, oldest first.
    const dates = await page.locator('#contacts article[data-kind]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-date') ?? ''));
    const dated = dates.filter(Boolean);
    expect(dated.length).toBeGreaterThan(3);
    expect(dated).toEqual([...dated].sort());
    expect(await page.locator('#contacts article[data-kind="call"]').count()).toBeGreaterThan(0);

    // The year at a glance: health in words, the month row, the milestone bar.
    const glance = page.locator('#glance');
    await expect.poll(() => glance.innerText(), soon).toMatch(/On track|Needs attention|Behind/);
    expect(await glance.locator('table.progress-grid').count()).toBe(1);
    expect(await glance.getByRole('progressbar').count()).toBeGreaterThan(0);

    // The assessment as a chart by domain, then as a table.
    const assessment = page.locator('#assessment');
    const chart = assessment.locator('figure.assessment-chart');
    await chart.waitFor();
    expect(await chart.locator('li.domain').count()).toBe(6);
    expect(await chart.innerText()).toMatch(/Baseline/);
    expect(await chart.innerText()).toMatch(/Reassessment/);
    await expectAccessible(page, 'state page (chart)');
    await screenshot(page, 'state-page-desktop');

    await assessment.getByRole('button', { name: /Show as table/ }).click();
    await page.waitForURL(/assessment=table/);
    const table = assessment.locator('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(6);
    expect(await table.locator('thead').innerText()).toMatch(/Baseline[\s\S]*Reassessment[\s\S]*Change/i);
    await expectAccessible(page, 'state page (assessment table)');

    // The plan: goals with their priority area, milestones with status in words and their history.
    const plan = page.locator('#plan');
    expect(await plan.locator('article.goal').count()).toBeGreaterThan(0);
    expect(await plan.innerText()).toMatch(/Priority area/i);
    const first = plan.locator('li.milestone').first();
    await first.locator('details.history summary').click();
    await expect.poll(() => first.locator('details.history').innerText(), soon).toMatch(/Added as Not started|→/);

    // Printing gives one clean document: no top bar, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.top-bar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print report' }).isVisible()).toBe(false);
    expect(await plan.locator('li.milestone button').first().isVisible()).toBe(false);
    expect(await page.locator('#plan-heading').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.context().close();
  });

  it('shows coach-only notes to staff and never to the state lead', async () => {
    const staff = await newPage(browser, app.baseUrl);
    await signIn(staff, 'staff@demo.test');
    await staff.goto('/states/AR?log=calls');
    const withNotes = staff.locator('#contacts article[data-kind="call"]', { has: staff.locator('.coach-only') }).first();
    await withNotes.waitFor();
    const heading = (await withNotes.locator('h3').innerText()).trim();
    const note = (await withNotes.locator('.coach-only dd').innerText()).trim();
    expect(await withNotes.locator('.coach-only dt').innerText()).toMatch(/Coach-only notes/);
    expect(note.length).toBeGreaterThan(0);
    await staff.context().close();

    const lead = await newPage(browser, app.baseUrl);
    await signIn(lead, 'lead.ar@demo.test');
    await lead.goto('/states/AR?log=calls');
    const sameCall = lead.locator('#contacts article[data-kind="call"]', { has: lead.getByRole('heading', { name: heading, exact: true }) });
    await sameCall.waitFor();
    expect(await sameCall.locator('.coach-only').count()).toBe(0);
    expect(await lead.locator('main').innerText()).not.toContain(note);
    expect(await lead.getByText('Coach-only notes').count()).toBe(0);
    await lead.context().close();
  });

  it('lets a coach-side user rate an indicator of an open assessment and save it; a completed one is read-only', async () => {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, 'staff@demo.test');
    // Nebraska's baseline is still open in the demo data.
    await page.goto('/states/NE');
    await page.getByRole('link', { name: /Fill in the baseline/ }).click();
    await page.waitForURL(/\/assessments\//);
    await expect.poll(() => page.locator('main h1').innerText(), soon).toBe('Baseline readiness assessment');

    const ratedNote = page.locator('.save-bar .progress-note strong');
    const ratedBefore = Number((await ratedNote.innerText()).split(' ')[0]);
    const unratedId = await page.locator('fieldset.indicator', { hasNot: page.locator('input[type=radio]:checked') }).first().getAttribute('id');
    const unrated = page.locator(`fieldset#${unratedId}`);
    await unrated.getByRole('radio', { name: /Emerging/ }).check();
    await unrated.getByLabel(/^Evidence/).fill('Two agencies have begun sharing a calendar.');
    await expect.poll(() => ratedNote.innerText(), soon).toBe(`${ratedBefore + 1} of 26`);
    await expectAccessible(page, 'assessment (being filled in)');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved 1 answer' }).count(), soon).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('.save-bar .progress-note strong').innerText(), soon).toBe(`${ratedBefore + 1} of 26`);
    await page.context().close();

    // Arkansas's completed baseline, as its lead sees it: read-only, with Reopen offered.
    const lead = await newPage(browser, app.baseUrl);
    await signIn(lead, 'lead.ar@demo.test');
    await lead.getByRole('link', { name: /Open the baseline/ }).click();
    await lead.waitForURL(/\/assessments\//);
    await lead.locator('main h1').waitFor();
    expect(await lead.locator('input[type=radio]').count()).toBe(0);
    expect(await lead.getByRole('button', { name: 'Reopen' }).count()).toBe(1);
    await expectAccessible(lead, 'assessment (completed, read-only)');
    await lead.context().close();
  });

  it('is accessible on /my-plan, with the update form open, and fits a phone', async () => {
    const lead = await newPage(browser, app.baseUrl);
    await signIn(lead, 'lead.ar@demo.test');
    await lead.locator('li.milestone').first().waitFor();
    await expectAccessible(lead, 'my plan');
    await screenshot(lead, 'my-plan-desktop');
    await lead.locator('li.milestone').nth(1).getByRole('button', { name: /^Update/ }).click();
    await lead.getByRole('button', { name: 'Save update' }).waitFor();
    await expectAccessible(lead, 'my plan (update form open)');
    await lead.context().close();

    // Coaches have no plan of their own: /my-plan sends Nan Dare (Arkansas and Hawaii) to the list of her states.
    const coach = await newPage(browser, app.baseUrl);
    await signIn(coach, 'nan.dare@demo.test');
    await coach.goto('/my-plan');
    await coach.waitForURL((url) => url.pathname === '/states');
    await expect.poll(() => coach.locator('main').innerText(), soon).toMatch(/Hawaii/);
    await expectAccessible(coach, 'states list');
    await coach.context().close();

    const phone = await newPage(browser, app.baseUrl, { phone: true });
    await signIn(phone, 'staff@demo.test');
    await phone.goto('/states/AR');
    await phone.locator('#plan li.milestone').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectAccessible(phone, 'state page at phone width');
    await screenshot(phone, 'state-page-phone');
    await phone.context().close();
  });

  it('lets staff start a plan for a state that has none, and the page then shows it by the id the state names', async () => {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, 'staff@demo.test');
    // Missouri takes part lightly and has no plan in the demo data.
    await page.goto('/states/MO');
    const form = page.getByRole('form', { name: 'Start the plan' });
    await form.getByLabel('Plan title').fill('Missouri pathways plan');
    await form.getByRole('button', { name: 'Start the plan' }).click();
    await expect.poll(() => page.locator('#plan .plan-title').innerText(), soon).toBe('Missouri pathways plan');
    // A fresh load finds it too: one request for the state (which names the year's plan), then the plan.
    await page.reload();
    await expect.poll(() => page.locator('#plan .plan-title').innerText(), soon).toBe('Missouri pathways plan');
    expect(await page.getByRole('form', { name: 'Start the plan' }).count()).toBe(0);
    await page.context().close();
  });
});
