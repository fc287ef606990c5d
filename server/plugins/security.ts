import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface SecurityOptions {
  /** The dashboard's index.html, whose inline boot script the Content-Security-Policy allows by hash. */
  webIndexFile?: string;
}

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'bluetooth=()',
  'browsing-topics=()',
  'publickey-credentials-get=(self)',
  'publickey-credentials-create=(self)',
].join(', ');

/** sha256 hashes of the inline scripts of the dashboard's page, in CSP source form. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

/**
 * Headers (helmet with a strict Content-Security-Policy, Permissions-Policy, and answers not kept by caches
 * unless they say so: what a signed-in user reads must not outlive the session in a shared or browser cache),
 * and no text/plain bodies (a cross-site form can send those without a preflight). Sign-in limits: login-limits.ts.
 */
async function securityPlugin(app: FastifyInstance, opts: SecurityOptions) {
  const scriptHashes = opts.webIndexFile ? inlineScriptHashes(readFileSync(opts.webIndexFile, 'utf8')) : [];
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...scriptHashes],
        // Svelte writes style attributes (bar widths, positions); scripts stay strict.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The API docs page loads its own assets; helmet's cross-origin isolation headers would only get in the way.
    crossOriginEmbedderPolicy: false,
  });

  // Powerful browser features the dashboard never uses stay off, even for a script that got in somehow.
  // Passkeys (WebAuthn) stay allowed on our own origin.
  app.addHook('onSend', async (request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    const etag = reply.hasHeader('etag');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', etag ? 'private, no-cache' : 'no-store');
    // What each reader sees of a record differs (a coach-only note) while its ETag does not: a copy a browser keeps
    // belongs to the credentials that fetched it.
    if (etag && (request.method === 'GET' || request.method === 'HEAD')) {
      const vary = String(reply.getHeader('vary') ?? '');
      reply.header('vary', [vary, 'Cookie', 'Authorization'].filter(Boolean).join(', '));
    }
  });

  app.removeContentTypeParser('text/plain');
}

export default fp(securityPlugin, { name: 'security' });
