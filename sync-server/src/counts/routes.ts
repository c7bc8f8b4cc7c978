// Count tasks for supervisors (401 without a session, 403 for other roles):
// make one for a location, an item or a lot, list them, cancel one. Devices
// get them by pull; a change is announced so they pull at once.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { parseOr400 } from '../http/errors';
import type { LiveHub } from '../sync/live';
import { requireSupervisor } from '../supervisor/require-supervisor';
import { cancelCountTask, countTasksQuery, createCountTask, listCountTasks, newCountTask } from './count-tasks';

const COUNT_TASKS_DEVICE = 'count-tasks';

export function countTaskRoutes(app: FastifyInstance, db: Db, hub: LiveHub): void {
  const announce = async (request: FastifyRequest) => {
    await hub.announce({ deviceId: COUNT_TASKS_DEVICE, operations: 1 }).catch((error: unknown) => {
      request.log.warn({ err: error }, 'could not announce a count task change');
    });
  };
  app.get('/api/supervisor/count-tasks', async (request) => {
    await requireSupervisor(db, request);
    const q = parseOr400(countTasksQuery, request.query, 'query');
    return { ...(await listCountTasks(db, q)), page: q.page, pageSize: q.pageSize };
  });
  app.post('/api/supervisor/count-tasks', async (request, reply) => {
    const user = await requireSupervisor(db, request);
    const task = await createCountTask(db, parseOr400(newCountTask, request.body, 'body'), user.id);
    await announce(request);
    return reply.code(201).send(task);
  });
  app.post('/api/supervisor/count-tasks/:id/cancel', async (request) => {
    await requireSupervisor(db, request);
    const { id } = parseOr400(z.object({ id: z.string().min(1).max(200) }), request.params, 'query');
    const task = await cancelCountTask(db, id);
    await announce(request);
    return task;
  });
}
