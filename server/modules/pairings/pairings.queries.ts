import { and, asc, desc, eq, getTableColumns, gte, isNull, lte, ne, or } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { pairings, participations, users } from '../../../db/schema/index.ts';
import type { Actor } from '../../domain/access.ts';
import { allOf, countRows, page, paginate } from '../../lib/records.ts';
import { inScope } from '../../lib/scope-sql.ts';

export interface PairingFilter {
  programYear?: string;
  state?: string;
  coach?: string;
  activeOn?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

const pairingColumns = { ...getTableColumns(pairings), coachName: users.name };
const withCoach = (db: Db | Tx) => db.select(pairingColumns).from(pairings).innerJoin(users, eq(users.id, pairings.coachId));
export type PairingRow = typeof pairings.$inferSelect & { coachName: string };

/** Pairings whose days reach `from` and start by `to` (an open end runs to the year's end). */
function overlapping(from: string | undefined, to: string | undefined) {
  return allOf(
    to ? lte(pairings.startsOn, to) : undefined,
    from ? or(isNull(pairings.endsOn), gte(pairings.endsOn, from)) : undefined,
  );
}

export async function listPairings(db: Db, actor: Actor, f: PairingFilter) {
  const where = allOf(
    inScope(pairings.stateCode, actor),
    f.programYear ? eq(pairings.programYearId, f.programYear) : undefined,
    f.state ? eq(pairings.stateCode, f.state.toUpperCase()) : undefined,
    f.coach ? eq(pairings.coachId, f.coach) : undefined,
    f.activeOn ? overlapping(f.activeOn, f.activeOn) : undefined,
    overlapping(f.from, f.to),
  );
  const rows = paginate(withCoach(db).where(where).orderBy(asc(pairings.stateCode), desc(pairings.startsOn), asc(pairings.id)).$dynamic(), f);
  return page(rows, countRows(db, pairings, where));
}

export async function findPairing(db: Db | Tx, id: string): Promise<PairingRow | undefined> {
  const [row] = await withCoach(db).where(eq(pairings.id, id)).limit(1);
  return row;
}

/** The state's other pairings in the year, with their coaches' names. */
export function otherPairings(tx: Tx, programYearId: string, stateCode: string, exceptId?: string): Promise<PairingRow[]> {
  return withCoach(tx)
    .where(allOf(eq(pairings.programYearId, programYearId), eq(pairings.stateCode, stateCode), exceptId ? ne(pairings.id, exceptId) : undefined))
    .orderBy(asc(pairings.startsOn));
}

/**
 * Takes the participation row's lock, so that two writes to the same state's pairings in a year queue up
 * and the one-coach-at-a-time check sees the other's result (there is no exclusion constraint).
 */
export async function lockParticipation(tx: Tx, programYearId: string, stateCode: string) {
  await tx
    .select({ id: participations.id })
    .from(participations)
    .where(and(eq(participations.programYearId, programYearId), eq(participations.stateCode, stateCode)))
    .for('update');
}
