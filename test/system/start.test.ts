/**
 * The README's start command, for real: a server process on a fresh embedded data folder loads the demo
 * data and the playbook's entries, answers as the brief says, keeps what was written across a stop and a
 * start, seeds only what a later start finds missing, and says how long it took to become ready.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbookSeed } from '../../db/playbook-seed.ts';
import { freePort } from '../helpers/free-port.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'tracker-start-'));
// A stand-in dashboard build, so that serving the single-page app beside /api is part of the real start.
const webDir = path.join(dataDir, 'web');
mkdirSync(webDir);
writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>dashboard-marker</title>');
writeFileSync(path.join(webDir, 'app.js'), 'console.log(1)');
mkdirSync(path.join(webDir, '_app', 'immutable'), { recursive: true });
writeFileSync(path.join(webDir, '_app', 'immutable', 'entry.js'), 'console.log(2)');
let port = 0;
let server: ServerProcess | undefined;
const base = () => `http://127.0.0.1:${port}`;


/** Starts the server on the same port and data folder, and resolves with the milliseconds until /readyz answers 200. */
async function start(): Promise<number> {
  server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', WEB_DIR: webDir }, { port });
  return server.readyAfterMs;
}

const stop = async () => server?.stop();

async function signIn(email: string) {
  const res = await fetch(`${base()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-password' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

const get = (token: string, url: string) => fetch(`${base()}${url}`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  port = await freePort();
});

afterAll(async () => {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on an empty embedded database', () => {
  let firstStartMs = 0;

  it('initialises, migrates and loads the demo data, then answers /readyz', async () => {
    firstStartMs = await start();
    console.log(`first start to /readyz: ${Math.round(firstStartMs)} ms`);
    expect(firstStartMs).toBeGreaterThan(0);
    const log = server?.log() ?? '';
    expect(log).toMatch(/\[start\] \d+ ms: initialising a new embedded database/);
    expect(log).toContain('loaded the demo data (empty database)');
    expect(log).toContain('loaded the playbook’s starting entries (empty library)');
  });

  it('seeds the playbook’s starting entries', async () => {
    const token = await signIn('staff@demo.test');
    const library = (await (await get(token, '/api/playbook?limit=500')).json()) as { total: number };
    expect(library.total).toBe(playbookSeed.length);
  });

  it('serves the dashboard beside the API: files, deep links to pages, and JSON 404s for the rest', async () => {
    const home = await fetch(`${base()}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('dashboard-marker');
    const deepLink = await fetch(`${base()}/states/AR?programYear=x`);
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers.get('content-type')).toMatch(/text\/html/);
    expect(await deepLink.text()).toContain('dashboard-marker');
    expect((await fetch(`${base()}/app.js`)).status).toBe(200);
    const asset = await fetch(`${base()}/_app/immutable/entry.js`);
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log(2)');
    const missingFile = await fetch(`${base()}/missing.js`);
    expect(missingFile.status).toBe(404);
    const missingAsset = await fetch(`${base()}/_app/immutable/missing.js`);
    expect(missingAsset.status).toBe(404);
    expect(await missingAsset.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
    const missingApi = await fetch(`${base()}/api/nothing-here`);
    expect(missingApi.status).toBe(404);
    expect(await missingApi.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('shows a coach exactly their paired states and hides the others behind 404', async () => {
    const token = await signIn('nan.dare@demo.test');
    const states = (await (await get(token, '/api/states')).json()) as { items: { code: string }[] };
    expect(states.items.map((s) => s.code).sort()).toEqual(['AR', 'HI']);
    expect((await get(token, '/api/states/IA')).status).toBe(404);
  });

  it('shows staff the five intensive states with per-month call status', async () => {
    const token = await signIn('staff@demo.test');
    const progress = (await (await get(token, '/api/progress?tier=intensive')).json()) as {
      states: { stateCode: string; health: string; months: { callStatus: string }[] }[];
    };
    expect(progress.states.map((s) => s.stateCode).sort()).toEqual(['AR', 'HI', 'IA', 'MI', 'NE']);
    for (const state of progress.states) {
      expect(state.months).toHaveLength(13);
      expect(state.months.some((m) => m.callStatus === 'held')).toBe(true);
    }
    const health = Object.fromEntries(progress.states.map((s) => [s.stateCode, s.health]));
    expect(health.NE).toBe('behind');
    expect(health.AR).toBe('on_track');
    expect(progress.states.find((s) => s.stateCode === 'HI')!.months.some((m) => m.callStatus === 'missed')).toBe(true);
  });

  it('keeps what was written across a stop and a start', async () => {
    const token = await signIn('nan.dare@demo.test');
    const me = (await (await get(token, '/api/progress')).json()) as { programYear: { id: string } };
    const created = await fetch(`${base()}/api/calls`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ programYearId: me.programYear.id, stateCode: 'AR', kind: 'planning', status: 'scheduled', date: '2027-01-12', agenda: 'Persistence check' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await stop();
    const restartMs = await start();
    console.log(`restart on an existing data folder to /readyz: ${Math.round(restartMs)} ms`);
    expect(server?.log()).toContain('database has data; demo data not loaded');
    expect(server?.log()).not.toContain('playbook');
    const again = await get(await signIn('nan.dare@demo.test'), `/api/calls/${id}`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { agenda: string }).agenda).toBe('Persistence check');
  });

  it('seeds an emptied playbook again at the next start, and only the playbook', async () => {
    const token = await signIn('staff@demo.test');
    const library = (await (await get(token, '/api/playbook?limit=500')).json()) as { items: { id: string }[] };
    for (const entry of library.items) {
      const removed = await fetch(`${base()}/api/playbook/${entry.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
      expect(removed.status).toBe(204);
    }
    await stop();
    await start();
    expect(server?.log()).toContain('database has data; demo data not loaded');
    expect(server?.log()).toContain('loaded the playbook’s starting entries (empty library)');
    const again = (await (await get(await signIn('staff@demo.test'), '/api/playbook?limit=500')).json()) as { total: number };
    expect(again.total).toBe(playbookSeed.length);
  });
});
