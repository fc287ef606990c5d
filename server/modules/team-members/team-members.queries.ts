import { asc, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { teamMembers } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import { allOf, countRows, page, paginate } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';

export type TeamMemberRow = typeof teamMembers.$inferSelect;

export interface TeamMemberFilter {
  programYear?: string;
  state?: string;
  limit?: number;
  offset?: number;
}

export async function listTeamMembers(db: Db, actor: Actor, f: TeamMemberFilter) {
  const where = allOf(
    inScope(teamMembers.stateCode, actor),
    f.programYear ? eq(teamMembers.programYearId, f.programYear) : undefined,
    f.state ? eq(teamMembers.stateCode, f.state.toUpperCase()) : undefined,
  );
  const rows = paginate(
    db.select().from(teamMembers).where(where).orderBy(asc(teamMembers.stateCode), desc(teamMembers.isLead), asc(teamMembers.name), asc(teamMembers.id)).$dynamic(),
    f,
  );
  return page(rows, countRows(db, teamMembers, where));
}

export async function findTeamMember(db: Db | Tx, id: string): Promise<TeamMemberRow | undefined> {
  const [row] = await db.select().from(teamMembers).where(eq(teamMembers.id, id)).limit(1);
  return row;
}
