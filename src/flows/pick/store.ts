// The pick wizard's short-lived state (zustand). Nothing here is persistent:
// the outbox is, once the pick is confirmed.
import { create } from 'zustand';
import type { SavedOutcome } from '../kit/save';
import type { Item, Location } from '../../domain';
import type { SlotView } from '../../replica/queries';
import type { ListLine } from './pick-list';
import type { PickedSerial } from './flow';

export type PickStep = 'location' | 'item' | 'quantity' | 'serials' | 'confirm' | 'done';


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

  chooseListLine: (line: ListLine | null) => void;
  chooseLocation: (location: Location) => void;
  chooseItem: (item: Item, slots: SlotView[], fefoReason?: string | null) => void;
  chooseSlot: (slot: SlotView) => void;
  setQuantity: (quantity: number) => void;
  setRequested: (requested: number | null) => void;
  setPickList: (pickList: string) => void;
  addSerial: (serial: PickedSerial) => void;
  removeSerial: (serial: string) => void;
  toConfirm: () => void;
  back: () => void;
  saved: (outcome: SavedOutcome) => void;
  reset: () => void;
}

const EMPTY = {
  step: 'location' as PickStep, location: null, item: null, slot: null, choices: [], quantity: 1,
  requested: null, pickList: '', listLine: null, serials: [], savedOutcome: null, fefoReason: null,
};

function previousStep(step: PickStep, item: Item | null): PickStep {
  if (step === 'item') return 'location';
  if (step === 'quantity' || step === 'serials') return 'item';
  if (step === 'confirm') return item?.serialized ? 'serials' : 'quantity';
  return 'location';
}

export const usePickStore = create<PickState>((set) => ({
  ...EMPTY,
  chooseLocation: (location) => set({ location, step: 'item', item: null, slot: null, choices: [] }),
  // A list line asks for what is left of it: that is the requested quantity, and the likely pick.
  chooseListLine: (listLine) => set({ ...EMPTY, listLine, requested: listLine?.remaining ?? null }),
  chooseItem: (item, slots, fefoReason = null) => set((s) => ({
    item, choices: slots, fefoReason, slot: slots[0] ?? null, serials: [], quantity: s.listLine?.remaining ?? 1,
    step: item.serialized ? 'serials' : 'quantity',
  })),
  chooseSlot: (slot) => set({ slot, serials: [] }),
  setQuantity: (quantity) => set({ quantity }),
  setRequested: (requested) => set({ requested }),
  setPickList: (pickList) => set({ pickList }),
  addSerial: (serial) => set((s) => ({ serials: [...s.serials, serial] })),
  removeSerial: (serial) => set((s) => ({ serials: s.serials.filter((x) => x.serial !== serial) })),
  toConfirm: () => set({ step: 'confirm' }),
  back: () => set((s) => ({ step: previousStep(s.step, s.item) })),
  saved: (savedOutcome) => set({ step: 'done', savedOutcome }),
  reset: () => set({ ...EMPTY }),
}));
