// Every operator flow: its screen path, tile title, who may run it, and its
// wizard. Home shows the tiles, the router and App read the paths from here.
import type { ComponentType } from 'react';
import type { Role } from '../domain';
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
}

const FLOOR: readonly Role[] = ['operator', 'supervisor'];

export const FLOWS: readonly Flow[] = [
  { id: 'restock', title: 'Restock', roles: FLOOR, Wizard: RestockWizard, reset: () => useRestockStore.getState().reset() },
  { id: 'move', title: 'Move', roles: FLOOR, Wizard: MoveWizard, reset: () => useMoveStore.getState().reset() },
  { id: 'putaway', title: 'Putaway', roles: FLOOR, Wizard: PutawayWizard, reset: () => usePutawayStore.getState().reset() },
  { id: 'pick', title: 'Pick', roles: ['picker', ...FLOOR], Wizard: PickWizard, reset: () => usePickStore.getState().reset() },
  { id: 'return', title: 'Return', roles: ['picker', ...FLOOR], Wizard: ReturnWizard, reset: () => useReturnStore.getState().reset() },
  { id: 'count', title: 'Count', roles: FLOOR, Wizard: CountWizard, reset: () => useCountStore.getState().reset() },
  { id: 'pack', title: 'Pack', roles: ['picker', ...FLOOR], Wizard: PackWizard, reset: () => usePackStore.getState().reset() },
  { id: 'assign', title: 'Assign', roles: FLOOR, Wizard: AssignWizard, reset: () => useAssignStore.getState().reset() },
];

export function flowById(id: string): Flow | undefined {
  return FLOWS.find((f) => f.id === id);
}
