import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ReplicaDb } from '../replica/db';
import { attentionItems, discardRejected, outboxEntries, resendRejected, slotsOfItem, findItem } from '../replica/queries';
import { recordOperation } from '../replica/record';
import type { StoredSession } from '../replica/session';
import { freshDb } from '../replica/test-helpers';
import { createSyncClient, type SyncClient, type SyncStatus } from './sync-client';
import { OPERATOR, startTestServer, SUPERVISOR, type TestServer } from './test-server';

const urlOf = (input: RequestInfo | URL): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

let server: TestServer;
let operator: StoredSession;
beforeAll(async () => {
  server = await startTestServer();
  operator = await server.login(...OPERATOR);
}, 120_000); // PGlite start-up and migrations are slow on 2 cores
afterAll(async () => server.close());

const open: ReplicaDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function device(session: () => StoredSession | null = () => operator, fetchImpl: typeof fetch = fetch, pullLimit?: number): { db: ReplicaDb; client: SyncClient } {
  const db = freshDb('sync-test');
  open.push(db);
  const client = createSyncClient({
    db, getSession: session, baseUrl: server.baseUrl, fetch: fetchImpl, locks: null, eventSource: null, ...(pullLimit ? { pullLimit } : {}),
  });
  return { db, client };
}

async function serverSlotsOf(itemId: string) {
  return (await server.snapshot()).slots.filter((s) => s.itemId === itemId).sort((a, b) => a.id.localeCompare(b.id));
}

async function viewSlotsOf(db: ReplicaDb, itemId: string) {
  return (await slotsOfItem(db, itemId)).map(({ location: _l, free: _f, ...slot }) => slot).sort((a, b) => a.id.localeCompare(b.id));
}

