// Column maps for master data: the items table as the first migration made it
// plus what 002_master_data added. Devices pull items through this map too,
// so they see shelf life and whether an item is active.
import { ITEMS_CORE, type TableMap } from '../db/tables';

export const ITEMS: TableMap = {
  table: 'items',
  columns: [
    ...ITEMS_CORE.columns,
    { column: 'shelf_life_days', key: 'shelfLifeDays', type: 'integer' },
    { column: 'active', key: 'active', type: 'boolean' },
  ],
};
