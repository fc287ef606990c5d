import type { Tx } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import type { Actor } from '../domain/access.ts';

export type AuditAction = 'create' | 'update' | 'delete';

/** Record a write; called with the write's own transaction so the two land or fail together. */
export async function audit(
  tx: Tx,
  actor: Actor | null,
  action: AuditAction,
  entity: string,
  entityId: string,
  before: unknown,
  after: unknown,
  stateCode: string | null = null,
) {
  await tx.insert(auditLog).values({
    actorId: actor?.id ?? null,
    action,
    entity,
    entityId,
    stateCode,
    before: before ?? null,
    after: after ?? null,
  });
}
