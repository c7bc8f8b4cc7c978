// Test helpers for the replica (imported by *.test.ts only).
import type { PulledOutcome, PullResponse, World } from '../domain';
import { applyPullPage } from './apply-pull';
import { ReplicaDb } from './db';
import { deviceId, type StoredSession } from './session';

let counter = 0;

/** A fresh database per test: fake-indexeddb is one global for the worker. */
export function freshDb(prefix = 'replica-test'): ReplicaDb {
  counter += 1;
  return new ReplicaDb(`${prefix}-${counter}-${crypto.randomUUID()}`);
}

export function sessionOf(role: StoredSession['user']['role'] = 'supervisor', token = 'token-1'): StoredSession {
  return { token, expiresAt: '2099-01-01T00:00:00.000Z', badge: 'SV-1', user: { id: `usr-${role}`, name: role, role } };
}

/** Writes a world as if one pull page brought it. */
export async function seedFromWorld(db: ReplicaDb, world: World, outcomes: PulledOutcome[] = [], cursor = 'c-1'): Promise<void> {
  const page: PullResponse = {
    changes: {
      items: [...world.items], locations: [...world.locations], slots: [...world.slots], serials: [...world.serials],
      exceptions: [...world.exceptions], outcomes, settings: world.settings,
    },
    cursor,
    hasMore: false,
  };
  await applyPullPage(db, page, await deviceId(db));
}

export const NOW = new Date('2026-11-23T08:00:00.000Z');
