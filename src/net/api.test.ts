// A failed call becomes one ApiError: a known server code in the catalogue's
// words (with its values), an unknown one in the server's own words inside the
// sentence for its kind of failure, the step named in front.
import { describe, expect, test } from 'vitest';
import { ApiError, requestJson, type Http } from './api';

function answering(status: number, body: unknown): Http {
  return { baseUrl: 'http://server', fetch: () => Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })) };
}

async function failureOf(http: Http, what?: string): Promise<ApiError> {
  try {
    await requestJson('/api/anything', { http, ...(what ? { what } : {}) });
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the call did not fail');
}

describe('a refusal with a code the catalogue knows', () => {
  test('is said by the catalogue, its values from the details; the server\'s words stay the detail', async () => {
    const error = await failureOf(answering(429, { error: { code: 'badge-locked', message: 'too many wrong PINs for this badge: wait 45 s', details: { seconds: 45 } } }));
    expect(error).toMatchObject({ kind: 'refused', status: 429, code: 'badge-locked', detail: 'too many wrong PINs for this badge: wait 45 s' });
    expect(error.message).toBe('Too many wrong PINs for this badge: wait 45 s.');
    expect(error.reason).toBe(error.message);
  });

  test('names the step it failed in', async () => {
    const error = await failureOf(answering(401, { error: { code: 'session-expired', message: 'the session has expired: log in again (queued work is kept)' } }), 'push');
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('push: The session has expired: log in again (queued work is kept).');
    expect(error.reason).toBe('The session has expired: log in again (queued work is kept).');
  });
});

describe('a refusal the catalogue has no sentence for', () => {
  test('an unknown code: the server\'s words, with the code', async () => {
    const error = await failureOf(answering(409, { error: { code: 'pallet-tilted', message: 'the pallet is tilted.' } }));
    expect(error.message).toBe('The pallet is tilted (pallet-tilted).');
    expect(error.reason).toBe('the pallet is tilted.');
  });

  test('a known code without the value its sentence needs: the server\'s words', async () => {
    const error = await failureOf(answering(409, { error: { code: 'badge-taken', message: 'badge B7 already belongs to another user' } }));
    expect(error.message).toBe('Badge B7 already belongs to another user (badge-taken).');
  });

  test('no error body: the HTTP status line, in the sentence for a server failure', async () => {
    const error = await failureOf(answering(502, '<html>bad gateway</html>'));
    expect(error).toMatchObject({ kind: 'server', code: null });
    expect(error.message).toBe('Server error 502: HTTP 502. Nothing was changed; try again.');
  });

  test('no answer at all: the network\'s reason', async () => {
    const error = await failureOf({ baseUrl: '', fetch: () => Promise.reject(new TypeError('Failed to fetch')) }, 'pull');
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect(error.message).toBe('pull: The server cannot be reached (Failed to fetch). Check the network; nothing is lost, try again.');
  });

  test('an answer that is not JSON', async () => {
    const error = await failureOf(answering(200, 'plain text'));
    expect(error).toMatchObject({ kind: 'malformed', detail: 'not JSON' });
    expect(error.message).toBe('The server\'s answer cannot be read (not JSON). Nothing was changed; try again.');
  });
});
