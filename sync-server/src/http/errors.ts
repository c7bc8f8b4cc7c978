// One error body everywhere: { error: { code, message, details? } }.
// Anything a client can send is answered 4xx with a code; a 500 means a bug.
// `message` is English for API users; the values it names are in `details`
// too, by name, so a client can say the code's sentence in its own language.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { toFieldIssues } from '../domain';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string, details?: unknown): FastifyReply {
  const body: ErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return reply.code(status).type('application/json').send(body);
}

/** Parses a request part with a zod schema or throws a 400 naming each field and why. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toFieldIssues(result.error, []);
  const first = issues[0];
  const field = first ? `${where}.${first.path}` : where;
  throw new HttpError(400, 'invalid-request', first ? `${field}: ${first.message}` : `invalid ${where}`, { field, issues });
}

const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large', 'the request body is larger than the server accepts'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'send application/json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid-json', 'the JSON body is empty'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid-json', 'the body is not valid JSON'],
};

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error.statusCode, error.code, error.message, error.details);
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return sendError(reply, known[0], known[1], known[2]);
    if (error instanceof SyntaxError || error.statusCode === 400) {
      return sendError(reply, 400, 'invalid-json', `the body could not be read: ${error.message}`);
    }
    if (error.statusCode === 429) return sendError(reply, 429, 'too-many-requests', error.message);
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, error.statusCode, 'bad-request', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, 500, 'internal', 'the server failed; the request was not applied and can be retried');
  });
}
