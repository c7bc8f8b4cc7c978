// Pieces every part of the OpenAPI document is built from: one way to turn a
// zod schema into JSON Schema, refer to a named schema, and say "error".
import { z } from 'zod';

/** A request schema as the client sends it (input side), from the zod schema the route validates with. */
export function zodSchema(s: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
}

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const jsonBody = (s: Record<string, unknown>) => ({ content: { 'application/json': { schema: s } } });

/** The shared error body ({error: {code, message}}) for each status code. */
export const errorResponses = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: 'error', ...jsonBody(schemaRef('Error')) }]));
