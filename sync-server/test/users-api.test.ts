// Users administration (/api/users): a supervisor's session only; PINs are
// never sent back; a badge belongs to one user; deactivating a user ends their
// sessions at once (a device that was offline meets 401 on its next request);
// a supervisor cannot deactivate or demote themself.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { BACKENDS, OPERATOR, PICKER, SUPERVISOR, TestDevice, startHarness, type Harness } from './harness';
import { createToken } from './masterdata-support';
import { updateUser } from '../src/users/users';

interface UserInfo { id: string; badge: string; name: string; role: string; active: boolean; language: string | null; lockedUntil: string | null }

// Each login from an address of its own: the per-address login limit is not what is tested here.
let addressCounter = 0;
async function login(app: FastifyInstance, badge: string, pin: string): Promise<{ status: number; token: string }> {
  addressCounter += 1;
  const response = await app.inject({
    method: 'POST', url: '/api/auth/login', payload: { badge, pin }, remoteAddress: `10.9.${addressCounter >> 8}.${addressCounter & 255}`,
  });
  return { status: response.statusCode, token: response.statusCode === 200 ? response.json<{ token: string }>().token : '' };
}
async function loginOk(app: FastifyInstance, badge: string, pin: string): Promise<string> {
  const result = await login(app, badge, pin);
  expect(result.status).toBe(200);
  return result.token;
}

