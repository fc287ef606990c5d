/**
 * Slow clients over a real socket: a body that stalls or trickles, headers that never end, a connection that
 * sends nothing, a kept-alive connection left idle. Each is cut off within its limit. The app runs with the
 * limits shortened (same mechanism, smaller numbers) so that the file takes seconds; the production defaults
 * are checked to cut any request off within 30 s.
 */
import { type Socket, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.ts';
import { type BuiltApp, buildApp } from '../../server/app.ts';
import { randomSecret } from '../../server/config.ts';
import { type HttpLimits, defaultHttpLimits } from '../../server/lib/http-limits.ts';
import { freshDatabase } from '../helpers/test-db.ts';

const limits: HttpLimits = { headersMs: 800, requestMs: 1_500, checkEveryMs: 100, idleSocketMs: 1_000, keepAliveMs: 700 };
/** Time for the event loop and two busy cores on top of a limit; far below what an unlimited server allows. */
const SLACK_MS = 1_500;
/** How long a test watches a socket before calling it never closed. */
const WATCH_MS = limits.requestMs + 4_000;

let handle: DbHandle;
let app: BuiltApp;
let port = 0;

async function startApp(httpLimits?: HttpLimits) {
  const built = await buildApp({
    config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'test', logLevel: 'silent', webDir: '' },
    db: handle,
    logger: false,
    httpLimits,
  });
  await built.listen({ port: 0, host: '127.0.0.1' });
  return built;
}

beforeAll(async () => {
  handle = await freshDatabase();
  app = await startApp(limits);
  port = (app.server.address() as { port: number }).port;
});

afterAll(async () => {
  await app.close();
  await handle.close();
});

interface Watched {
  socket: Socket;
  /** Resolves with the milliseconds until the server closed the socket, or null if it stayed open for WATCH_MS. */
  closed: Promise<number | null>;
  received(): string;
  /** performance.now() when the first bytes of an answer arrived (0 before). */
  answeredAt(): number;
  /** performance.now() when the server closed the socket (0 before). */
  closedAt(): number;
}

/** Opens a socket to the app and watches for the server closing it. */
function open(): Promise<Watched> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let answeredAt = 0;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answeredAt ||= performance.now();
      received += chunk;
    });
    socket.once('error', reject);
    socket.once('connect', () => {
      const began = performance.now();
      let closedAt = 0;
      const closed = new Promise<number | null>((done) => {
        const watch = setTimeout(() => done(null), WATCH_MS);
        socket.once('close', () => {
          clearTimeout(watch);
          done(performance.now() - began);
          closedAt = performance.now();
        });
      });
      // A reset by the server is one way of closing; it is not a failure of the test.
      socket.on('error', () => {});
      resolve({ socket, closed, received: () => received, answeredAt: () => answeredAt, closedAt: () => closedAt });
    });
  });
}

/** Writes `text` one byte at a time, every `everyMs`, until the socket closes. */
function trickle(socket: Socket, text: string, everyMs: number) {
  let index = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || index >= text.length) return clearInterval(timer);
    socket.write(text[index]);
    index += 1;
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}

const loginHeaders = (contentLength: number) =>
  `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${contentLength}\r\n\r\n`;
const body100 = JSON.stringify({ email: 'someone@example.org', password: 'x'.repeat(55) });

