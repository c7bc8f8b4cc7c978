// Reads the server's truth through its API, as an independent observer.
import { expect, type APIRequestContext } from '@playwright/test';
import type { PullChanges, PullResponse } from '../../src/domain';

export async function serverRows(request: APIRequestContext): Promise<PullChanges> {
  const login = await request.post('/api/auth/login', { data: { badge: 'SV-3001', pin: '3456' } });
  const { token } = (await login.json()) as { token: string };
  const all: PullChanges = { items: [], locations: [], slots: [], serials: [], exceptions: [], outcomes: [], settings: null };
  let cursor: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ deviceId: 'e2e-observer', limit: '5000', ...(cursor ? { cursor } : {}) });
    const response = await request.get(`/api/sync/pull?${query.toString()}`, { headers: { authorization: `Bearer ${token}` } });
    const page = (await response.json()) as PullResponse;
    for (const key of ['items', 'locations', 'slots', 'serials', 'exceptions'] as const) {
      (all[key] as unknown[]).push(...page.changes[key]);
    }
    cursor = page.cursor;
    if (!page.hasMore) return all;
  }
}

export function slotAt(rows: PullChanges, itemId: string, locationId: string) {
  return rows.slots.findLast((s) => s.itemId === itemId && s.locationId === locationId);
}

/** A session token for an API call made as this user (a supervisor's desk, an ERP script). */
export async function loginToken(request: APIRequestContext, badge: string, pin: string): Promise<string> {
  const login = await request.post('/api/auth/login', { data: { badge, pin } });
  expect(login.status(), `login ${badge}`).toBe(200);
  return ((await login.json()) as { token: string }).token;
}
