import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { participations, programYears, teamMembers } from '../../db/schema/index.ts';

/** Builders for the setup resources' tests (years without a timeline, team members) and a row counter. */
export async function makeBareYear(db: Db, startsOn = '2025-08-01', endsOn = '2026-07-31', name = `Year ${randomBytes(3).toString('hex')}`) {
  const [year] = await db.insert(programYears).values({ name, startsOn, endsOn }).returning();
  return year;
}

export async function makeParticipation(db: Db, programYearId: string, stateCode: string, tier: 'intensive' | 'light_touch' = 'intensive') {
  const [row] = await db.insert(participations).values({ programYearId, stateCode, tier }).returning();
  return row;
}

export async function makeTeamMember(db: Db, programYearId: string, stateCode: string, values: Partial<typeof teamMembers.$inferInsert> = {}) {
  const [row] = await db
    .insert(teamMembers)
    .values({ programYearId, stateCode, name: `Member ${randomBytes(3).toString('hex')}`, ...values })
    .returning();
  return row;
}

/** How many rows a table holds: refusals must leave it unchanged. */
export async function rowCount(db: Db, table: PgTable) {
  const [row] = await db.select({ value: count() }).from(table);
  return Number(row.value);
}
