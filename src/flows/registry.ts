// Every operator flow: its screen path, tile title, who may run it, and its
// wizard. Home shows the tiles, the router and App read the paths from here.
import type { ComponentType } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import { db } from '../device/device';
import type { FloorWorkType, Role } from '../domain';
import { refiller, type PayloadOf, type PayloadShape } from './kit/refill';
import { rememberTask } from './kit/task-memory';
import type { Refused } from './kit/refused';
import * as restock from './restock/payload';
import * as move from './move/payload';
import * as putaway from './putaway/payload';
import * as pick from './pick/payload';
import * as returns from './return/payload';
import * as count from './count/payload';
import * as pack from './pack/payload';
import * as assign from './assign/payload';
import type { SentenceKey } from '../words';
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
  id: FloorWorkType;
  /** The tile's words: a key of the catalogue (src/words). */
  title: SentenceKey;
  /** Roles allowed to run it; the server enforces the same (ROLE_OPERATIONS). */
  roles: readonly Role[];
  Wizard: ComponentType;
  /** Empties the wizard, e.g. before redoing a rejected operation from the inbox. */
  reset: () => void;
  /** Fix and resend (C3): fills the emptied wizard from the rejected payload (its payload.ts fromPayload), less the places the rejection refused. */
  refill: (payload: unknown, refused?: Refused) => Promise<void>;
  /** The wizard shows a finished task: opening it again starts a new one. */
  isDone: () => boolean;
}

const FLOOR: readonly Role[] = ['operator', 'supervisor'];

/** One flow's entry: everything but its title and roles comes from its store and payload.ts. */
function flow<T extends FloorWorkType, S extends { step: string; reset(): void }>(
  id: T, title: SentenceKey, roles: readonly Role[], Wizard: ComponentType,
  store: UseBoundStore<StoreApi<S>>, payload: PayloadShape<PayloadOf<T>, S>,
): Flow {
  // A task left on its first step with nothing chosen is nothing to resume.
  rememberTask(id, store, (state) => state.step === store.getInitialState().step && JSON.stringify(state) === JSON.stringify(store.getInitialState()));
  return {
    id, title, roles, Wizard,
    reset: () => store.getState().reset(),
    refill: refiller(() => db, id, store, payload),
    isDone: () => store.getState().step === 'done',
  };
}

export const FLOWS: readonly Flow[] = [
  flow('restock', 'restock.title', FLOOR, RestockWizard, useRestockStore, restock),
  flow('move', 'move.title', FLOOR, MoveWizard, useMoveStore, move),
  flow('putaway', 'putaway.title', FLOOR, PutawayWizard, usePutawayStore, putaway),
  flow('pick', 'pick.title', ['picker', ...FLOOR], PickWizard, usePickStore, pick),
  flow('return', 'return.title', ['picker', ...FLOOR], ReturnWizard, useReturnStore, returns),
  flow('count', 'count.title', FLOOR, CountWizard, useCountStore, count),
  flow('pack', 'pack.title', ['picker', ...FLOOR], PackWizard, usePackStore, pack),
  flow('assign', 'assign.title', FLOOR, AssignWizard, useAssignStore, assign),
];

/** Opens a flow: a finished task starts afresh, an unfinished one is resumed where it was left. */
export function openFlow(flow: Flow, go: (screen: string) => void): void {
  if (flow.isDone()) flow.reset();
  go(flow.id);
}

export function flowById(id: string): Flow | undefined {
  return FLOWS.find((f) => f.id === id);
}
