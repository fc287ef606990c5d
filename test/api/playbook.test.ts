import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedPlaybookIfEmpty, playbookSeed } from '../../db/playbook-seed.ts';
import { auditLog, callResources, playbookEntries } from '../../db/schema/index.ts';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { MISSING_ID, callerFor, makeCast } from '../helpers/factories-assessment.ts';
import { makeCall, makeState, makeYear } from '../helpers/factories.ts';
import { makeBaseline, makeEntry } from '../helpers/factories-playbook.ts';

let t: TestApp;
let as: ReturnType<typeof callerFor>;
let cast: Awaited<ReturnType<typeof makeCast>>;
let yearId: string;
let track: { id: string };
let trust: { id: string };
let survey: { id: string };

type EntryBody = { id: string; title: string; stateCode: string | null; domains: { key: string }[]; version: number; matchedDomains?: string[] };
const titles = (res: { json(): { items: EntryBody[] } }) => res.json().items.map((e) => e.title);

beforeAll(async () => {
  t = await buildTestApp();
  as = callerFor(t);
  yearId = (await makeYear(t.db)).id;
  cast = await makeCast(t.db, yearId);
  await makeState(t.db, 'KY', 'Kentucky');
  track = await makeEntry(t.db, { title: 'Kentucky TRACK pre-apprenticeship', stateCode: 'KY', summary: 'Employers lead a youth apprenticeship', domainKeys: ['employers', 'programs'] });
  trust = await makeEntry(t.db, { title: 'Career Pathways Trust', summary: 'Competitive grants braided with existing funding', domainKeys: ['funding', 'partnerships', 'employers'] });
  survey = await makeEntry(t.db, { title: 'Measuring readiness in accountability', domainKeys: ['measurement'] });
});

describe('GET /api/playbook', () => {
  it('lists every entry to every signed-in role, with its domains, and 401 without a token', async () => {
    for (const user of [cast.staff, cast.coach, cast.otherCoach, cast.lead, cast.member]) {
      const res = await as(user, 'GET', '/api/playbook');
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toBe(3);
    }
    const res = await as(cast.member, 'GET', '/api/playbook');
    expect(res.json().items.find((e: EntryBody) => e.id === track.id)).toMatchObject({ stateCode: 'KY', stateName: 'Kentucky', domains: [{ key: 'employers', title: 'Identify industry sectors and engage employers' }, { key: 'programs' }] });
    expect((await as(null, 'GET', '/api/playbook')).statusCode).toBe(401);
  });

  it('filters by domain key, state and words (stemmed), and pages', async () => {
    expect(titles(await as(cast.lead, 'GET', '/api/playbook?domain=employers'))).toEqual(['Career Pathways Trust', 'Kentucky TRACK pre-apprenticeship']);
    expect(titles(await as(cast.lead, 'GET', '/api/playbook?state=ky'))).toEqual(['Kentucky TRACK pre-apprenticeship']);
    expect(titles(await as(cast.lead, 'GET', '/api/playbook?q=braiding'))).toEqual(['Career Pathways Trust']);
    expect(titles(await as(cast.lead, 'GET', '/api/playbook?q=TRAC'))).toEqual(['Kentucky TRACK pre-apprenticeship']);
    const paged = await as(cast.lead, 'GET', '/api/playbook?limit=1&offset=1');
    expect(paged.json()).toMatchObject({ total: 3, items: [{ title: 'Kentucky TRACK pre-apprenticeship' }] });
    expect((await as(cast.lead, 'GET', '/api/playbook?domain=Not A Key')).statusCode).toBe(400);
  });

  it('answers the domains entries are filed under', async () => {
    const res = await as(cast.member, 'GET', '/api/playbook/domains');
    expect(res.json().items.map((d: { key: string }) => d.key)).toEqual(['partnerships', 'employers', 'programs', 'funding', 'policies', 'measurement']);
  });
});

