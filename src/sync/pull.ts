// Pull: pages of rows changed since the saved cursor, each written with its
// cursor in one transaction (see replica/apply-pull.ts), until hasMore is false.
import { isLanguage, type Language, type PullResponse } from '../domain';
import type { ReplicaDb } from '../replica/db';
import { applyPullPage, savedCursor } from '../replica/apply-pull';
import { META } from '../replica/meta';
import { checkChanges, type SkippedRow } from '../replica/row-checks';
import { ApiError, requestJson, type Http } from '../net/api';

export const PULL_LIMIT = 2000;
const TABLES = ['items', 'locations', 'slots', 'serials', 'exceptions', 'outcomes'] as const;
/** Sent by newer servers only: absent (or null) means none. */
const OPTIONAL_TABLES = ['purchaseOrders', 'pickLists', 'lots', 'countTasks'] as const;

export interface PullResult {
  pages: number;
  rows: number;
  decided: number;
  /** Rows left out because the device could not read them (row-checks.ts). */
  skipped: number;
  /** The puller's language as the server knows it now; undefined: the server did not say (an older one). */
  language?: Language | null;
}

export async function pullAll(
  db: ReplicaDb, http: Http, token: string, deviceId: string, limit = PULL_LIMIT, onPage: (rows: number) => void = () => {},
): Promise<PullResult> {
  const result: PullResult = { pages: 0, rows: 0, decided: 0, skipped: 0 };
  for (;;) {
    const cursor = await savedCursor(db);
    const query = new URLSearchParams({ deviceId, limit: String(limit) });
    if (cursor !== undefined) query.set('cursor', cursor);
    let body: unknown;
    try {
      body = await requestJson(`/api/sync/pull?${query.toString()}`, { http, token, what: 'pull' });
    } catch (error) {
      // A cursor this server never issued (its database was replaced): start over; rows are applied by id.
      if (error instanceof ApiError && error.code === 'invalid-cursor') await db.meta.delete(META.cursor);
      throw error;
    }
    const { page, skipped } = parsePage(body);
    const applied = await applyPullPage(db, page, deviceId, skipped);
    result.pages += 1;
    result.skipped += skipped.length;
    result.rows += applied.rows;
    result.decided += applied.decided;
    onPage(applied.rows);
    if (page.you) result.language = page.you.language;
    if (!page.hasMore) return result;
  }
}

/**
 * The envelope (cursor, hasMore, tables as arrays) must be right, or the page
 * is refused whole and nothing is written. Rows are then checked one by one
 * (a few typeof checks each: a first sync brings hundreds of thousands): a
 * row the device cannot rely on is left out and reported, the rest applied.
 */
function parsePage(body: unknown): { page: PullResponse; skipped: SkippedRow[] } {
  const page = body as Partial<PullResponse> | null;
  const changes = page?.changes as Record<string, unknown> | undefined;
  // A cursor longer than the server accepts back (pullQuerySchema) would be refused on every later pull.
  const ok = typeof page === 'object' && page !== null && typeof page.cursor === 'string' && page.cursor.length <= 500
    && typeof page.hasMore === 'boolean'
    && typeof changes === 'object' && changes !== null && !Array.isArray(changes)
    && TABLES.every((t) => Array.isArray(changes[t]))
    && OPTIONAL_TABLES.every((t) => changes[t] === undefined || changes[t] === null || Array.isArray(changes[t]));
  if (!ok) throw new ApiError('malformed', 'pull: the answer is not a page of changes', 200);
  const checked = checkChanges(changes);
  // A language this build does not speak is no reason to refuse the rows: it is left unsaid.
  const language = page.you?.language;
  const you = language === null || isLanguage(language) ? { language } : undefined;
  return { page: { changes: checked.changes, cursor: page.cursor as string, hasMore: page.hasMore as boolean, ...(you ? { you } : {}) }, skipped: checked.skipped };
}
