// Calls to the supervisor endpoints with the session's bearer token. The
// server answers errors as { error: { code, message, details? } }; they are
// turned into one ApiError whose message a supervisor can read. Downloads go
// through fetch + blob + object URL so the token never sits in a URL.
import { ApiError } from '../net/api';
import { useSessionStore } from '../device/session-store';

export { ApiError };

function token(): string {
  const session = useSessionStore.getState().session;
  if (!session) throw new ApiError('You are logged out: log in again.', 'unauthenticated', 401);
  return session.token;
}

async function send(path: string, init: RequestInit = {}, accept = 'application/json'): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept, authorization: `Bearer ${token()}`, ...init.headers } });
  } catch {
    throw new ApiError('The server cannot be reached. Check the network and try again.', 'NETWORK', 0);
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
  const code = typeof body?.error?.code === 'string' ? body.error.code : `HTTP_${response.status}`;
  const detail = typeof body?.error?.message === 'string' ? body.error.message : response.statusText;
  throw new ApiError(explain(response.status, detail), code, response.status);
}

function explain(status: number, detail: string): string {
  if (status === 401) return 'Your session has ended: log in again.';
  if (status === 403) return 'Only a supervisor may see this.';
  if (status === 404) return `Not found on the server (${detail}). The server may be older than this app.`;
  if (status >= 500) return `The server failed (${detail}). Nothing was changed; try again.`;
  return detail;
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await send(path);
  return (await response.json()) as T;
}

/** Sends a file as the raw body with its content type; answers JSON. */
export async function postFile<T>(path: string, file: Blob, contentType: string): Promise<T> {
  const response = await send(path, { method: 'POST', body: file, headers: { 'content-type': contentType } });
  return (await response.json()) as T;
}

/** Fetches `path` and saves the answer as a file named by the server (or `fallback`). */
export async function download(path: string, fallback: string): Promise<void> {
  const response = await send(path, {}, '*/*');
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; free it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
