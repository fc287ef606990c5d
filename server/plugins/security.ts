import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError } from '../errors.ts';
import { SESSION_COOKIE } from './auth.ts';

export interface SecurityOptions {
  /** The dashboard's index.html, whose inline boot script the Content-Security-Policy allows by hash. */
  webIndexFile?: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** sha256 hashes of the inline scripts of the dashboard's page, in CSP source form. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}

/**
 * Headers (helmet with a strict Content-Security-Policy), the CSRF rule for cookie-authenticated writes,
 * and no text/plain bodies (a cross-site form can send those without a preflight).
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

  app.removeContentTypeParser('text/plain');

  // A browser sends the session cookie with any request to us, even one a hostile page starts. A write
  // that could ride on the cookie must therefore prove it comes from our own pages: the browser says so in
  // Sec-Fetch-Site, or our client sets a header that a cross-site form cannot set without a preflight.
  // A client with neither cookie nor browser headers (a script signing in) has nothing to ride on.
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/') || !request.routeOptions.url) return;
    if (request.headers.authorization) return;
    const site = request.headers['sec-fetch-site'];
    if (site === 'same-origin' || request.headers['x-requested-with'] === 'tracker') return;
    const carriesCookie = (request.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
    if (!carriesCookie && site === undefined) return;
    request.log.warn({ url: request.url, site: site ?? null }, 'refused a cross-site write');
    throw new ForbiddenError('Cross-site request refused: send the X-Requested-With: tracker header or a bearer token');
  });
}

export default fp(securityPlugin, { name: 'security' });
