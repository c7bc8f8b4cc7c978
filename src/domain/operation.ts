// The operation envelope a device queues and pushes, and the union of all
// operation types. One entry per type: its payload schema lives in
// operations/<type>.ts beside the function that applies it.
import { z } from 'zod';
import type { Role } from './types';
import { restockPayload } from './operations/restock';
import { putawayPayload } from './operations/putaway';
import { pickPayload } from './operations/pick';
import { returnPayload } from './operations/return';
import { movePayload } from './operations/move';
import { countPayload } from './operations/count';
import { assignPayload } from './operations/assign';
import { packPayload } from './operations/pack';
import { setLotTrackingPayload } from './operations/set-lot-tracking';
import { changeSerialLotPayload } from './operations/change-serial-lot';
import { adjustPayload } from './operations/adjust';
import { resolveExceptionPayload } from './operations/resolve-exception';
import { changeSettingsPayload } from './operations/change-settings';
import { importStockPayload } from './operations/import-stock';
import { holdLotPayload } from './operations/hold-lot';

export const PAYLOAD_SCHEMAS = {
  restock: restockPayload,
  putaway: putawayPayload,
  pick: pickPayload,
  return: returnPayload,
  move: movePayload,
  count: countPayload,
  assign: assignPayload,
  pack: packPayload,
  setLotTracking: setLotTrackingPayload,
  changeSerialLot: changeSerialLotPayload,
  adjust: adjustPayload,
  resolveException: resolveExceptionPayload,
  changeSettings: changeSettingsPayload,
  importStock: importStockPayload,
  holdLot: holdLotPayload,
} as const;

export type OperationType = keyof typeof PAYLOAD_SCHEMAS;
export const OPERATION_TYPES = Object.keys(PAYLOAD_SCHEMAS) as OperationType[];

const FLOOR_TYPES = ['restock', 'putaway', 'pick', 'return', 'move', 'count', 'assign', 'pack'] as const satisfies readonly OperationType[];
/** Physical work on the floor: facts that happened, recorded even when they break a rule (C2). */
export const FLOOR_WORK: readonly OperationType[] = FLOOR_TYPES;
export type FloorWorkType = (typeof FLOOR_TYPES)[number];

/** Which role may send which operation; the server enforces it (C3: forbidden). */
export const ROLE_OPERATIONS: Record<Role, readonly OperationType[]> = {
  // A picker cannot count, adjust or place new stock.
  picker: ['pick', 'return', 'pack'],
  operator: FLOOR_WORK,
  supervisor: [...FLOOR_WORK, 'setLotTracking', 'changeSerialLot', 'adjust', 'resolveException', 'changeSettings', 'importStock', 'holdLot'],
};

export function mayRun(role: Role, type: OperationType): boolean {
  return ROLE_OPERATIONS[role].includes(type);
}

/** The envelope fields every queued operation carries, whatever its type. */
export const envelopeSchema = z.object({
  /** Made on the device when the operator confirmed; the key of idempotency (C1). */
  id: z.uuid(),
  /** Per-device sequence number, 1, 2, 3... in the order the device recorded. */
  seq: z.number().int().positive(),
  type: z.enum(OPERATION_TYPES as [OperationType, ...OperationType[]]),
  /** The device's clock when the fact happened: audit only, never used to order. */
  deviceTime: z.iso.datetime({ offset: true }),
  /**
   * The sign-in (login) under which the operation was recorded. On a shared
   * device the queue may be pushed later under someone else's session; the
   * server credits, and authorizes, the user of this sign-in. Optional: absent,
   * the pushing session's user is the recorder.
   */
  signIn: z.uuid().optional(),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

type PayloadOf<T extends OperationType> = z.infer<(typeof PAYLOAD_SCHEMAS)[T]>;

/** A validated operation: the envelope with its payload parsed by its type's schema. */
export type Operation = {
  [T in OperationType]: Omit<Envelope, 'type' | 'payload'> & { type: T; payload: PayloadOf<T> };
}[OperationType];

export type FloorOperation = Extract<Operation, { type: FloorWorkType }>;

export function isFloorWork(op: Operation): op is FloorOperation {
  return FLOOR_WORK.includes(op.type);
}

export interface FieldIssue {
  path: string;
  message: string;
}

export type ParseResult =
  | { ok: true; operation: Operation }
  | { ok: false; issues: FieldIssue[] };

/** Validate an operation as received. Errors are returned as data with the field path and reason. */
export function parseOperation(raw: unknown): ParseResult {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, issues: toFieldIssues(envelope.error, []) };
  const payload = PAYLOAD_SCHEMAS[envelope.data.type].safeParse(envelope.data.payload);
  if (!payload.success) return { ok: false, issues: toFieldIssues(payload.error, ['payload']) };
  return { ok: true, operation: { ...envelope.data, payload: payload.data } as Operation };
}

export function toFieldIssues(error: z.ZodError, prefix: (string | number)[]): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.') || '(root)',
    message: issue.message,
  }));
}
