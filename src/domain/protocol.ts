// The push/pull protocol between a device and the sync server, shared by both.
import type { Language } from './languages';
import { z } from 'zod';
import type { PickList, PurchaseOrder } from './order-types';
import type { CountTask } from './count-tasks';
import type { Item, Location, LotException, LotRecord, Serial, Settings, Slot } from './types';

export const deviceId = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only');

/**
 * What people call a device ("Dock scanner 2"), shown instead of its id.
 * Printable text only (no control characters, which the database may not
 * hold); empty means no name.
 */
export const deviceName = z.string().trim().max(40, 'at most 40 characters')
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'printable characters only');

export const pushRequestSchema = z.object({
  deviceId,
  /** In device order. Each is validated on its own: a malformed one is rejected alone (C3). */
  operations: z.array(z.unknown()).min(1).max(500),
  /**
   * The device's clock when it sent this push. Compared with the server's clock
   * on arrival it measures how far off the device's clock is, so device times
   * (audit only) can be read on the server's clock. Optional: older clients omit it.
   */
  sentAt: z.iso.datetime({ offset: true }).optional(),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export type OutcomeKind = 'applied' | 'exception' | 'rejected';

export interface OperationOutcome {
  /** The operation's id, or null when the operation was too malformed to carry one. */
  id: string | null;
  seq: number | null;
  outcome: OutcomeKind;
  /** True when this id had been received before: the outcome is the first one (C1). */
  duplicate: boolean;
  code: string | null;
  rule: string | null;
  details: Record<string, unknown> | null;
}

export interface PushResponse {
  outcomes: OperationOutcome[];
}

export const pullQuerySchema = z.object({
  deviceId,
  /** Opaque; absent on the first pull, which pages through the whole replica. */
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const loginRequestSchema = z.object({
  badge: z.string().trim().min(1).max(64),
  pin: z.string().regex(/^\d{4,12}$/, '4 to 12 digits'),
  /**
   * The device logging in. Its session then speaks for this device only, and
   * operations recorded under this login (their `signIn`) may be pushed later
   * by whoever logs in on the same device. Optional for scripts.
   */
  deviceId: deviceId.optional(),
  /** The device's name, given at login (with deviceId); empty or absent leaves the name it has. */
  deviceName: deviceName.optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** A device's own operation as the server decided it: read back by pull (C1). */
export interface PulledOutcome {
  id: string;
  seq: number;
  outcome: OutcomeKind;
  code: string | null;
  rule: string | null;
  details: Record<string, unknown> | null;
}

export interface PullChanges {
  items: Item[];
  locations: Location[];
  slots: Slot[];
  serials: Serial[];
  exceptions: LotException[];
  outcomes: PulledOutcome[];
  settings: Settings | null;
  /**
   * Orders changed since the cursor (open ones on a first sync); a closed or
   * packed one arrives once so the device can drop it. Optional: a server
   * before master data sends none.
   */
  purchaseOrders?: PurchaseOrder[];
  pickLists?: PickList[];
  /** Planned count tasks changed since the cursor (open ones on a first sync). Optional: older servers send none. */
  countTasks?: CountTask[];
  /** Lot records (expiry, hold) changed since the cursor. Optional: a server before issue 8 sends none. */
  lots?: LotRecord[];
}

export interface PullResponse {
  changes: PullChanges;
  /**
   * Who is pulling, as the server knows them now: a supervisor's change of
   * their language reaches the device with its next sync. Optional: older
   * servers send none.
   */
  you?: { language: Language | null };
  /** Pass back on the next pull. */
  cursor: string;
  /** More pages follow: pull again at once with the new cursor. */
  hasMore: boolean;
}
