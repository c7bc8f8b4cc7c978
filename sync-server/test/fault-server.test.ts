// Fault injection against a REAL server process: SIGKILL in the middle of a
// push and after the commit but before the answer, answers lost, delayed and
// refused by a loopback proxy, a session ended in the middle of a sync. After
// each, every operation a device recorded is on the server exactly once with
// the outcome the device was told, stock equals the sum of transactions, and
// every device's replica equals the server (C1, C2, C4).
// PGlite in a data directory always; PostgreSQL too whenever TEST_DATABASE_URL is
// set (CI), unless LOTLINE_FAULT_POSTGRES=0. LOTLINE_FAULT_ROUNDS repeats the kill
// rounds (default 1).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { SimulatedDevice } from './support/device-sim';
import { faultProxy, type Fault, type FaultProxy } from './support/fault-proxy';
import { floorOperation, sampleOperations } from './support/floor-ops';
import { checkLedger, checkReplicas, withDatabase } from './support/invariants';
import { pgliteStorage, postgresStorage, serverProcess, type ServerProcess, type ServerStorage } from './support/server-process';

const ROUNDS = Number(process.env.LOTLINE_FAULT_ROUNDS ?? 1);
// PostgreSQL's own crash safety is its business; ours is that a server process
// killed at any point loses and doubles nothing, on either database.
const BACKENDS = process.env.TEST_DATABASE_URL && process.env.LOTLINE_FAULT_POSTGRES !== '0' ? (['pglite', 'postgres'] as const) : (['pglite'] as const);
const OPERATOR = { badge: 'OP-1001', pin: '1234' };
const PICKER = { badge: 'PK-2001', pin: '2345' };

/** What the fault tests report (printed once at the end: the figures for the table). */
const tally: Record<string, { times: number; lost: number; doubled: number; note: string }> = {};
function count(fault: string, note = ''): void {
  const row = tally[fault] ?? { times: 0, lost: 0, doubled: 0, note };
  row.times += 1;
  if (note) row.note = note;
  tally[fault] = row;
}

