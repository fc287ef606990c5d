import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { participations, programYears } from '../../../db/schema/index.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { isWithin } from '../../domain/timeline.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { findState } from '../states/states.queries.ts';

export type YearRow = typeof programYears.$inferSelect;

/** The program year a write refers to, or a 400 naming the field. */
export async function requireYear(db: Db | Tx, programYearId: string, field = 'programYearId'): Promise<YearRow> {
  const [year] = await db.select().from(programYears).where(eq(programYears.id, programYearId)).limit(1);
  if (!year) throw new ValidationError(`${field}: no such program year`);
  return year;
}

/**
 * For a read of one state's year (`?programYear=&state=`) that found nothing: 404 when the state is not
 * there, 400 naming `programYear` when the year is not, so that "nothing yet" is told from a wrong address.
 * A read that found a row needs neither: the row names its state and year through foreign keys.
 */
export async function requireStateAndYear(db: Db | Tx, stateCode: string, programYearId: string): Promise<YearRow> {
  if (!(await findState(db, stateCode))) throw new NotFoundError('State');
  return requireYear(db, programYearId, 'programYear');
}

/** A dated record must fall inside its program year. */
export function requireWithinYear(year: YearRow, day: IsoDate | null | undefined, field: string) {
  if (day && !isWithin(year, day)) {
    throw new ValidationError(`${field}: ${day} is outside the program year (${year.startsOn} to ${year.endsOn})`);
  }
}

export function requireOrdered(startsOn: IsoDate | null | undefined, endsOn: IsoDate | null | undefined, field: string) {
  if (startsOn && endsOn && endsOn < startsOn) throw new ValidationError(`${field}: ${endsOn} is before the start ${startsOn}`);
}

/** The state must take part in the year before anything can be logged for it. */
export async function requireParticipation(db: Db | Tx, programYearId: string, stateCode: string) {
  const [row] = await db
    .select({ tier: participations.tier })
    .from(participations)
    .where(and(eq(participations.programYearId, programYearId), eq(participations.stateCode, stateCode)))
    .limit(1);
  if (!row) throw new ValidationError(`stateCode: ${stateCode} does not take part in this program year`);
  return row.tier;
}
