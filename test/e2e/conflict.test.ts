/**
 * No lost update, as a person meets it: the Arkansas lead opens a milestone's update form; before they save,
 * staff change the same milestone. The lead's save is refused with "changed by someone else", says what it is
 * now, and offers to reload or to save theirs over it; saving again goes through, and the history keeps both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type RunningApp, browserMissing, expectAccessible, newPage, openBrowser, signIn, startApp } from './harness.ts';

const soon = { timeout: 15_000 };

describe.skipIf(browserMissing)('two people update the same milestone', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('tells the second one what changed and lets them reapply their change', async () => {
    const lead = await newPage(browser, app.baseUrl);
    await signIn(lead, 'lead.ar@demo.test');
    await expect.poll(() => lead.locator('main h1').innerText(), soon).toBe('My plan');
    const item = lead.locator('li.milestone', { has: lead.locator('.badge', { hasText: 'Not started' }) }).first();
    const id = await item.getAttribute('data-milestone-id');
    const title = (await item.locator('h4').innerText()).trim();
    const milestone = lead.locator(`li.milestone[data-milestone-id="${id}"]`);
    await milestone.getByRole('button', { name: `Update “${title}”` }).click();
    await milestone.getByLabel('New status').selectOption('in_progress');
    await milestone.getByLabel('Comment').fill('Started with the partner agencies.');

    // Meanwhile staff mark the same milestone at risk, through the API.
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'staff@demo.test', password: 'demo-password' }),
    });
    const { token } = (await login.json()) as { token: string };
    const read = await fetch(`${app.baseUrl}/api/milestones/${id}`, { headers: { authorization: `Bearer ${token}` } });
    const etag = read.headers.get('etag')!;
    const theirs = await fetch(`${app.baseUrl}/api/milestones/${id}/updates`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': etag },
      body: JSON.stringify({ status: 'at_risk', comment: 'Partner agency lost its lead.' }),
    });
    expect(theirs.status).toBe(201);

    await milestone.getByRole('button', { name: 'Save update' }).click();
    const alert = milestone.getByRole('alert');
    await expect.poll(() => alert.innerText(), soon).toMatch(/changed by someone else.*At risk/s);
    await expectAccessible(lead, 'a stale milestone update');

    await milestone.getByRole('button', { name: 'Save mine anyway' }).click();
    await expect.poll(() => milestone.locator('.badge').first().innerText(), soon).toMatch(/In progress/);

    const after = (await (await fetch(`${app.baseUrl}/api/milestones/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      status: string;
      history: { newStatus: string; comment: string }[];
    };
    expect(after.status).toBe('in_progress');
    // Both changes are in the history: nothing was lost, and nothing was written twice.
    expect(after.history.filter((h) => h.comment.includes('Partner agency lost its lead.'))).toHaveLength(1);
    expect(after.history.filter((h) => h.comment.includes('Started with the partner agencies.'))).toHaveLength(1);
    await lead.context().close();
  });
});
