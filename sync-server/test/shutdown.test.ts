// A deploy stops the server with SIGTERM while phones hold their live-events
// stream (/api/events) open. The server must close those streams and stop on
// its own, closing its database cleanly, rather than wait for the phones and
// be killed (regression: the streams were ended in onClose, which Fastify runs
// only after every connection has closed, so SIGTERM never finished).
import { afterAll, expect, test } from 'vitest';
import { pgliteStorage, serverProcess, type ServerProcess, type ServerStorage } from './support/server-process';

let storage: ServerStorage | undefined;
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.kill();
  await storage?.dispose();
});

/** Resolves true when `done` settles first, false after `ms` (a hang, not a speed check). */
function settlesWithin(done: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([done.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);
}

test('SIGTERM with a phone\'s live-events stream open: the stream ends, the server stops by itself and starts again on the same data', async () => {
  storage = pgliteStorage();
  server = await serverProcess({ storage });
  await server.start();
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ badge: 'OP-1001', pin: '1234' }),
  });
  const { token } = await login.json() as { token: string };
  const events = await fetch(`${server.url}/api/events?access_token=${token}`);
  expect(events.headers.get('content-type')).toContain('text/event-stream');
  const reader = events.body!.getReader();
  const first = (await reader.read()).value as Uint8Array | undefined;
  expect(new TextDecoder().decode(first)).toContain('event: ready');
  const streamEnded = (async () => {
    try {
      while (!(await reader.read()).done) { /* heartbeats */ }
    } catch {
      // the connection was closed under us: ended too
    }
  })();

  const stopped = server.stop();
  expect(await settlesWithin(stopped, 30_000), 'the server did not stop on SIGTERM').toBe(true);
  expect(await settlesWithin(streamEnded, 5_000)).toBe(true);
  // A clean stop: the same data directory opens again.
  await server.start();
  expect((await fetch(`${server.url}/api/health`)).ok).toBe(true);
}, 120_000);
