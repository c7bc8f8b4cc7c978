// Resolutions this device recorded that the server has not confirmed yet: the
// inbox shows them at once (and offline) instead of waiting for the next page.
import type { ReplicaDb } from '../../replica/db';

export async function pendingResolutions(db: ReplicaDb): Promise<Map<string, string>> {
  const rows = await db.outbox.toArray();
  const pending = new Map<string, string>();
  for (const row of rows) {
    if (row.type !== 'resolveException' || row.state === 'rejected') continue;
    const payload = row.payload as { exceptionId?: unknown; action?: unknown };
    if (typeof payload.exceptionId === 'string') pending.set(payload.exceptionId, String(payload.action));
  }
  return pending;
}
