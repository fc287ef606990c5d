import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import { type Action, type Actor, type Area, decide } from '../domain/access.ts';
import { type IsoDate, today } from '../domain/dates.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';

/** What a service needs from a request: the database, who is asking, and what day it is. */
export interface Ctx {
  db: Db;
  actor: Actor;
  today: IsoDate;
  /** The app's clock, for days in a state's own calendar (`todayIn`). */
  now: Date;
}

export function ctxOf(app: FastifyInstance, request: FastifyRequest): Ctx {
  const now = app.now();
  return { db: app.db, actor: request.actor, today: today(now), now };
}

/** Throws 404 for what the actor cannot see and 403 for what they can see but may not do. */
export function requireAccess(actor: Actor, area: Area, action: Action, stateCode: string | null, what = 'Resource') {
  const decision = decide(actor, area, action, stateCode);
  if (decision === 'hidden') throw new NotFoundError(what);
  if (decision === 'forbidden') throw new ForbiddenError(`Your role may not ${action === 'read' ? 'see' : action} this ${what.toLowerCase()}`);
}
