import { request } from 'node:http';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import inFlightPlugin from '../../server/plugins/in-flight.ts';

/** A server whose /slow handler runs until the test lets it finish. */
async function serverWithSlowRoute(graceMs: number) {
  const app = Fastify({ logger: false });
  await app.register(inFlightPlugin, { graceMs });
  let entered!: () => void;
  const started = new Promise<void>((resolve) => (entered = resolve));
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let handlerDone = false;
  app.get('/slow', async () => {
    entered();
    await finished;
    handlerDone = true;
    return { ok: true };
  });
  app.get('/fast', async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { app, port, started, finish, handlerDone: () => handlerDone };
}

/** Sends a request and hangs up as soon as the handler has begun, as a client that gave up would. */
function requestAndLeave(port: number, path: string, started: Promise<void>) {
  const req = request({ port, host: '127.0.0.1', path });
  req.on('error', () => {});
  req.end();
  return started.then(() => req.destroy());
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('closing the app', () => {
  it('waits for a handler whose client has gone, so the database is not closed under it', async () => {
    const server = await serverWithSlowRoute(10_000);
    await requestAndLeave(server.port, '/slow', server.started);
    let closed = false;
    const closing = server.app.close().then(() => (closed = true));
    await tick(150);
    expect(closed).toBe(false);
    server.finish();
    await closing;
    expect(server.handlerDone()).toBe(true);
  });

  it('closes at once when nothing is running, after answered requests', async () => {
    const server = await serverWithSlowRoute(10_000);
    const answer = await fetch(`http://127.0.0.1:${server.port}/fast`);
    expect(answer.status).toBe(200);
    const began = performance.now();
    await server.app.close();
    expect(performance.now() - began).toBeLessThan(5_000);
  });

  it('gives up waiting after the grace period', async () => {
    const server = await serverWithSlowRoute(200);
    await requestAndLeave(server.port, '/slow', server.started);
    await server.app.close();
    expect(server.handlerDone()).toBe(false);
    server.finish();
  });
});
