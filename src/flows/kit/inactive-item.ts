// A deactivated item is no longer received or given a place (the server flags
// it when a device did so before it knew: src/domain/inactive-item.ts). The
// wizards that take an item in refuse it at their item step with these words.
import { isItemActive, type Item } from '../../domain';
import { say } from '../../words';

export function inactiveItemRefusal(item: Item, work: 'received' | 'assigned'): string | null {
  if (isItemActive(item)) return null;
  return say(`kit.inactive-item.${work}`, { sku: item.sku });
}
