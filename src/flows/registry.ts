// Every operator flow: its screen path, tile title, who may run it, and its
// wizard. Home shows the tiles, the router and App read the paths from here.
import type { ComponentType } from 'react';
import type { RestockPayload, Role } from '../domain';
import { RestockWizard } from './restock/RestockWizard';
import { MoveWizard } from './move/MoveWizard';
import { PutawayWizard } from './putaway/PutawayWizard';
import { PickWizard } from './pick/PickWizard';
import { ReturnWizard } from './return/ReturnWizard';
import { CountWizard } from './count/CountWizard';
import { PackWizard } from './pack/PackWizard';
import { AssignWizard } from './assign/AssignWizard';
import { useRestockStore } from './restock/store';
import { useMoveStore } from './move/store';
import { usePutawayStore } from './putaway/store';
import { usePickStore } from './pick/store';
import { useReturnStore } from './return/store';
import { useCountStore } from './count/store';
import { usePackStore } from './pack/store';
import { useAssignStore } from './assign/store';

export interface Flow {
  /** The URL path segment, e.g. 'restock' for /restock. */
  id: string;
  title: string;
  /** Roles allowed to run it; the server enforces the same (ROLE_OPERATIONS). */
  roles: readonly Role[];
  Wizard: ComponentType;
  /** Empties the wizard, e.g. before redoing a rejected operation from the inbox. */
  reset: () => void;
  /**
   * Fix and resend: fills the emptied wizard with the rejected payload, for the
   * flows that can. The others start empty under the redo banner.
   */
  refill?: (payload: unknown) => void;
  /** The wizard shows a finished task: opening it again starts a new one. */
  isDone: () => boolean;
}

const FLOOR: readonly Role[] = ['operator', 'supervisor'];

export const FLOWS: readonly Flow[] = [
  { id: 'restock', title: 'Restock', roles: FLOOR, Wizard: RestockWizard, reset: () => useRestockStore.getState().reset(),
    refill: (payload) => useRestockStore.getState().refill(payload as RestockPayload), isDone: () => useRestockStore.getState().step === 'done' },
  { id: 'move', title: 'Move', roles: FLOOR, Wizard: MoveWizard, reset: () => useMoveStore.getState().reset(), isDone: () => useMoveStore.getState().step === 'done' },
  { id: 'putaway', title: 'Putaway', roles: FLOOR, Wizard: PutawayWizard, reset: () => usePutawayStore.getState().reset(), isDone: () => usePutawayStore.getState().step === 'done' },
  { id: 'pick', title: 'Pick', roles: ['picker', ...FLOOR], Wizard: PickWizard, reset: () => usePickStore.getState().reset(), isDone: () => usePickStore.getState().step === 'done' },
  { id: 'return', title: 'Return', roles: ['picker', ...FLOOR], Wizard: ReturnWizard, reset: () => useReturnStore.getState().reset(), isDone: () => useReturnStore.getState().step === 'done' },
  { id: 'count', title: 'Count', roles: FLOOR, Wizard: CountWizard, reset: () => useCountStore.getState().reset(), isDone: () => useCountStore.getState().step === 'done' },
  { id: 'pack', title: 'Pack', roles: ['picker', ...FLOOR], Wizard: PackWizard, reset: () => usePackStore.getState().reset(), isDone: () => usePackStore.getState().step === 'done' },
  { id: 'assign', title: 'Assign', roles: FLOOR, Wizard: AssignWizard, reset: () => useAssignStore.getState().reset(), isDone: () => useAssignStore.getState().step === 'done' },
];

/** Opens a flow: a finished task starts afresh, an unfinished one is resumed where it was left. */
export function openFlow(flow: Flow, go: (screen: string) => void): void {
  if (flow.isDone()) flow.reset();
  go(flow.id);
}

export function flowById(id: string): Flow | undefined {
  return FLOWS.find((f) => f.id === id);
}
