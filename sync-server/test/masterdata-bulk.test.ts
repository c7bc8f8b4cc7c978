// 10,000 items in one request: one backend is enough to prove the bulk path
// (both are measured by bench/masterdata-bench.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SUPERVISOR, loginAs, startHarness, type Harness } from './harness';
import { gtin13, upsert } from './masterdata-support';

const N = 10_000;
const rows = (name: string) => Array.from({ length: N }, (_, i) => ({
  sku: `BULK-${String(i).padStart(5, '0')}`,
  name: `${name} ${i}`,
  gtins: [gtin13(`77${String(i).padStart(10, '0')}`)],
  lotTracked: i % 3 === 0,
  shelfLifeDays: i % 2 === 0 ? 30 : null,
}));

describe('bulk item upsert on pglite', () => {
  let h: Harness;
  let sv: string;
  beforeAll(async () => {
    h = await startHarness('pglite');
    sv = await loginAs(h.app, ...SUPERVISOR);
  });
  afterAll(async () => h.close());

  test('10,000 items in one request are created, then answered unchanged, then updated, row for row', async () => {
    const created = await upsert(h.app, sv, '/api/v1/items', { items: rows('Bulk item') });
    expect(created.summary).toEqual({ created: N, updated: 0, unchanged: 0, errors: 0 });
    expect(created.results.map((r) => r.index)).toEqual(Array.from({ length: N }, (_, i) => i));
    const stored = await h.db.query<{ items: number; gtins: number }>(
      `SELECT (SELECT count(*)::int FROM items WHERE sku LIKE 'BULK-%') AS items,
              (SELECT count(*)::int FROM item_gtins g JOIN items i ON i.id = g.item_id WHERE i.sku LIKE 'BULK-%') AS gtins`,
    );
    expect(stored.rows[0]).toEqual({ items: N, gtins: N });

    const again = await upsert(h.app, sv, '/api/v1/items', { items: rows('Bulk item') });
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: N, errors: 0 });

    const renamed = await upsert(h.app, sv, '/api/v1/items', { items: rows('Renamed item') });
    expect(renamed.summary).toEqual({ created: 0, updated: N, unchanged: 0, errors: 0 });
  });
});
