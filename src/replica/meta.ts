// Small named values kept in the meta table: cursor, session, device id, sequence.
import type { ReplicaDb } from './db';

export const META = {
  cursor: 'cursor',
  firstSyncDone: 'firstSyncDone',
  /** Set while the pages of a pull that started without a cursor are being applied. */
  freshChain: 'freshChain',
  session: 'session',
  deviceId: 'deviceId',
  /** What people call this device, given at login (sent with it; the supervisor's lists show it). */
  deviceName: 'deviceName',
  lastSeq: 'lastSeq',
  settings: 'settings',
  overlaySettings: 'overlaySettings',
  /** Pulled rows that failed the row checks and were left out (apply-pull.ts). */
  skippedRows: 'skippedRows',
  /** When the last sync succeeded (ISO): the status says so after a restart offline. */
  lastSyncAt: 'lastSyncAt',
} as const;

export type MetaKey = (typeof META)[keyof typeof META];

export async function getMeta<T>(db: ReplicaDb, key: MetaKey): Promise<T | undefined> {
  const row = await db.meta.get(key);
  return row?.value as T | undefined;
}

export async function setMeta(db: ReplicaDb, key: MetaKey, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