describe('slow clients on POST /api/auth/login, over a real socket', () => {
  it('closes a connection whose body stalls after the headers (Content-Length: 100, then nothing)', async () => {
    const watched = await open();
    watched.socket.write(loginHeaders(100));
    const after = await watched.closed;
    expect(after, 'still open').not.toBeNull();
    expect(after).toBeLessThan(limits.requestMs + SLACK_MS);
  });

  it('closes a connection whose body trickles in a byte at a time, each within the idle limit', async () => {
    expect(body100).toHaveLength(100);
    const watched = await open();
    watched.socket.write(loginHeaders(100));
    // A byte every 250 ms never leaves the socket idle for 1 s; only the whole-request limit cuts it off.
    trickle(watched.socket, body100, 250);
    const after = await watched.closed;
    expect(after, 'still open').not.toBeNull();
    expect(after).toBeGreaterThanOrEqual(limits.requestMs - 50);
    expect(after).toBeLessThan(limits.requestMs + SLACK_MS);
    expect(watched.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection whose headers trickle in and never end', async () => {
    const watched = await open();
    watched.socket.write('POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    trickle(watched.socket, `X-Slow: ${'a'.repeat(200)}`, 200);
    const after = await watched.closed;
    expect(after, 'still open').not.toBeNull();
    expect(after).toBeLessThan(limits.headersMs + SLACK_MS);
    expect(watched.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection that sends nothing at all', async () => {
    const watched = await open();
    const after = await watched.closed;
    expect(after, 'still open').not.toBeNull();
    expect(after).toBeLessThan(Math.max(limits.headersMs, limits.idleSocketMs) + SLACK_MS);
  });

  it('answers a request sent in good time, then closes the kept-alive connection once idle', async () => {
    const watched = await open();
    watched.socket.write(loginHeaders(100) + body100);
    const after = await watched.closed;
    // Wrong credentials: the request was read and answered (401), not cut off.
    expect(watched.received()).toMatch(/^HTTP\/1\.1 401 /);
    expect(after, 'still open').not.toBeNull();
    const idleFor = watched.closedAt() - watched.answeredAt();
    expect(idleFor).toBeGreaterThanOrEqual(limits.keepAliveMs - 50);
    expect(idleFor).toBeLessThan(limits.keepAliveMs + SLACK_MS);
  });
});

describe('a kept-alive connection behind a reverse proxy', () => {
  it('takes a second request after idling longer than the header, request and idle-socket limits (the proxy reuses it)', async () => {
    const proxyLike = await startApp({ ...limits, keepAliveMs: 4_000 });
    try {
      const proxyPort = (proxyLike.server.address() as { port: number }).port;
      const socket = connect(proxyPort, '127.0.0.1');
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (received += chunk));
      await new Promise((resolve) => socket.once('connect', resolve));
      const answers = () => received.match(/HTTP\/1\.1 401 /g)?.length ?? 0;
      const waitFor = async (count: number) => {
        const until = performance.now() + 5_000;
        while (answers() < count && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      };
      socket.write(loginHeaders(100) + body100);
      await waitFor(1);
      expect(answers()).toBe(1);
      // Idle past every limit but the keep-alive one: an idle connection is not a slow request.
      await new Promise((resolve) => setTimeout(resolve, Math.max(limits.headersMs, limits.requestMs, limits.idleSocketMs) + 500));
      expect(socket.destroyed).toBe(false);
      socket.write(loginHeaders(100) + body100);
      await waitFor(2);
      expect(answers()).toBe(2);
      socket.destroy();
    } finally {
      await proxyLike.close();
    }
  });
});

describe('the production limits', () => {
  it('cut off any request within 30 s and its headers within 20 s, and outlast a proxy’s 60 s keep-alive', () => {
    expect(defaultHttpLimits.requestMs + defaultHttpLimits.checkEveryMs).toBeLessThanOrEqual(30_000);
    expect(defaultHttpLimits.headersMs + defaultHttpLimits.checkEveryMs).toBeLessThanOrEqual(20_000);
    expect(defaultHttpLimits.idleSocketMs).toBeLessThanOrEqual(30_000);
    expect(defaultHttpLimits.keepAliveMs).toBeGreaterThan(60_000);
  });

  it('are the ones an app built without options applies to its server', async () => {
    const built = await buildApp({
      config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'test', logLevel: 'silent', webDir: '' },
      db: handle,
      logger: false,
    });
    try {
      await built.ready();
      expect(built.server.requestTimeout).toBe(defaultHttpLimits.requestMs);
      expect(built.server.headersTimeout).toBe(defaultHttpLimits.headersMs);
      expect(built.server.timeout).toBe(defaultHttpLimits.idleSocketMs);
      expect(built.server.keepAliveTimeout).toBe(defaultHttpLimits.keepAliveMs);
    } finally {
      await built.close();
    }
  });
});
