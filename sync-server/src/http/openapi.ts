// The OpenAPI document, generated from the same zod schemas the server
// validates with, so it cannot drift from what is enforced.
import { PAYLOAD_SCHEMAS, envelopeSchema, loginRequestSchema, pullQuerySchema, pushRequestSchema } from '../domain';
import { devicesOpenApi } from '../devices/openapi';
import { masterDataOpenApi } from '../masterdata/openapi';
import { supervisorOpenApi } from '../supervisor/openapi';
import { usersOpenApi } from '../users/openapi';
import { errorResponses as errors, jsonBody, schemaRef, zodSchema as schema } from './openapi-parts';

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
    },
  },
};

const json = (name: string) => jsonBody(schemaRef(name));

export function buildOpenApi(version: string): Record<string, unknown> {
  const payloads = Object.fromEntries(
    Object.entries(PAYLOAD_SCHEMAS).map(([type, s]) => [`${type[0]?.toUpperCase()}${type.slice(1)}Payload`, schema(s)]),
  );
  const masterData = masterDataOpenApi();
  const supervisor = supervisorOpenApi();
  const users = usersOpenApi();
  const devices = devicesOpenApi();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lotline sync server',
      version,
      description: 'Offline-first lot and serial tracking. Devices push queued operations and pull changed rows. '
        + 'Operation payloads by type are under components.schemas.<Type>Payload.',
    },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http', scheme: 'bearer',
          description: 'A session token from /api/auth/login, or an integration API token (llt_...) from POST /api/tokens.',
        },
      },
      schemas: {
        Error: errorBody,
        LoginRequest: schema(loginRequestSchema),
        PushRequest: schema(pushRequestSchema),
        OperationEnvelope: schema(envelopeSchema),
        PullQuery: schema(pullQuerySchema),
        ...payloads,
        ...masterData.schemas,
        ...supervisor.schemas,
        ...users.schemas,
        ...devices.schemas,
      },
    },
    security: [{ bearer: [] }],
    paths: {
      '/api/health': { get: { summary: 'Health check', security: [], responses: { 200: { description: 'ok' }, 503: { description: 'database unreachable' } } } },
      '/api/auth/login': {
        post: { summary: 'Log in with a badge and PIN', security: [], requestBody: json('LoginRequest'), responses: { 200: { description: 'session token, user, and signInId: stamp it as `signIn` on every operation recorded under this login, so whoever pushes it later it is credited to this user' }, ...errors(400, 401, 429) } },
      },
      '/api/auth/logout': { post: { summary: 'End the session', responses: { 204: { description: 'logged out' } } } },
      '/api/auth/me': { get: { summary: 'The logged-in user', responses: { 200: { description: 'user' }, ...errors(401) } } },
      '/api/sync/push': {
        post: {
          summary: 'Push queued operations in device order; each is applied in its own transaction and its outcome returned',
          requestBody: json('PushRequest'),
          responses: { 200: { description: 'one outcome per operation, in order' }, ...errors(400, 401, 403, 413) },
        },
      },
      '/api/sync/pull': {
        get: {
          summary: 'Rows changed since the cursor (paged on the first sync)',
          parameters: ['deviceId', 'cursor', 'limit'].map((name) => ({ name, in: 'query', required: name === 'deviceId', schema: { type: name === 'limit' ? 'integer' : 'string' } })),
          responses: { 200: { description: 'changes, next cursor, hasMore' }, ...errors(400, 401, 403) },
        },
      },
      ...masterData.paths,
      ...supervisor.paths,
      ...users.paths,
      ...devices.paths,
      '/api/events': { get: { summary: 'Server-sent events: "change" when something changed (token via ?access_token=)', responses: { 200: { description: 'text/event-stream' }, ...errors(401) } } },
    },
  };
}
