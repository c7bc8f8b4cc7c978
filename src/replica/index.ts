// The device replica: Dexie schema, session, recording operations, reads of the optimistic view.
export { ReplicaDb, openReplica, VERSIONS, type ItemRecord, type OutboxRow, type SchemaVersion } from './db';
export { loadSession, saveSession, clearSession, deviceId, type StoredSession } from './session';
export { recordOperation, type RecordResult } from './record';
export * from './queries';
export { onOutboxChange } from './changes';
export { requestPersistentStorage } from './storage';
