// Column map of the lots table (migration 004), in the shape of db/tables.ts.
import type { TableMap } from '../db/tables';

export const LOTS: TableMap = {
  table: 'lots',
  columns: [
    { column: 'id', key: 'id', type: 'text' },
    { column: 'item_id', key: 'itemId', type: 'text' },
    { column: 'lot', key: 'lot', type: 'text' },
    { column: 'expiry', key: 'expiry', type: 'text' },
    { column: 'expiry_source', key: 'expirySource', type: 'text' },
    { column: 'first_received', key: 'firstReceived', type: 'timestamptz' },
    { column: 'on_hold', key: 'onHold', type: 'boolean' },
    { column: 'holds', key: 'holds', type: 'jsonb' },
  ],
};
