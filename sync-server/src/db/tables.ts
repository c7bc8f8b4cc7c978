// Column maps between the domain's camelCase rows and the snake_case tables.
// Reads alias columns to the domain's names, so a row comes out as a domain
// object; writes pass rows as one JSON array through jsonb_to_recordset, so a
// whole batch of rows is one statement whatever its size.

interface Column {
  column: string;
  key: string;
  type: string;
}

export interface TableMap {
  table: string;
  columns: Column[];
}

function col(column: string, type: string, key = camel(column)): Column {
  return { column, key, type };
}

function camel(snake: string): string {
  return snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

// The item columns operations write (a tracking switch). Not for reading an
// item whole: its shelf life and active flag are in ITEMS
// (masterdata/tables.ts), and the rules need them.
export const ITEMS_CORE: TableMap = {
  table: 'items',
  columns: [
    col('id', 'text'), col('sku', 'text'), col('name', 'text'), col('gtins', 'text[]'), col('unit', 'text'),
    col('lot_tracked', 'boolean'), col('lot_at_pack', 'boolean'), col('serialized', 'boolean'),
    col('durable', 'boolean'), col('conditions', 'text[]'), col('special_handling', 'boolean'),
  ],
};

export const LOCATIONS: TableMap = {
  table: 'locations',
  columns: [col('id', 'text'), col('code', 'text'), col('zone', 'text'), col('type', 'text'), col('active', 'boolean')],
};

export const SLOTS: TableMap = {
  table: 'slots',
  columns: [
    col('id', 'text'), col('item_id', 'text'), col('location_id', 'text'), col('condition', 'text'),
    col('capacity', 'integer'), col('quantity', 'integer'), col('lot', 'text'), col('lot_unknown', 'boolean'),
    col('needs_count', 'boolean'),
  ],
};

export const SERIALS: TableMap = {
  table: 'serials',
  columns: [
    col('id', 'text'), col('item_id', 'text'), col('serial', 'text'), col('lot', 'text'), col('slot_id', 'text'),
    col('status', 'text'),
  ],
};

export const EXCEPTIONS: TableMap = {
  table: 'exceptions',
  columns: [
    col('id', 'text'), col('op_id', 'uuid'), col('code', 'text'), col('rule', 'text'), col('item_id', 'text'),
    col('location_id', 'text'), col('slot_id', 'text'), col('details', 'jsonb'), col('status', 'text'),
    col('resolution', 'text'), col('resolved_by_op_id', 'text'),
  ],
};

export const TRANSACTIONS: TableMap = {
  table: 'transactions',
  columns: [
    col('id', 'text'), col('op_id', 'uuid'), col('type', 'text'), col('item_id', 'text'), col('location_id', 'text'),
    col('slot_id', 'text'), col('condition', 'text'), col('lot', 'text'), col('lot_unknown', 'boolean'),
    col('serial', 'text'), col('quantity', 'integer'), col('user_id', 'text'), col('device_id', 'text'),
    col('device_time', 'timestamptz'),
  ],
};

export const SHIPMENT_LINES: TableMap = {
  table: 'shipment_lines',
  columns: [
    col('id', 'text'), col('op_id', 'uuid'), col('shipment', 'text'), col('item_id', 'text'),
    col('quantity', 'integer'), col('lot', 'text'), col('serial', 'text'), col('picked_lot', 'text'),
    col('lot_mismatch', 'boolean'),
  ],
};

/** `t.col AS "key", ...` for reading rows as domain objects. */
export function selectList(map: TableMap, alias = ''): string {
  const prefix = alias ? `${alias}.` : '';
  return map.columns.map((c) => `${prefix}${c.column} AS "${c.key}"`).join(', ');
}

/**
 * INSERT ... SELECT FROM jsonb_to_recordset($1), with ON CONFLICT (id) DO UPDATE
 * for rows that change (upsert) and none for append-only ones (insert). change_xid is stamped with the
 * writing transaction's id so pulls see the row.
 */
export function upsertSql(map: TableMap, mode: 'upsert' | 'insert', param = 1): string {
  const names = map.columns.map((c) => c.column).join(', ');
  const values = map.columns.map((c) => `x."${c.key}"`).join(', ');
  const recordType = map.columns.map((c) => `"${c.key}" ${c.type}`).join(', ');
  const stamped = map.table === 'transactions' || map.table === 'shipment_lines';
  // Append-only rows are plain inserts: applying an operation twice must fail loudly, not pass silently.
  const conflict = mode === 'insert'
    ? ''
    : `ON CONFLICT (id) DO UPDATE SET ${map.columns
      .filter((c) => c.column !== 'id')
      .map((c) => `${c.column} = EXCLUDED.${c.column}`)
      .join(', ')}${stamped ? '' : ', change_xid = pg_current_xact_id()'}`;
  return `INSERT INTO ${map.table} (${names}) SELECT ${values} FROM jsonb_to_recordset($${param}::jsonb) AS x(${recordType}) ${conflict}`;
}
