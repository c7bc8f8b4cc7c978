// The rules that judge what a floor operation did, once its own rules have
// run: the lots it received or moved (lots/), items and locations out of use,
// and who recorded it. They run in this order over the operation's own draft,
// so their exceptions are raised like its own (raise()) and numbered after them
// by the same counter (`${opId}/x<n>`), the same on device and server. The
// order is part of the ids: a new rule goes at the end. None names a slot, so
// none opens a count task (L7): nothing in a slot is in doubt.
import type { Draft } from './effects-builder';
import { flagInactiveItem } from './inactive-item';
import { flagInactiveLocations } from './inactive-location';
import { flagMovedLots, flagPackedLots, flagPickedLots } from './lots/flag';
import { receiveLots } from './lots/receive';
import type { FloorOperation } from './operation';
import { flagRecorder, type RecorderFlag } from './recorder-access';

/** What a shell knows beyond the operation and its rows. */
export interface ApplyOptions {
  /** The server's verdict that the recorder's access had ended (judgeRecorder flags floor work only). */
  recorder?: RecorderFlag | undefined;
}

export interface PostRule {
  name: string;
  run: (d: Draft, op: FloorOperation, options: ApplyOptions) => void;
}

export const POST_RULES: readonly PostRule[] = [
  // Lot records of the stock received (expiry, first received), and an
  // expiry that contradicts the stored one.
  { name: 'received-lots', run: (d, op) => { if (op.type === 'restock') receiveLots(d, op.payload.item, op.payload.lines); } },
  // C2: a lot on hold or expired, picked, moved into a pick face or packed by
  // a device that did not know yet.
  { name: 'picked-lots', run: (d, op) => { if (op.type === 'pick') flagPickedLots(d); } },
  { name: 'moved-lots', run: (d, op) => { if (op.type === 'move') flagMovedLots(d); } },
  { name: 'packed-lots', run: (d, op) => { if (op.type === 'pack') flagPackedLots(d); } },
  // Floor work is a fact (C2): stock placed into a location out of use, or an
  // item out of use taken in, is flagged, not refused.
  { name: 'inactive-location', run: (d, op) => flagInactiveLocations(d, op.type) },
  {
    name: 'inactive-item',
    run: (d, op) => { if (op.type === 'restock' || op.type === 'assign') flagInactiveItem(d, op.type, op.payload.item); },
  },
  // C2, C3: recorded after the recorder's access ended: it stands, a supervisor looks.
  { name: 'recorder', run: (d, _op, options) => { if (options.recorder) flagRecorder(d, options.recorder); } },
];

/** Every post-rule, in order, over the draft of a floor operation whose own rules applied it. */
export function applyPostRules(d: Draft, op: FloorOperation, options: ApplyOptions): void {
  for (const rule of POST_RULES) rule.run(d, op, options);
}
