import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BACKENDS, OPERATOR, loginAs, startHarness, type Harness } from './harness';

describe.each(BACKENDS)('HTTP API on %s', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(backend);
  });
  afterAll(async () => h.close());

  test('health answers with the database kind', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: backend });
  });

  test('the OpenAPI document describes push, pull and every operation payload', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/sync/push', '/api/sync/pull', '/api/auth/login', '/api/events']));
    expect(Object.keys(doc.components.schemas.RestockPayload?.properties ?? {})).toEqual(['item', 'lines', 'purchaseOrder']);
    expect(doc.components.schemas.SetLotTrackingPayload).toBeDefined();
  });

  test('login with a badge and PIN gives a session that /api/auth/me recognises', async () => {
    const token = await loginAs(h.app, ...OPERATOR);
    const me = await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toEqual({ user: { id: 'usr-olivia', name: 'Olivia Operator', role: 'operator', language: null } });
    const stored = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE token_hash = $1', [token]);
    expect(stored.rows[0]?.n).toBe(0); // only the hash is stored
  });

  test('a wrong PIN is 401 and five wrong PINs lock the badge for a while', async () => {
    const attempt = (pin: string) => h.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { badge: 'PK-2001', pin }, remoteAddress: `10.0.0.${pin.length}`,
    });
    const wrong = await attempt('9999');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'bad-credentials', message: 'badge or PIN is wrong' } });
    for (let i = 0; i < 4; i++) await attempt('9999');
    const locked = await attempt('2345');
    expect(locked.statusCode).toBe(429);
    // The wait is in the details too, by name: a client says it in its own language.
    expect(locked.json()).toMatchObject({ error: { code: 'badge-locked', details: { seconds: Number(locked.headers['retry-after']) } } });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  test('login attempts from one address are rate-limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge: 'NOBODY', pin: '0000' }, remoteAddress: '10.9.9.9' });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  test('sync endpoints need a session: 401 with a code, never a 500', async () => {
    const push = await h.app.inject({ method: 'POST', url: '/api/sync/push', payload: { deviceId: 'd', operations: [] } });
    expect(push.statusCode).toBe(401);
    expect(push.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    const bad = await h.app.inject({ method: 'GET', url: '/api/sync/pull?deviceId=d', headers: { authorization: 'Bearer nope' } });
    expect(bad.statusCode).toBe(401);
  });

  test('bad input is answered 4xx in one error shape: schema errors name the field', async () => {
    const token = await loginAs(h.app, ...OPERATOR);
    const auth = { authorization: `Bearer ${token}` };
    const schema = await h.app.inject({ method: 'POST', url: '/api/sync/push', headers: auth, payload: { deviceId: 'dev 1', operations: [] } });
    expect(schema.statusCode).toBe(400);
    const body = schema.json<{ error: { code: string; details: { field: string; issues: { path: string }[] } } }>();
    expect(body.error.code).toBe('invalid-request');
    expect(body.error.details.field).toBe('body.deviceId');
    expect(body.error.details.issues.map((i) => i.path)).toEqual(['deviceId', 'operations']);

    const json = await h.app.inject({ method: 'POST', url: '/api/sync/push', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"deviceId":' });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: { code: 'invalid-json' } });

    const huge = await h.app.inject({
      method: 'POST', url: '/api/sync/push', headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ deviceId: 'd', operations: ['x'.repeat(3 * 1024 * 1024)] }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: { code: 'body-too-large' } });

    const missing = await h.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not-found' } });

    const text = await h.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(text.statusCode).toBe(415);
  });

  test('the event stream tells a connected device that another device pushed', async () => {
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const address = h.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const token = await loginAs(h.app, ...OPERATOR);
    const controller = new AbortController();
    const stream = await fetch(`http://127.0.0.1:${port}/api/events?access_token=${token}`, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const reader: ReadableStreamDefaultReader<Uint8Array> = stream.body!.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const changeSeen = (async () => {
      while (!seen.includes('event: change')) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += decoder.decode(value);
      }
    })();
    while (!seen.includes('event: ready')) await new Promise((r) => setTimeout(r, 10));
    await fetch(`http://127.0.0.1:${port}/api/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        deviceId: 'other-device',
        operations: [{ id: crypto.randomUUID(), seq: 1, type: 'pick', deviceTime: new Date().toISOString(), payload: { item: 'BOX-S', location: 'A-01-01', quantity: 1 } }],
      }),
    });
    await changeSeen;
    controller.abort();
    expect(seen).toMatch(/event: change\ndata: \{"deviceId":"other-device","operations":1\}/);
  });
});
