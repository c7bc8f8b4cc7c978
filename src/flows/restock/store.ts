// The restock wizard's short-lived state (zustand): what the operator has
// entered so far. Nothing here is persistent: the outbox is, once confirmed.
import { create } from 'zustand';
import type { Item, RestockPayload } from '../../domain';
import { addLotLine, lotsAfterQuantity, startingQuantity } from './flow';
import type { SavedOutcome } from '../kit/save';

export type RestockStep = 'item' | 'quantity' | 'lots' | 'serials' | 'place' | 'done';

/** R5: a share of the restocked quantity with its lot. */
export interface LotLine {
  key: string;
  lot: string;
  quantity: number;
  /** YYYY-MM-DD: from the label's (17)/(15), or typed; the server keeps it on the lot record. */
  expiry?: string;
}

/** R13: a new serial with its own lot. */
export interface SerialLine {
  serial: string;
  lot: string | null;
}

/** How many units of which lot go into which slot. */
export interface Placement {
  slotId: string;
  lot: string | null;
  quantity: number;
}

interface RestockState {
  step: RestockStep;
  item: Item | null;
  /** The purchase order received against (its number), sent as the payload's purchaseOrder. */
  purchaseOrder: string | null;
  quantity: number;
  lots: LotLine[];
  serials: SerialLine[];
  placements: Placement[];
  savedOutcome: SavedOutcome | null;
  /** What a GS1 label scanned at the item step carried besides the GTIN: it fills the later steps. */
  scanned: { lot?: string; serial?: string; expiry?: string; count?: number } | null;
  /** Issue 16: the slots (and docks) whose label was scanned at Place: their shares are confirmed. */
  confirmed: string[];
  /** What the last confirmed restock recorded, for the Done step. */
  savedLines: RestockPayload['lines'] | null;

  /** `due`: units still expected on the order's line; the label's count, when it has one, comes first. */
  chooseItem: (item: Item, purchaseOrder: string | null, scanned?: RestockState['scanned'], due?: number) => void;
  setQuantity: (quantity: number) => void;
  /** A label scanned at the quantity step: its count sets the quantity, its lot and expiry fill the lots step. */
  takeLabel: (scanned: NonNullable<RestockState['scanned']>) => void;
  /** A scanned lot label at the lots step: a new line, splitting the quantity when needed (false: nothing to split). */
  scanLot: (lot: string, label?: { count?: number | undefined; expiry?: string | undefined }) => boolean;
  confirmQuantity: () => void;
  addLot: (lot: string, quantity: number, expiry?: string) => void;
  setLotQuantity: (key: string, quantity: number) => void;
  setLotExpiry: (key: string, expiry: string | undefined) => void;
  removeLot: (key: string) => void;
  confirmLots: () => void;
  addSerial: (serial: SerialLine) => void;
  removeSerial: (serial: string) => void;
  setPlacement: (slotId: string, lot: string | null, quantity: number) => void;
  setPlacements: (placements: Placement[]) => void;
  /** A shelf scan's answer at Place: the placements with the scanned shelves confirmed. */
  placeScanned: (placements: Placement[], confirmed: string[]) => void;
  recording: (lines: RestockPayload['lines']) => void;
  /** A shelf scanned before Place (issue 16: scan, don't tap): straight to Place with that shelf confirmed. */
  placedAhead: (lots: LotLine[], placements: Placement[], confirmed: string[]) => void;
  back: () => void;
  saved: (outcome: SavedOutcome) => void;
  reset: () => void;
}

const EMPTY = {
  step: 'item' as RestockStep, item: null, purchaseOrder: null as string | null, quantity: 1, lots: [], serials: [], placements: [],
  savedOutcome: null, scanned: null, confirmed: [] as string[], savedLines: null,
};

let lotKeys = 0;

/** The step after the quantity: lots for tracked goods (R5), serials for serialized ones (R13), else placing. */
function afterQuantity(item: Item): RestockStep {
  if (item.serialized) return 'serials';
  return item.lotTracked ? 'lots' : 'place';
}

