// Every operator flow: its screen path, tile title, who may run it, and its
// wizard. Home shows the tiles, the router and App read the paths from here.
import type { ComponentType } from 'react';
import type { Role } from '../domain';
import { RestockWizard } from './restock/RestockWizard';

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
];

export function flowById(id: string): Flow | undefined {
  return FLOWS.find((f) => f.id === id);
}
