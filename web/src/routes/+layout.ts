import type { LayoutLoad } from './$types';

// A single-page app: the Fastify server serves the built files and answers index.html for deep links.
export const ssr = false;
export const prerender = false;

export const load = (() => ({})) satisfies LayoutLoad;
