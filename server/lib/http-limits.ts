/**
 * How long the HTTP server waits for a client, in one place. Without these a client that sends headers with
 * `Content-Length: 100` and then nothing (or a byte every few seconds) holds a socket open indefinitely:
 * Fastify sets Node's `requestTimeout` to 0 (off) unless told otherwise.
 */
import type { FastifyHttpOptions } from 'fastify';
import type { Server } from 'node:http';

export interface HttpLimits {
  /** From the first byte of a request until its headers are complete (Node's `headersTimeout`). */
  headersMs: number;
  /** From the first byte of a request until its body is complete (Node's `requestTimeout`). */
  requestMs: number;
  /**
   * How often Node looks for requests past those two limits (`connectionsCheckingInterval`, 30 s by default,
   * which alone would let a stalled request live up to a minute): a request is cut off within its limit plus this.
   */
  checkEveryMs: number;
  /** A socket silent this long while a request is read or answered is closed (Fastify's `connectionTimeout`). */
  idleSocketMs: number;
  /**
   * A kept-alive connection with no request in flight is closed after this (`keepAliveTimeout`). Longer than a
   * reverse proxy's own idle timeout for connections to us (nginx's upstream `keepalive_timeout` and most cloud
   * load balancers: 60 s), so that the proxy, not the app, closes them: otherwise the proxy may send a request
   * on a connection the app is closing at that moment, and its client gets a 502.
   */
  keepAliveMs: number;
}

/** A slow client is cut off within 30 s in all (28 s + one 2 s check), its headers within 17 s. */
export const defaultHttpLimits: HttpLimits = {
  headersMs: 15_000,
  requestMs: 28_000,
  checkEveryMs: 2_000,
  idleSocketMs: 30_000,
  keepAliveMs: 72_000,
};

/** The Fastify server options that apply the limits (Fastify passes `http` to Node's `http.createServer`). */
export function httpServerOptions(limits: HttpLimits): Pick<FastifyHttpOptions<Server>, 'connectionTimeout' | 'keepAliveTimeout' | 'requestTimeout' | 'http'> {
  return {
    // Fastify assigns these to the server after creating it (requestTimeout included, so it cannot go in `http`).
    requestTimeout: limits.requestMs,
    connectionTimeout: limits.idleSocketMs,
    keepAliveTimeout: limits.keepAliveMs,
    http: { headersTimeout: limits.headersMs, connectionsCheckingInterval: limits.checkEveryMs },
  };
}
