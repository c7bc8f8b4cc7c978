// The Fastify app factory, used by main.ts and by the tests.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Db } from './db/connection';
import { authRoutes } from './http/auth-routes';
import { installErrorHandling, sendError } from './http/errors';
import { buildOpenApi } from './http/openapi';
import { installSecurityHeaders, trustProxyFrom, withRedaction } from './http/security';
import { installStorableTextGuard } from './http/storable-text';
import { syncRoutes } from './http/sync-routes';
import { masterDataRoutes } from './masterdata/routes';
import { LiveHub } from './sync/live';
import { supervisorRoutes } from './supervisor/routes';
import { countTaskRoutes } from './counts/routes';
import { lotRoutes } from './lots/routes';
import { deviceRoutes } from './devices/routes';
import { usersRoutes } from './users/routes';

export const VERSION = '0.1.0';

/** A push of 500 operations with serials fits well inside this. */
const BODY_LIMIT = 2 * 1024 * 1024;

export interface AppOptions {
  db: Db;
  /** The built PWA to serve at /; omitted in API-only tests. */
  staticDir?: string;
  logger?: FastifyServerOptions['logger'];
  https?: { cert: Buffer; key: Buffer };
  /** Login attempts per minute and address. */
  loginsPerMinute?: number;
  /** Whose X-Forwarded-For to believe (default: LOTLINE_TRUST_PROXY, else nobody). */
  trustProxy?: boolean | string;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: withRedaction(options.logger),
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? trustProxyFrom(process.env.LOTLINE_TRUST_PROXY),
    ...(options.https ? { https: options.https } : {}),
  }) as unknown as FastifyInstance;
  const { db } = options;
  const hub = new LiveHub(db);
  await hub.start();
  app.addHook('onClose', async () => hub.stop());

  installErrorHandling(app);
  installSecurityHeaders(app);
  installStorableTextGuard(app, ['/api/sync/push']);
  // The API speaks JSON only: anything else is 415, not a confusing schema error.
  app.removeContentTypeParser('text/plain');

  app.get('/api/health', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', database: db.kind, version: VERSION, liveStreams: hub.size };
    } catch {
      return sendError(reply, 503, 'database-unavailable', 'the database does not answer');
    }
  });
  const openApi = buildOpenApi(VERSION);
  app.get('/api/openapi.json', (_request, reply) => reply.send(openApi));
  authRoutes(app, db, options.loginsPerMinute);
  syncRoutes(app, db, hub);
  await supervisorRoutes(app, db, hub);
  masterDataRoutes(app, db, hub);
  countTaskRoutes(app, db, hub);
  usersRoutes(app, db);
  lotRoutes(app, db);
  deviceRoutes(app, db);

  const staticDir = options.staticDir;
  const haveApp = staticDir !== undefined && existsSync(`${staticDir}/index.html`);
  // wildcard: files are looked up per request, not listed once at start-up, so a
  // build replaced under a running server is served at once. A file that is not
  // there falls through to the not-found handler below.
  if (haveApp) await app.register(fastifyStatic, { root: staticDir, prefix: '/', wildcard: true });

  app.setNotFoundHandler((request, reply) => {
    // Only page paths fall back to the app: a missing file (/assets/x.js) is a
    // 404, never index.html, or a service worker would precache HTML as code.
    const path = request.url.split('?')[0] ?? '';
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
    if (isPage && haveApp) return reply.type('text/html').sendFile('index.html');
    if (isPage) {
      return reply.type('text/plain').send('Lotline server is running, but the app is not built: run `npm run build`.');
    }
    return sendError(reply, 404, 'not-found', `no route ${request.method} ${path}`);
  });
  return app;
}
