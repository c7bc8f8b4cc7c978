// The server's transactions report (R12) read through its API as a supervisor:
// how many transactions each operation id left, to prove "exactly once".
import { expect, type APIRequestContext } from '@playwright/test';
import type { TransactionReportRow } from '../../src/domain';
import { loginToken } from './server';

/** Every transaction of `sku` on the server, grouped by the operation that made it. */
export async function transactionsByOp(request: APIRequestContext, sku: string): Promise<Map<string, TransactionReportRow[]>> {
  const token = await loginToken(request, 'SV-3001', '3456');
  const byOp = new Map<string, TransactionReportRow[]>();
  for (let page = 1; ; page += 1) {
    const query = new URLSearchParams({ item: sku, pageSize: '500', page: String(page) });
    const response = await request.get(`/api/supervisor/transactions?${query.toString()}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status(), await response.text()).toBe(200);
    const { rows, total } = (await response.json()) as { rows: TransactionReportRow[]; total: number };
    for (const row of rows) byOp.set(row.opId, [...(byOp.get(row.opId) ?? []), row]);
    if (rows.length === 0 || page * 500 >= total) return byOp;
  }
}
