// Integration API tokens: what an ERP authenticates with instead of a person's
// badge and PIN. A token is shown once; the server keeps only its SHA-256, so
// a database leak does not leak tokens. Each token has a users row of its own
// (inactive: it cannot log in) that signs the operations it pushes, so the
// audit trail names the integration, never a person.
//
// What a token may do: read and write master data and orders (/api/v1/...);
// push and pull floor operations only when created with allowFloorOps (then
// with an operator's operations, never a supervisor's); nothing else.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { HttpError } from '../http/errors';
import type { SessionUser } from './sessions';

/** Integration tokens carry a prefix, so a request is checked against one table only. */
const TOKEN_PREFIX = 'llt_';

export interface IntegrationPrincipal extends SessionUser {
  kind: 'integration';
  tokenId: string;
  allowFloorOps: boolean;
}

export interface ApiTokenInfo {
  id: string;
  name: string;
  allowFloorOps: boolean;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export function isApiToken(token: string): boolean {
  return token.startsWith(TOKEN_PREFIX);
}

export function isIntegration(user: SessionUser): user is IntegrationPrincipal {
  return (user as Partial<IntegrationPrincipal>).kind === 'integration';
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const INFO_COLUMNS = `id, name, allow_floor_ops AS "allowFloorOps", to_json(created_at) #>> '{}' AS "createdAt",
  created_by AS "createdBy", to_json(revoked_at) #>> '{}' AS "revokedAt", to_json(last_used_at) #>> '{}' AS "lastUsedAt"`;

export async function createApiToken(
  db: Db, createdBy: string, request: { name: string; allowFloorOps: boolean },
): Promise<ApiTokenInfo & { token: string }> {
  const id = `tok-${randomUUID().slice(0, 8)}`;
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const userId = `usr-${id}`;
  const info = await db.transaction(async (tx) => {
    // The token's own principal: an operator's operations at most, and no PIN to log in with.
    await tx.query(
      `INSERT INTO users (id, name, badge, pin_hash, role, active) VALUES ($1, $2, $3, 'disabled', 'operator', false)`,
      [userId, `API: ${request.name}`, `API-${id}`],
    );
    return (await tx.query<ApiTokenInfo>(
      `INSERT INTO api_tokens (id, name, token_hash, user_id, allow_floor_ops, created_by) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${INFO_COLUMNS}`,
      [id, request.name, hashToken(token), userId, request.allowFloorOps, createdBy],
    )).rows[0];
  });
  if (!info) throw new Error('the token row was not written');
  return { ...info, token };
}

export async function listApiTokens(db: Db): Promise<ApiTokenInfo[]> {
  return (await db.query<ApiTokenInfo>(`SELECT ${INFO_COLUMNS} FROM api_tokens ORDER BY created_at, id`)).rows;
}

/** Revokes a token; false when there is no such token. Revoking twice keeps the first time. */
export async function revokeApiToken(db: Db, id: string): Promise<ApiTokenInfo | null> {
  return (await db.query<ApiTokenInfo>(
    `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${INFO_COLUMNS}`,
    [id],
  )).rows[0] ?? null;
}

interface TokenRow {
  id: string;
  userId: string;
  name: string;
  allowFloorOps: boolean;
  revoked: boolean;
}

/** Paths an integration token may call, and those it needs allowFloorOps for. */
function mayCall(path: string, allowFloorOps: boolean): boolean {
  if (path.startsWith('/api/v1/') || path === '/api/auth/me') return true;
  return allowFloorOps && (path.startsWith('/api/sync/') || path === '/api/events');
}

/**
 * The principal of an integration token for a request to `path`: 401 when the
 * token is unknown or revoked, 403 when the token may not call that path.
 * Last use is noted at most once a minute (not a write per request).
 */
export async function principalForApiToken(db: Db, token: string, path: string): Promise<IntegrationPrincipal> {
  const row = (await db.query<TokenRow>(
    `WITH touch AS (
       UPDATE api_tokens SET last_used_at = now()
        WHERE token_hash = $1 AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute'))
     SELECT id, user_id AS "userId", name, allow_floor_ops AS "allowFloorOps", revoked_at IS NOT NULL AS revoked
       FROM api_tokens WHERE token_hash = $1`,
    [hashToken(token)],
  )).rows[0];
  if (!row) throw new HttpError(401, 'unauthenticated', 'the API token is not valid');
  if (row.revoked) throw new HttpError(401, 'token-revoked', 'the API token was revoked: ask a supervisor for a new one');
  const cleanPath = path.split('?')[0] ?? '';
  if (!mayCall(cleanPath, row.allowFloorOps)) {
    throw new HttpError(403, 'forbidden', row.allowFloorOps || !(cleanPath.startsWith('/api/sync/') || cleanPath === '/api/events')
      ? 'an integration token may not call this endpoint'
      : 'this integration token may not push or pull floor operations: create one with allowFloorOps');
  }
  return { id: row.userId, name: `API: ${row.name}`, role: 'operator', language: null, kind: 'integration', tokenId: row.id, allowFloorOps: row.allowFloorOps };
}