describe('GET /api/playbook/:id', () => {
  it('reads one entry with an ETag, and 404 for a missing one', async () => {
    const res = await as(cast.member, 'GET', `/api/playbook/${trust.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect((await as(cast.member, 'GET', `/api/playbook/${MISSING_ID}`)).statusCode).toBe(404);
  });
});

describe('writing the playbook', () => {
  it('lets staff create an entry with domains, audited; coaches and state users get 403', async () => {
    const body = { title: 'Regional consortia', stateCode: 'ia', summary: 'Joint decisions on Perkins funds', url: 'https://example.org/consortia', domains: ['funding', 'partnerships'] };
    for (const user of [cast.coach, cast.lead, cast.member]) expect((await as(user, 'POST', '/api/playbook', body)).statusCode).toBe(403);
    const res = await as(cast.staff, 'POST', '/api/playbook', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ title: 'Regional consortia', stateCode: 'IA', url: 'https://example.org/consortia', version: 1, domains: [{ key: 'partnerships' }, { key: 'funding' }] });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, res.json().id));
    expect(audits.map((a) => [a.entity, a.action])).toEqual([['playbook_entry', 'create']]);
  });

  it('refuses unknown domains, unknown states, bad links and empty titles with 400', async () => {
    for (const body of [
      { title: 'X', domains: ['astrology'] },
      { title: 'X', stateCode: 'ZZ' },
      { title: 'X', url: 'javascript:alert(1)' },
      { title: '' },
      { title: 'X', surprise: true },
    ]) {
      const res = await as(cast.staff, 'POST', '/api/playbook', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().message).toBeTruthy();
    }
  });

  it('updates with the version read (428 without, 412 with the current entry when stale) and replaces domains', async () => {
    const entry = await makeEntry(t.db, { title: 'Draft', domainKeys: ['policies'] });
    expect((await as(cast.staff, 'PATCH', `/api/playbook/${entry.id}`, { title: 'Final' })).statusCode).toBe(428);
    expect((await as(cast.coach, 'PATCH', `/api/playbook/${entry.id}`, { title: 'Final', version: 1 })).statusCode).toBe(403);
    const ok = await as(cast.staff, 'PATCH', `/api/playbook/${entry.id}`, { title: 'Final', domains: ['measurement'], stateCode: 'AR', version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Final', version: 2, stateCode: 'AR', domains: [{ key: 'measurement' }] });
    const stale = await as(cast.staff, 'PATCH', `/api/playbook/${entry.id}`, { summary: 'late', version: 1 });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().current).toMatchObject({ title: 'Final', version: 2 });
    const cleared = await as(cast.staff, 'PATCH', `/api/playbook/${entry.id}`, { stateCode: null, version: 2 });
    expect(cleared.json()).toMatchObject({ stateCode: null, stateName: null, domains: [{ key: 'measurement' }] });
  });

  it('deletes as staff only, detaching it from calls', async () => {
    const entry = await makeEntry(t.db, { title: 'Short-lived' });
    const call = await makeCall(t.db, yearId, 'AR');
    await t.db.insert(callResources).values({ callId: call.id, entryId: entry.id });
    expect((await as(cast.coach, 'DELETE', `/api/playbook/${entry.id}`)).statusCode).toBe(403);
    expect((await as(cast.staff, 'DELETE', `/api/playbook/${entry.id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(callResources).where(eq(callResources.entryId, entry.id))).toEqual([]);
    expect((await as(cast.staff, 'DELETE', `/api/playbook/${entry.id}`)).statusCode).toBe(404);
  });
});

describe('resources shared on a call', () => {
  it('lets the paired coach attach and detach entries; the state team reads them', async () => {
    const call = await makeCall(t.db, yearId, 'AR');
    const url = `/api/calls/${call.id}/resources`;
    const first = await as(cast.coach, 'POST', url, { entryId: track.id });
    expect(first.statusCode).toBe(201);
    expect(titles(first)).toEqual(['Kentucky TRACK pre-apprenticeship']);
    expect((await as(cast.coach, 'POST', url, { entryId: track.id })).statusCode).toBe(200);
    expect((await as(cast.staff, 'POST', url, { entryId: trust.id })).statusCode).toBe(201);
    const read = await as(cast.member, 'GET', url);
    expect(read.json()).toMatchObject({ total: 2 });
    expect(titles(read)).toEqual(['Kentucky TRACK pre-apprenticeship', 'Career Pathways Trust']);
    expect((await as(cast.coach, 'DELETE', `${url}/${track.id}`)).statusCode).toBe(204);
    expect((await as(cast.coach, 'DELETE', `${url}/${track.id}`)).statusCode).toBe(404);
    expect(titles(await as(cast.lead, 'GET', url))).toEqual(['Career Pathways Trust']);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entity, 'call_resource'));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'create', 'delete']);
  });

  it('keeps other states’ calls out of reach (404) and state users from sharing (403)', async () => {
    const theirs = await makeCall(t.db, yearId, 'IA');
    const ours = await makeCall(t.db, yearId, 'AR');
    expect((await as(cast.coach, 'GET', `/api/calls/${theirs.id}/resources`)).statusCode).toBe(404);
    expect((await as(cast.coach, 'POST', `/api/calls/${theirs.id}/resources`, { entryId: track.id })).statusCode).toBe(404);
    expect((await as(cast.lead, 'POST', `/api/calls/${ours.id}/resources`, { entryId: track.id })).statusCode).toBe(403);
    expect((await as(cast.coach, 'POST', `/api/calls/${ours.id}/resources`, { entryId: MISSING_ID })).statusCode).toBe(400);
    expect((await as(cast.coach, 'POST', `/api/calls/${ours.id}/resources`, { entryId: 'nope' })).statusCode).toBe(400);
  });
});

