// Security headers on every answer, request logs without secrets, and which
// proxies to believe about a client's address.
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';

/**
 * The Content-Security-Policy, enforced on every answer. Scripts, styles,
 * workers, the barcode decoder's .wasm and the manifest all come from our own
 * origin. 'wasm-unsafe-eval' lets the camera's module worker compile
 * zxing-wasm (a worker takes its policy from its script's answer, this one);
 * there is no 'unsafe-eval', so the app sets zod to jitless before any schema
 * is built (src/zod-jitless.ts): zod's probe for new Function would otherwise
 * be refused and reported on every load. blob: and data: cover camera frames
 * and label images drawn in the page; 'unsafe-inline' styles cover React's
 * style= attributes. No one may frame the app (clickjacking a "confirm"), no
 * plugins, no <base> hijack. e2e/csp.spec.ts runs the app's screens, the
 * camera worker and the service worker under it and fails on any violation.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    void reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('x-frame-options', 'DENY');
    return payload;
  });
}

/** The URL as logged: a token sent as ?access_token= (EventSource cannot set headers) is masked. */
export function redactUrl(url: string): string {
  return url.replace(/([?&]access_token=)[^&#]*/gi, '$1[redacted]');
}

/** Fastify's request serializer, minus secrets in the query string. Headers (Authorization) and bodies (PINs) are never logged. */
export const requestSerializer = (request: FastifyRequest) => ({
  method: request.method,
  url: redactUrl(request.url),
  host: request.host,
  remoteAddress: request.ip,
});

export function withRedaction(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === undefined || logger === false) return false;
  const base = logger === true ? {} : logger;
  return { ...base, serializers: { ...(base.serializers ?? {}), req: requestSerializer } };
}

/**
 * Whose X-Forwarded-For to believe. Believing everyone lets any client pick
 * its own address and walk around the per-address login limit, so the default
 * is nobody; behind a reverse proxy set LOTLINE_TRUST_PROXY to its address(es)
 * (comma-separated IPs or CIDRs), or to true to believe any.
 */
export function trustProxyFrom(raw: string | undefined): boolean | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return raw;
}
