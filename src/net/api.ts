// The one way this app calls the server: sync (push, pull), login, the
// supervisor's reports and imports, and master data all go through `send`.
// The server answers errors as { error: { code, message, details? } }; every
// failure becomes one ApiError whose kind the caller acts on (the sync loop
// pauses on 'auth' and backs off on the rest) and whose message says, in the
// user's language, what happened and what to do: the catalogue's sentence for
// the server's code (server.*), or for an unknown code the server's own words
// inside the sentence for the kind of failure (api.*).

import type { Language, Role } from '../domain';
import { describeServerError, say } from '../words';

/**
 * auth: 401, log in again. forbidden: 403. missing: 404. network: no answer.
 * server: 5xx. malformed: an answer that is not what was asked. refused: any other 4xx.
 */
export type ApiErrorKind = 'auth' | 'forbidden' | 'missing' | 'network' | 'server' | 'malformed' | 'refused';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** The HTTP status; 0 when no answer came. */
    readonly status: number,
    /** The server's error code (`invalid-cursor`, `no-rows`...), when it sent one. */
    readonly code: string | null = null,
    /** The server's own words (or the network's reason), before they were made a sentence. */
    readonly detail: string = message,
    /** Why, in the user's words and without the step: the catalogue's sentence for the code, else the server's own words. */
    readonly reason: string = detail,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A failure of a kind, in words, around the server's own detail (or the network's reason): for a code the catalogue does not know. */
function kindSentence(kind: ApiErrorKind, reason: string, status: number, code: string | null): string {
  switch (kind) {
    case 'network': return say('api.network', { reason });
    case 'auth': return say('api.auth', { reason });
    case 'forbidden': return say('api.forbidden', { reason });
    case 'missing': return say('api.missing', { reason });
    case 'server': return say('api.server', { reason, status });
    case 'malformed': return say('api.malformed', { reason });
    case 'refused': return say('api.refused', { reason, code });
  }
}

interface Why {
  detail: string;
  status: number;
  code?: string | null;
  details?: unknown;
  /** A sentence the client already has for it (not JSON). */
  known?: string;
}

function failure(kind: ApiErrorKind, what: string | undefined, { detail, status, code = null, details, known }: Why): ApiError {
  const said = known ?? (code === null ? null : describeServerError(code, details));
  const sentence = said ?? kindSentence(kind, detail.replace(/\.$/, ''), status, code);
  return new ApiError(kind, what ? say('api.step', { step: what, sentence }) : sentence, status, code, detail, said ?? detail);
}

function kindOf(status: number): ApiErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'missing';
  return status >= 500 ? 'server' : 'refused';
}

/** Where the server is and how to reach it: the page's own origin unless a test or a device says otherwise. */
export interface Http {
  baseUrl: string;
  fetch: typeof fetch;
}

export const SAME_ORIGIN: Http = { baseUrl: '', fetch: (input, init) => globalThis.fetch(input, init) };

export interface Call {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The session's bearer token; absent only for login. */
  token?: string;
  /** A body sent as JSON. */
  json?: unknown;
  /** A body sent as it is (a file), with its content type. */
  file?: { body: Blob | BufferSource | string; type: string };
  accept?: string;
  /** Names the step in messages ("push", "pull"), for the sync loop's status line. */
  what?: string;
  http?: Http;
}

function headersOf(call: Call): Record<string, string> {
  const headers: Record<string, string> = { accept: call.accept ?? 'application/json' };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.json !== undefined) headers['content-type'] = 'application/json';
  if (call.file) headers['content-type'] = call.file.type;
  return headers;
}

async function errorOf(response: Response, what: string | undefined): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null;
  const code = typeof body?.error?.code === 'string' ? body.error.code : null;
  const detail = typeof body?.error?.message === 'string' ? body.error.message : `HTTP ${response.status} ${response.statusText}`.trim();
  return failure(kindOf(response.status), what, { detail, status: response.status, code, details: body?.error?.details });
}

/** Sends one request; answers the response when it is 2xx, throws ApiError otherwise. */
export async function send(path: string, call: Call = {}): Promise<Response> {
  const http = call.http ?? SAME_ORIGIN;
  let response: Response;
  try {
    response = await http.fetch(`${http.baseUrl}${path}`, {
      method: call.method ?? (call.json !== undefined || call.file ? 'POST' : 'GET'),
      headers: headersOf(call),
      ...(call.json !== undefined ? { body: JSON.stringify(call.json) } : {}),
      ...(call.file ? { body: call.file.body as BodyInit } : {}),
    });
  } catch (error) {
    throw failure('network', call.what, { detail: error instanceof Error ? error.message : String(error), status: 0 });
  }
  if (!response.ok) throw await errorOf(response, call.what);
  return response;
}

/** Sends one request and answers its JSON body (not yet checked: the caller validates its shape). */
export async function requestJson<T = unknown>(path: string, call: Call = {}): Promise<T> {
  const response = await send(path, call);
  try {
    return (await response.json()) as T;
  } catch {
    throw failure('malformed', call.what, { detail: 'not JSON', status: response.status, known: say('api.not-json') });
  }
}

/** A failed call in words a supervisor or operator can act on. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface LoginResult {
  token: string;
  /** `language`: absent from servers before issue 17. */
  user: { id: string; name: string; role: Role; language?: Language | null };
  expiresAt: string;
  /** This login on this device: stamped on every operation recorded under it. Absent from older servers. */
  signInId?: string;
}

/** `deviceName` names this device for the supervisor's lists; empty or absent keeps the name it has. */
export function login(badge: string, pin: string, deviceId: string, deviceName?: string): Promise<LoginResult> {
  const named = deviceName?.trim() ? { deviceName: deviceName.trim() } : {};
  return requestJson<LoginResult>('/api/auth/login', { json: { badge, pin, deviceId, ...named } });
}
