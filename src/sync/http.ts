// One way to call the sync API, and one error type with a kind the loop acts on:
// auth (pause until a new session), network / server / malformed (back off and
// retry, keep everything), refused (a 4xx other than 401: also retried, with its reason).
export type SyncErrorKind = 'auth' | 'network' | 'server' | 'malformed' | 'refused';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export interface Http {
  baseUrl: string;
  fetch: typeof fetch;
}

function errorBody(body: unknown): { code: string | null; message: string | null } {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return {
    code: typeof error?.code === 'string' ? error.code : null,
    message: typeof error?.message === 'string' ? error.message : null,
  };
}

/** JSON request with the session's bearer token. `what` names the step in error messages ("push", "pull"). */
export async function requestJson(http: Http, what: string, path: string, token: string, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await http.fetch(`${http.baseUrl}${path}`, {
      ...init,
      headers: { accept: 'application/json', authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SyncError('network', `${what}: the server cannot be reached (${reason})`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (response.ok) {
    if (body === undefined) throw new SyncError('malformed', `${what}: the server's answer is not JSON`, response.status);
    return body;
  }
  const { code, message } = errorBody(body);
  const detail = message ?? `HTTP ${response.status}`;
  if (response.status === 401) throw new SyncError('auth', `${what}: ${detail}`, 401, code ?? 'unauthenticated');
  if (response.status >= 500) throw new SyncError('server', `${what}: server error ${response.status}: ${detail}`, response.status, code);
  throw new SyncError('refused', `${what}: refused (${response.status} ${code ?? ''}): ${detail}`, response.status, code);
}
