// Where new stock may be placed: a storage slot (not a dock or a packing bench)
// whose location is still in use. A location taken out of use keeps its stock
// until it is emptied but takes no more (the server flags it: inactive-location).
import type { Location } from '../../../domain';

export function isStorageInUse(slot: { location: Pick<Location, 'type' | 'active'> }): boolean {
  return slot.location.type === 'storage' && slot.location.active;
}
