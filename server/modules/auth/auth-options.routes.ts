import { and, eq, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { users } from '../../../db/schema/index.ts';
import type { App } from '../../lib/types.ts';

/**
 * The demo data's staff account (db/demo.ts). Addresses under `.test` cannot exist on the internet (RFC 2606),
 * so a database that never had the demo data never holds it.
 */
export const DEMO_STAFF_EMAIL = 'staff@demo.test';

/** What the sign-in page offers; later ways in (single sign-on) join this object. */
export const SignInOptions = Type.Object(
  {
    demoAccounts: Type.Boolean({ description: 'The demo accounts (password `demo-password`) are in this database and may sign in' }),
  },
  { additionalProperties: false },
);

export default async function authOptionsRoutes(app: App) {
  app.get(
    '/api/auth/options',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'How the sign-in page may offer to sign in (no sign-in needed)',
        security: [],
        response: { 200: SignInOptions },
      },
    },
    // Asked of the database, not of DEMO_DATA: that setting only says whether to load the demo data into an
    // empty database, while the accounts stay (or were loaded by db:seed-demo) whatever it says now.
    async (_request, reply) => {
      const demoStaff = await app.db
        .select({ id: users.id })
        .from(users)
        .where(and(sql`lower(${users.email}) = ${DEMO_STAFF_EMAIL}`, eq(users.active, true)))
        .limit(1);
      reply.header('cache-control', 'no-store');
      return { demoAccounts: demoStaff.length > 0 };
    },
  );
}
