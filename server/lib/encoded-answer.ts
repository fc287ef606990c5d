import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

// The same preference as plugins/compress.ts, which compresses every other answer per request.
const encodings = new Negotiator({ supportedValues: ['br', 'gzip', 'identity'], cache: new Map() });
export type Encoding = 'br' | 'gzip';
const compressors: Record<Encoding, (bytes: Buffer) => Buffer> = {
  // Quality 5: a few milliseconds for 200 KB, once; 11 would take a tenth of a second on the request after a write.
  br: (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gzip: (bytes) => gzipSync(bytes),
};

export interface AnswerOptions {
  type?: string;
  /** Forms made ahead (the dashboard's files, compressed at build time). */
  compressed?: Partial<Record<Encoding, Buffer>>;
  /**
   * Headers that belong to the answer, such as a record's ETag: an answer sent as bytes skips the hooks that set
   * them on answers still objects (plugins/concurrency.ts), so it carries its own.
   */
  headers?: Record<string, string>;
}

/**
 * An answer kept as bytes for many requests, with its brotli or gzip form made once, on the first request
 * that accepts it (or given, when the build made them). The 56-state progress answer is 200 KB of JSON and 7 KB
 * gzipped: compressing it per request would cost more than everything else the request does, compressing it once
 * costs nothing per request.
 */
export class EncodedAnswer {
  readonly type: string;
  readonly #compressed: Map<Encoding, Buffer>;
  readonly #headers: Record<string, string>;

  constructor(
    readonly identity: Buffer,
    { type = 'application/json; charset=utf-8', compressed = {}, headers = {} }: AnswerOptions = {},
  ) {
    this.type = type;
    this.#compressed = new Map(Object.entries(compressed) as [Encoding, Buffer][]);
    this.#headers = headers;
  }

  /** Sends the form the client accepts (compressed when it says so, as every browser does; else the plain bytes). */
  send(request: FastifyRequest, reply: FastifyReply) {
    reply.type(this.type).header('vary', 'accept-encoding').headers(this.#headers);
    const header = request.headers['accept-encoding'];
    const encoding = header ? encodings.negotiate(header) : null;
    if (encoding === 'br' || encoding === 'gzip') {
      let bytes = this.#compressed.get(encoding);
      if (!bytes) {
        bytes = compressors[encoding](this.identity);
        this.#compressed.set(encoding, bytes);
      }
      // Marked as encoded, so that the compress plugin leaves it as it is.
      return reply.header('content-encoding', encoding).send(bytes);
    }
    return reply.send(this.identity);
  }
}
