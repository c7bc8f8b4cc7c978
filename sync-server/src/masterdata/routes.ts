// The integration API (/api/v1/...) and API token management (/api/tokens).
// Writes: a supervisor's session or an integration token; operators and
// pickers get 403. Reads: anyone logged in (devices already hold this data).
// After a write that changed rows, connected devices are told to pull.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createApiToken, isIntegration, listApiTokens, revokeApiToken } from '../auth/api-tokens';
import type { SessionUser } from '../auth/sessions';
import type { Db } from '../db/connection';
import { requireUser } from '../http/auth-routes';
import { HttpError, parseOr400 } from '../http/errors';
import type { LiveHub } from '../sync/live';
import { MAX_ROWS, type UpsertResponse } from '../../../src/domain/masterdata';
import type { Page } from '../../../src/domain/supervisor-api';
import { listAssignments, upsertAssignments } from './assignments';
import { listItems, upsertItems } from './items';
import { listLocations, upsertLocations } from './locations';
import { upsertPickLists, upsertPurchaseOrders } from './orders';
import { listPickLists, listPurchaseOrders, listShipments } from './orders-read';
import { changedRows } from './result';
import { MASTER_DATA_DEVICE } from './tracking';

/** 10,000 item rows with GTINs and conditions are about 3 MiB of JSON: room to spare, for these routes only. */
export const MASTER_DATA_BODY_LIMIT = 16 * 1024 * 1024;

const rows = z.array(z.unknown()).max(MAX_ROWS, `at most ${MAX_ROWS} rows per request: split the rest into more requests`);
export const BULK_BODIES = {
  items: z.object({ items: rows }),
  locations: z.object({ locations: rows }),
  assignments: z.object({ assignments: rows }),
  purchaseOrders: z.object({ purchaseOrders: rows }),
  pickLists: z.object({ pickLists: rows }),
};

const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(100),
};
const activeFilter = z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true'));
const text = z.string().max(200).optional();
export const LIST_QUERIES = {
  items: z.object({ search: text, active: activeFilter, ...paging }),
  locations: z.object({ search: text, active: activeFilter, type: text, ...paging }),
  assignments: z.object({ sku: text, location: text, ...paging }),
  purchaseOrders: z.object({ status: z.enum(['open', 'closed']).optional(), number: text, ...paging }),
  pickLists: z.object({ status: z.enum(['open', 'closed', 'packed']).optional(), number: text, ...paging }),
  shipments: z.object({ shipment: text, ...paging }),
};

export const tokenRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  allowFloorOps: z.boolean().default(false),
});

/** A supervisor (session) or an integration token may write master data. */
async function requireWriter(db: Db, request: FastifyRequest): Promise<SessionUser> {
  const user = await requireUser(db, request);
  if (user.role !== 'supervisor' && !isIntegration(user)) {
    throw new HttpError(403, 'forbidden', 'only a supervisor or an integration token may change master data');
  }
  return user;
}

async function requireSupervisorSession(db: Db, request: FastifyRequest): Promise<SessionUser> {
  const user = await requireUser(db, request);
  if (user.role !== 'supervisor' || isIntegration(user)) {
    throw new HttpError(403, 'forbidden', 'only a supervisor manages API tokens');
  }
  return user;
}

export function masterDataRoutes(app: FastifyInstance, db: Db, hub: LiveHub): void {
  const announce = async (request: FastifyRequest, response: UpsertResponse): Promise<UpsertResponse> => {
    const changed = changedRows(response);
    if (changed > 0) {
      await hub.announce({ deviceId: MASTER_DATA_DEVICE, operations: changed }).catch((error: unknown) => {
        request.log.warn({ err: error }, 'could not announce master data changes');
      });
    }
    return response;
  };
  const put = (path: string, write: (request: FastifyRequest, user: SessionUser) => Promise<UpsertResponse>) => {
    app.put(path, { bodyLimit: MASTER_DATA_BODY_LIMIT }, async (request) => {
      const user = await requireWriter(db, request);
      return announce(request, await write(request, user));
    });
  };

  put('/api/v1/items', (request, user) =>
    upsertItems(db, parseOr400(BULK_BODIES.items, request.body, 'body').items, { userId: user.id }));
  put('/api/v1/locations', (request) =>
    upsertLocations(db, parseOr400(BULK_BODIES.locations, request.body, 'body').locations));
  put('/api/v1/assignments', (request) =>
    upsertAssignments(db, parseOr400(BULK_BODIES.assignments, request.body, 'body').assignments));
  put('/api/v1/purchase-orders', (request) =>
    upsertPurchaseOrders(db, parseOr400(BULK_BODIES.purchaseOrders, request.body, 'body').purchaseOrders));
  put('/api/v1/pick-lists', (request) =>
    upsertPickLists(db, parseOr400(BULK_BODIES.pickLists, request.body, 'body').pickLists));

  // Every list answers one Page (src/domain/supervisor-api.ts): its rows, the total, and the page asked for.
  const list = <Q extends { page: number; pageSize: number }, T>(
    path: string, query: z.ZodType<Q>, read: (db: Db, q: Q) => Promise<{ rows: T[]; total: number }>,
  ): void => {
    app.get(path, async (request): Promise<Page<T>> => {
      await requireUser(db, request);
      const q = parseOr400(query, request.query, 'query');
      return { ...(await read(db, q)), page: q.page, pageSize: q.pageSize };
    });
  };
  list('/api/v1/items', LIST_QUERIES.items, listItems);
  list('/api/v1/locations', LIST_QUERIES.locations, listLocations);
  list('/api/v1/assignments', LIST_QUERIES.assignments, listAssignments);
  list('/api/v1/purchase-orders', LIST_QUERIES.purchaseOrders, listPurchaseOrders);
  list('/api/v1/pick-lists', LIST_QUERIES.pickLists, listPickLists);
  list('/api/v1/shipments', LIST_QUERIES.shipments, listShipments);

  app.post('/api/tokens', async (request, reply) => {
    const user = await requireSupervisorSession(db, request);
    const body = parseOr400(tokenRequestSchema, request.body, 'body');
    const created = await createApiToken(db, user.id, body);
    return reply.code(201).send({
      id: created.id, name: created.name, token: created.token, allowFloorOps: created.allowFloorOps, createdAt: created.createdAt,
    });
  });
  app.get('/api/tokens', async (request) => {
    await requireSupervisorSession(db, request);
    const rows = await listApiTokens(db);
    return { rows, total: rows.length };
  });
  app.delete('/api/tokens/:id', async (request) => {
    await requireSupervisorSession(db, request);
    const { id } = parseOr400(z.object({ id: z.string().min(1).max(100) }), request.params, 'query');
    const revoked = await revokeApiToken(db, id);
    if (!revoked) throw new HttpError(404, 'not-found', `no API token ${id}`);
    return revoked;
  });
}
