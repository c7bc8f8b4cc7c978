// The pick wizard's short-lived state (zustand). Nothing here is persistent:
// the outbox is, once the pick is confirmed.
import { create } from 'zustand';
import type { SavedOutcome } from '../kit/save';
import type { Item, Location } from '../../domain';
import type { SlotView } from '../../replica/queries';
import { remainderDefault, type ListLine } from './pick-list';
import type { PickedSerial } from './flow';

export type PickStep = 'location' | 'item' | 'quantity' | 'serials' | 'confirm' | 'done';

/** One pick saved in this walk, as the Done step says it. */
export interface PickedLine {
  line: number | null;
  sku: string;
  unit: string;
  quantity: number;
  lot: string | null;
  location: string;
}

/** How the item was taken at the item step. */
export interface ItemTaken {
  fefoReason?: string | null;
  /** The lot on the goods' label. */
  lot?: string | null;
  /** The label's (30)/(37) count, for a free pick. */
  count?: number | null;
}


interface PickState {
  step: PickStep;
  location: Location | null;
  item: Item | null;
  /** The slot picked from: the item's slot at the location (per condition). */
  slot: SlotView | null;
  /** Other conditions of the item at the location, to choose from. */
  choices: SlotView[];
  quantity: number;
  requested: number | null;
  /** A free reference typed by the picker (free picks only). */
  pickList: string;
  /** The pick list line being picked, when picking through a list. */
  listLine: ListLine | null;
  serials: PickedSerial[];
  savedOutcome: SavedOutcome | null;
  /** FEFO: the picker's reason for taking a later-expiring lot than an available earlier one. */
  fefoReason: string | null;
  /** R8a: the lot the goods' label carried, recorded on the pick (null: no label lot). */
  scannedLot: string | null;
  /** What this walk picked so far, oldest first: the Done step says it; a list line picked is not offered again. */
  picked: PickedLine[];

  chooseListLine: (line: ListLine | null) => void;
  chooseLocation: (location: Location) => void;
  chooseItem: (item: Item, slots: SlotView[], taken?: ItemTaken) => void;
  chooseSlot: (slot: SlotView) => void;
  setQuantity: (quantity: number) => void;
  setRequested: (requested: number | null) => void;
  setPickList: (pickList: string) => void;
  addSerial: (serial: PickedSerial) => void;
  removeSerial: (serial: string) => void;
  toConfirm: () => void;
  back: () => void;
  saved: (outcome: SavedOutcome, line: PickedLine) => void;
  /** After a list line was saved: the next open line comes up, at its location step. */
  nextLine: (outcome: SavedOutcome, line: PickedLine, next: ListLine) => void;
  reset: () => void;
}

const EMPTY = {
  step: 'location' as PickStep, location: null, item: null, slot: null, choices: [], quantity: 1,
  requested: null, pickList: '', listLine: null, serials: [], savedOutcome: null, fefoReason: null, scannedLot: null, picked: [],
};

function previousStep(step: PickStep, item: Item | null): PickStep {
  if (step === 'item') return 'location';
  if (step === 'quantity' || step === 'serials') return 'item';
  if (step === 'confirm') return item?.serialized ? 'serials' : 'quantity';
  return 'location';
}

export const usePickStore = create<PickState>((set) => ({
  ...EMPTY,
  chooseLocation: (location) => set({ location, step: 'item', item: null, slot: null, choices: [], scannedLot: null }),
  // A list line asks for what is left of it: that is the requested quantity, and the likely pick.
  chooseListLine: (listLine) => set({ ...EMPTY, listLine, requested: listLine?.remaining ?? null }),
  // The quantity starts at what the task implies: the list line's remainder (no more than the
  // slot holds), else the label's count; a free pick without one starts at a single unit.
  chooseItem: (item, slots, taken = {}) => set((s) => {
    const slot = slots[0] ?? null;
    const quantity = s.listLine ? remainderDefault(s.listLine.remaining, slot?.quantity ?? 0) : taken.count ?? 1;
    return {
      item, choices: slots, fefoReason: taken.fefoReason ?? null, scannedLot: taken.lot ?? null, slot, serials: [], quantity,
      step: item.serialized ? 'serials' : 'quantity',
    };
  }),
  chooseSlot: (slot) => set({ slot, serials: [] }),
  setQuantity: (quantity) => set({ quantity }),
  setRequested: (requested) => set({ requested }),
  setPickList: (pickList) => set({ pickList }),
  addSerial: (serial) => set((s) => ({ serials: [...s.serials, serial] })),
  removeSerial: (serial) => set((s) => ({ serials: s.serials.filter((x) => x.serial !== serial) })),
  toConfirm: () => set({ step: 'confirm' }),
  back: () => set((s) => ({ step: previousStep(s.step, s.item) })),
  saved: (savedOutcome, line) => set((s) => ({ step: 'done', savedOutcome, picked: [...s.picked, line] })),
  nextLine: (savedOutcome, line, next) => set((s) => ({
    ...EMPTY, savedOutcome, picked: [...s.picked, line], listLine: next, requested: next.remaining,
  })),
  reset: () => set({ ...EMPTY }),
}));
