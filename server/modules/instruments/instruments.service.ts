import { eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import { domains, indicators, instruments } from '../../../db/schema/index.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import { audit } from '../../lib/audit.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import type { InstrumentCreate } from './instruments.schemas.ts';
import { domainsOf, findInstrument, listInstruments, newestRevision, revisionExists } from './instruments.queries.ts';

/** Instruments belong to no state: every signed-in role reads them (to fill in an assessment), only staff write. */
const requireInstrumentWrite = (ctx: Ctx) => requireAccess(ctx.actor, 'setup', 'write', null, 'Instrument');

/** Throws a 400 naming the first item whose key repeats an earlier one in the same list. */
function requireUniqueKeys(items: { key: string }[], path: string) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.key)) throw new ValidationError(`${path}.${i}.key: duplicate key '${item.key}'`);
    seen.add(item.key);
  });
}

export const list = (ctx: Ctx, filter: { name?: string; limit?: number; offset?: number }) => listInstruments(ctx.db, filter);

export async function get(ctx: Ctx, id: string) {
  const instrument = await findInstrument(ctx.db, id);
  if (!instrument) throw new NotFoundError('Instrument');
  return { ...instrument, domains: await domainsOf(ctx.db, id) };
}

/** A new instrument, or the next revision of one: its domains and indicators land in one transaction. */
export async function create(ctx: Ctx, input: Static<typeof InstrumentCreate>) {
  requireInstrumentWrite(ctx);
  requireUniqueKeys(input.domains, 'domains');
  input.domains.forEach((domain, d) => requireUniqueKeys(domain.indicators, `domains.${d}.indicators`));
  const id = await ctx.db.transaction(async (tx) => {
    const previous = await newestRevision(tx, input.name);
    const revision = input.revision ?? (previous ? previous.revision + 1 : 1);
    if (input.revision !== undefined && (await revisionExists(tx, input.name, input.revision))) {
      throw new ConflictError(`revision: ${input.name} already has revision ${input.revision}; instruments in use are never edited, add a new revision`);
    }
    const [instrument] = await tx
      .insert(instruments)
      .values({ name: input.name, revision, description: input.description ?? '' })
      .returning();
    const domainRows = await tx
      .insert(domains)
      .values(input.domains.map((d, position) => ({ instrumentId: instrument.id, key: d.key, title: d.title, description: d.description ?? '', position })))
      .returning();
    const byKey = new Map(domainRows.map((row) => [row.key, row.id]));
    await tx
      .insert(indicators)
      .values(input.domains.flatMap((d) => d.indicators.map((i, position) => ({ domainId: byKey.get(d.key) as string, key: i.key, text: i.text, position }))));
    await audit(tx, ctx.actor, 'create', 'instrument', instrument.id, null, { ...instrument, domains: input.domains });
    return instrument.id;
  });
  return get(ctx, id);
}

/** Only an instrument no assessment has used may go: past assessments keep their questions. */
export async function remove(ctx: Ctx, id: string) {
  const before = await get(ctx, id);
  requireInstrumentWrite(ctx);
  if (before.assessmentCount > 0) {
    throw new ConflictError(`Instrument is used by ${before.assessmentCount} assessment(s) and cannot be deleted`);
  }
  await ctx.db.transaction(async (tx) => {
    await tx.delete(instruments).where(eq(instruments.id, id));
    await audit(tx, ctx.actor, 'delete', 'instrument', id, before, null);
  });
}
