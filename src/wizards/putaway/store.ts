// The putaway wizard's short-lived state (zustand).
import { create } from 'zustand';
import type { SavedOutcome } from '../save';
import type { Item, Location, PlacementLine } from '../../domain';
import type { SlotView } from '../../replica/queries';
import type { ChosenSerial } from './logic';

export type PutawayStep = 'from' | 'item' | 'lot' | 'quantity' | 'serials' | 'place' | 'done';

interface PutawayState {
  step: PutawayStep;
  from: Location | null;
  item: Item | null;
  source: SlotView | null;
  scannedLot: string | null;
  mismatchAccepted: boolean;
  quantity: number;
  serials: ChosenSerial[];
  placements: PlacementLine[];
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
  setPlacement: (slotId: string, lot: string | null, quantity: number) => void;
  setPlacements: (placements: PlacementLine[]) => void;
  back: () => void;
  saved: (outcome: SavedOutcome) => void;
  reset: () => void;
}

const EMPTY = {
  step: 'from' as PutawayStep, from: null, item: null, source: null, scannedLot: null, mismatchAccepted: false,
  quantity: 1, serials: [], placements: [], savedOutcome: null,
};

function previous(s: PutawayState): PutawayStep {
  switch (s.step) {
    case 'item': return 'from';
    case 'lot': case 'serials': return 'item';
    case 'quantity': return s.item?.lotTracked ? 'lot' : 'item';
    case 'place': return s.item?.serialized ? 'serials' : 'quantity';
    default: return 'from';
  }
}

export const usePutawayStore = create<PutawayState>((set, get) => ({
  ...EMPTY,
  chooseFrom: (from) => set({ ...EMPTY, from, step: 'item' }),
  // R4: the staged slot's lot is shown at the lot step; tracked goods may be verified by a scan (R8a).
  chooseSource: (item, source) => set({
    item, source, scannedLot: null, mismatchAccepted: false, serials: [], placements: [], quantity: 1,
    step: item.serialized ? 'serials' : item.lotTracked ? 'lot' : 'quantity',
  }),
  scanLot: (scannedLot) => set({ scannedLot, mismatchAccepted: false }),
  acceptLot: (mismatch) => set({ mismatchAccepted: mismatch, step: 'quantity' }),
  setQuantity: (quantity) => set({ quantity }),
  confirmQuantity: () => {
    if (get().quantity >= 1) set({ step: 'place', placements: [] });
  },
  addSerial: (serial) => set((s) => ({ serials: [...s.serials, serial] })),
  removeSerial: (serial) => set((s) => ({ serials: s.serials.filter((x) => x.serial !== serial) })),
  confirmSerials: () => {
    if (get().serials.length >= 1) set((s) => ({ step: 'place', placements: [], quantity: s.serials.length }));
  },
  setPlacement: (slotId, lot, quantity) => set((s) => {
    const others = s.placements.filter((p) => !(p.slotId === slotId && p.lot === lot));
    return { placements: quantity > 0 ? [...others, { slotId, lot, quantity }] : others };
  }),
  setPlacements: (placements) => set({ placements }),
  back: () => set((s) => ({ step: previous(s), placements: [] })),
  saved: (savedOutcome) => set({ step: 'done', savedOutcome }),
  reset: () => set({ ...EMPTY }),
}));
