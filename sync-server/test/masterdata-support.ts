// Helpers for the master-data API tests: calls with a bearer token, tokens.
import type { FastifyInstance } from 'fastify';
import type { UpsertResponse } from '../../src/domain/masterdata';

export async function put(app: FastifyInstance, token: string, path: string, body: unknown): Promise<{ status: number; body: UpsertResponse & { error?: { code: string } } }> {
  const response = await app.inject({ method: 'PUT', url: path, headers: { authorization: `Bearer ${token}` }, payload: body as object });
  return { status: response.statusCode, body: response.json() };
}

/** PUT that must succeed as a request (rows may still be errors). */
export async function upsert(app: FastifyInstance, token: string, path: string, body: unknown): Promise<UpsertResponse> {
  const response = await put(app, token, path, body);
  if (response.status !== 200) throw new Error(`PUT ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function get<T>(app: FastifyInstance, token: string, path: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });
  if (response.statusCode !== 200) throw new Error(`GET ${path}: ${response.statusCode} ${response.body}`);
  return response.json<T>();
}

export async function createToken(app: FastifyInstance, supervisor: string, name: string, allowFloorOps = false): Promise<{ id: string; token: string }> {
  const response = await app.inject({
    method: 'POST', url: '/api/tokens', headers: { authorization: `Bearer ${supervisor}` }, payload: { name, allowFloorOps },
  });
  if (response.statusCode !== 201) throw new Error(`token: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string; token: string }>();
}

/** A GTIN-13 with its check digit, from a 12-digit body. */
export function gtin13(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return body + String((10 - (sum % 10)) % 10);
}
