// Move and putaway take goods out of a slot the same way (a from location, an
// item in one of its slots, the lot verified or the serials scanned, a
// quantity) and differ only in where the goods go: this is the shared part of
// their two stores.
import { checkLot, type Item, type Location } from '../../domain';
import type { SlotView } from '../../replica/queries';
import { serialsWithLots, type Found, type Named } from './refill';
import type { SavedOutcome } from './save';
import { defaultQuantity } from './take/take-scan';

/** R13: a chosen serial with its lot. */
export interface ChosenSerial {
  serial: string;
  lot: string | null;
}

/** The steps both wizards share; each adds its own after quantity or serials. */
type TakeStep = 'from' | 'item' | 'lot' | 'quantity' | 'serials' | 'done';

export interface TransferTaskData<Step extends string> {
  step: Step;
  from: Location | null;
  item: Item | null;
  source: SlotView | null;
  scannedLot: string | null;
  /** R8a: the operator saw the mismatch and confirmed the goods' lot anyway. */
  mismatchAccepted: boolean;
  quantity: number;
  serials: ChosenSerial[];
  savedOutcome: SavedOutcome | null;
}

export interface TransferTask<Step extends string> extends TransferTaskData<Step> {
  chooseFrom: (location: Location) => void;
  /** `count`: a label's (30)/(37) count, used instead of the default when it fits the slot. */
  chooseSource: (item: Item, slot: SlotView, count?: number) => void;
  scanLot: (lot: string | null) => void;
  acceptLot: (mismatch: boolean) => void;
  setQuantity: (quantity: number) => void;
  confirmQuantity: () => void;
  addSerial: (serial: ChosenSerial) => void;
  removeSerial: (serial: string) => void;
  confirmSerials: () => void;
  back: () => void;
  saved: (outcome: SavedOutcome) => void;
  reset: () => void;
}

export const EMPTY_TRANSFER_TASK = {
  step: 'from' as const, from: null, item: null, source: null, scannedLot: null, mismatchAccepted: false,
  quantity: 1, serials: [] as ChosenSerial[], savedOutcome: null,
};

type Data<Next extends string> = TransferTaskData<TakeStep | Next>;
type Set<Next extends string> = (partial: Partial<Data<Next>> | ((s: Data<Next>) => Partial<Data<Next>>)) => void;

/** The step before this one, up to `next` (the wizard's own step after quantity or serials). */
export function previousTakeStep<Next extends string>(s: Pick<Data<Next>, 'step' | 'item'>, next: Next): TakeStep {
  switch (s.step) {
    case 'item': return 'from';
    case 'lot': case 'serials': return 'item';
    case 'quantity': return s.item?.lotTracked ? 'lot' : 'item';
    case next: return s.item?.serialized ? 'serials' : 'quantity';
    default: return 'from';
  }
}

/**
 * The shared actions. `empty` is the wizard's whole empty state; `next` the
 * step after quantity or serials, and `fresh` what that step starts with (it
 * is also cleared when another item is chosen). `back` is the wizard's own.
 */
export function transferTaskActions<Next extends string>(
  set: Set<Next>, get: () => Data<Next>, { empty, next, fresh }: { empty: Data<Next>; next: Next; fresh: object },
): Omit<TransferTask<TakeStep | Next>, keyof TransferTaskData<string> | 'back'> {
  return {
    chooseFrom: (from) => set({ ...empty, from, step: 'item' }),
    // R4: the staged slot's lot is shown at the lot step; tracked goods may be verified by a scan (R8a).
    // The quantity starts at what the task implies: all the slot holds (issue 16), or the label's count.
    chooseSource: (item, source, count) => set({
      ...fresh, item, source, scannedLot: null, mismatchAccepted: false, serials: [],
      quantity: count !== undefined && count <= source.quantity ? count : defaultQuantity(source),
      step: item.serialized ? 'serials' : item.lotTracked ? 'lot' : 'quantity',
    }),
    scanLot: (scannedLot) => set({ scannedLot, mismatchAccepted: false }),
    acceptLot: (mismatch) => set({ mismatchAccepted: mismatch, step: 'quantity' }),
    setQuantity: (quantity) => set({ quantity }),
    confirmQuantity: () => {
      if (get().quantity >= 1) set({ ...fresh, step: next });
    },
    addSerial: (serial) => set((s) => ({ serials: [...s.serials, serial] })),
    removeSerial: (serial) => set((s) => ({ serials: s.serials.filter((x) => x.serial !== serial) })),
    confirmSerials: () => {
      if (get().serials.length >= 1) set((s) => ({ ...fresh, step: next, quantity: s.serials.length }));
    },
    saved: (savedOutcome) => set({ step: 'done', savedOutcome }),
    reset: () => set({ ...empty }),
  };
}

/** What a move or putaway payload names: the item, both ends and the serials. */
export function namedTransfer(p: { item: string; from: string; to: string; serials?: string[] | undefined }): Named {
  return { items: [p.item], locations: [p.from, p.to], serials: p.serials ?? [] };
}

type Taken = Omit<TransferTaskData<never>, 'step' | 'savedOutcome' | 'from' | 'item' | 'source'> & { from: Location; item: Item; source: SlotView };

/**
 * Fix and resend for move and putaway: the taking half of a rejected payload
 * as the wizard's state. `found` false: the item or its source slot is not
 * known on this device any more, and the wizard starts from the from step.
 */
export function takenFromPayload(
  p: { item: string; condition: string; quantity: number; lot?: string | undefined; serials?: string[] | undefined },
  fromCode: string, found: Found,
): { found: false } | { found: true; data: Taken } {
  const from = found.location(fromCode);
  const item = found.item(p.item);
  const source = item ? found.slot(item, fromCode, p.condition) : null;
  if (!from || !item || !source) return { found: false };
  const scannedLot = p.lot ?? null;
  return {
    found: true,
    data: {
      from, item, source, scannedLot, quantity: p.quantity, serials: serialsWithLots(p.serials, found),
      mismatchAccepted: scannedLot !== null && checkLot(source, scannedLot).kind === 'mismatch',
    },
  };
}
