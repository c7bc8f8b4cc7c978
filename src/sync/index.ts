export { createSyncClient, type SyncClient, type SyncClientOptions, type SyncStatus } from './sync-client';
export { SCHEDULE, nextDelay, retryDelay, withJitter } from './backoff';
