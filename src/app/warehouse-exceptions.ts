// Open exceptions anywhere in the warehouse (not only this device's), so every
// operator sees that a slot is in doubt before working on it.
import type { LotException } from '../domain';
import type { ReplicaDb } from '../replica/db';

export interface WarehouseException {
  exception: LotException;
  locationCode: string | null;
}

export async function openWarehouseExceptions(db: ReplicaDb): Promise<WarehouseException[]> {
  const [server, overlay] = await Promise.all([db.exceptions.toArray(), db.overlayExceptions.toArray()]);
  const merged = new Map(server.map((e) => [e.id, e]));
  for (const e of overlay) merged.set(e.id, e);
  const open = [...merged.values()].filter((e) => e.status === 'open');
  const locations = await db.locations.bulkGet(open.map((e) => e.locationId ?? ''));
  return open
    .map((exception, i) => ({ exception, locationCode: locations[i]?.code ?? null }))
    .sort((a, b) => (a.locationCode ?? '').localeCompare(b.locationCode ?? '') || a.exception.id.localeCompare(b.exception.id));
}
