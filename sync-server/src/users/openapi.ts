// The users API's part of the OpenAPI document, from the zod schemas the routes validate with.
import { errorResponses, jsonBody as json, schemaRef as ref, zodSchema as schema } from '../http/openapi-parts';
import { LANGUAGES } from '../domain';
import { createUserSchema, updateUserSchema } from './users';


const user = {
  type: 'object',
  required: ['id', 'badge', 'name', 'role', 'active', 'language', 'lockedUntil'],
  properties: {
    id: { type: 'string' },
    badge: { type: 'string' },
    name: { type: 'string' },
    role: { enum: ['operator', 'picker', 'supervisor'] },
    active: { type: 'boolean' },
    language: { enum: [...LANGUAGES, null], description: 'the language the user\'s devices speak (BCP 47); null: each device\'s own' },
    lockedUntil: { type: ['string', 'null'], description: 'set while too many wrong PINs lock the badge; a new PIN clears it' },
  },
};

export function usersOpenApi(): { schemas: Record<string, unknown>; paths: Record<string, unknown> } {
  return {
    schemas: { User: user, CreateUserRequest: schema(createUserSchema), UpdateUserRequest: schema(updateUserSchema) },
    paths: {
      '/api/users': {
        get: {
          summary: 'Users who log in with a badge and PIN (never their PIN hashes). Supervisor session only.',
          responses: { 200: { description: '{ rows: User[], total }' }, ...errorResponses(401, 403) },
        },
        post: {
          summary: 'Create a user (supervisor session only). The PIN is 4 to 12 digits, stored as a salted scrypt hash.',
          requestBody: json(ref('CreateUserRequest')),
          responses: { 201: { description: 'the user', ...json(ref('User')) }, ...errorResponses(400, 401, 403, 409) },
        },
      },
      '/api/users/{id}': {
        patch: {
          summary: 'Change a user\'s name, role, PIN, language or active flag (supervisor session only)',
          description: 'Deactivating ends all of the user\'s sessions at once: their devices get 401 and keep queued work until someone logs in. '
            + 'A new PIN clears a lockout. A supervisor cannot deactivate or demote themself (400 own-account); '
            + 'a supervisor demoted or deactivated by someone else a moment before is refused (403), so one active supervisor always stays. '
            + 'Users are not sent to devices.',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: json(ref('UpdateUserRequest')),
          responses: { 200: { description: 'the user', ...json(ref('User')) }, ...errorResponses(400, 401, 403, 404) },
        },
      },
    },
  };
}
