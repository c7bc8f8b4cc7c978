// Test data of the supervisor specs, made through the server's own APIs so
// each test works on rows nobody else touches (the specs share one demo
// server): items and locations by the master-data upserts, stock by
// operations pushed like a device's.
import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { gs1CheckDigit } from '../../src/domain';

export const SUPERVISOR = ['SV-3001', '3456'] as const;
export const OPERATOR = ['OP-1001', '1234'] as const;

/** A short tag making this run's SKUs, locations and lots unique. */
export function uniqueTag(): string {
  return `${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}

/** A valid GTIN-13 no demo item uses (prefix 7 + 11 random digits + check digit). */
export function freshGtin(): string {
  const body = `7${String(Math.floor(Math.random() * 1e11)).padStart(11, '0')}`;
  return body + String(gs1CheckDigit(body));
}

export async function tokenOf(request: APIRequestContext, badge: string, pin: string): Promise<string> {
  const login = await request.post('/api/auth/login', { data: { badge, pin } });
  expect(login.ok()).toBe(true);
  return ((await login.json()) as { token: string }).token;
}

async function upsert(request: APIRequestContext, path: string, body: unknown): Promise<void> {
  const token = await tokenOf(request, ...SUPERVISOR);
  const response = await request.put(path, { headers: { authorization: `Bearer ${token}` }, data: body });
  expect(response.ok(), await response.text()).toBe(true);
  const { summary } = (await response.json()) as { summary: { errors: number } };
  expect(summary.errors).toBe(0);
}

export interface NewItem {
  sku: string;
  name: string;
  gtins?: string[];
  lotTracked?: boolean;
  lotAtPack?: boolean;
  serialized?: boolean;
}

export function createItems(request: APIRequestContext, items: NewItem[]): Promise<void> {
  return upsert(request, '/api/v1/items', { items });
}

export function createLocations(request: APIRequestContext, codes: string[], zone = 'E2E'): Promise<void> {
  return upsert(request, '/api/v1/locations', { locations: codes.map((code) => ({ code, zone, type: 'storage' })) });
}

export interface Pushed { outcome: string; code: string | null }

/** Operations pushed in order from one new device of `badge` (another phone, a supervisor's desk). */
export async function pushOps(request: APIRequestContext, who: readonly [string, string], ops: { type: string; payload: unknown }[]): Promise<Pushed[]> {
  const token = await tokenOf(request, ...who);
  const response = await request.post('/api/sync/push', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      deviceId: `e2e-sv-${randomUUID().slice(0, 8)}`,
      operations: ops.map((op, i) => ({ id: randomUUID(), seq: i + 1, type: op.type, deviceTime: new Date().toISOString(), payload: op.payload })),
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { outcomes: Pushed[] }).outcomes;
}

/** Assigns `sku` to `location` with stock (a supervisor's assign, as the demo seed does). */
export function assignStock(request: APIRequestContext, sku: string, location: string, capacity: number,
  stock: { quantity: number; lot?: string; serials?: { serial: string; lot: string }[] }): Promise<Pushed[]> {
  return pushOps(request, SUPERVISOR, [{ type: 'assign', payload: { item: sku, location, capacity, conditions: [{ condition: '', ...stock }] } }]);
}

/** GET a supervisor endpoint as the supervisor, JSON. */
export async function supervisorGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const token = await tokenOf(request, ...SUPERVISOR);
  const response = await request.get(path, { headers: { authorization: `Bearer ${token}` } });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as T;
}
