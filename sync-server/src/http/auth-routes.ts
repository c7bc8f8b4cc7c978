import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loginRequestSchema } from '../domain';
import type { Db } from '../db/connection';
import { login, logout, userForToken, type SessionUser, type SignIn } from '../auth/sessions';
import { isApiToken, principalForApiToken } from '../auth/api-tokens';
import { HttpError, parseOr400 } from './errors';
import { LoginLimiter } from './login-limiter';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

/** Bearer token from the header, or ?access_token= for EventSource, which cannot set headers. */
function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const query = request.query as { access_token?: unknown } | undefined;
  return typeof query?.access_token === 'string' ? query.access_token : null;
}

export async function requireUser(db: Db, request: FastifyRequest): Promise<SessionUser> {
  return (await requireSession(db, request)).user;
}

/** The user, and the sign-in (login on a device) their session belongs to; null for API tokens and device-less logins. */
export async function requireSession(db: Db, request: FastifyRequest): Promise<{ user: SessionUser; signIn: SignIn | null }> {
  const token = tokenOf(request);
  if (!token) throw new HttpError(401, 'unauthenticated', 'log in first: no session token was sent');
  // An integration's API token: its own principal, limited to the paths it may call.
  if (isApiToken(token)) return { user: await principalForApiToken(db, token, request.url), signIn: null };
  const session = await userForToken(db, token);
  if (!session.ok) {
    throw new HttpError(401, session.code, session.code === 'session-expired'
      ? 'the session has expired: log in again (queued work is kept)'
      : 'the session is not valid: log in again (queued work is kept)');
  }
  return { user: session.user, signIn: session.signIn };
}

/**
 * A session that logged in on a device speaks for that device only: its
 * operations' outcomes and its sequence are that device's (403 otherwise).
 */
export function requireOwnDevice(signIn: SignIn | null, deviceId: string): void {
  if (signIn?.deviceId && signIn.deviceId !== deviceId) {
    throw new HttpError(403, 'other-device', 'this session belongs to another device: log in on this device');
  }
}

export function authRoutes(app: FastifyInstance, db: Db, loginsPerMinute?: number): void {
  const limiter = new LoginLimiter(loginsPerMinute);
  app.decorateRequest('user', null);

  app.post('/api/auth/login', async (request, reply) => {
    const retryAfter = limiter.take(request.ip);
    if (retryAfter > 0) {
      void reply.header('retry-after', String(retryAfter));
      throw new HttpError(429, 'too-many-attempts', `too many login attempts from this device: wait ${retryAfter} s`, { seconds: retryAfter });
    }
    const body = parseOr400(loginRequestSchema, request.body, 'body');
    const result = await login(db, body.badge, body.pin, body.deviceId ?? null, body.deviceName ?? null);
    if (!result.ok) {
      if (result.code === 'locked') {
        const seconds = result.retryAfterSeconds ?? 60;
        void reply.header('retry-after', String(seconds));
        throw new HttpError(429, 'badge-locked', `too many wrong PINs for this badge: wait ${seconds} s`, { seconds });
      }
      throw new HttpError(401, 'bad-credentials', 'badge or PIN is wrong');
    }
    return { token: result.token, expiresAt: result.expiresAt, user: result.user, signInId: result.signIn.id };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const token = tokenOf(request);
    if (token) await logout(db, token);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', async (request) => ({ user: await requireUser(db, request) }));
}
