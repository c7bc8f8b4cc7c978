// A location taken out of use (deactivated in master data, never deleted) may
// still hold stock, and taking stock out of it is how it gets emptied. Placing
// stock INTO it is a mistake a supervisor must see: a device that did so
// offline, before it knew, did move the goods (C2), so the operation is
// recorded and an `inactive-location` exception opened, once per location. A
// device that knows refuses in the wizard first; the preview (C4) shows it.
import { raise, type Draft } from './effects-builder';

export function flagInactiveLocations(d: Draft, operation: string): void {
  const inactive = new Map(d.world.locations.filter((l) => !l.active).map((l) => [l.id, l]));
  if (inactive.size === 0) return;
  const placed = new Map<string, { itemId: string; quantity: number }>();
  for (const t of d.transactions) {
    if (t.quantity <= 0 || !inactive.has(t.locationId)) continue;
    const seen = placed.get(t.locationId);
    placed.set(t.locationId, { itemId: seen?.itemId ?? t.itemId, quantity: (seen?.quantity ?? 0) + t.quantity });
  }
  for (const [locationId, p] of placed) {
    raise(d, 'inactive-location', { itemId: p.itemId, locationId }, { operation, location: inactive.get(locationId)?.code, quantity: p.quantity });
  }
}
