import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ReplicaDb } from '../replica/db';
import { freshDb, sessionOf } from '../replica/test-helpers';
import { nextDelay, retryDelay, SCHEDULE, withJitter } from './backoff';
import { createSyncClient, type SyncClient, type SyncClientOptions } from './sync-client';

describe('backoff', () => {
  test('retries after 1 s, 2 s, 4 s ... and never waits more than 60 s', () => {
    const plain = () => 0.5;
    expect([1, 2, 3, 4, 6, 7, 20].map((n) => retryDelay(n, plain))).toEqual([1000, 2000, 4000, 8000, 32000, 60000, 60000]);
  });

  test('jitter is ±30%', () => {
    expect(withJitter(10_000, () => 0)).toBe(7000);
    expect(withJitter(10_000, () => 0.999999)).toBe(13000);
    expect(nextDelay({ failures: 0, unconfirmed: 3 }, () => 0.5)).toBe(SCHEDULE.busyMs);
    expect(nextDelay({ failures: 0, unconfirmed: 0 }, () => 0.5)).toBe(SCHEDULE.idleMs);
  });
});

const EMPTY_PAGE = { changes: { items: [], locations: [], slots: [], serials: [], exceptions: [], outcomes: [], settings: null }, cursor: 'c', hasMore: false };

/** Lets fake-indexeddb (setImmediate, not faked here) and promise chains run. */
async function settle(check: () => boolean, rounds = 500): Promise<void> {
  for (let i = 0; i < rounds && !check(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!check()) throw new Error('condition not met');
}

describe('sync client scheduling (fake timers)', () => {
  let db: ReplicaDb;
  let client: SyncClient | null = null;
  let calls: number;
  let failing: boolean;
  const fetchStub: typeof fetch = () => {
    calls += 1;
    if (failing) return Promise.reject(new TypeError('fetch failed'));
    return Promise.resolve(new Response(JSON.stringify(EMPTY_PAGE), { status: 200 }));
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    db = freshDb('schedule-test');
    calls = 0;
    failing = true;
  });
  afterEach(() => {
    client?.stop();
    client = null;
    vi.useRealTimers();
    db.close();
  });

  function make(random: () => number, extra: Partial<SyncClientOptions> = {}): SyncClient {
    client = createSyncClient({
      db, getSession: () => sessionOf(), fetch: fetchStub, locks: null, eventSource: null, random, now: () => Date.now(), ...extra,
    });
    return client;
  }

  /** Advances to just before `ms` (no run) and then to it (one run), waiting for the run to finish. */
  async function expectNextRunAfter(c: SyncClient, ms: number): Promise<void> {
    const before = calls;
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(calls).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    await settle(() => calls > before && !c.getStatus().syncing && vi.getTimerCount() > 0);
  }

  test('failures back off 1 s, 2 s, 4 s; a success resets to the idle interval and the next failure starts again at 1 s', async () => {
    const c = make(() => 0.5);
    c.start();
    await settle(() => calls === 1 && !c.getStatus().syncing && vi.getTimerCount() > 0);
    expect(c.getStatus().lastError).toMatch(/cannot be reached/i);
    await expectNextRunAfter(c, 1000);
    await expectNextRunAfter(c, 2000);
    await expectNextRunAfter(c, 4000);
    failing = false;
    await expectNextRunAfter(c, 8000);
    expect(c.getStatus()).toMatchObject({ lastError: null, online: true });
    failing = true;
    await expectNextRunAfter(c, SCHEDULE.idleMs);
    await expectNextRunAfter(c, 1000);
  });

  test('back online while an offline attempt is still failing: the network comes back and a run follows at once, not after the backoff (regression: the trigger was dropped)', async () => {
    // The first attempt's request hangs until released, then fails as the network was down.
    let release: (() => void) | null = null;
    const hanging: typeof fetch = () => {
      calls += 1;
      if (calls === 1) return new Promise((_, reject) => { release = () => reject(new TypeError('fetch failed')); });
      return Promise.resolve(new Response(JSON.stringify(EMPTY_PAGE), { status: 200 }));
    };
    const c = make(() => 0.5, { fetch: hanging });
    const first = c.syncNow();
    await settle(() => release !== null);
    // `online` (or any trigger) arrives while that attempt is in flight.
    const second = c.syncNow();
    (release as unknown as () => void)();
    await first;
    await second;
    await settle(() => calls === 2 && !c.getStatus().syncing);
    expect(c.getStatus()).toMatchObject({ lastError: null, online: true });
  });

  test('jitter from options.random shortens or lengthens each delay by up to 30%', async () => {
    const c = make(() => 0);
    c.start();
    await settle(() => calls === 1 && !c.getStatus().syncing && vi.getTimerCount() > 0);
    await expectNextRunAfter(c, 700);
    await expectNextRunAfter(c, 1400);
  });

  test('every run holds the Web Lock "lotline-sync" (one writer per device)', async () => {
    const names: string[] = [];
    const locks = {
      request: (name: string, callback: () => Promise<unknown>) => {
        names.push(name);
        return callback();
      },
    } as unknown as LockManager;
    failing = false;
    const c = make(() => 0.5, { locks });
    await c.syncNow();
    await c.syncNow();
    expect(names).toEqual(['lotline-sync', 'lotline-sync']);
  });

  test('server "change" events trigger one debounced pull; events caused by this device are ignored', async () => {
    failing = false;
    const sources: FakeEventSource[] = [];
    class FakeEventSource {
      readonly listeners = new Map<string, (e: MessageEvent) => void>();
      constructor(readonly url: string) {
        sources.push(this);
      }
      addEventListener(type: string, listener: (e: MessageEvent) => void) {
        this.listeners.set(type, listener);
      }
      removeEventListener() {}
      close() {}
      emit(data: unknown) {
        this.listeners.get('change')?.(new MessageEvent('change', { data: JSON.stringify(data) }));
      }
    }
    const c = make(() => 0.5, { eventSource: FakeEventSource as unknown as typeof EventSource, baseUrl: 'http://server' });
    c.start();
    await settle(() => calls === 1 && !c.getStatus().syncing && sources.length === 1);
    const source = sources[0]!;
    expect(source.url).toBe('http://server/api/events?access_token=token-1');
    const own = (await db.meta.get('deviceId'))?.value;
    source.emit({ deviceId: own, operations: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(1);
    source.emit({ deviceId: 'other', operations: 1 });
    source.emit({ deviceId: 'other', operations: 2 });
    await vi.advanceTimersByTimeAsync(249);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await settle(() => calls === 2 && !c.getStatus().syncing);
  });
});
