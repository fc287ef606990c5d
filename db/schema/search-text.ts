import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The record's searchable text: its columns joined with spaces (every column here is NOT NULL). */
export function searchDocument(...columns: AnyPgColumn[]): SQL {
  return sql.join(columns.map((c) => sql`${c}`), sql` || ' ' || `);
}

/**
 * The text that full-text search reads from a record, as one `to_tsvector` expression. The same function
 * builds the GIN index and the query, so that PostgreSQL can use the index (an expression index only
 * matches an identical expression). Every column here is NOT NULL, so concatenation never yields null.
 */
export function searchVector(...columns: AnyPgColumn[]): SQL {
  return sql`to_tsvector('english'::regconfig, ${searchDocument(...columns)})`;
}
