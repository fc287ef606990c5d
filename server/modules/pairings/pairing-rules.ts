import { and, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { pairings } from '../../../db/schema/index.ts';
import type { IsoDate } from '../../domain/dates.ts';

/** The coach paired with a state on a day (the latest-starting pairing that covers it), if any. */
export async function coachOnDay(db: Db | Tx, programYearId: string, stateCode: string, day: IsoDate): Promise<string | null> {
  const [row] = await db
    .select({ coachId: pairings.coachId })
    .from(pairings)
    .where(
      and(
        eq(pairings.programYearId, programYearId),
        eq(pairings.stateCode, stateCode),
        lte(pairings.startsOn, day),
        or(isNull(pairings.endsOn), gte(pairings.endsOn, day)),
      ),
    )
    .orderBy(desc(pairings.startsOn))
    .limit(1);
  return row?.coachId ?? null;
}
