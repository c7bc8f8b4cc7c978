// The pack wizard's short-lived state (zustand). Nothing here is persistent:
// the outbox is, once the pack is confirmed.
import { create } from 'zustand';
import type { SavedOutcome } from '../kit/save';
import type { Item } from '../../domain';
import type { PackLine } from './flow';

export type PackStep = 'shipment' | 'lines' | 'confirm' | 'done';


type Draft = Omit<PackLine, 'key'>;

interface PackState {
  step: PackStep;
  shipment: string;
  lines: PackLine[];
  /** The line being entered. */
  current: Draft | null;
  savedOutcome: SavedOutcome | null;

  setShipment: (shipment: string) => void;
  startLine: (item: Item, carried?: { lot?: string; serial?: string }) => void;
  editLine: (patch: Partial<Omit<Draft, 'item'>>) => void;
  addLine: () => void;
  dropCurrent: () => void;
  removeLine: (key: string) => void;
  toConfirm: () => void;
  back: () => void;
  saved: (outcome: SavedOutcome) => void;
  reset: () => void;
}

const EMPTY = { step: 'shipment' as PackStep, shipment: '', lines: [], current: null, savedOutcome: null };

let keys = 0;

export const usePackStore = create<PackState>((set) => ({
  ...EMPTY,
  setShipment: (shipment) => set({ shipment, step: 'lines' }),
  startLine: (item, carried = {}) => set({
    current: { item, quantity: 1, lot: carried.lot ?? '', serial: carried.serial ?? '', pickedLot: '' },
  }),
  editLine: (patch) => set((s) => (s.current ? { current: { ...s.current, ...patch } } : {})),
  addLine: () => set((s) => {
    if (!s.current) return {};
    keys += 1;
    return { lines: [...s.lines, { key: `line-${keys}`, ...s.current }], current: null };
  }),
  dropCurrent: () => set({ current: null }),
  removeLine: (key) => set((s) => ({ lines: s.lines.filter((l) => l.key !== key) })),
  toConfirm: () => set({ step: 'confirm' }),
  back: () => set((s) => ({ step: s.step === 'confirm' ? 'lines' : 'shipment' })),
  saved: (savedOutcome) => set({ step: 'done', savedOutcome }),
  reset: () => set({ ...EMPTY }),
}));
