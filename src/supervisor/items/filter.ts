// The items grid's search: SKU, name or GTIN, any case, plus a tracking filter.
import type { ItemOverview } from '../../replica/supervisor-queries';

export type TrackedFilter = 'all' | 'tracked' | 'untracked';

export function filterItems(rows: readonly ItemOverview[], text: string, tracked: TrackedFilter): ItemOverview[] {
  const needle = text.trim().toLowerCase();
  return rows.filter(({ item }) => {
    if (tracked === 'tracked' && !item.lotTracked) return false;
    if (tracked === 'untracked' && item.lotTracked) return false;
    if (needle === '') return true;
    return item.sku.toLowerCase().includes(needle) || item.name.toLowerCase().includes(needle) || item.gtins.some((g) => g.includes(needle));
  });
}