describe.each(BACKENDS)('faults against a real server process (%s)', (backend) => {
  let storage: ServerStorage;
  let server: ServerProcess;
  let proxy: FaultProxy;
  let seed = 9000;
  const devices: SimulatedDevice[] = [];
  const midPushCommitted: number[] = [];
  const observer = async () => {
    proxy.plan(() => undefined);
    const o = new SimulatedDevice({ baseUrl: () => server.url, ...OPERATOR });
    await o.login();
    return o;
  };

  const device = (who: { badge: string; pin: string }) => {
    const d = new SimulatedDevice({ baseUrl: () => proxy.url, ...who });
    devices.push(d);
    return d;
  };
  const recordMany = (d: SimulatedDevice, n: number) => {
    for (const op of sampleOperations(floorOperation, n, seed++)) d.record(op.type, op.payload);
  };
  beforeAll(async () => {
    storage = backend === 'pglite' ? pgliteStorage() : await postgresStorage(process.env.TEST_DATABASE_URL as string);
    server = await serverProcess({ storage, env: { LOTLINE_LOGIN_PER_MINUTE: '1000' } });
    await server.start();
    proxy = await faultProxy(() => server.port);
  });
  // A failed test must not leave the next one without a server.
  beforeEach(async () => {
    proxy?.plan(() => undefined);
    if (server && !server.running) await server.start();
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.stop();
    await storage?.dispose();
    console.info(`fault tally (${backend}): ${JSON.stringify(tally)}`);
  });

  test('C1: SIGKILL in the middle of a push: the operations committed before the kill are answered duplicate on re-send, the rest applied once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const d = device(OPERATOR);
      await d.sync();
      // How long a batch of 100 takes here, so the kill can land inside the next one.
      recordMany(d, 100);
      const started = performance.now();
      await d.sync();
      const batchMs = performance.now() - started;
      recordMany(d, 100);
      // The kill lands part-way (35%, 60%, 85%... of a batch's time) after the
      // server got the batch. The re-send tells how far it got: every
      // operation committed before the kill comes back as duplicate.
      const delayMs = Math.round(batchMs * (0.35 + ((round * 0.25) % 0.75)));
      const duplicatesBefore = d.duplicatesSeen;
      let killed = false;
      proxy.plan((x) => (x.path.startsWith('/api/sync/push') && !killed
        ? { kind: 'during-request', run: async () => { killed = true; await new Promise((r) => setTimeout(r, delayMs)); await server.kill(); } }
        : undefined));
      const answeredBefore = d.answered.size;
      await expect(d.sync()).rejects.toThrow();
      expect(server.running).toBe(false);
      expect(d.answered.size).toBe(answeredBefore);
      proxy.plan(() => undefined);
      await server.start();
      await d.syncUntilDrained();
      midPushCommitted.push(d.duplicatesSeen - duplicatesBefore);
      count('SIGKILL mid-push (batch of 100)', `committed before the kill, per round: ${midPushCommitted.join(', ')} of 100`);
    }
    await checkReplicas(await observer(), devices.slice(-ROUNDS));
  });

  test('C1: SIGKILL after the commit, before the answer: the device re-sends, every operation is applied once and answered duplicate', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const d = device(OPERATOR);
      await d.sync();
      recordMany(d, 40);
      let killed = false;
      proxy.plan((x) => (x.path.startsWith('/api/sync/push') && !killed
        ? { kind: 'after-response', run: async () => { killed = true; await server.kill(); } }
        : undefined));
      await expect(d.sync()).rejects.toThrow();
      expect(killed).toBe(true);
      expect(d.answered.size).toBe(0);
      proxy.plan(() => undefined);
      await server.start();
      await d.syncUntilDrained();
      // The server had committed all 40 and was killed before answering: every
      // one survived the SIGKILL (durability of a commit on PGlite's data
      // directory) and came back as its first outcome, none applied again.
      expect(d.duplicatesSeen).toBe(40);
      count('SIGKILL after commit, answer never sent (batch of 40)');
    }
    await checkReplicas(await observer(), devices.slice(-ROUNDS));
  });

  test('C1, C4: three devices through a proxy that loses, delays and refuses answers at random still converge, nothing lost or doubled', async () => {
    const crowd = [device(OPERATOR), device(OPERATOR), device(PICKER)];
    let random = 12345;
    const next = () => {
      random = (random * 1103515245 + 12345) % 2147483648;
      return random / 2147483648;
    };
    proxy.plan((x): Fault | undefined => {
      if (!x.path.startsWith('/api/sync/')) return undefined;
      const r = next();
      if (r < 0.3) return { kind: 'drop-response' };
      if (r < 0.45) return { kind: 'delay-response', ms: Math.floor(next() * 200) };
      if (r < 0.5) return { kind: 'refuse' };
      return undefined;
    });
    for (let round = 0; round < 6; round++) {
      for (const d of crowd) recordMany(d, 8);
      await Promise.all(crowd.map((d) => d.sync().catch(() => undefined)));
    }
    proxy.plan(() => undefined);
    await Promise.all(crowd.map((d) => d.syncUntilDrained()));
    count('answer dropped after commit (random, 30%)', `${proxy.stats['drop-response']} answers dropped`);
    count('answer delayed 0-200 ms (random, 15%)', `${proxy.stats['delay-response']} answers delayed`);
    count('connection refused (random, 5%)', `${proxy.stats.refuse} refused`);
    expect(proxy.stats['drop-response']).toBeGreaterThan(0);
    await checkReplicas(await observer(), crowd);
  });

  test('a session ended in the middle of a sync: 401, the device logs in again and nothing is lost', async () => {
    const d = device(OPERATOR);
    await d.sync();
    recordMany(d, 250); // three push batches
    let pushes = 0;
    proxy.plan((x) => {
      if (!x.path.startsWith('/api/sync/push')) return undefined;
      pushes += 1;
      if (pushes !== 2) return undefined;
      // Between the first and second batch the session ends (revoked on the server).
      return { kind: 'before-request', run: async () => { await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${d.token}` } }); } };
    });
    await expect(d.sync()).rejects.toMatchObject({ kind: 'auth' });
    expect(d.answered.size).toBe(100);
    // The device still holds the ended token: one refused run, then a new login.
    const failures = await d.syncUntilDrained();
    expect(failures).toBe(1);
    expect(d.logins).toBe(2);
    count('session ended between two push batches (401 → log in again)');
    await checkReplicas(await observer(), [d]);
  });

  test('C1, C2: after every fault above, each recorded operation is in the database exactly once with the outcome its device was told, and stock equals the sum of transactions', async () => {
    if (backend === 'pglite') await server.stop();
    const ledger = await withDatabase(storage, (db) => checkLedger(db, devices));
    expect(ledger.operations).toBeGreaterThanOrEqual(devices.reduce((n, d) => n + d.recorded.length, 0));
    count('ledger check', `${ledger.operations} operations, ${ledger.transactions} transactions, ${ledger.slots} slots: none lost, none doubled`);
  });
});
