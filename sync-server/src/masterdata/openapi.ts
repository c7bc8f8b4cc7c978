// The integration API's part of the OpenAPI document, from the same zod
// schemas that validate requests and rows (src/domain/masterdata).
import { errorResponses, jsonBody as json, schemaRef as ref, zodSchema as schema } from '../http/openapi-parts';
import {
  assignmentRowSchema, itemRowSchema, locationRowSchema, MAX_ROWS, pickListRowSchema, purchaseOrderRowSchema,
} from '../../../src/domain/masterdata';
import { tokenRequestSchema } from './routes';


const upsertResult = {
  type: 'object',
  required: ['results', 'summary'],
  properties: {
    results: {
      type: 'array',
      description: 'One result per request row, in request order.',
      items: {
        type: 'object',
        required: ['index', 'key', 'status'],
        properties: {
          index: { type: 'integer' },
          key: { type: 'string', description: 'the row\'s external key (assignments: sku@location[/condition])' },
          status: { enum: ['created', 'updated', 'unchanged', 'error'] },
          id: { type: 'string' },
          errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
    },
    summary: {
      type: 'object',
      properties: { created: { type: 'integer' }, updated: { type: 'integer' }, unchanged: { type: 'integer' }, errors: { type: 'integer' } },
    },
  },
};

const KINDS = [
  { path: '/api/v1/items', body: 'items', row: 'ItemRow', what: 'items by SKU', filters: ['search', 'active'],
    note: 'GTIN check digits are validated; a GTIN used by another item is a row error. Switching lotTracked on an item in stock leaves its slots\' lot unknown with a count task (R1/R2), recorded as a setLotTracking operation. Fields left out keep their stored value.' },
  { path: '/api/v1/locations', body: 'locations', row: 'LocationRow', what: 'locations by label code', filters: ['search', 'active', 'type'], note: 'Deactivate with active:false; nothing with history is deleted.' },
  { path: '/api/v1/assignments', body: 'assignments', row: 'AssignmentRow', what: 'assignments (slots) by sku, location and condition', filters: ['sku', 'location'], note: 'Creates an empty slot or changes its capacity; stock moves only by operations.' },
  { path: '/api/v1/purchase-orders', body: 'purchaseOrders', row: 'PurchaseOrderRow', what: 'purchase orders by number', filters: ['status', 'number'], note: 'Lines sent replace the stored lines. Reads give received per line: restocks whose payload.purchaseOrder is the number.' },
  { path: '/api/v1/pick-lists', body: 'pickLists', row: 'PickListRow', what: 'pick lists by number', filters: ['status', 'number'], note: 'Reads give picked per line: picks whose payload.pickList is { number, line }. Packing the list\'s shipment makes it packed.' },
];

export function masterDataOpenApi(): { schemas: Record<string, unknown>; paths: Record<string, unknown> } {
  const paging = ['page', 'pageSize'].map((name) => ({ name, in: 'query', schema: { type: 'integer' } }));
  const paths: Record<string, unknown> = {};
  for (const k of KINDS) {
    paths[k.path] = {
      put: {
        summary: `Create or update ${k.what}, in bulk (up to ${MAX_ROWS} rows, 16 MiB). Idempotent: the same request again answers unchanged and writes nothing.`,
        description: `${k.note} Each row is validated on its own: bad rows are errors, good rows still apply. Supervisor session or integration token.`,
        requestBody: json({ type: 'object', required: [k.body], properties: { [k.body]: { type: 'array', maxItems: MAX_ROWS, items: ref(k.row) } } }),
        responses: { 200: { description: 'one result per row', ...json(ref('UpsertResult')) }, ...errorResponses(400, 401, 403, 413) },
      },
      get: {
        summary: `List ${k.what}`,
        parameters: [...k.filters.map((name) => ({ name, in: 'query', schema: { type: 'string' } })), ...paging],
        responses: { 200: { description: '{ rows, total, page, pageSize }' }, ...errorResponses(400, 401) },
      },
    };
  }
  paths['/api/v1/shipments'] = {
    get: {
      summary: 'Shipments with their packed lines (and the pick list naming the shipment)',
      parameters: [{ name: 'shipment', in: 'query', schema: { type: 'string' } }, ...paging],
      responses: { 200: { description: '{ rows, total, page, pageSize }' }, ...errorResponses(400, 401) },
    },
  };
  paths['/api/tokens'] = {
    post: {
      summary: 'Create an integration API token (supervisor session only). The token is shown once; send it as Authorization: Bearer <token>.',
      description: 'An integration token has its own principal (not a person): it may read and write /api/v1/... and, only with allowFloorOps, push and pull floor operations with an operator\'s rights.',
      requestBody: json(ref('TokenRequest')),
      responses: { 201: { description: '{ id, name, token, allowFloorOps, createdAt }' }, ...errorResponses(400, 401, 403) },
    },
    get: { summary: 'API tokens, without their secrets', responses: { 200: { description: '{ rows, total }' }, ...errorResponses(401, 403) } },
  };
  paths['/api/tokens/{id}'] = {
    delete: {
      summary: 'Revoke a token: its further use is 401',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'the revoked token' }, ...errorResponses(401, 403, 404) },
    },
  };
  return {
    schemas: {
      ItemRow: schema(itemRowSchema),
      LocationRow: schema(locationRowSchema),
      AssignmentRow: schema(assignmentRowSchema),
      PurchaseOrderRow: schema(purchaseOrderRowSchema),
      PickListRow: schema(pickListRowSchema),
      UpsertResult: upsertResult,
      TokenRequest: schema(tokenRequestSchema),
    },
    paths,
  };
}
