// The supervisor's calls (src/net/api.ts) with the session's bearer token.
// Downloads go through fetch + blob + object URL so the token never sits in a URL.
import { ApiError, requestJson, send, type Call } from '../net/api';
import { useSessionStore } from '../device/session-store';
import { say } from '../words';

function token(): string {
  const session = useSessionStore.getState().session;
  if (!session) throw new ApiError('auth', say('api.logged-out'), 401, 'unauthenticated');
  return session.token;
}

/** A JSON call as the logged-in supervisor. */
export function callJson<T>(path: string, call: Omit<Call, 'token'> = {}): Promise<T> {
  return requestJson<T>(path, { ...call, token: token() });
}

export function getJson<T>(path: string): Promise<T> {
  return callJson<T>(path);
}

/** Sends a file as the raw body with its content type; answers JSON. */
export function postFile<T>(path: string, file: Blob, contentType: string): Promise<T> {
  return callJson<T>(path, { method: 'POST', file: { body: file, type: contentType } });
}

/** Fetches `path` and saves the answer as a file named by the server (or `fallback`). */
export async function download(path: string, fallback: string): Promise<void> {
  const response = await send(path, { token: token(), accept: '*/*' });
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