function previousStep(step: RestockStep, item: Item | null): RestockStep {
  if (step === 'lots' || step === 'serials') return 'quantity';
  if (step === 'place' && item) return item.serialized ? 'serials' : item.lotTracked ? 'lots' : 'quantity';
  return 'item';
}

export const useRestockStore = create<RestockState>((set, get) => ({
  ...EMPTY,
  chooseItem: (item, purchaseOrder, scanned = null, due) => set((s) => ({
    item, purchaseOrder, scanned, step: 'quantity', lots: [], serials: [], placements: [], confirmed: [],
    quantity: startingQuantity(scanned?.count, due) ?? s.quantity,
  })),
  setQuantity: (quantity) => set({ quantity }),
  takeLabel: (scanned) => set((s) => ({
    scanned: { ...s.scanned, ...scanned }, quantity: startingQuantity(scanned.count, undefined) ?? s.quantity,
  })),
  scanLot: (lot, label) => {
    const { lots, quantity } = get();
    lotKeys += 1;
    const next = addLotLine(lots, quantity, lot, `lot-${lotKeys}`, label);
    if (next) set({ lots: next });
    return next !== null;
  },
  confirmQuantity: () => {
    const { item, quantity, serials, scanned, lots } = get();
    if (!item || quantity < 1) return;
    // A lower quantity can leave lots over: the operator trims them on the lots step (R5).
    // One GS1 scan fills everything it carries: its lot takes the whole quantity, its serial is the first one.
    const fromLabel = lotsAfterQuantity(item, quantity, scanned, lots);
    const firstSerial = scanned?.serial && serials.length === 0 && item.serialized
      ? [{ serial: scanned.serial, lot: item.lotTracked ? scanned.lot ?? null : null }] : serials;
    set({ step: afterQuantity(item), lots: fromLabel, serials: firstSerial.slice(0, quantity), placements: [], confirmed: [] });
  },
  addLot: (lot, quantity, expiry) => set((s) => {
    const dated = expiry ? { expiry } : {};
    const existing = s.lots.find((l) => l.lot === lot);
    if (existing) return { lots: s.lots.map((l) => (l === existing ? { ...l, ...dated, quantity: l.quantity + quantity } : l)) };
    lotKeys += 1;
    return { lots: [...s.lots, { key: `lot-${lotKeys}`, lot, quantity, ...dated }] };
  }),
  setLotQuantity: (key, quantity) => set((s) => ({ lots: s.lots.map((l) => (l.key === key ? { ...l, quantity } : l)) })),
  setLotExpiry: (key, expiry) => set((s) => ({
    lots: s.lots.map((l) => {
      if (l.key !== key) return l;
      const { expiry: _old, ...rest } = l;
      return expiry ? { ...rest, expiry } : rest;
    }),
  })),
  removeLot: (key) => set((s) => ({ lots: s.lots.filter((l) => l.key !== key) })),
  confirmLots: () => set({ step: 'place', placements: [], confirmed: [] }),
  addSerial: (serial) => set((s) => ({ serials: [...s.serials, serial] })),
  removeSerial: (serial) => set((s) => ({ serials: s.serials.filter((x) => x.serial !== serial) })),
  setPlacement: (slotId, lot, quantity) => set((s) => {
    const others = s.placements.filter((p) => !(p.slotId === slotId && p.lot === lot));
    return { placements: quantity > 0 ? [...others, { slotId, lot, quantity }] : others };
  }),
  setPlacements: (placements) => set({ placements, confirmed: [] }),
  placeScanned: (placements, confirmed) => set({ placements, confirmed }),
  recording: (savedLines) => set({ savedLines }),
  placedAhead: (lots, placements, confirmed) => set({ step: 'place', lots, placements, confirmed }),
  back: () => set((s) => ({ step: previousStep(s.step, s.item) })),
  saved: (savedOutcome) => set({ step: 'done', savedOutcome }),
  reset: () => set({ ...EMPTY }),
}));
