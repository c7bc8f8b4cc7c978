export { createSyncClient, type SyncClient, type SyncClientOptions, type SyncStatus } from './sync-client';
export { SyncError, type SyncErrorKind } from './http';
export { SCHEDULE, nextDelay, retryDelay, withJitter } from './backoff';
