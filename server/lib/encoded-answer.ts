import { gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

const encodings = new Negotiator({ supportedValues: ['gzip', 'identity'], cache: new Map() });

/**
 * A JSON answer kept as bytes for many requests, with its gzip form made once, on the first request that
 * accepts it. The 56-state progress answer is 200 KB of JSON and 7 KB gzipped: compressing it per request would
 * cost more than everything else the request does, compressing it once costs nothing per request.
 */
export class EncodedAnswer {
  #gzip?: Buffer;

  constructor(readonly identity: Buffer) {}

  /** Sends the form the client accepts (gzip when it says so, as every browser does; else the plain bytes). */
  send(request: FastifyRequest, reply: FastifyReply) {
    reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
    const header = request.headers['accept-encoding'];
    if (header && encodings.negotiate(header) === 'gzip') {
      this.#gzip ??= gzipSync(this.identity);
      return reply.header('content-encoding', 'gzip').send(this.#gzip);
    }
    return reply.send(this.identity);
  }
}
