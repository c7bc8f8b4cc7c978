// Every supervisor endpoint starts here: a session (401 otherwise) of a
// supervisor (403 for operators and pickers). The role is checked on the
// server; the UI hiding a screen is only a convenience.
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../auth/sessions';
import type { Db } from '../db/connection';
import { requireUser } from '../http/auth-routes';
import { HttpError } from '../http/errors';

export async function requireSupervisor(db: Db, request: FastifyRequest): Promise<SessionUser> {
  const user = await requireUser(db, request);
  if (user.role !== 'supervisor') {
    throw new HttpError(403, 'forbidden', `only a supervisor may use this; you are logged in as ${user.role}`);
  }
  return user;
}
