// The return wizard's short-lived state (zustand).
import { create } from 'zustand';
import type { SavedOutcome } from '../kit/save';
import { tracksLotPerSlot, type Item } from '../../domain';
import type { SlotView } from '../../replica/queries';
import type { ReturnedSerial } from './flow';

export type ReturnStep = 'item' | 'lot' | 'serials' | 'location' | 'quantity' | 'confirm' | 'done';


interface ReturnState {
  step: ReturnStep;
  item: Item | null;
  /** The lot of the returned goods; null = unknown (or the item has none). */
  lot: string | null;
  serials: ReturnedSerial[];
  slot: SlotView | null;
  quantity: number;
  savedOutcome: SavedOutcome | null;

  /** `quantity`: the count the item's label carries, when it carries one. */
  chooseItem: (item: Item, lot?: string, quantity?: number) => void;
  chooseLot: (lot: string | null, quantity?: number) => void;
  addSerial: (serial: ReturnedSerial) => void;
  removeSerial: (serial: string) => void;
  confirmSerials: () => void;
  chooseSlot: (slot: SlotView) => void;
  setQuantity: (quantity: number) => void;
  addOne: () => void;
  toConfirm: () => void;
  back: () => void;
  saved: (outcome: SavedOutcome) => void;
  reset: () => void;
}

const EMPTY = { step: 'item' as ReturnStep, item: null, lot: null, serials: [], slot: null, quantity: 1, savedOutcome: null };

/** Serialized items: serials; lot-tracked: the lot; untracked: straight to the location. */
function afterItem(item: Item): ReturnStep {
  if (item.serialized) return 'serials';
  return item.lotTracked ? 'lot' : 'location';
}

function previousStep(step: ReturnStep, item: Item | null): ReturnStep {
  if (!item) return 'item';
  if (step === 'location') return item.serialized ? 'serials' : item.lotTracked ? 'lot' : 'item';
  if (step === 'quantity') return 'location';
  if (step === 'confirm') return item.serialized ? 'location' : 'quantity';
  return 'item';
}

export const useReturnStore = create<ReturnState>((set) => ({
  ...EMPTY,
  // A GS1 label of the goods carries their lot: the lot step is then done already.
  // The quantity is what the label says; else the one unit in hand (each further unit scanned adds one).
  chooseItem: (item, lot, quantity) => set(() => {
    const withLot = lot !== undefined && tracksLotPerSlot(item);
    return { item, lot: withLot ? lot : null, serials: [], slot: null, quantity: quantity ?? 1, step: withLot ? 'location' : afterItem(item) };
  }),
  chooseLot: (lot, quantity) => set((s) => ({ lot, step: 'location', slot: null, quantity: quantity ?? s.quantity })),
  addSerial: (serial) => set((s) => ({ serials: [...s.serials, serial] })),
  removeSerial: (serial) => set((s) => ({ serials: s.serials.filter((x) => x.serial !== serial) })),
  confirmSerials: () => set({ step: 'location', slot: null }),
  chooseSlot: (slot) => set((s) => ({ slot, step: s.item?.serialized ? 'confirm' : 'quantity' })),
  setQuantity: (quantity) => set({ quantity }),
  addOne: () => set((s) => ({ quantity: s.quantity + 1 })),
  toConfirm: () => set({ step: 'confirm' }),
  back: () => set((s) => ({ step: previousStep(s.step, s.item) })),
  saved: (savedOutcome) => set({ step: 'done', savedOutcome }),
  reset: () => set({ ...EMPTY }),
}));
