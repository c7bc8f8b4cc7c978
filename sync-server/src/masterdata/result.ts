// The one answer shape of every bulk upsert: a result per row, by its index in
// the request, and a summary. Errors are values, never a failed request: the
// good rows of a request apply even when others are refused.
import type { CheckedRow, RowError, RowResult, UpsertResponse } from '../../../src/domain/masterdata';

/** Results in request order: the rows' own outcomes, and the validation errors of the others. */
export function respond(checked: readonly CheckedRow<unknown>[], decided: ReadonlyMap<number, RowResult>): UpsertResponse {
  const results = checked.map((row): RowResult => {
    if (!row.ok) return { index: row.index, key: row.key, status: 'error', errors: row.errors };
    return decided.get(row.index) ?? { index: row.index, key: row.key, status: 'error', errors: [{ field: '(row)', message: 'not processed' }] };
  });
  const summary = { created: 0, updated: 0, unchanged: 0, errors: 0 };
  for (const r of results) {
    if (r.status === 'error') summary.errors += 1;
    else summary[r.status] += 1;
  }
  return { results, summary };
}

export function changedRows(response: UpsertResponse): number {
  return response.summary.created + response.summary.updated;
}

export function rowError(index: number, key: string, errors: RowError[]): RowResult {
  return { index, key, status: 'error', errors };
}

/** Fields equal as stored (arrays element by element, null and undefined alike). */
export function sameFields<T extends object>(a: T, b: T, keys: readonly (keyof T)[]): boolean {
  return keys.every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));
}
