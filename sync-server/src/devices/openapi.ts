// The devices list's part of the OpenAPI document.
import { errorResponses as errors } from '../http/openapi-parts';

const deviceRow = {
  type: 'object',
  properties: {
    deviceId: { type: 'string' },
    name: { type: ['string', 'null'], description: 'what people call it (given at login or by a supervisor); null: not named' },
    lastUser: { type: ['object', 'null'], properties: { id: { type: 'string' }, name: { type: ['string', 'null'] } } },
    firstSeen: { type: 'string', format: 'date-time' },
    lastSeen: { type: 'string', format: 'date-time', description: 'its latest push or pull (a pull is noted at most every 30 s)' },
    lastSeq: { type: 'integer', description: 'highest operation sequence received' },
    seqRestarts: { type: 'integer', description: 'how often its sequence started over: its storage was wiped' },
    clockAheadMs: { type: ['integer', 'null'], description: 'device clock minus server clock on its latest push carrying sentAt (negative: behind); null: never measured' },
    clockCheckedAt: { type: ['string', 'null'], format: 'date-time' },
    clock: {
      type: 'object',
      properties: {
        status: { enum: ['ok', 'off', 'unknown'], description: 'ok: within 2 minutes either way (travel time counts as skew)' },
        text: { type: 'string', description: 'e.g. "on time", "9 h 5 min ahead", "3 days behind"' },
      },
    },
  },
};

export function devicesOpenApi(): { paths: Record<string, unknown>; schemas: Record<string, unknown> } {
  return {
    schemas: { DeviceRow: deviceRow },
    paths: {
      '/api/supervisor/devices': {
        get: {
          summary: 'Every device with its last user, last seen, storage wipes and clock skew, the worst clocks first. Supervisors only.',
          responses: {
            200: {
              description: '{rows: DeviceRow[], serverTime}',
              content: { 'application/json': { schema: { type: 'object', properties: { rows: { type: 'array', items: { $ref: '#/components/schemas/DeviceRow' } }, serverTime: { type: 'string' } } } } },
            },
            ...errors(401, 403),
          },
        },
      },
      '/api/supervisor/devices/{id}': {
        patch: {
          summary: 'Names a device (up to 40 printable characters; empty or null clears the name). Supervisors only.',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['name'], properties: { name: { type: ['string', 'null'], maxLength: 40 } } } } } },
          responses: {
            200: { description: '{deviceId, name}', content: { 'application/json': { schema: { type: 'object', properties: { deviceId: { type: 'string' }, name: { type: ['string', 'null'] } } } } } },
            ...errors(400, 401, 403, 404),
          },
        },
      },
    },
  };
}
