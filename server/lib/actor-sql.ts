import { type Placeholder, sql } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import type { Actor, Role } from '../domain/access.ts';

/**
 * How a user becomes an Actor: the columns to select and the mapping. Shared by sign-in (auth plugin)
 * and the calendar feed, whose token stands in for a session, so both see exactly the same scope.
 */
export const actorColumns = (todayIso: string | Placeholder) => ({
  id: users.id,
  role: users.role,
  stateCode: users.stateCode,
  // A coach's states are those of their current pairings (open-ended or ending today or later).
  pairedStates: sql<string[]>`coalesce((
    select array_agg(distinct p.state_code) from pairings p
    where p.coach_id = ${users.id} and (p.ends_on is null or p.ends_on >= ${todayIso})
  ), '{}')`,
});

export function toActor(row: { id: string; role: string; stateCode: string | null; pairedStates: string[] | null }): Actor {
  return {
    id: row.id,
    role: row.role as Role,
    stateCode: row.stateCode,
    pairedStates: row.role === 'coach' ? (row.pairedStates ?? []).map((s) => s.trim()) : [],
  };
}
