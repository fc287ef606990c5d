import { makeBareYear } from './factories-setup.ts';
import type { RouteCase, Scope } from './permission-cases.ts';

/**
 * Permission-matrix cases for starting the next program year: staff only (403 for every other role).
 * Each build makes a source year of its own, a century apart from the rest, so no rollover clashes.
 */
const none: Scope[] = ['none'];
let nextStart = 2200;
const freshSource = async (db: Parameters<typeof makeBareYear>[0]) => {
  const start = (nextStart += 3);
  return (await makeBareYear(db, `${start}-08-01`, `${start + 1}-08-31`)).id;
};

export const rolloverRouteCases: Record<string, RouteCase> = {
  'GET /api/program-years/{id}/rollover': {
    area: 'staff_only',
    action: 'read',
    scopes: none,
    build: async (f) => ({ url: `/api/program-years/${await freshSource(f.t.db)}/rollover` }),
  },
  'POST /api/program-years/{id}/rollover': {
    area: 'staff_only',
    action: 'write',
    scopes: none,
    build: async (f) => ({ url: `/api/program-years/${await freshSource(f.t.db)}/rollover`, body: {} }),
  },
};
