/**
 * No lost update, as a person meets it: two people edit the same record; the second save is refused with
 * "changed by someone else", says what the other changed, and offers Reload (discard mine) or Save mine
 * anyway. Saving again sends only what the second person changed, so that both changes are kept: a
 * milestone's status update, a call (the call form) and an account (an admin form, through FormState).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, type RunningApp, browserMissing, expectAccessible, newPage, openBrowser, signIn, startApp } from './harness.ts';

const soon = { timeout: 15_000 };

describe.skipIf(browserMissing)('two people edit the same record', () => {
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

  /** The API as one user, for setting up and checking (never for what the test proves). */
  async function apiAs(email: string) {
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'demo-password' }),
    });
    const { token } = (await login.json()) as { token: string };
    return async <T>(method: string, url: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${app.baseUrl}${url}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return (await res.json()) as T;
    };
  }

  async function signedIn(email: string) {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, email);
    return page;
  }

  it('on the call form: the second editor sees the agenda the first saved, and saves their notes over it', async () => {
    const asCoach = await apiAs('nan.dare@demo.test');
    const { programYear, today } = await asCoach<{ programYear: { id: string }; today: string }>('GET', '/api/progress');
    const call = await asCoach<{ id: string }>('POST', '/api/calls', {
      programYearId: programYear.id,
      stateCode: 'AR',
      kind: 'planning',
      status: 'scheduled',
      date: today,
      agenda: 'First agenda',
    });
    const [coach, staff] = await Promise.all([signedIn('nan.dare@demo.test'), signedIn('staff@demo.test')]);
    for (const page of [coach, staff]) {
      await page.goto(`/calls/${call.id}/edit`);
      await expect.poll(() => page.locator('#agenda').inputValue(), soon).toBe('First agenda');
    }

    await staff.locator('#agenda').fill('Budget and the employer panel');
    await staff.getByRole('button', { name: 'Save changes' }).click();
    await staff.waitForURL(/saved=updated/, soon);

    await coach.locator('#notes').fill('The lead asked for a December site visit.');
    await coach.getByRole('button', { name: 'Save changes' }).click();
    const notice = coach.getByRole('alert').filter({ hasText: 'Changed by someone else' });
    await expect.poll(() => notice.innerText(), soon).toMatch(/This call was changed by someone else.*Agenda: now “Budget and the employer panel”/s);
    await expectAccessible(coach, 'a stale call edit');

    await notice.getByRole('button', { name: 'Save mine anyway' }).click();
    await coach.waitForURL(/saved=updated/, soon);
    await coach.reload();
    const main = await coach.locator('main').innerText();
    expect(main).toMatch(/Budget and the employer panel/);
    expect(main).toMatch(/The lead asked for a December site visit\./);
    const after = await asCoach<{ agenda: string; notes: string; version: number }>('GET', `/api/calls/${call.id}`);
    expect(after).toMatchObject({ agenda: 'Budget and the employer panel', notes: 'The lead asked for a December site visit.' });
    await Promise.all([coach.context().close(), staff.context().close()]);
  });

  it('on an admin form: Reload shows the other’s change; Save mine anyway keeps both', async () => {
    const asStaff = await apiAs('staff@demo.test');
    const [user] = (await asStaff<{ items: { id: string; name: string; email: string }[] }>('GET', '/api/users?q=lead.mi')).items;
    const [first, second] = await Promise.all([signedIn('staff@demo.test'), signedIn('staff@demo.test')]);
    const formOf = (page: Page) => page.locator('form').filter({ has: page.getByRole('button', { name: 'Save account' }) });
    for (const page of [first, second]) {
      await page.goto(`/admin/users/${user.id}`);
      await expect.poll(() => page.locator('main h1').first().innerText(), soon).toBe(user.name);
    }

    await formOf(first).getByLabel(/^Name/).fill('Andre M. Coleman');
    await formOf(first).getByRole('button', { name: 'Save account' }).click();
    await expect.poll(() => first.locator('main h1').first().innerText(), soon).toBe('Andre M. Coleman');

    // The second session changes the email; its save meets the renamed account.
    const form = formOf(second);
    await form.getByLabel(/^Email/).fill('andre.coleman@mi.demo.test');
    await form.getByRole('button', { name: 'Save account' }).click();
    const notice = form.getByRole('alert').filter({ hasText: 'Changed by someone else' });
    await expect.poll(() => notice.innerText(), soon).toMatch(/Name: now “Andre M\. Coleman”/);
    // What was typed is kept while the choice is open.
    expect(await form.getByLabel(/^Email/).inputValue()).toBe('andre.coleman@mi.demo.test');
    await expectAccessible(second, 'a stale account edit');

    await notice.getByRole('button', { name: 'Save mine anyway' }).click();
    await expect.poll(() => notice.count(), soon).toBe(0);
    await second.reload();
    await expect.poll(() => second.locator('main h1').first().innerText(), soon).toBe('Andre M. Coleman');
    await expect.poll(() => formOf(second).getByLabel(/^Email/).inputValue(), soon).toBe('andre.coleman@mi.demo.test');
    expect(await asStaff<{ name: string; email: string }>('GET', `/api/users/${user.id}`)).toMatchObject({
      name: 'Andre M. Coleman',
      email: 'andre.coleman@mi.demo.test',
    });

    // Reload (discard mine) is the other way on: the other's change replaces what was typed.
    await formOf(first).getByLabel(/^Name/).fill('Andre Coleman Sr.');
    await formOf(first).getByRole('button', { name: 'Save account' }).click();
    const stale = formOf(first).getByRole('alert').filter({ hasText: 'Changed by someone else' });
    await expect.poll(() => stale.innerText(), soon).toMatch(/Email: now “andre\.coleman@mi\.demo\.test”/);
    await stale.getByRole('button', { name: 'Reload (discard mine)' }).click();
    await expect.poll(() => formOf(first).getByLabel(/^Email/).inputValue(), soon).toBe('andre.coleman@mi.demo.test');
    await expect.poll(() => formOf(first).getByLabel(/^Name/).inputValue(), soon).toBe('Andre M. Coleman');
    await Promise.all([first.context().close(), second.context().close()]);
  });
});
