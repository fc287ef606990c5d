/**
 * The next call's agenda, drafted, in a real browser: a coach logging a scheduled call asks for a draft,
 * edits it in the Agenda field, and the saved call carries the edited agenda.
 */
import { addDays, format } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type RunningApp, apiAs, browserMissing, expectAccessible, newPage, openBrowser, signIn, startApp } from './harness.ts';

const COACH = 'nan.dare@demo.test';

describe.skipIf(browserMissing)('drafting the next call’s agenda', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('fills the agenda field with the draft, which the coach edits and saves with the call', async () => {
    const asCoach = await apiAs(app.baseUrl, COACH);
    const progress = await asCoach<{ today: string; programYear: { id: string; endsOn: string } }>('GET', '/api/progress');
    const candidate = format(addDays(new Date(`${progress.today}T12:00:00`), 7), 'yyyy-MM-dd');
    const day = candidate <= progress.programYear.endsOn ? candidate : progress.today;
    const draft = await asCoach<{ text: string; sections: { key: string; items: { text: string }[] }[] }>(
      'GET',
      `/api/states/AR/agenda-draft?programYear=${progress.programYear.id}&before=${day}`,
    );

    const page = await newPage(browser, app.baseUrl);
    await signIn(page, COACH);
    await page.goto('/calls/new?state=AR');
    await page.getByRole('radio', { name: 'Scheduled' }).check();
    await page.locator('#date').fill(day);
    await page.getByRole('button', { name: 'Draft agenda' }).click();
    await expect.poll(() => page.locator('#agenda').inputValue(), { timeout: 15_000 }).toBe(draft.text);
    expect(await page.getByRole('status').filter({ hasText: 'The draft agenda is in the Agenda field' }).count()).toBe(1);
    await expectAccessible(page, 'new call with a drafted agenda');

    const edited = `${draft.text}\n\nAlso: celebrate the signed partnership agreement.`;
    await page.locator('#agenda').fill(edited);
    await page.getByRole('button', { name: 'Save the call' }).click();
    await page.waitForURL(/\/calls\/([0-9a-f-]{36})\?saved=logged$/);
    const callId = /\/calls\/([0-9a-f-]{36})/.exec(page.url())![1];
    const saved = await asCoach<{ agenda: string; status: string }>('GET', `/api/calls/${callId}`);
    expect(saved).toMatchObject({ agenda: edited, status: 'scheduled' });
    const agendaBlock = page.locator('.text-block', { has: page.getByRole('heading', { name: 'Agenda' }) });
    await expect.poll(() => agendaBlock.innerText()).toContain('celebrate the signed partnership agreement');
    await page.context().close();
  });
});
