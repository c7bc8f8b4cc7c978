// The move wizard's short-lived state (zustand). Nothing is persistent until
// the operation is recorded in the outbox.
import { create } from 'zustand';
import type { SlotView } from '../../replica/queries';
import { EMPTY_TRANSFER_TASK, previousTakeStep, transferTaskActions, type TransferTask } from '../kit/transfer-task';

export type { ChosenSerial } from '../kit/transfer-task';

export type MoveStep = 'from' | 'item' | 'lot' | 'quantity' | 'serials' | 'to' | 'confirm' | 'done';

interface MoveState extends TransferTask<MoveStep> {
  to: SlotView | null;
  /** A scanned destination location with several slots of the item (a durable item's conditions): the operator taps one. */
  toNarrow: string | null;
  chooseTo: (slot: SlotView) => void;
  narrowTo: (code: string) => void;
}

const EMPTY = { ...EMPTY_TRANSFER_TASK, to: null, toNarrow: null };

export const useMoveStore = create<MoveState>((set, get) => ({
  ...EMPTY,
  ...transferTaskActions<'to' | 'confirm'>(set, get, { empty: EMPTY, next: 'to', fresh: { to: null, toNarrow: null } }),
  chooseTo: (to) => set({ to, step: 'confirm' }),
  narrowTo: (toNarrow) => set({ toNarrow, to: null, step: 'to' }),
  back: () => set((s) => (s.step === 'confirm' ? { step: 'to' } : { step: previousTakeStep(s, 'to'), toNarrow: null })),
}));
