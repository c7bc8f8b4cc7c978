// The move wizard's short-lived state (zustand). Nothing is persistent until
// the operation is recorded in the outbox.
import { create } from 'zustand';
import type { SavedOutcome } from '../save';
import type { Item, Location } from '../../domain';
import type { SlotView } from '../../replica/queries';

export type MoveStep = 'from' | 'item' | 'lot' | 'quantity' | 'serials' | 'to' | 'confirm' | 'done';

/** R13: a chosen serial with its lot. */
export interface ChosenSerial {
  serial: string;
  lot: string | null;
}

interface MoveState {
  step: MoveStep;
  from: Location | null;
  item: Item | null;
  source: SlotView | null;
  scannedLot: string | null;
  /** R8a: the operator saw the mismatch and confirmed the goods' lot anyway. */
  mismatchAccepted: boolean;
  quantity: number;
  serials: ChosenSerial[];
  to: SlotView | null;
  savedOutcome: SavedOutcome | null;

  chooseFrom: (location: Location) => void;
  chooseSource: (item: Item, slot: SlotView) => void;
  scanLot: (lot: string | null) => void;
  acceptLot: (mismatch: boolean) => void;
  setQuantity: (quantity: number) => void;
  confirmQuantity: () => void;
  addSerial: (serial: ChosenSerial) => void;
  removeSerial: (serial: string) => void;
  confirmSerials: () => void;
  chooseTo: (slot: SlotView) => void;
  back: () => void;
  saved: (outcome: SavedOutcome) => void;
  reset: () => void;
}

const EMPTY = {
  step: 'from' as MoveStep, from: null, item: null, source: null, scannedLot: null, mismatchAccepted: false,
  quantity: 1, serials: [], to: null, savedOutcome: null,
};

function afterItem(item: Item): MoveStep {
  if (item.serialized) return 'serials';
  return item.lotTracked ? 'lot' : 'quantity';
}

function previous(s: MoveState): MoveStep {
  switch (s.step) {
    case 'item': return 'from';
    case 'lot': case 'serials': return 'item';
    case 'quantity': return s.item?.lotTracked ? 'lot' : 'item';
    case 'to': return s.item?.serialized ? 'serials' : 'quantity';
    case 'confirm': return 'to';
    default: return 'from';
  }
}

export const useMoveStore = create<MoveState>((set, get) => ({
  ...EMPTY,
  chooseFrom: (from) => set({ ...EMPTY, from, step: 'item' }),
  chooseSource: (item, source) => set({
    item, source, step: afterItem(item), scannedLot: null, mismatchAccepted: false, serials: [], to: null,
    quantity: Math.max(1, Math.min(1, source.quantity)),
  }),
  scanLot: (scannedLot) => set({ scannedLot, mismatchAccepted: false }),
  acceptLot: (mismatch) => set({ mismatchAccepted: mismatch, step: 'quantity' }),
  setQuantity: (quantity) => set({ quantity }),
  confirmQuantity: () => {
    if (get().quantity >= 1) set({ step: 'to', to: null });
  },
  addSerial: (serial) => set((s) => ({ serials: [...s.serials, serial] })),
  removeSerial: (serial) => set((s) => ({ serials: s.serials.filter((x) => x.serial !== serial) })),
  confirmSerials: () => {
    if (get().serials.length >= 1) set((s) => ({ step: 'to', to: null, quantity: s.serials.length }));
  },
  chooseTo: (to) => set({ to, step: 'confirm' }),
  back: () => set((s) => ({ step: previous(s) })),
  saved: (savedOutcome) => set({ step: 'done', savedOutcome }),
  reset: () => set({ ...EMPTY }),
}));
