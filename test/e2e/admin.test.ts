/**
 * The staff administration in a real browser: creating an account (with the API's validation message next
 * to its field), pairing a coach with a state and seeing the 409 for an overlapping pairing, a mid-year
 * handover, recording attendance at an event, adding a timeline activity that the timeline then shows, a
 * stale edit answered with "changed by someone else", a delete that asks first, the audit trail, the
 * staff-only page for other roles, and an axe scan of every admin page.
 */
import { addDays, format, parseISO } from 'date-fns';
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

const STAFF = 'staff@demo.test';

interface Year {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

/** A label's exact words; a required field's label ends with an asterisk. */
const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);

/** A day a number of days into the year (always inside the demo year). */
const dayInto = (year: Year, days: number) => format(addDays(parseISO(year.startsOn), days), 'yyyy-MM-dd');

describe.skipIf(browserMissing)('the staff administration', () => {
  let app: RunningApp;
  let browser: Browser;
  let staffApi: Awaited<ReturnType<typeof apiAs>>;
  let year: Year;
  /** One signed-in staff session for the whole file: signing in once is enough, and the quickest. */
  let staffSession: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), openBrowser()]);
    staffApi = await apiAs(STAFF);
    year = (await staffApi<{ items: Year[] }>('GET', '/api/program-years')).items[0];
    staffSession = await newPage(browser, app.baseUrl);
    await signIn(staffSession, STAFF);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** The API as one user, through a bearer token (for setting up and checking, never for what the test proves). */
  async function apiAs(email: string) {
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${app.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(response.status, `${method} ${path}`).toBeLessThan(300);
      return (response.status === 204 ? undefined : await response.json()) as T;
    };
  }

  /** A new tab in the staff session (closed with page.close()), or a phone of its own that signs in. */
  async function staffPage(options: { phone?: boolean } = {}): Promise<Page> {
    if (options.phone) {
      const phone = await newPage(browser, app.baseUrl, options);
      await signIn(phone, STAFF);
      return phone;
    }
    const page = await staffSession.context().newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  /** Opens an admin page and waits for its heading. */
  async function open(page: Page, path: string, heading: string | RegExp) {
    await page.goto(path);
    await expect.poll(() => page.locator('main h1').first().innerText()).toMatch(heading);
  }

  it('creates a state lead for a state, showing the API validation message next to the field first', async () => {
    const page = await staffPage();
    await open(page, '/admin', 'Administration');
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Users and roles' }).click();
    await page.waitForURL(/\/admin\/users$/);
    await page.getByRole('button', { name: 'New user' }).click();
    const form = page.locator('#add-user');
    await form.getByLabel(exactly('Name')).fill('Jordan Reyes');
    await form.getByLabel(exactly('Email')).fill('not-an-email');
    await form.getByLabel(exactly('Role')).selectOption('state_lead');
    await form.getByLabel(exactly('State')).selectOption('KY');
    await form.getByLabel('Initial password').fill('kentucky-lead-1');
    await expectAccessible(page, 'users with the new user form');
    await form.getByRole('button', { name: 'Create account' }).click();

    // The API's answer, next to the field it names, and in the summary at the top.
    const emailField = form.getByLabel(exactly('Email'));
    await expect.poll(() => form.locator('#new-user-email-error').innerText()).toBe('Enter a valid email address.');
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    expect(await emailField.getAttribute('aria-describedby')).toContain('new-user-email-error');
    await expect.poll(() => form.getByRole('alert').first().innerText()).toMatch(/Email: Enter a valid email address/);

    await emailField.fill('jordan.reyes@ky.example');
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => form.getByRole('status').innerText()).toMatch(/Created an account for Jordan Reyes/);

    // The list shows the new account; its filters live in the URL.
    await page.getByLabel('Name or email').fill('jordan');
    await page.waitForURL(/q=jordan/);
    const rows = page.locator('main table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/Jordan Reyes[\s\S]*State lead[\s\S]*Kentucky[\s\S]*Active/);
    await page.getByRole('form', { name: 'Filter users' }).getByLabel(exactly('Role')).selectOption('coach');
    await page.waitForURL(/role=coach/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Showing' }).innerText()).toMatch(/Showing 0 of/);

    const users = await staffApi<{ items: { email: string; role: string; stateCode: string }[] }>('GET', '/api/users?q=jordan');
    expect(users.items).toEqual([expect.objectContaining({ email: 'jordan.reyes@ky.example', role: 'state_lead', stateCode: 'KY' })]);

    // The new lead can sign in with the password given.
    const lead = await newPage(browser, app.baseUrl);
    await lead.goto('/login');
    await lead.getByLabel('Email').fill('jordan.reyes@ky.example');
    await lead.getByLabel(exactly('Password')).fill('kentucky-lead-1');
    await lead.getByRole('button', { name: 'Sign in', exact: true }).click();
    await lead.waitForURL((url) => !url.pathname.startsWith('/login'));
    await lead.context().close();
    await page.close();
  });

  it('shows "changed by someone else" for a stale edit, and reloads the latest version', async () => {
    const page = await staffPage();
    const [lead] = (await staffApi<{ items: { id: string; version: number }[] }>('GET', '/api/users?q=lead.mi')).items;
    await open(page, `/admin/users/${lead.id}`, 'Andre Coleman');
    await expectAccessible(page, 'a user');
    // Someone else renames the account while the page is open.
    await staffApi('PATCH', `/api/users/${lead.id}`, { name: 'Andre M. Coleman', version: lead.version });
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save account' }) });
    await form.getByLabel(exactly('Name')).fill('Andre Colman');
    await form.getByRole('button', { name: 'Save account' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/Changed by someone else/);
    await form.getByRole('button', { name: 'Reload (discard mine)' }).click();
    await expect.poll(() => form.getByLabel(exactly('Name')).inputValue()).toBe('Andre M. Coleman');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Andre M. Coleman');
    await page.close();
  });

  it('pairs a coach with a state, refuses an overlapping pairing with the API message, and hands a state over', async () => {
    const page = await staffPage();
    await open(page, '/admin/pairings', 'Coach–state pairings');
    await page.getByRole('button', { name: 'New pairing' }).click();
    const form = page.locator('#add-pairing');
    await form.getByLabel(exactly('State')).selectOption({ label: 'Arkansas' });
    await form.getByLabel(exactly('Coach')).selectOption({ label: 'Donna Barnett' });
    await form.getByLabel(exactly('From')).fill(dayInto(year, 30));
    await expectAccessible(page, 'pairings with the new pairing form');
    await form.getByRole('button', { name: 'Pair coach and state' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/AR is already paired with Nan Dare .*one coach at a time/);

    // A state without a coach can be paired.
    await form.getByLabel(exactly('State')).selectOption({ label: 'Kentucky (light touch)' });
    await form.getByRole('button', { name: 'Pair coach and state' }).click();
    await expect.poll(() => form.getByRole('status').innerText()).toBe('Pairing added.');
    const table = page.locator('main table');
    await expect.poll(() => table.getByRole('row', { name: /Kentucky/ }).innerText()).toMatch(/Donna Barnett/);

    // Hawaii goes from Nan Dare to Elisabeth Pope mid-year.
    // A few days ahead, so that Nan Dare's pairing is still current (and can be handed over) today.
    const soon = format(addDays(new Date(), 3), 'yyyy-MM-dd');
    const handoverOn = soon < year.endsOn ? soon : year.endsOn;
    await page.getByRole('button', { name: 'Hand Hawaii over from Nan Dare' }).click();
    await page.getByLabel(exactly('New coach')).selectOption({ label: 'Elisabeth Pope' });
    await page.getByLabel('New coach starts on').fill(handoverOn);
    await page.getByRole('button', { name: 'Hand over', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'handed over' }).innerText()).toBe('Hawaii is handed over.');
    // The form closed, and focus went back to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Hand Hawaii over from Nan Dare');
    await expect.poll(() => table.getByRole('row', { name: /Hawaii/ }).count()).toBe(2);
    const hawaii = await table.getByRole('row', { name: /Hawaii/ }).allInnerTexts();
    expect(hawaii.join('\n')).toMatch(/Nan Dare/);
    expect(hawaii.join('\n')).toMatch(/Elisabeth Pope/);

    const pairings = await staffApi<{ items: { coachName: string; startsOn: string; endsOn: string | null }[] }>(
      'GET',
      `/api/pairings?programYear=${year.id}&state=HI`,
    );
    const days = pairings.items.map((p) => [p.coachName, p.startsOn, p.endsOn]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    expect(days).toEqual([
      ['Nan Dare', year.startsOn, format(addDays(parseISO(handoverOn), -1), 'yyyy-MM-dd')],
      ['Elisabeth Pope', handoverOn, null],
    ]);
    await page.close();
  });

  it('creates an event and records attendance per state', async () => {
    const page = await staffPage();
    await open(page, '/admin/events', 'Events and attendance');
    await page.getByRole('button', { name: 'New event' }).click();
    const form = page.locator('#add-event');
    await form.getByLabel(exactly('Kind')).selectOption('webinar');
    await form.getByLabel(exactly('Title')).fill('Check-in webinar for state leads');
    // The year's first day: always past, so attendance can be recorded.
    await form.getByLabel(exactly('Date')).fill(year.startsOn);
    await form.getByLabel('Location').fill('Online');
    await form.getByRole('button', { name: 'Add event' }).click();
    await page.waitForURL(/\/admin\/events\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Check-in webinar for state leads');
    const eventId = new URL(page.url()).pathname.split('/').pop();

    const arkansas = page.getByRole('form', { name: 'Attendance of Arkansas' });
    await arkansas.getByLabel('Attendance of Arkansas').selectOption('attended');
    await arkansas.getByLabel('People from Arkansas who attended').fill('4');
    await arkansas.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved: Arkansas' }).innerText()).toBe('Saved: Arkansas attended.');

    const missouri = page.getByRole('form', { name: 'Attendance of Missouri' });
    await missouri.getByLabel('Attendance of Missouri').selectOption('excused');
    await missouri.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved: Missouri' }).innerText()).toBe('Saved: Missouri excused.');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/1 attended \(4 people\) · 1 excused · 5 not recorded/);

    // The grid's filter lives in the URL.
    await page.getByLabel(exactly('Show')).selectOption('unrecorded');
    await page.waitForURL(/status=unrecorded/);
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(5);
    await expectAccessible(page, 'an event with its attendance grid');

    const event = await staffApi<{ attendance: { stateCode: string; status: string; attendees: number }[] }>('GET', `/api/events/${eventId}`);
    expect(event.attendance.map((a) => [a.stateCode, a.status, a.attendees]).sort()).toEqual([
      ['AR', 'attended', 4],
      ['MO', 'excused', 0],
    ]);
    await page.close();
  });

  it('adds a timeline activity to the year, which the timeline then shows', async () => {
    const page = await staffPage();
    await open(page, '/admin/years', 'Program years');
    await page.getByRole('link', { name: year.name, exact: true }).click();
    await page.waitForURL(new RegExp(`/admin/years/${year.id}$`));
    await expect.poll(() => page.locator('main h1').innerText()).toBe(year.name);
    await screenshot(page, 'admin-years-desktop');

    await page.getByRole('button', { name: 'Add activity' }).click();
    const form = page.locator('#add-activity');
    await form.getByLabel(exactly('Kind')).selectOption('regional_meeting');
    await form.getByLabel(exactly('Title')).fill('Second regional meeting (Denver)');
    await form.getByLabel('A single day').check();
    await form.getByLabel(exactly('Day')).fill(dayInto(year, 200));
    await expect.poll(() => form.innerText()).toMatch(/Rule checked: Attendance per state/);
    await expectAccessible(page, 'a program year with the new activity form');
    await form.getByRole('button', { name: 'Add activity' }).click();
    await expect.poll(() => form.getByRole('status').innerText()).toBe('Added “Second regional meeting (Denver)” to the timeline.');
    await expect.poll(() => page.locator('main table').getByRole('row', { name: /Second regional meeting \(Denver\)/ }).count()).toBe(1);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await page.waitForURL(/\/timeline/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Second regional meeting \(Denver\)/);
    await page.goto('/timeline?view=table');
    await expect.poll(() => page.locator('main table').innerText()).toMatch(/Second regional meeting \(Denver\)/);
    await page.close();
  });

  it('asks before deleting: a mentoring pair with an exchange, kept on cancel, gone on confirm', async () => {
    const page = await staffPage();
    await open(page, '/admin/mentoring', 'Peer mentoring');
    await page.getByRole('button', { name: 'New pair' }).click();
    const form = page.locator('#add-pair');
    await form.getByLabel('First state').selectOption({ label: 'Hawaii' });
    await form.getByLabel('Second state').selectOption({ label: 'Kentucky' });
    await form.getByLabel('Focus').fill('Engaging employers in rural and island economies.');
    await form.getByRole('button', { name: 'Pair the states' }).click();
    await page.waitForURL(/\/admin\/mentoring\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Hawaii and Kentucky');

    await page.getByLabel(exactly('Date')).fill(dayInto(year, 60));
    await page.getByLabel(exactly('Summary')).fill('A first call between the two state leads.');
    await page.getByRole('button', { name: 'Log exchange' }).click();
    await expect.poll(() => page.locator('main table').innerText()).toMatch(/A first call between the two state leads/);
    await expectAccessible(page, 'a mentoring pair');

    await page.getByRole('button', { name: 'Delete pair' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the pair Hawaii and Kentucky?' });
    await dialog.waitFor();
    await expectAccessible(page, 'the delete confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toMatch(/\/admin\/mentoring\/[0-9a-f-]{36}$/);

    await page.getByRole('button', { name: 'Delete pair' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL(/\/admin\/mentoring\?year=/);
    await expect.poll(() => page.locator('main').innerText()).not.toMatch(/Hawaii and Kentucky/);
    await page.close();
  });

  it('shows the audit trail of those changes, filtered by record type and id in the URL', async () => {
    const page = await staffPage();
    await open(page, '/admin/audit', 'Audit trail');
    await page.getByLabel('Record type').selectOption('user');
    await page.waitForURL(/entity=user/);
    const table = page.locator('main table.audit');
    await expect.poll(() => table.innerText()).toMatch(/Created\s+User/);
    await expect.poll(() => table.innerText()).toMatch(/Jordan Reyes/);
    // A change shows the field before and after.
    expect(await table.innerText()).toMatch(/Andre Coleman[\s\S]*Andre M\. Coleman/);
    await expectAccessible(page, 'the audit trail');

    const [created] = (await staffApi<{ items: { id: string }[] }>('GET', '/api/users?q=jordan')).items;
    await page.getByLabel('Record id').fill(created.id);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL(new RegExp(`entityId=${created.id}`));
    await expect.poll(() => table.locator(':scope > tbody > tr').count()).toBe(1);
    await page.close();
  });

  it('passes an accessibility scan on every admin page', async () => {
    const page = await staffPage();
    const [event] = (await staffApi<{ items: { id: string }[] }>('GET', `/api/events?programYear=${year.id}`)).items;
    const [pair] = (await staffApi<{ items: { id: string }[] }>('GET', `/api/mentoring-pairs?programYear=${year.id}`)).items;
    const [user] = (await staffApi<{ items: { id: string }[] }>('GET', '/api/users?q=nan.dare')).items;
    const pages: [string, string | RegExp][] = [
      ['/admin', 'Administration'],
      ['/admin/years', 'Program years'],
      [`/admin/years/${year.id}`, year.name],
      ['/admin/states', 'States and tiers'],
      ['/admin/team', 'Team members'],
      ['/admin/users', 'Users and roles'],
      [`/admin/users/${user.id}`, 'Nan Dare'],
      ['/admin/pairings', 'Coach–state pairings'],
      ['/admin/events', 'Events and attendance'],
      [`/admin/events/${event.id}`, /./],
      ['/admin/mentoring', 'Peer mentoring'],
      [`/admin/mentoring/${pair.id}`, / and /],
      ['/admin/audit', 'Audit trail'],
    ];
    for (const [path, heading] of pages) {
      await open(page, path, heading);
      await expectAccessible(page, path);
    }
    await page.close();
  }, 300_000);

  it('keeps forms and inline editors accessible, and fits a phone', async () => {
    const page = await staffPage();
    await open(page, '/admin/states', 'States and tiers');
    await page.getByRole('button', { name: 'Add a state' }).click();
    await page.getByRole('button', { name: 'Edit Arkansas' }).click();
    await expectAccessible(page, 'states with the new state form and an edit row');
    await open(page, '/admin/team?state=AR', 'Team members');
    await page.getByRole('button', { name: 'Add a team member' }).click();
    await expectAccessible(page, 'team members with the new member form');
    await open(page, '/admin/events', 'Events and attendance');
    await page.getByRole('button', { name: 'New event' }).click();
    await expectAccessible(page, 'events with the new event form');
    await page.close();

    const [event] = (await staffApi<{ items: { id: string }[] }>('GET', `/api/events?programYear=${year.id}`)).items;
    const phone = await staffPage({ phone: true });
    for (const path of ['/admin', '/admin/pairings', `/admin/years/${year.id}`, `/admin/events/${event.id}`]) {
      await open(phone, path, /./);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll at ${path}`).toBeLessThanOrEqual(1);
    }
    await expectAccessible(phone, 'an event at phone width');
    await phone.context().close();
  }, 120_000);

  it('shows other roles a staff-only page at /admin, without loading admin data', async () => {
    const page = await newPage(browser, app.baseUrl);
    await signIn(page, 'nan.dare@demo.test');
    // The coach's navigation does not offer administration.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).count()).toBe(0);
    const adminCalls: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/(users|audit|participations)/.test(request.url())) adminCalls.push(request.url());
    });
    await open(page, '/admin', 'Administration is for TA project staff');
    expect(await page.getByRole('navigation', { name: 'Administration' }).count()).toBe(0);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/signed in as coach/i);
    await expectAccessible(page, 'the staff-only page');
    await open(page, '/admin/audit', 'Administration is for TA project staff');
    expect(adminCalls).toEqual([]);
    await page.getByRole('link', { name: 'Go to your home page' }).click();
    await page.waitForURL(/\/my-states/);
    await page.context().close();
  });
});
