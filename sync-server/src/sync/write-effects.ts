// Writes what the rule engine returned, one statement per kind of row.
import type { Queryable } from '../db/connection';
import { EXCEPTIONS, ITEMS, SERIALS, SHIPMENT_LINES, SLOTS, TRANSACTIONS, upsertSql } from '../db/tables';
import type { Effects } from '../domain';

const SLOTS_UPSERT = upsertSql(SLOTS, 'upsert');
const SERIALS_UPSERT = upsertSql(SERIALS, 'upsert');
const ITEMS_UPSERT = upsertSql(ITEMS, 'upsert');
const EXCEPTIONS_UPSERT = upsertSql(EXCEPTIONS, 'upsert');
const TRANSACTIONS_INSERT = upsertSql(TRANSACTIONS, 'insert');
const SHIPMENT_LINES_INSERT = upsertSql(SHIPMENT_LINES, 'insert');

async function write(tx: Queryable, sql: string, rows: readonly object[]): Promise<void> {
  if (rows.length > 0) await tx.query(sql, [JSON.stringify(rows)]);
}

/** Order matters for foreign keys: items and slots before serials and transactions. */
export async function writeEffects(tx: Queryable, effects: Effects): Promise<void> {
  await write(tx, ITEMS_UPSERT, effects.items);
  await write(tx, SLOTS_UPSERT, effects.slots);
  await write(tx, SERIALS_UPSERT, effects.serials);
  await write(tx, TRANSACTIONS_INSERT, effects.transactions);
  await write(tx, EXCEPTIONS_UPSERT, effects.exceptions);
  await write(tx, SHIPMENT_LINES_INSERT, effects.shipmentLines);
  if (effects.settings) {
    await tx.query(
      `INSERT INTO settings (id, value) VALUES (1, $1::jsonb)
       ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value, change_xid = pg_current_xact_id()`,
      [JSON.stringify(effects.settings)],
    );
  }
}

