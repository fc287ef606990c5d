import type { FastifyRequest } from 'fastify';
import { ForbiddenError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** How a request proved who it is: a bearer token it sent itself, the session cookie a browser adds, or nothing. */
export type AuthenticatedBy = 'bearer' | 'cookie' | 'none';

/** The cookies a browser would attach to a request that a hostile page starts. */
const CREDENTIAL_COOKIES = ['tracker_session', 'tracker_refresh'];

const carriesCredentialCookie = (request: FastifyRequest) =>
  (request.headers.cookie ?? '').split(';').some((part) => CREDENTIAL_COOKIES.some((name) => part.trim().startsWith(`${name}=`)));

/**
 * A browser sends our cookies with any request to us, even one a hostile page starts (and so any Authorization
 * it keeps for the site, such as a proxy's Basic credentials). So a write that did not authenticate with a
 * bearer token the client sent itself must prove it comes from our own pages: the browser says so in
 * Sec-Fetch-Site, or our client sets a header that a cross-site form cannot set without a preflight. A client
 * with neither a cookie nor browser headers (a script signing in) has nothing to ride on.
 */
export function refuseCrossSiteWrite(request: FastifyRequest, authenticatedBy: AuthenticatedBy) {
  if (SAFE_METHODS.has(request.method) || authenticatedBy === 'bearer') return;
  const site = request.headers['sec-fetch-site'];
  if (site === 'same-origin' || request.headers['x-requested-with'] === 'tracker') return;
  if (!carriesCredentialCookie(request) && site === undefined) return;
  request.log.warn({ route: request.routeOptions.url, site: site ?? null }, 'refused a cross-site write');
  throw new ForbiddenError('Cross-site request refused: send the X-Requested-With: tracker header or a bearer token');
}
