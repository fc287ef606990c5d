import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedClient, openEmbedded } from '../../db/embedded-client.ts';
import { describeDbError } from '../../server/lib/db-errors.ts';

// The embedded database lives on a worker thread; these pin down that it behaves as PGlite does in-process:
// transactions hold the database, errors keep PostgreSQL's fields, and the worker never holds the process open.
describe('the embedded database on its worker thread', () => {
  let client: EmbeddedClient;
  beforeAll(async () => {
    client = openEmbedded({});
    await client.opened;
    await client.exec(`
      create table items (id int primary key, name text not null unique, day date);
      create table boxes (id int primary key, item int references items (id) deferrable initially deferred);`);
  }, 60_000);
  afterAll(() => client?.close());

  const count = async (table: string) => (await client.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0].n;

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await client.transaction(async (tx) => {
      await tx.query('insert into items (id, name) values ($1, $2)', [1, 'kept']);
    });
    await expect(
      client.transaction(async (tx) => {
        await tx.query('insert into items (id, name) values ($1, $2)', [2, 'dropped']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await client.query<{ name: string }>('select name from items order by id')).rows).toEqual([{ name: 'kept' }]);
  });

  it('makes a query from outside wait until an open transaction ends', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const didInsert = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = client.transaction(async (tx) => {
      await tx.query('insert into items (id, name) values (10, $1)', ['in the transaction']);
      inserted();
      await held;
    });
    await didInsert;
    let outside: number | undefined;
    const reading = count('items').then((n) => (outside = n));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(outside).toBeUndefined();
    release();
    await transaction;
    await reading;
    expect(outside).toBe(2);
    await client.query('delete from items where id = 10');
  });

  it("passes on PostgreSQL's error fields, which the app maps to an answer", async () => {
    const error = await client.query('insert into items (id, name) values (3, $1)', ['kept']).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505', constraint: 'items_name_key' });
    expect(describeDbError(error)?.status).toBe(409);
  });

  it('rejects a transaction that fails at COMMIT (a deferred constraint), and keeps none of it', async () => {
    const error = await client
      .transaction(async (tx) => {
        await tx.query('insert into boxes (id, item) values (1, 999)');
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23503' });
    expect(await count('boxes')).toBe(0);
    // The database is free again.
    await client.transaction((tx) => tx.query('insert into boxes (id, item) values (2, 1)'));
    expect(await count('boxes')).toBe(1);
  });

  it('keeps the text of the types a caller asks for, and parses the rest', async () => {
    await client.query("update items set day = '2026-08-01' where id = 1");
    const keep = { 1082: (value: string) => value };
    const text = await client.query<{ day: unknown; id: unknown }>('select day, id from items where id = 1', [], { parsers: keep });
    expect(text.rows).toEqual([{ day: '2026-08-01', id: 1 }]);
    const parsed = await client.query<{ day: unknown }>('select day from items where id = 1');
    expect(parsed.rows[0].day).toBeInstanceOf(Date);
    const arrays = await client.query('select day, id from items where id = 1', [], { rowMode: 'array', parsers: keep });
    expect(arrays.rows).toEqual([['2026-08-01', 1]]);
  });

  it('refuses a parser that would change values, since functions cannot cross to the worker', async () => {
    expect(() => client.query('select 1', [], { parsers: { 1082: (value: string) => value.length } })).toThrow(/text only/);
  });

  it('dumps the database, and a new client opens from the dump', async () => {
    const dump = await client.dumpDataDir('none');
    const copy = openEmbedded({ loadDataDir: dump });
    try {
      expect((await copy.query<{ name: string }>('select name from items')).rows).toEqual([{ name: 'kept' }]);
    } finally {
      await copy.close();
    }
  }, 60_000);

  it('answers requests after closing with an error the app reads as the database being away', async () => {
    const other = openEmbedded({});
    await other.opened;
    await other.close();
    const error = await other.query('select 1').catch((e: unknown) => e);
    expect(String(error)).toMatch(/the embedded database stopped/);
    expect(describeDbError(error)?.status).toBe(503);
  }, 60_000);

  it('reports a folder it cannot open', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tracker-embedded-'));
    // A data folder of some other PostgreSQL, as far as it can tell.
    writeFileSync(path.join(dir, 'PG_VERSION'), '9\n');
    try {
      const broken = openEmbedded({ dataDir: dir });
      await expect(broken.opened).rejects.toThrow();
      await expect(broken.query('select 1')).rejects.toThrow();
      await broken.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not keep a process alive once its work is done', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tracker-embedded-'));
    const script = path.join(dir, 'forgets-to-close.mts');
    writeFileSync(
      script,
      `import { openEmbedded } from ${JSON.stringify(path.resolve('db/embedded-client.ts'))};
      const client = openEmbedded({});
      const { rows } = await client.query('select 41 + 1 as n');
      console.log('answer', rows[0].n);`,
    );
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
      expect(run.stdout).toContain('answer 42');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 70_000);
});
