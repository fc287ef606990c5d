/**
 * PostgreSQL reports broken rules with SQLSTATE codes and constraint names (both drivers pass them on,
 * sometimes wrapped in a drizzle error's `cause`). Map them to a status and a sentence for the client.
 */
interface PgLike {
  code?: string;
  constraint?: string;
  detail?: string;
  cause?: unknown;
  message?: string;
}

const constraintMessages: Record<string, string> = {
  users_email_unique: 'email is already in use',
  plans_year_state_unique: 'this state already has a plan for this program year',
  site_visits_year_state_number_unique: 'this state already has a site visit with that number this year',
  participations_year_state_unique: 'this state already takes part in this program year',
  assessments_year_state_kind_unique: 'this state already has an assessment of that kind this year',
  program_years_name_unique: 'a program year with that name already exists',
  states_name_unique: 'a state with that name already exists',
  mentoring_pairs_unique: 'these states are already paired this year',
  event_attendance_unique: 'attendance for this state is already recorded',
  assessment_responses_unique: 'this indicator already has a response',
  instruments_name_revision_unique: 'an instrument with that name and revision already exists',
};

const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

function findPgError(error: unknown): PgLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const candidate = current as PgLike;
    if (typeof candidate.code === 'string') return candidate;
    current = candidate.cause;
  }
  return null;
}

// What the drivers say, without a SQLSTATE, when the server went away (checked down the cause chain: drizzle
// wraps the driver's error).
const LOST_CONNECTION = /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|not queryable|Client was closed|terminating connection/i;

function lostConnection(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    if (LOST_CONNECTION.test(String((current as PgLike).message ?? ''))) return true;
    current = (current as PgLike).cause;
  }
  return false;
}

export function describeDbError(error: unknown): { status: number; message: string } | null {
  const pg = findPgError(error);
  if (!pg?.code) {
    return lostConnection(error) ? { status: 503, message: 'The database is not reachable; try again shortly' } : null;
  }
  if (connectionCodes.has(pg.code)) return { status: 503, message: 'The database is not reachable; try again shortly' };
  const named = pg.constraint ? constraintMessages[pg.constraint] : undefined;
  switch (pg.code) {
    case '23505':
      return { status: 409, message: named ?? 'a record with these values already exists' };
    case '23503':
      return { status: 409, message: named ?? 'a referenced record does not exist or is still in use' };
    case '23514':
    case '23502':
      return { status: 400, message: named ?? `the record breaks a rule (${pg.constraint ?? 'constraint'})` };
    case '22021':
    case '22P05':
      return { status: 400, message: 'a text value holds a character that cannot be stored' };
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
      return { status: 400, message: 'a value is out of range or malformed' };
    default:
      return null;
  }
}
