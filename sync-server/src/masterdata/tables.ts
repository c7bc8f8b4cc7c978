// Column maps for master data: the items table as the first migration made it
// plus what 002_master_data added. Devices pull items through this map too,
// so they see shelf life and whether an item is active.
import { ITEMS, type TableMap } from '../db/tables';

export const MASTER_ITEMS: TableMap = {
  table: 'items',
  columns: [
    ...ITEMS.columns,
    { column: 'shelf_life_days', key: 'shelfLifeDays', type: 'integer' },
    { column: 'active', key: 'active', type: 'boolean' },
  ],
};
