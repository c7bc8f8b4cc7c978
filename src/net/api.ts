// Login against the sync server (everything else goes through src/sync).

import type { Role } from '../domain';

export interface LoginResult {
  token: string;
  user: { id: string; name: string; role: Role };
  expiresAt: string;
  /** This login on this device: stamped on every operation recorded under it. Absent from older servers. */
  signInId?: string;
}

/** An error answered by the server (`{ error: { code, message } }`) or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ApiError('The server cannot be reached', 'NETWORK', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = isRecord(body) && isRecord(body.error) ? body.error : {};
    const message = typeof error.message === 'string' ? error.message : `${response.status} ${response.statusText}`;
    const code = typeof error.code === 'string' ? error.code : 'HTTP_ERROR';
    throw new ApiError(message, code, response.status);
  }
  return body as T;
}

export function login(badge: string, pin: string, deviceId: string): Promise<LoginResult> {
  return request<LoginResult>('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ badge, pin, deviceId }),
  });
}