describe.each(BACKENDS)('users API on %s', (backend) => {
  let h: Harness;
  let supervisor: string;
  let supervisorId: string;
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string | null, payload?: object) => h.app.inject({
    method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(payload ? { payload } : {}),
  });
  const create = async (body: object) => {
    const response = await call('POST', '/api/users', supervisor, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<UserInfo>();
  };
  const list = async () => (await call('GET', '/api/users', supervisor)).json<{ rows: UserInfo[]; total: number }>();

  beforeAll(async () => {
    h = await startHarness(backend);
    supervisor = await loginOk(h.app, ...SUPERVISOR);
    supervisorId = (await call('GET', '/api/auth/me', supervisor)).json<{ user: { id: string } }>().user.id;
  });
  afterAll(async () => h.close());

  test('only a supervisor session may list, create or change users: none 401, operator/picker/integration token 403, nothing changed', async () => {
    const operator = await loginOk(h.app, ...OPERATOR);
    const picker = await loginOk(h.app, ...PICKER);
    const integration = (await createToken(h.app, supervisor, 'ERP users check')).token;
    const before = await list();
    const endpoints = [
      { method: 'GET' as const, url: '/api/users' },
      { method: 'POST' as const, url: '/api/users', payload: { badge: 'X-401', name: 'Nobody', role: 'supervisor', pin: '1111' } },
      { method: 'PATCH' as const, url: '/api/users/usr-olivia', payload: { role: 'supervisor' } },
    ];
    for (const e of endpoints) {
      const none = await call(e.method, e.url, null, e.payload);
      expect(none.statusCode, `${e.method} ${e.url}`).toBe(401);
      expect(none.json<{ error: { code: string } }>().error.code).toBe('unauthenticated');
      for (const token of [operator, picker, integration]) {
        const denied = await call(e.method, e.url, token, e.payload);
        expect(denied.statusCode, `${e.method} ${e.url}`).toBe(403);
        expect(denied.json<{ error: { code: string } }>().error.code).toBe('forbidden');
      }
    }
    expect(await list()).toEqual(before);
  });

  test('a created user is listed without any PIN or hash and can log in with their PIN', async () => {
    const created = await create({ badge: 'OP-7001', name: 'Nina New', role: 'operator', pin: '987654' });
    expect(created).toMatchObject({ badge: 'OP-7001', name: 'Nina New', role: 'operator', active: true, lockedUntil: null });
    const listed = await call('GET', '/api/users', supervisor);
    expect(listed.body).not.toMatch(/pin|scrypt/i);
    const { rows, total } = listed.json<{ rows: UserInfo[]; total: number }>();
    expect(total).toBe(rows.length);
    expect(rows.find((u) => u.id === created.id)).toEqual(created);
    expect(rows.map((u) => u.badge)).toEqual(expect.arrayContaining(['OP-1001', 'PK-2001', 'SV-3001', 'OP-7001']));
    // Principals that cannot log in (the setup user, API tokens' users) are not people.
    expect(rows.some((u) => u.id === 'usr-system' || u.badge.startsWith('API-'))).toBe(false);

    const token = await loginOk(h.app, 'OP-7001', '987654');
    const me = (await call('GET', '/api/auth/me', token)).json<{ user: { id: string; role: string } }>();
    expect(me.user).toMatchObject({ id: created.id, role: 'operator' });
  });

  test('bad input is a 400 naming the field, and creates nobody', async () => {
    const before = (await list()).total;
    const cases: [object, string][] = [
      [{ badge: 'OP-7002', name: 'Short Pin', role: 'operator', pin: '12' }, 'body.pin'],
      [{ badge: 'OP-7002', name: 'Letters', role: 'operator', pin: '12ab' }, 'body.pin'],
      [{ badge: 'OP-7002', name: 'Too Long', role: 'operator', pin: '1234567890123' }, 'body.pin'],
      [{ badge: 'OP-7002', name: 'Boss', role: 'boss', pin: '1234' }, 'body.role'],
      [{ badge: '  ', name: 'No Badge', role: 'operator', pin: '1234' }, 'body.badge'],
      [{ badge: 'OP-7002', name: 'Extra', role: 'operator', pin: '1234', admin: true }, 'body'],
    ];
    for (const [body, field] of cases) {
      const response = await call('POST', '/api/users', supervisor, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      const error = response.json<{ error: { code: string; message: string } }>().error;
      expect(error.code).toBe('invalid-request');
      expect(error.message).toContain(field);
    }
    const emptyPatch = await call('PATCH', '/api/users/usr-olivia', supervisor, {});
    expect(emptyPatch.statusCode).toBe(400);
    expect((await list()).total).toBe(before);
  });

  test('a badge already in use is a 409 naming it, and the existing user keeps their PIN', async () => {
    const response = await call('POST', '/api/users', supervisor, { badge: 'OP-1001', name: 'Impostor', role: 'supervisor', pin: '0000' });
    expect(response.statusCode).toBe(409);
    const error = response.json<{ error: { code: string; message: string; details: unknown } }>().error;
    expect(error.code).toBe('badge-taken');
    expect(error.message).toContain('OP-1001');
    expect(error.details).toEqual({ badge: 'OP-1001' });
    expect((await login(h.app, 'OP-1001', '0000')).status).toBe(401);
    await loginOk(h.app, ...OPERATOR);
    expect((await list()).rows.filter((u) => u.badge === 'OP-1001')).toHaveLength(1);
  });

  test('deactivating a user ends their sessions at once: a pull with the old token is 401, also after reactivation', async () => {
    const user = await create({ badge: 'OP-7003', name: 'Otto Offline', role: 'operator', pin: '4321' });
    const token = await loginOk(h.app, 'OP-7003', '4321');
    const device = new TestDevice(h.app, token);
    await device.pull();

    const deactivated = await call('PATCH', `/api/users/${user.id}`, supervisor, { active: false });
    expect(deactivated.statusCode, deactivated.body).toBe(200);
    expect(deactivated.json<UserInfo>()).toMatchObject({ id: user.id, active: false });
    const sessions = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [user.id]);
    expect(sessions.rows[0]?.n).toBe(0);

    const pull = await h.app.inject({ method: 'GET', url: `/api/sync/pull?deviceId=${device.deviceId}`, headers: { authorization: `Bearer ${token}` } });
    expect(pull.statusCode).toBe(401);
    expect((await login(h.app, 'OP-7003', '4321')).status).toBe(401);

    const reactivated = await call('PATCH', `/api/users/${user.id}`, supervisor, { active: true });
    expect(reactivated.json<UserInfo>().active).toBe(true);
    const stale = await h.app.inject({ method: 'GET', url: `/api/sync/pull?deviceId=${device.deviceId}`, headers: { authorization: `Bearer ${token}` } });
    expect(stale.statusCode).toBe(401);
    await loginOk(h.app, 'OP-7003', '4321');
  });

  test("a user's language: set at creation or later, told at login, with every pull, and back to the device's own with null", async () => {
    const user = await create({ badge: 'OP-7020', name: 'Piotr Nowak', role: 'operator', pin: '2468', language: 'pl' });
    expect(user.language).toBe('pl');
    const loginAnswer = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge: 'OP-7020', pin: '2468' }, remoteAddress: '10.9.200.1' });
    const { token, user: loggedIn } = loginAnswer.json<{ token: string; user: { language: string | null } }>();
    expect(loggedIn.language).toBe('pl');
    const device = new TestDevice(h.app, token);
    expect((await device.pull()).you).toEqual({ language: 'pl' });

    // The supervisor switches him to Arabic while he is logged in: his next pull says so, no new login needed.
    const changed = await call('PATCH', `/api/users/${user.id}`, supervisor, { language: 'ar' });
    expect(changed.json<UserInfo>()).toMatchObject({ language: 'ar', name: 'Piotr Nowak', role: 'operator', active: true });
    expect((await device.pull()).you).toEqual({ language: 'ar' });
    expect((await call('GET', '/api/auth/me', token)).json<{ user: { language: string | null } }>().user.language).toBe('ar');

    // Another change leaves the language as it is; null gives it back to the device.
    expect((await call('PATCH', `/api/users/${user.id}`, supervisor, { name: 'Piotr N.' })).json<UserInfo>().language).toBe('ar');
    expect((await call('PATCH', `/api/users/${user.id}`, supervisor, { language: null })).json<UserInfo>().language).toBeNull();
    expect((await device.pull()).you).toEqual({ language: null });
    expect((await list()).rows.find((u) => u.id === user.id)?.language).toBeNull();
  });

  test('a language the app does not speak is a 400 naming the field and the languages, and changes nothing', async () => {
    const user = await create({ badge: 'OP-7021', name: 'Ana', role: 'operator', pin: '1357', language: 'es' });
    for (const language of ['fr', 'EN', '', 7, 'pt']) {
      const refused = await call('PATCH', `/api/users/${user.id}`, supervisor, { language });
      expect(refused.statusCode, String(language)).toBe(400);
      expect(refused.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: 'invalid-request' });
      expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/^body\.language: .*pt-BR/);
    }
    expect((await call('POST', '/api/users', supervisor, { badge: 'OP-7022', name: 'X', role: 'operator', pin: '1357', language: 'xx' })).statusCode).toBe(400);
    expect((await list()).rows.find((u) => u.id === user.id)?.language).toBe('es');
    expect((await list()).rows.some((u) => u.badge === 'OP-7022')).toBe(false);
  });

  test('a supervisor cannot deactivate or demote themself (400 own-account) and stays a supervisor', async () => {
    for (const change of [{ active: false }, { role: 'operator' }, { role: 'picker', name: 'Sam' }]) {
      const response = await call('PATCH', `/api/users/${supervisorId}`, supervisor, change);
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      const error = response.json<{ error: { code: string; message: string } }>().error;
      expect(error.code).toBe('own-account');
      expect(error.message).toMatch(/another supervisor/);
    }
    const me = (await list()).rows.find((u) => u.id === supervisorId);
    expect(me).toMatchObject({ role: 'supervisor', active: true, name: 'Sam Supervisor' });
    // Renaming oneself is fine.
    const renamed = await call('PATCH', `/api/users/${supervisorId}`, supervisor, { name: 'Sam S.' });
    expect(renamed.json<UserInfo>().name).toBe('Sam S.');
    await call('PATCH', `/api/users/${supervisorId}`, supervisor, { name: 'Sam Supervisor' });
  });

  test('two supervisors demoting each other at once: one change holds, the other is refused (its author is no longer a supervisor), one supervisor stays', async () => {
    // Read from the database: a deactivated Sam's session can no longer list.
    const activeSupervisors = async () => (await h.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM users WHERE role = 'supervisor' AND active AND pin_hash <> 'disabled'",
    )).rows[0]?.n;
    const samIsActive = async () => (await h.db.query<{ active: boolean }>('SELECT active FROM users WHERE id = $1', [supervisorId])).rows[0]?.active;
    const second = await create({ badge: 'SV-LAST', name: 'Second Supervisor', role: 'supervisor', pin: '7777' });
    const secondToken = await loginOk(h.app, 'SV-LAST', '7777');
    // Only Sam and the second supervisor stay active supervisors.
    for (const u of (await list()).rows) {
      if (u.role === 'supervisor' && u.active && u.id !== supervisorId && u.id !== second.id) {
        expect((await call('PATCH', `/api/users/${u.id}`, supervisor, { active: false })).statusCode).toBe(200);
      }
    }
    // Both changes past the session check at once: the lock serializes them.
    const results = await Promise.allSettled([
      updateUser(h.db, supervisorId, second.id, { role: 'operator' }),
      updateUser(h.db, second.id, supervisorId, { active: false }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.reason).toMatchObject({ statusCode: 403, code: 'forbidden' });
    expect(await activeSupervisors()).toBe(1);
    // Put things back: Sam active, the second one a supervisor again.
    if (results[1].status === 'fulfilled') {
      await updateUser(h.db, second.id, supervisorId, { active: true });
      supervisor = await loginOk(h.app, ...SUPERVISOR);
    } else {
      await updateUser(h.db, supervisorId, second.id, { role: 'supervisor' });
    }
    // Through HTTP: whichever request wins, the other is refused, 403 (its author
    // was demoted) or 401 (its author was deactivated, which ends their sessions).
    const [samDemotes, secondDemotes] = await Promise.all([
      call('PATCH', `/api/users/${second.id}`, supervisor, { role: 'operator' }),
      call('PATCH', `/api/users/${supervisorId}`, secondToken, { active: false }),
    ]);
    const statuses = [samDemotes.statusCode, secondDemotes.statusCode];
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 401 || s === 403)).toHaveLength(1);
    expect(await activeSupervisors()).toBe(1);
    if (!(await samIsActive())) {
      await updateUser(h.db, second.id, supervisorId, { active: true });
      supervisor = await loginOk(h.app, ...SUPERVISOR);
    }
    expect((await call('PATCH', `/api/users/${second.id}`, supervisor, { active: false })).statusCode).toBe(200);
  });

  test('a supervisor deactivated a moment before their change is refused under the lock (403), nothing changed', async () => {
    const other = await create({ badge: 'SV-GONE', name: 'Gone Supervisor', role: 'supervisor', pin: '8888' });
    const target = await create({ badge: 'OP-7010', name: 'Olga Target', role: 'operator', pin: '1234' });
    // Past the session check (the route's), then deactivated before the change takes its lock.
    await updateUser(h.db, supervisorId, other.id, { active: false });
    await expect(updateUser(h.db, other.id, target.id, { role: 'supervisor' })).rejects.toMatchObject({ statusCode: 403, code: 'forbidden' });
    expect((await list()).rows.find((u) => u.id === target.id)?.role).toBe('operator');
  });

  test('a role change holds at once for existing sessions', async () => {
    const user = await create({ badge: 'PK-7004', name: 'Paula Promoted', role: 'picker', pin: '5555' });
    const token = await loginOk(h.app, 'PK-7004', '5555');
    expect((await call('GET', '/api/users', token)).statusCode).toBe(403);
    const promoted = await call('PATCH', `/api/users/${user.id}`, supervisor, { role: 'supervisor' });
    expect(promoted.json<UserInfo>().role).toBe('supervisor');
    expect((await call('GET', '/api/users', token)).statusCode).toBe(200);
  });

  test('a new PIN replaces the old one and lifts a lockout', async () => {
    const user = await create({ badge: 'OP-7005', name: 'Lena Locked', role: 'operator', pin: '1111' });
    for (let i = 0; i < 5; i++) expect((await login(h.app, 'OP-7005', '9999')).status).toBe(401);
    expect((await login(h.app, 'OP-7005', '1111')).status).toBe(429);
    expect((await list()).rows.find((u) => u.id === user.id)?.lockedUntil).not.toBeNull();

    const changed = await call('PATCH', `/api/users/${user.id}`, supervisor, { pin: '24680' });
    expect(changed.json<UserInfo>().lockedUntil).toBeNull();
    expect((await login(h.app, 'OP-7005', '1111')).status).toBe(401);
    await loginOk(h.app, 'OP-7005', '24680');
  });

  test('an unknown user or an API token\'s principal cannot be changed (404)', async () => {
    expect((await call('PATCH', '/api/users/usr-nobody', supervisor, { name: 'X' })).statusCode).toBe(404);
    const token = await createToken(h.app, supervisor, 'ERP principal');
    const principal = await call('PATCH', `/api/users/usr-${token.id}`, supervisor, { pin: '1234', active: true });
    expect(principal.statusCode).toBe(404);
    expect((await call('PATCH', '/api/users/usr-system', supervisor, { pin: '1234' })).statusCode).toBe(404);
  });

  test('the OpenAPI document describes the users endpoints', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } }>();
    expect(Object.keys(doc.paths['/api/users'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(doc.paths['/api/users/{id}'] ?? {})).toEqual(['patch']);
    expect(doc.components.schemas).toHaveProperty('CreateUserRequest');
  });
});
