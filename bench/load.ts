import autocannon from 'autocannon';
import type { MilestoneState } from './capture.ts';
import { type BenchRequest, nextStatus, updatePath } from './endpoints.ts';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Non-2xx answers, socket errors and timeouts: a valid run has none. */
  failures: number;
}

export interface LoadOptions {
  baseUrl: string;
  token: string;
  connections: number;
  seconds: number;
  /**
   * A fixed number of requests instead of a duration: autocannon then waits for every answer, so a run
   * leaves no backlog on a slow server (PGlite answers one query at a time) to slow the next run down.
   */
  amount?: number;
  /** Send a browser's Accept-Encoding. */
  compressed: boolean;
}

/**
 * Waits for the answers autocannon stopped waiting for: /readyz asks the database too, so it queues behind
 * them for a connection, and the next measurement starts on an idle server.
 */
async function drain(baseUrl: string) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function fire(options: LoadOptions, requests: autocannon.Request[]): Promise<LoadResult> {
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
    // A slow answer is a slow answer, not a failure: the table shows it in p99.
    timeout: 60,
    // What a browser sends (the dashboard is the client, and it always accepts compressed answers), unless asked not to.
    headers: { authorization: `Bearer ${options.token}`, ...(options.compressed ? { 'accept-encoding': 'gzip, deflate, br' } : {}) },
    requests,
  });
  await drain(options.baseUrl);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** GETs, cycled in order by every connection. */
export function loadReads(options: LoadOptions, requests: BenchRequest[]): Promise<LoadResult> {
  return fire(
    options,
    requests.map((r) => ({ method: r.method, path: r.path })),
  );
}

/**
 * Status updates, each valid: a request takes a milestone no other request holds, sends the other status of
 * the pair with If-Match of the version it knows, and gives the milestone back with its next version. A run
 * gets milestones no earlier run touched, so that an answer lost when a run stops leaves no stale version.
 */
export function loadUpdates(options: LoadOptions, milestones: MilestoneState[]): Promise<LoadResult> {
  if (milestones.length < options.connections) throw new Error(`need ${options.connections} milestones, have ${milestones.length}`);
  const free = milestones.map((m) => ({ ...m }));
  type Held = { held?: (typeof free)[number]; status?: string };
  return fire(options, [
    {
      method: 'POST',
      setupRequest: (request, context: Held) => {
        const m = free.shift();
        if (!m) return request;
        context.held = m;
        context.status = nextStatus(m.status);
        return {
          ...request,
          path: updatePath(m.id),
          headers: { ...request.headers, 'content-type': 'application/json', 'if-match': `"${m.version}"` },
          body: JSON.stringify({ status: context.status }),
        };
      },
      onResponse: (status, _body, context: Held) => {
        const m = context.held;
        if (!m) return;
        if (status < 300) {
          m.version += 1;
          m.status = context.status as string;
        }
        free.push(m);
      },
    },
  ]);
}
