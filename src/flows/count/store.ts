// The count wizard's short-lived state (zustand). Nothing here is persistent:
// the outbox is, once the count is confirmed.
import { create } from 'zustand';
import type { SavedOutcome } from '../kit/save';
import { countExpectation, type Item, type Location } from '../../domain';
import type { SlotView } from '../../replica/queries';
import { countedAtStart, type Counted, type CountedSerial } from './flow';

export type CountStep = 'location' | 'item' | 'count' | 'serials' | 'confirm' | 'done';


interface CountState {
  step: CountStep;
  location: Location | null;
  item: Item | null;
  slot: SlotView | null;
  /** R9 / C2: the slot as shown when the item was chosen; recorded as payload.expected. */
  expected: { lot: string | null; quantity: number } | null;
  /** Null until counted: a blind count starts empty (settings.floor.blindCount). */
  counted: Counted;
  /** The recorded quantity is hidden on this count (blind count). */
  blind: boolean;
  lot: string;
  serials: CountedSerial[];
  savedOutcome: SavedOutcome | null;
  /** The planned count task this slot's count works, when one asks for it (payload.countTask). */
  countTask: string | null;

  chooseLocation: (location: Location) => void;
  chooseSlot: (item: Item, slot: SlotView, blind: boolean, countTask?: string | null) => void;
  setCounted: (counted: Counted) => void;
  setLot: (lot: string) => void;
  addSerial: (serial: CountedSerial) => void;
  removeSerial: (serial: string) => void;
  toConfirm: () => void;
  back: () => void;
  saved: (outcome: SavedOutcome) => void;
  reset: () => void;
}

const EMPTY = {
  step: 'location' as CountStep, location: null, item: null, slot: null, expected: null,
  counted: null as Counted, blind: false, lot: '', serials: [], savedOutcome: null, countTask: null as string | null,
};

function previousStep(step: CountStep, item: Item | null): CountStep {
  if (step === 'item') return 'location';
  if (step === 'count' || step === 'serials') return 'item';
  if (step === 'confirm') return item?.serialized ? 'serials' : 'count';
  return 'location';
}

export const useCountStore = create<CountState>((set) => ({
  ...EMPTY,
  chooseLocation: (location) => set({ ...EMPTY, location, step: 'item' }),
  // R9: the counted lot starts as the expected one (the operator corrects it by scanning the
  // label) and the counted quantity as the recorded one, except in a blind count.
  chooseSlot: (item, slot, blind, countTask = null) => {
    const expected = countExpectation(item, slot);
    set({
      item, slot, expected, counted: countedAtStart(item, slot.quantity, blind), blind, countTask, lot: expected.lot ?? '', serials: [],
      step: item.serialized ? 'serials' : 'count',
    });
  },
  setCounted: (counted) => set({ counted }),
  setLot: (lot) => set({ lot }),
  addSerial: (serial) => set((s) => ({ serials: [...s.serials, serial] })),
  removeSerial: (serial) => set((s) => ({ serials: s.serials.filter((x) => x.serial !== serial) })),
  toConfirm: () => set({ step: 'confirm' }),
  back: () => set((s) => ({ step: previousStep(s.step, s.item) })),
  saved: (savedOutcome) => set({ step: 'done', savedOutcome }),
  reset: () => set({ ...EMPTY }),
}));