async function transactionsOf(opId: string): Promise<number> {
  return (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM transactions WHERE op_id = $1', [opId])).rows[0]?.n ?? -1;
}

describe('sync client against a real server', () => {
  test('after a restart offline the status says when the device last synced, not "never"', async () => {
    const { db, client } = device();
    await client.syncNow();
    const synced = client.getStatus().lastSyncAt;
    expect(synced).not.toBeNull();
    // The app restarts with no network: a new client over the same database.
    const offline = createSyncClient({
      db, getSession: () => operator, baseUrl: server.baseUrl, locks: null, eventSource: null,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    offline.start();
    await expect.poll(() => offline.getStatus().lastSyncAt).toBe(synced);
    offline.stop();
  });

  test('first sync pages through the whole demo replica, reporting progress, and ends with firstSync.done', async () => {
    const { db, client } = device(undefined, fetch, 5);
    const seen: SyncStatus[] = [];
    client.subscribe((s) => seen.push(s));
    await client.syncNow();
    const snapshot = await server.snapshot();
    const total = snapshot.items.length + snapshot.locations.length + snapshot.slots.length + snapshot.serials.length + snapshot.exceptions.length;
    const progress = seen.map((s) => s.firstSync.loaded);
    expect(new Set(progress).size).toBeGreaterThan(3);
    expect(client.getStatus()).toMatchObject({ firstSync: { loaded: total, done: true }, lastError: null, authRequired: false, pending: 0 });
    expect(client.getStatus().lastSyncAt).not.toBeNull();
    expect((await db.itemBlocks.toArray()).flatMap((b) => b.items)).toHaveLength(snapshot.items.length);
    expect(await db.locations.count()).toBe(snapshot.locations.length);
    expect((await db.slotBlocks.toArray()).flatMap((b) => b.slots)).toHaveLength(snapshot.slots.length);
    expect((await findItem(db, 'yog-500'))?.id).toBe('itm-yog');
  });

  test('C4/C1: a recorded restock is pushed, acked, leaves the outbox with the pull that brings its outcome, and the view equals the server rows', async () => {
    const { db, client } = device();
    await client.syncNow();
    const r = await recordOperation(db, operator, 'restock', {
      item: 'MILK-1L', lines: [{ location: 'C-01-01', quantity: 5, lot: 'L2611A' }, { location: 'C-01-02', quantity: 7, lot: 'L2614Z' }],
    });
    if (!r.ok) throw new Error('malformed');
    expect(client.getStatus().pending).toBe(0); // not started: counts refresh with the next run
    const viewBefore = await viewSlotsOf(db, 'itm-milk');
    await client.syncNow();
    expect(await outboxEntries(db)).toEqual([]);
    expect(await db.history.get(r.id)).toMatchObject({ outcome: 'applied', type: 'restock' });
    const viewAfter = await viewSlotsOf(db, 'itm-milk');
    expect(viewAfter).toEqual(await serverSlotsOf('itm-milk'));
    // What the device showed offline is what the server decided (C4).
    expect(viewAfter).toEqual(viewBefore);
    expect(await db.overlayItems.count()).toBe(0);
    expect(await transactionsOf(r.id)).toBe(2);
  });

  test('C1: a push whose response is lost is re-sent with the same id and seq and applied exactly once', async () => {
    let loseNextPush = true;
    const sent: unknown[] = [];
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (urlOf(input).includes('/api/sync/push')) {
        sent.push(JSON.parse(init?.body as string));
        if (loseNextPush) {
          loseNextPush = false;
          await response.text(); // the server answered; the device never hears it
          throw new TypeError('network connection lost');
        }
      }
      return response;
    };
    const { db, client } = device(() => operator, lossy);
    await client.syncNow();
    const r = await recordOperation(db, operator, 'pick', { item: 'BOX-S', location: 'A-01-01', quantity: 3 });
    if (!r.ok) throw new Error('malformed');
    await client.syncNow();
    expect(client.getStatus().lastError).toMatch(/push: the server cannot be reached \(network connection lost\)/i);
    expect(client.getStatus().online).toBe(false);
    expect(await outboxEntries(db)).toEqual([expect.objectContaining({ id: r.id, state: 'pending' })]);

    await client.syncNow();
    expect(client.getStatus()).toMatchObject({ lastError: null, online: true, pending: 0 });
    expect(sent).toHaveLength(2);
    // The same operations, ids and seqs; only the push's own clock stamp (sentAt) is new.
    const withoutClock = (body: unknown) => ({ ...(body as object), sentAt: undefined });
    expect(withoutClock(sent[1])).toEqual(withoutClock(sent[0]));
    expect(await transactionsOf(r.id)).toBe(1);
    expect(await outboxEntries(db)).toEqual([]);
    expect(await viewSlotsOf(db, 'itm-box')).toEqual(await serverSlotsOf('itm-box'));
  });

  test('a 401 (expired session) pauses sync with authRequired, keeps the outbox, and sync resumes after a new session', async () => {
    const expiring = await server.login(...OPERATOR);
    let session: StoredSession = expiring;
    const calls: string[] = [];
    const counting: typeof fetch = (input, init) => {
      calls.push(urlOf(input));
      return fetch(input, init);
    };
    const { db, client } = device(() => session, counting);
    await client.syncNow();
    const r = await recordOperation(db, operator, 'pick', { item: 'TAPE-48', location: 'A-01-02', quantity: 2 });
    if (!r.ok) throw new Error('malformed');
    await server.db.query("UPDATE sessions SET expires_at = now() - interval '1 minute'");
    await client.syncNow();
    expect(client.getStatus()).toMatchObject({ authRequired: true, pending: 1 });
    expect(client.getStatus().lastError).toMatch(/push: the session has expired: log in again/i);
    const before = calls.length;
    await client.syncNow();
    expect(calls.length).toBe(before); // paused: nothing is sent with the refused token
    expect(await outboxEntries(db)).toEqual([expect.objectContaining({ id: r.id, state: 'pending' })]);

    session = await server.login(...OPERATOR);
    operator = session;
    await client.syncNow();
    expect(client.getStatus()).toMatchObject({ authRequired: false, pending: 0, lastError: null });
    expect(await transactionsOf(r.id)).toBe(1);
  });

  test('an invalid token is a 401 too: authRequired, nothing discarded', async () => {
    const { client } = device(() => ({ ...operator, token: 'not-a-token' }));
    await client.syncNow();
    expect(client.getStatus()).toMatchObject({ authRequired: true });
    expect(client.getStatus().lastError).toMatch(/pull: the session is not valid: log in again/i);
  });

  test('C3: a server-rejected op (unknown location) stays as rejected with its reason, is listed for attention, and can be fixed and resent', async () => {
    const { db, client } = device();
    await client.syncNow();
    const bad = await recordOperation(db, operator, 'restock', { item: 'BOX-S', lines: [{ location: 'Z-99-99', quantity: 10 }] });
    if (!bad.ok) throw new Error('malformed');
    await client.syncNow();
    expect(await outboxEntries(db)).toEqual([expect.objectContaining({
      id: bad.id, state: 'rejected', outcome: expect.objectContaining({ outcome: 'rejected', code: 'unknown-location', rule: 'C3', details: { location: 'Z-99-99' } }),
    })]);
    expect(await attentionItems(db)).toEqual([expect.objectContaining({ kind: 'rejected', opId: bad.id, code: 'unknown-location' })]);
    expect(client.getStatus()).toMatchObject({ attention: 1, pending: 0 });

    const fixed = await resendRejected(db, operator, bad.id, { item: 'BOX-S', lines: [{ location: 'A-01-01', quantity: 10 }] });
    if (!fixed.ok) throw new Error('malformed');
    expect(fixed.seq).toBeGreaterThan(bad.seq);
    await client.syncNow();
    expect(await outboxEntries(db)).toEqual([]);
    expect(await attentionItems(db)).toEqual([]);
    expect(await transactionsOf(fixed.id)).toBe(1);
    expect(await viewSlotsOf(db, 'itm-box')).toEqual(await serverSlotsOf('itm-box'));
  });

  test('C3: a rejected op can be discarded', async () => {
    const { db, client } = device();
    await client.syncNow();
    const bad = await recordOperation(db, operator, 'pick', { item: 'NO-SUCH-SKU', location: 'A-01-01', quantity: 1 });
    if (!bad.ok) throw new Error('malformed');
    await client.syncNow();
    expect((await outboxEntries(db))[0]).toMatchObject({ state: 'rejected', outcome: { code: 'unknown-item' } });
    await discardRejected(db, bad.id);
    await client.syncNow();
    expect(await outboxEntries(db)).toEqual([]);
    expect(client.getStatus()).toMatchObject({ attention: 0, pending: 0 });
  });

  test('C2/R3: two devices put different lots into empty slot C-01-04 offline; the exception shows in the attention list of the device that raised it', async () => {
    const supervisor = await server.login(...SUPERVISOR);
    const a = device(() => operator);
    const b = device(() => supervisor);
    await Promise.all([a.client.syncNow(), b.client.syncNow()]);
    const fromA = await recordOperation(a.db, operator, 'restock', { item: 'YOG-500', lines: [{ location: 'C-01-04', quantity: 10, lot: 'Y25-2001' }] });
    const fromB = await recordOperation(b.db, supervisor, 'restock', { item: 'YOG-500', lines: [{ location: 'C-01-04', quantity: 12, lot: 'Y25-2002' }] });
    if (!fromA.ok || !fromB.ok) throw new Error('malformed');
    // Offline, each device saw its own lot go into the empty slot (C4).
    expect(fromB.preview.outcome).toBe('applied');

    await a.client.syncNow();
    await b.client.syncNow();
    const items = await attentionItems(b.db);
    expect(items).toEqual([expect.objectContaining({
      kind: 'exception', opId: fromB.id, type: 'restock', code: 'second-lot-in-slot', rule: 'R3',
      exception: expect.objectContaining({ status: 'open', slotId: expect.any(String) }),
    })]);
    expect(b.client.getStatus().attention).toBe(1);
    await a.client.syncNow();
    expect(await attentionItems(a.db)).toEqual([]);
    const slot = (await slotsOfItem(b.db, 'itm-yog')).find((s) => s.location.code === 'C-01-04');
    expect(slot).toMatchObject({ lotUnknown: true, needsCount: true });
    expect(await viewSlotsOf(a.db, 'itm-yog')).toEqual(await viewSlotsOf(b.db, 'itm-yog'));
  });

  test('a 5xx or malformed answer keeps everything and says what failed', async () => {
    const broken: typeof fetch = async (input, init) => {
      if (urlOf(input).includes('/api/sync/pull')) return new Response('{"nope":true}', { status: 200, headers: { 'content-type': 'application/json' } });
      return fetch(input, init);
    };
    const { db, client } = device(() => operator, broken);
    const r = await recordOperation(db, operator, 'pick', { item: 'BOX-S', location: 'A-01-01', quantity: 1 });
    if (!r.ok) throw new Error('malformed');
    await client.syncNow();
    expect(client.getStatus().lastError).toBe('pull: the answer is not a page of changes');
    expect(await outboxEntries(db)).toEqual([expect.objectContaining({ id: r.id, state: 'acked' })]);
    expect(client.getStatus().pending).toBe(1);

    const failing: typeof fetch = () => Promise.resolve(new Response('{"error":{"code":"database-unavailable","message":"the database does not answer"}}', { status: 503 }));
    const second = device(() => operator, failing);
    await second.client.syncNow();
    expect(second.client.getStatus().lastError).toBe('pull: Server error 503: the database does not answer. Nothing was changed; try again.');
  });
});
