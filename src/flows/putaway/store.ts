// The putaway wizard's short-lived state (zustand).
import { create } from 'zustand';
import type { PlacementLine } from '../../domain';
import { EMPTY_TRANSFER_TASK, previousTakeStep, transferTaskActions, type TransferTask } from '../kit/transfer-task';

export type PutawayStep = 'from' | 'item' | 'lot' | 'quantity' | 'serials' | 'place' | 'done';

interface PutawayState extends TransferTask<PutawayStep> {
  placements: PlacementLine[];
  setPlacement: (slotId: string, lot: string | null, quantity: number) => void;
  setPlacements: (placements: PlacementLine[]) => void;
}

const EMPTY = { ...EMPTY_TRANSFER_TASK, placements: [] };

export const usePutawayStore = create<PutawayState>((set, get) => ({
  ...EMPTY,
  ...transferTaskActions(set, get, { empty: EMPTY, next: 'place', fresh: { placements: [] } }),
  setPlacement: (slotId, lot, quantity) => set((s) => {
    const others = s.placements.filter((p) => !(p.slotId === slotId && p.lot === lot));
    return { placements: quantity > 0 ? [...others, { slotId, lot, quantity }] : others };
  }),
  setPlacements: (placements) => set({ placements }),
  back: () => set((s) => ({ step: previousTakeStep(s, 'place'), placements: [] })),
}));
