import type { FastifyInstance } from 'fastify';
import { pullQuerySchema, pushRequestSchema, type PushResponse } from '../domain';
import type { Db } from '../db/connection';
import { recordDeviceClock } from '../devices/clock';
import { deviceSeenRecorder } from '../devices/seen';
import { CursorError, pullChanges } from '../sync/pull';
import { pushOperations } from '../sync/push';
import type { LiveHub } from '../sync/live';
import { requireOwnDevice, requireSession, requireUser } from './auth-routes';
import { HttpError, parseOr400 } from './errors';

const HEARTBEAT_MS = 25_000;

/**
 * How far the device's clock runs ahead of the server's (negative: behind), from
 * the time it stamped on the push. The request's own travel time (normally well
 * under a second) is counted as skew, so small values mean nothing.
 */
export function clockAheadOf(sentAt: string | undefined, now = Date.now()): number | null {
  return sentAt === undefined ? null : Date.parse(sentAt) - now;
}

export function syncRoutes(app: FastifyInstance, db: Db, hub: LiveHub): void {
  const recordDeviceSeen = deviceSeenRecorder(db);
  app.post('/api/sync/push', async (request): Promise<PushResponse> => {
    const { user, signIn } = await requireSession(db, request);
    const body = parseOr400(pushRequestSchema, request.body, 'body');
    requireOwnDevice(signIn, body.deviceId);
    const clockAheadMs = clockAheadOf(body.sentAt);
    const pusher = { userId: user.id, role: user.role, deviceId: body.deviceId, clockAheadMs, signIn };
    const outcomes = await pushOperations(db, pusher, body.operations);
    await recordDeviceClock(db, { deviceId: body.deviceId, userId: user.id, clockAheadMs }, request.log);
    if (outcomes.some((o) => !o.duplicate && o.outcome !== 'rejected')) {
      await hub.announce({ deviceId: body.deviceId, operations: outcomes.length }).catch((error: unknown) => {
        request.log.warn({ err: error }, 'could not announce changes');
      });
    }
    return { outcomes };
  });

  app.get('/api/sync/pull', async (request) => {
    const { user, signIn } = await requireSession(db, request);
    const query = parseOr400(pullQuerySchema, request.query, 'query');
    // Outcomes are per device: another device's are not this session's to read.
    requireOwnDevice(signIn, query.deviceId);
    try {
      const page = await pullChanges(db, query.deviceId, query.cursor, query.limit);
      await recordDeviceSeen(query.deviceId, user.id, request.log);
      return { ...page, you: { language: user.language } };
    } catch (error) {
      if (error instanceof CursorError) throw new HttpError(400, 'invalid-cursor', error.message);
      throw error;
    }
  });

  // Server-sent events: a nudge to pull, never the data itself.
  const streams = new Set<() => void>();
  // preClose, not onClose: close() waits for open connections before onClose
  // runs, so a device holding this stream open would keep the server from ever
  // stopping on SIGTERM (a deploy) until it was killed.
  app.addHook('preClose', (done) => {
    for (const end of streams) end();
    done();
  });
  app.get('/api/events', async (request, reply) => {
    await requireUser(db, request);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 3000\n\nevent: ready\ndata: {}\n\n');
    const unsubscribe = hub.subscribe((event) => {
      raw.write(`event: change\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(end);
      raw.end();
    };
    streams.add(end);
    request.raw.on('close', end);
  });
}
