import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { ReplicaDb, VERSIONS, type OutboxRow } from './db';

const row: OutboxRow = {
  id: '6f1c1d7e-43b4-4a37-9a57-3f2f1a7b0c11', seq: 1, type: 'pick', payload: { item: 'X', location: 'A', quantity: 1 },
  deviceTime: '2026-11-23T08:00:00.000Z', userId: 'usr-1', role: 'operator', state: 'pending', outcome: null,
  createdAt: '2026-11-23T08:00:00.000Z',
};

test('schema upgrade keeps the outbox: a db made with version 1 opens under an appended version with its rows', async () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  const v1 = new ReplicaDb(name, VERSIONS.slice(0, 1));
  await v1.outbox.add(row);
  v1.close();

  const next = VERSIONS[VERSIONS.length - 1]!;
  const upgraded = new ReplicaDb(name, [
    ...VERSIONS,
    // A test-only later version: a new table and a new outbox index.
    { version: next.version + 1, stores: { ...next.stores, outbox: '&id, seq, state', notes: '&id' } },
  ]);
  await upgraded.open();
  expect(upgraded.verno).toBe(next.version + 1);
  expect(await upgraded.outbox.toArray()).toEqual([row]);
  expect(await upgraded.outbox.where('state').equals('pending').count()).toBe(1);
  upgraded.close();
});
