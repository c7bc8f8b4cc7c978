// Saving the pick on screen, and what comes after: on a pick list, the next
// open line in walking order comes up on its own (its location step); the
// Done step only when the list has nothing left for this walk.
import { db } from '../../../device/device';
import { pickListByNumber, type PickListView } from '../../../replica/orders';
import { fefoSlots } from '../../../replica/lots';
import { useSaveOperation, type SavedOutcome } from '../../kit/save';
import { knownLot } from '../../../domain';
import * as pickPayload from '../payload';
import { listLineOf, nextOpenLine } from '../pick-list';
import { usePickStore, type PickedLine } from '../store';

/**
 * Where a list line is picked from: the location the list names, else the slot
 * FEFO would take first (the earliest-expiring available lot), else nowhere known.
 */
export async function whereToPick(line: { itemId: string; locationCode: string | null }): Promise<string | null> {
  if (line.locationCode) return line.locationCode;
  return (await fefoSlots(db, line.itemId)).find((r) => r.status === 'available')?.locationCode ?? null;
}

/** The list's next open line in walking order, skipping the lines this walk picked. */
export async function nextLineOf(list: PickListView, picked: readonly PickedLine[]) {
  const where = new Map<number, string | null>();
  for (const line of list.lines) where.set(line.line, await whereToPick(line));
  const done = new Set(picked.flatMap((p) => (p.line === null ? [] : [p.line])));
  const next = nextOpenLine(list, done, (l) => where.get(l.line) ?? null);
  return next && listLineOf(list, next);
}

/** The payload of the pick on screen, or null while something is missing. */
export function currentPayload() {
  const s = usePickStore.getState();
  if (!s.item || !s.location || !s.slot) return null;
  return pickPayload.build({
    item: s.item, locationCode: s.location.code, condition: s.slot.condition, quantity: s.quantity, requested: s.requested,
    serials: s.serials, pickList: s.listLine ? { number: s.listLine.number, line: s.listLine.line } : s.pickList,
    scannedLot: s.scannedLot, fefoReason: s.fefoReason,
  });
}

export function usePickSave() {
  const onSaved = (outcome: SavedOutcome) => void (async () => {
    const s = usePickStore.getState();
    if (!s.item || !s.location || !s.slot) return;
    const line: PickedLine = {
      line: s.listLine?.line ?? null, sku: s.item.sku, unit: s.item.unit, location: s.location.code,
      quantity: s.item.serialized ? s.serials.length : s.quantity,
      lot: s.item.serialized ? null : s.scannedLot ?? knownLot(s.slot),
    };
    const list = s.listLine ? await pickListByNumber(db, s.listLine.number) : undefined;
    const next = list ? await nextLineOf(list, [...s.picked, line]) : undefined;
    if (next) s.nextLine(outcome, line, next);
    else s.saved(outcome, line);
  })();
  const { save, saving, error } = useSaveOperation('pick', onSaved);
  const confirm = () => {
    const payload = currentPayload();
    if (payload) void save(payload);
  };
  return { confirm, saving, error };
}