describe('GET /api/states/:code/playbook', () => {
  it('lists the entries serving the baseline’s priority domains, those serving more first', async () => {
    await makeBaseline(t.db, yearId, 'AR', { priorities: ['employers', 'funding'] });
    const res = await as(cast.member, 'GET', `/api/states/ar/playbook?programYear=${yearId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.priorities.map((p: { key: string }) => p.key)).toEqual(['employers', 'funding']);
    expect(body.items.map((e: EntryBody) => [e.title, e.matchedDomains])).toEqual([
      ['Career Pathways Trust', ['employers', 'funding']],
      ['Kentucky TRACK pre-apprenticeship', ['employers']],
      ['Regional consortia', ['funding']],
    ]);
    expect(body.items.map((e: EntryBody) => e.id)).not.toContain(survey.id);
  });

  it('answers no priorities and no entries for a state without a baseline', async () => {
    const res = await as(cast.leadIA, 'GET', `/api/states/IA/playbook?programYear=${yearId}`);
    expect(res.json()).toMatchObject({ stateCode: 'IA', assessmentId: null, priorities: [], items: [], total: 0 });
  });

  it('hides other states (404), and wants a real program year (400)', async () => {
    expect((await as(cast.coach, 'GET', `/api/states/IA/playbook?programYear=${yearId}`)).statusCode).toBe(404);
    expect((await as(cast.lead, 'GET', `/api/states/IA/playbook?programYear=${yearId}`)).statusCode).toBe(404);
    expect((await as(cast.staff, 'GET', `/api/states/ZZ/playbook?programYear=${yearId}`)).statusCode).toBe(404);
    expect((await as(cast.staff, 'GET', `/api/states/AR/playbook?programYear=${MISSING_ID}`)).statusCode).toBe(400);
    expect((await as(cast.staff, 'GET', '/api/states/AR/playbook')).statusCode).toBe(400);
  });
});

describe('the starting library', () => {
  it('loads the seed entries into an empty library once, with their domains and the states that exist', async () => {
    const fresh = await buildTestApp();
    await makeState(fresh.db, 'KY', 'Kentucky');
    expect(await seedPlaybookIfEmpty(fresh.db)).toBe(true);
    expect(await seedPlaybookIfEmpty(fresh.db)).toBe(false);
    const rows = await fresh.db.select().from(playbookEntries);
    expect(rows).toHaveLength(playbookSeed.length);
    expect(rows.filter((r) => r.stateCode).map((r) => r.stateCode)).toEqual(['KY']);
    const staffUser = (await import('../helpers/factories.ts')).makeUser(fresh.db, 'staff');
    const res = await fresh.call(await fresh.tokenFor(await staffUser), 'GET', '/api/playbook?domain=measurement');
    expect(res.json().items.map((e: EntryBody) => e.title).sort()).toEqual(
      playbookSeed.filter((e) => e.domainKeys.includes('measurement')).map((e) => e.title).sort(),
    );
  });
});
