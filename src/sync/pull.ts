// Pull: pages of rows changed since the saved cursor, each written with its
// cursor in one transaction (see replica/apply-pull.ts), until hasMore is false.
import type { PullResponse } from '../domain';
import type { ReplicaDb } from '../replica/db';
import { applyPullPage, savedCursor } from '../replica/apply-pull';
import { META } from '../replica/meta';
import { requestJson, SyncError, type Http } from './http';

export const PULL_LIMIT = 2000;
const TABLES = ['items', 'locations', 'slots', 'serials', 'exceptions', 'outcomes'] as const;

export interface PullResult {
  pages: number;
  rows: number;
  decided: number;
}

export async function pullAll(
  db: ReplicaDb, http: Http, token: string, deviceId: string, limit = PULL_LIMIT, onPage: (rows: number) => void = () => {},
): Promise<PullResult> {
  const result: PullResult = { pages: 0, rows: 0, decided: 0 };
  for (;;) {
    const cursor = await savedCursor(db);
    const query = new URLSearchParams({ deviceId, limit: String(limit) });
    if (cursor !== undefined) query.set('cursor', cursor);
    let body: unknown;
    try {
      body = await requestJson(http, 'pull', `/api/sync/pull?${query.toString()}`, token);
    } catch (error) {
      // A cursor this server never issued (its database was replaced): start over; rows are applied by id.
      if (error instanceof SyncError && error.code === 'invalid-cursor') await db.meta.delete(META.cursor);
      throw error;
    }
    const page = parsePage(body);
    const applied = await applyPullPage(db, page, deviceId);
    result.pages += 1;
    result.rows += applied.rows;
    result.decided += applied.decided;
    onPage(applied.rows);
    if (!page.hasMore) return result;
  }
}

/** Shallow checks only: a first sync brings hundreds of thousands of rows, and the server is ours. */
function parsePage(body: unknown): PullResponse {
  const page = body as Partial<PullResponse> | null;
  const changes = page?.changes as Record<string, unknown> | undefined;
  const ok = typeof page === 'object' && page !== null && typeof page.cursor === 'string' && typeof page.hasMore === 'boolean'
    && typeof changes === 'object' && changes !== null
    && TABLES.every((t) => Array.isArray(changes[t]) && (changes[t] as unknown[]).every(hasId));
  if (!ok) throw new SyncError('malformed', 'pull: the answer is not a page of changes');
  return page as PullResponse;
}

function hasId(row: unknown): boolean {
  return typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string';
}
