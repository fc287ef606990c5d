import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db, DbHandle } from '../../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dbHandle: DbHandle;
    /** The clock: injectable so that tests can stand on any day of the program year. */
    now: () => Date;
  }
}

async function dbPlugin(app: FastifyInstance, opts: { handle: DbHandle; now: () => Date }) {
  app.decorate('db', opts.handle.db);
  app.decorate('dbHandle', opts.handle);
  app.decorate('now', opts.now);
}

export default fp(dbPlugin, { name: 'db' });
