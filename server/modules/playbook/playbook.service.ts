import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Tx } from '../../../db/client.ts';
import { ensureDefaultInstrument } from '../../../db/instrument.ts';
import { playbookEntries, playbookEntryDomains } from '../../../db/schema/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { definedOnly, staleOrMissing } from '../../lib/records.ts';
import type { PlaybookEntryCreate, PlaybookEntryUpdate } from './playbook.schemas.ts';
import { type EntryRow, type PlaybookFilter, domainsOfEntries, findEntry, listEntries, playbookDomains, stateCodeExists } from './playbook.queries.ts';

/*
 * The playbook is shared reference content: every signed-in role reads all of it (an entry from another state is
 * the point of a library, and nothing in it is private). Writing is staff's: the library is curated, and an entry
 * has no author to limit a coach's edits to their own. Coaches share entries on calls (call-resources).
 */
const requireCurator = (ctx: Ctx) => requireAccess(ctx.actor, 'setup', 'write', null, 'Playbook entry');

/** What leaves the server: the entry with the domains it serves. */
export async function presentEntries(ctx: Pick<Ctx, 'db'>, rows: EntryRow[]) {
  const domains = await domainsOfEntries(ctx.db, rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, domains: domains.get(row.id) ?? [] }));
}

export async function list(ctx: Ctx, filter: PlaybookFilter) {
  const result = await listEntries(ctx.db, filter);
  return { total: result.total, items: await presentEntries(ctx, result.items) };
}

export async function get(ctx: Ctx, id: string) {
  const row = await findEntry(ctx.db, id);
  if (!row) throw new NotFoundError('Playbook entry');
  return (await presentEntries(ctx, [row]))[0];
}

export async function domains(ctx: Ctx) {
  const rows = (await playbookDomains(ctx.db)).map(({ key, title }) => ({ key, title }));
  return { items: rows, total: rows.length };
}

/** Domain keys → ids of the default instrument's newest revision; an unknown key is a 400 naming it. */
async function domainIdsFor(tx: Tx, keys: string[]) {
  if (keys.length === 0) return [];
  let known = await playbookDomains(tx);
  if (known.length === 0) {
    await ensureDefaultInstrument(tx);
    known = await playbookDomains(tx);
  }
  const idOf = new Map(known.map((d) => [d.key, d.id]));
  const unknown = keys.filter((k) => !idOf.has(k));
  if (unknown.length > 0) throw new ValidationError(`domains: unknown domain ${unknown.join(', ')} (known: ${[...idOf.keys()].join(', ')})`);
  return keys.map((k) => idOf.get(k) as string);
}

async function requireStateCode(tx: Tx, code: string | null | undefined) {
  if (!code) return code;
  const upper = code.toUpperCase();
  if (!(await stateCodeExists(tx, upper))) throw new ValidationError(`stateCode: no such state (${upper})`);
  return upper;
}

async function setDomains(tx: Tx, entryId: string, keys: string[]) {
  const ids = await domainIdsFor(tx, keys);
  await tx.delete(playbookEntryDomains).where(eq(playbookEntryDomains.entryId, entryId));
  if (ids.length > 0) await tx.insert(playbookEntryDomains).values(ids.map((domainId) => ({ entryId, domainId })));
}

export async function create(ctx: Ctx, input: Static<typeof PlaybookEntryCreate>) {
  requireCurator(ctx);
  const { domains: keys = [], ...fields } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const stateCode = (await requireStateCode(tx, fields.stateCode)) ?? null;
    const [row] = await tx.insert(playbookEntries).values({ ...fields, stateCode, title: fields.title.trim() }).returning();
    await setDomains(tx, row.id, keys);
    await audit(tx, ctx.actor, 'create', 'playbook_entry', row.id, null, { ...row, domains: keys }, null);
    return row.id;
  });
  return get(ctx, id);
}

export async function update(ctx: Ctx, id: string, input: Static<typeof PlaybookEntryUpdate>) {
  requireCurator(ctx);
  const before = await get(ctx, id);
  const { version, domains: keys, ...patch } = input;
  await ctx.db.transaction(async (tx) => {
    const stateCode = await requireStateCode(tx, patch.stateCode);
    const [after] = await tx
      .update(playbookEntries)
      .set({ ...definedOnly({ ...patch, stateCode, title: patch.title?.trim() }), version: sql`${playbookEntries.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(playbookEntries.id, id), eq(playbookEntries.version, version ?? before.version)))
      .returning();
    if (!after) staleOrMissing(true, 'Playbook entry');
    if (keys) await setDomains(tx, id, keys);
    await audit(tx, ctx.actor, 'update', 'playbook_entry', id, before, { ...after, domains: keys ?? before.domains.map((d) => d.key) }, null);
  });
  return get(ctx, id);
}

export async function remove(ctx: Ctx, id: string) {
  requireCurator(ctx);
  const before = await get(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(playbookEntries).where(eq(playbookEntries.id, id));
    await audit(tx, ctx.actor, 'delete', 'playbook_entry', id, before, null, null);
  });
}
