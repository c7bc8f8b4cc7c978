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

export interface Flow {
  /** The URL path segment, e.g. 'restock' for /restock. */
  id: string;
  title: string;
  /** Roles allowed to run it; the server enforces the same (ROLE_OPERATIONS). */
  roles: readonly Role[];
  Wizard: ComponentType;
}

const FLOOR: readonly Role[] = ['operator', 'supervisor'];

export const FLOWS: readonly Flow[] = [
  { id: 'restock', title: 'Restock', roles: FLOOR, Wizard: RestockWizard },
  { id: 'move', title: 'Move', roles: FLOOR, Wizard: MoveWizard },
  { id: 'putaway', title: 'Putaway', roles: FLOOR, Wizard: PutawayWizard },
  { id: 'pick', title: 'Pick', roles: ['picker', ...FLOOR], Wizard: PickWizard },
  { id: 'return', title: 'Return', roles: ['picker', ...FLOOR], Wizard: ReturnWizard },
  { id: 'count', title: 'Count', roles: FLOOR, Wizard: CountWizard },
  { id: 'pack', title: 'Pack', roles: ['picker', ...FLOOR], Wizard: PackWizard },
  { id: 'assign', title: 'Assign', roles: FLOOR, Wizard: AssignWizard },
];

export function flowById(id: string): Flow | undefined {
  return FLOWS.find((f) => f.id === id);
}
