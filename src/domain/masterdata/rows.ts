// The rows an ERP (or a supervisor's import) sends for master data and orders:
// one schema per kind, validated row by row so a bad row is an error of its own
// and the good rows still apply. Shared by the server's bulk upserts and the
// app's import preview, so both name the same fields with the same words.
import { z } from 'zod';
import { gs1CheckDigit, toGtin14 } from '../gtin';
import type { LocationType } from '../types';

/** Rows in one bulk request (a whole ERP item master in a few requests). */
export const MAX_ROWS = 10_000;

/** Why one field of one row was refused. */
export interface RowError {
  field: string;
  message: string;
}

const code = (what: string) => z.string().trim().min(1, `${what} is required`).max(64, `${what} is at most 64 characters`);
const flag = z.boolean().optional();
const count = z.number().int().min(0).max(1_000_000);

/** A GTIN as printed (8, 12, 13 or 14 digits) whose last digit is its GS1 check digit. */
export const gtinSchema = z.string().trim().superRefine((value, ctx) => {
  const problem = gtinProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Why a GTIN is not one, or null when it is valid. */
export function gtinProblem(value: string): string | null {
  if (toGtin14(value) === null) return `GTIN ${value} is not 8, 12, 13 or 14 digits`;
  const expected = gs1CheckDigit(value.slice(0, -1));
  if (Number(value[value.length - 1]) !== expected) return `GTIN ${value} has a wrong check digit (expected ${expected})`;
  return null;
}

export const itemRowSchema = z.strictObject({
  /** The external key. */
  sku: code('sku'),
  name: z.string().trim().min(1, 'name is required').max(200),
  gtins: z.array(gtinSchema).max(20).optional(),
  unit: z.string().trim().min(1).max(20).optional(),
  lotTracked: flag,
  lotAtPack: flag,
  serialized: flag,
  durable: flag,
  conditions: z.array(z.string().trim().min(1).max(32)).max(20).optional(),
  shelfLifeDays: z.number().int().min(0).max(36_500).nullable().optional(),
  specialHandling: flag,
  active: flag,
});
export type ItemInput = z.infer<typeof itemRowSchema>;

export const LOCATION_TYPES = ['storage', 'receiving', 'packing'] as const satisfies readonly LocationType[];

export const locationRowSchema = z.strictObject({
  /** The external key: the code printed on the label, as scanned. */
  code: code('code').regex(/^[\x21-\x7E]+$/, 'code is letters, digits and punctuation without spaces'),
  zone: z.string().trim().max(64).optional(),
  type: z.enum(LOCATION_TYPES, { error: 'type must be storage, receiving or packing' }),
  active: flag,
});
export type LocationInput = z.infer<typeof locationRowSchema>;

export const assignmentRowSchema = z.strictObject({
  sku: code('sku'),
  location: code('location'),
  /** Durable items: one of the item's conditions; others: empty. */
  condition: z.string().trim().max(32).optional(),
  capacity: count,
});
export type AssignmentInput = z.infer<typeof assignmentRowSchema>;

const lineNumber = z.number().int().min(1).max(100_000);
const distinctLines = (lines: readonly { line: number }[]) => new Set(lines.map((l) => l.line)).size === lines.length;

export const purchaseOrderRowSchema = z.strictObject({
  number: code('number'),
  supplier: z.string().trim().max(200).optional(),
  expectedDate: z.iso.date('expectedDate is a date, YYYY-MM-DD').optional(),
  status: z.enum(['open', 'closed'], { error: 'status must be open or closed' }).optional(),
  lines: z.array(z.strictObject({ line: lineNumber, sku: code('sku'), quantity: count.min(1) })).min(1).max(1000)
    .refine(distinctLines, 'a line number is used twice'),
});
export type PurchaseOrderInput = z.infer<typeof purchaseOrderRowSchema>;

export const pickListRowSchema = z.strictObject({
  number: code('number'),
  /** Packing this shipment closes the list. */
  shipment: code('shipment').optional(),
  status: z.enum(['open', 'closed'], { error: 'status must be open or closed' }).optional(),
  lines: z.array(z.strictObject({
    line: lineNumber, sku: code('sku'), quantity: count.min(1), location: code('location').optional(),
  })).min(1).max(1000).refine(distinctLines, 'a line number is used twice'),
});
export type PickListInput = z.infer<typeof pickListRowSchema>;

/** The fields of an item that must agree with each other, whether sent or kept. */
export interface ItemShape {
  durable: boolean;
  conditions: readonly string[];
  gtins: readonly string[];
}

/** Cross-field rules of an item as it will be stored (after merging a partial row). */
export function itemShapeErrors(item: ItemShape): RowError[] {
  const errors: RowError[] = [];
  if (item.durable && item.conditions.length === 0) {
    errors.push({ field: 'conditions', message: 'a durable item needs at least one condition (e.g. new, used)' });
  }
  if (!item.durable && item.conditions.length > 0) {
    errors.push({ field: 'conditions', message: 'only durable items have conditions' });
  }
  if (new Set(item.conditions).size !== item.conditions.length) {
    errors.push({ field: 'conditions', message: 'a condition is listed twice' });
  }
  const gtin14s = item.gtins.map((g) => toGtin14(g) ?? g);
  if (new Set(gtin14s).size !== gtin14s.length) errors.push({ field: 'gtins', message: 'a GTIN is listed twice' });
  return errors;
}

/** One row after validation: its place in the request, its key, and the parsed row or why not. */
export type CheckedRow<T> =
  | { index: number; key: string; ok: true; row: T }
  | { index: number; key: string; ok: false; errors: RowError[] };

export interface RowKind<T> {
  schema: z.ZodType<T>;
  /** The field that is the row's external key. */
  keyField: string;
  /** Further checks on a parsed row. */
  extra?: (row: T) => RowError[];
}

export const ITEM_ROWS: RowKind<ItemInput> = {
  schema: itemRowSchema,
  keyField: 'sku',
  // What the row itself states must agree; a field it leaves out keeps its stored
  // value, so the whole item is checked again after merging (itemShapeErrors).
  extra: (row) => itemShapeErrors({
    durable: row.durable ?? false,
    conditions: row.conditions ?? [],
    gtins: row.gtins ?? [],
  }).filter((e) => e.field !== 'conditions' || (row.durable !== undefined && row.conditions !== undefined)),
};
export const LOCATION_ROWS: RowKind<LocationInput> = { schema: locationRowSchema, keyField: 'code' };
export const PURCHASE_ORDER_ROWS: RowKind<PurchaseOrderInput> = { schema: purchaseOrderRowSchema, keyField: 'number' };
export const PICK_LIST_ROWS: RowKind<PickListInput> = { schema: pickListRowSchema, keyField: 'number' };
export const ASSIGNMENT_ROWS: RowKind<AssignmentInput> = { schema: assignmentRowSchema, keyField: 'sku' };

/** The key an assignment is reported by: sku@location, with /condition for durable items. */
export function assignmentKey(row: { sku: string; location: string; condition?: string | undefined }): string {
  return `${row.sku}@${row.location}${row.condition ? `/${row.condition}` : ''}`;
}

function rawKey(raw: unknown, field: string): string {
  const value = (raw as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' ? value.trim() : '';
}

function issuesOf(error: z.ZodError): RowError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...issue.path.map(String), key].join('.'), message: `unknown field ${key}` }));
    }
    return [{ field: issue.path.map(String).join('.') || '(row)', message: issue.message }];
  });
}

/**
 * Validates every row on its own. A key used by an earlier row of the same
 * request makes the later row an error (which of two would win is not
 * guessable), so a request never depends on row order.
 */
export function checkRows<T>(kind: RowKind<T>, raws: readonly unknown[], keyOf?: (row: T) => string): CheckedRow<T>[] {
  const seen = new Map<string, number>();
  return raws.map((raw, index) => {
    const parsed = kind.schema.safeParse(raw);
    if (!parsed.success) return { index, key: rawKey(raw, kind.keyField), ok: false, errors: issuesOf(parsed.error) };
    const row = parsed.data;
    const key = keyOf ? keyOf(row) : rawKey(row, kind.keyField);
    const errors = kind.extra?.(row) ?? [];
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ field: kind.keyField, message: `${key} is already in row ${first} of this request` });
    } else {
      seen.set(key, index);
    }
    return errors.length > 0 ? { index, key, ok: false, errors } : { index, key, ok: true, row };
  });
}
