import { desc, eq, gte, lte, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { auditLog, users } from '../../../db/schema/index.ts';
import { ForbiddenError } from '../../errors.ts';
import { allOf, countRows, page, paginate } from '../../lib/records.ts';
import { ErrorBody, IsoDay, Nullable, Page, StateCode, Uuid, listQuery } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';

const AuditQuery = Type.Object(
  {
    ...listQuery,
    entity: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z_]+$' })),
    entityId: Type.Optional(Type.String({ maxLength: 64 })),
    actor: Type.Optional(Uuid),
    state: Type.Optional(StateCode),
    from: Type.Optional(IsoDay),
    to: Type.Optional(IsoDay),
  },
  { additionalProperties: false },
);

const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  action: Type.String(),
  entity: Type.String(),
  entityId: Type.String(),
  stateCode: Nullable(Type.String()),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

/** The audit trail: staff read the history of any record (who, when, before and after). */
export default async function auditRoutes(app: App) {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit trail, newest first (staff only)',
        querystring: AuditQuery,
        response: { 200: Page(AuditEntry), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      if (request.actor.role !== 'staff') throw new ForbiddenError('Only TA staff read the audit trail');
      const q = request.query;
      const where = allOf(
        q.entity ? eq(auditLog.entity, q.entity) : undefined,
        q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
        q.actor ? eq(auditLog.actorId, q.actor) : undefined,
        q.state ? eq(auditLog.stateCode, q.state.toUpperCase()) : undefined,
        q.from ? gte(auditLog.at, sql`${q.from}::date`) : undefined,
        q.to ? lte(auditLog.at, sql`(${q.to}::date + 1)`) : undefined,
      );
      const rows = paginate(
        app.db
          .select({ entry: auditLog, actorName: users.name })
          .from(auditLog)
          .leftJoin(users, eq(users.id, auditLog.actorId))
          .where(where)
          .orderBy(desc(auditLog.id))
          .$dynamic(),
        q,
      ).then((list) => list.map((r) => ({ ...r.entry, actorName: r.actorName })));
      return page(rows, countRows(app.db, auditLog, where));
    },
  );
}
