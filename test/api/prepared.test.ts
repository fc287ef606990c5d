/**
 * runPrepared and preparedOnce (server/lib/prepared.ts) keep statements per handle: one prepared on the pool
 * must not serve a transaction, whose reads run on its own connection and must see what it wrote.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.ts';
import { states } from '../../db/schema/index.ts';
import { findState } from '../../server/modules/states/states.queries.ts';
import { freshDatabase } from '../helpers/test-db.ts';

let handle: DbHandle;

beforeAll(async () => {
  handle = await freshDatabase();
});

afterAll(async () => {
  await handle.close();
});

it('reads inside a transaction on its connection, seeing its writes; the pool sees them only once committed', async () => {
  // The pool's statement exists first: it must not be the one the transaction runs.
  expect(await findState(handle.db, 'QQ')).toBeUndefined();
  const seen = await handle.db.transaction(async (tx) => {
    await tx.insert(states).values({ code: 'QQ', name: 'Quiet Quarter' });
    return findState(tx, 'QQ');
  });
  expect(seen).toMatchObject({ code: 'QQ', name: 'Quiet Quarter' });
  expect(await findState(handle.db, 'QQ')).toMatchObject({ name: 'Quiet Quarter' });
  let insideRolledBack: unknown;
  await handle.db
    .transaction(async (tx) => {
      await tx.insert(states).values({ code: 'QR', name: 'Rolled back' });
      insideRolledBack = await findState(tx, 'QR');
      tx.rollback();
    })
    .catch(() => undefined);
  expect(insideRolledBack).toMatchObject({ name: 'Rolled back' });
  expect(await findState(handle.db, 'QR')).toBeUndefined();
});
