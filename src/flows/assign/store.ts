// The assign wizard's short-lived state (zustand). Nothing here is persistent:
// the outbox is, once the assignment is confirmed.
import { create } from 'zustand';
import type { SavedOutcome } from '../kit/save';
import type { Item, Location } from '../../domain';
import { conditionRows, type AssignSerial, type ConditionRow } from './flow';

export type AssignStep = 'item' | 'location' | 'capacity' | 'stock' | 'confirm' | 'done';


interface AssignState {
  step: AssignStep;
  item: Item | null;
  location: Location | null;
  capacity: number;
  rows: ConditionRow[];
  /** The row scans go to (lots, serials). */
  active: number;
  savedOutcome: SavedOutcome | null;

  chooseItem: (item: Item) => void;
  chooseLocation: (location: Location) => void;
  setCapacity: (capacity: number) => void;
  confirmCapacity: () => void;
  setActive: (index: number) => void;
  editRow: (index: number, patch: Partial<Pick<ConditionRow, 'quantity' | 'lot'>>) => void;
  addSerial: (index: number, serial: AssignSerial) => void;
  removeSerial: (index: number, serial: string) => void;
  toConfirm: () => void;
  back: () => void;
  saved: (outcome: SavedOutcome) => void;
  reset: () => void;
}

const EMPTY = {
  step: 'item' as AssignStep, item: null, location: null, capacity: 0, rows: [], active: 0, savedOutcome: null,
};

const PREVIOUS: Record<AssignStep, AssignStep> = {
  item: 'item', location: 'item', capacity: 'location', stock: 'capacity', confirm: 'stock', done: 'item',
};

export const useAssignStore = create<AssignState>((set) => ({
  ...EMPTY,
  chooseItem: (item) => set({ item, rows: conditionRows(item), active: 0, step: 'location' }),
  chooseLocation: (location) => set({ location, step: 'capacity' }),
  setCapacity: (capacity) => set({ capacity }),
  confirmCapacity: () => set({ step: 'stock' }),
  setActive: (active) => set({ active }),
  editRow: (index, patch) => set((s) => ({ rows: s.rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) })),
  addSerial: (index, serial) => set((s) => ({
    rows: s.rows.map((r, i) => (i === index ? { ...r, serials: [...r.serials, serial], quantity: r.serials.length + 1 } : r)),
  })),
  removeSerial: (index, serial) => set((s) => ({
    rows: s.rows.map((r, i) => {
      if (i !== index) return r;
      const serials = r.serials.filter((x) => x.serial !== serial);
      return { ...r, serials, quantity: serials.length };
    }),
  })),
  toConfirm: () => set({ step: 'confirm' }),
  back: () => set((s) => ({ step: PREVIOUS[s.step] })),
  saved: (savedOutcome) => set({ step: 'done', savedOutcome }),
  reset: () => set({ ...EMPTY }),
}));
