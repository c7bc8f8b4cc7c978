// Users administration: /api/users. A supervisor's session only; operators
// and pickers get 403, integration tokens cannot reach these paths (403 from
// their own path check), no session is 401.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isIntegration } from '../auth/api-tokens';
import type { SessionUser } from '../auth/sessions';
import type { Db } from '../db/connection';
import { requireUser } from '../http/auth-routes';
import { HttpError, parseOr400 } from '../http/errors';
import { createUser, createUserSchema, listUsers, updateUser, updateUserSchema } from './users';

const idParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'not a user id') });

async function requireSupervisorSession(db: Db, request: FastifyRequest): Promise<SessionUser> {
  const user = await requireUser(db, request);
  if (user.role !== 'supervisor' || isIntegration(user)) {
    throw new HttpError(403, 'forbidden', `only a supervisor manages users; you are logged in as ${user.role}`);
  }
  return user;
}

export function usersRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/users', async (request) => {
    await requireSupervisorSession(db, request);
    const rows = await listUsers(db);
    return { rows, total: rows.length };
  });

  app.post('/api/users', async (request, reply) => {
    await requireSupervisorSession(db, request);
    const body = parseOr400(createUserSchema, request.body, 'body');
    return reply.code(201).send(await createUser(db, body));
  });

  app.patch('/api/users/:id', async (request) => {
    const actor = await requireSupervisorSession(db, request);
    const { id } = parseOr400(idParams, request.params, 'query');
    const change = parseOr400(updateUserSchema, request.body, 'body');
    return updateUser(db, actor.id, id, change);
  });
}
