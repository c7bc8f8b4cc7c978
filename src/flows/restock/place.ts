// Issue 16: placing restocked goods is confirmed by scanning shelves (R3, R6),
// and what no shelf can take goes to a receiving dock. Pure: the Place step
// feeds it the item's slots and the docks and shows its answer.
import {
  receivingDock, slotFit, suggestPlacement, type Item, type Location, type PlacementNeed, type Slot,
} from '../../domain';
import type { SlotView } from '../../replica/queries';
import { unplacedOf } from './flow';
import type { Placement } from './store';

/** A place the goods may go: one of the item's storage slots, or a dock (its slot there, or one restock creates). */
export type Target = SlotView;

const NEW_DOCK = 'dock:';

/** The dock where the item has no slot yet, as a target restock creates (R8: with the lot on it). */
export function newDockTarget(item: Item, location: Location): Target {
  return {
    id: `${NEW_DOCK}${location.id}`, itemId: item.id, locationId: location.id, condition: '', capacity: 0, quantity: 0,
    lot: null, lotUnknown: false, needsCount: false, location, free: 0,
  };
}

export function isDock(target: Target): boolean {
  return target.location.type === 'receiving';
}

export interface Plan {
  placements: Placement[];
  /** The docks the plan sends goods to (the item's dock slots, or new ones). */
  docks: Target[];
  /** R6: what fits neither a shelf nor a dock. */
  unplaced: PlacementNeed[];
}

/** The suggestion: shelves first (suggestPlacement, R6); each lot left over goes whole to a dock. */
export function planPlacement(
  item: Item, shelves: readonly Target[], needs: readonly PlacementNeed[], docks: readonly Location[], dockSlots: readonly Target[],
): Plan {
  const onShelves = suggestPlacement(item, shelves, needs);
  const placements: Placement[] = [...onShelves.lines];
  const used: Target[] = [];
  const unplaced: PlacementNeed[] = [];
  for (const need of onShelves.unplaced) {
    const taken = used.map((t) => ({ locationId: t.locationId, lot: placements.find((p) => p.slotId === t.id)?.lot ?? null }));
    const choice = receivingDock(item, need, docks, dockSlots, taken);
    if (!choice) {
      unplaced.push(need);
      continue;
    }
    const target = (choice.slot && dockSlots.find((s) => s.id === choice.slot?.id)) ?? newDockTarget(item, choice.location);
    if (!used.some((t) => t.id === target.id)) used.push(target);
    placements.push({ slotId: target.id, lot: need.lot, quantity: need.quantity });
  }
  return { placements, docks: used, unplaced };
}

/** The shelves (and docks) still to be scanned: those holding a placement nobody confirmed yet, in placement order. */
export function shelvesToScan(placements: readonly Placement[], confirmed: readonly string[], targets: readonly Target[]): Target[] {
  const ids = [...new Set(placements.filter((p) => p.quantity > 0 && !confirmed.includes(p.slotId)).map((p) => p.slotId))];
  return ids.flatMap((id) => targets.filter((t) => t.id === id));
}

/**
 * Confirm restock is enabled once every unit has a place and, unless taps may
 * accept the suggestion (settings.floor.tapToConfirm), every share's shelf was scanned.
 */
export function canConfirm(complete: boolean, toScan: number, tapToConfirm: boolean): boolean {
  return complete && (tapToConfirm || toScan === 0);
}

export type PlaceScan =
  /** The scanned shelf now holds a confirmed share (`moved`: the share was moved there from the suggestion). */
  | { kind: 'placed'; placements: Placement[]; confirmed: string[]; moved: boolean }
  /** Not one of the item's shelves or docks in this restock. */
  | { kind: 'not-here' }
  /** R3: the shelf holds another lot. */
  | { kind: 'other-lot'; holding: string | null }
  /** R6: right lot or empty, but full. */
  | { kind: 'no-room' }
  /** Every share is on a scanned shelf already: nothing left to move. */
  | { kind: 'all-scanned' };

/**
 * A shelf label scanned at Place. A shelf holding a share confirms it. Another
 * shelf of the item that fits (R3/R6) takes what is not confirmed yet (the
 * units with no place first, then the docks' and unconfirmed shelves' shares),
 * and is confirmed.
 */
export function placeByScan(
  item: Item, targets: readonly Target[], needs: readonly PlacementNeed[], placements: readonly Placement[], confirmed: readonly string[], code: string,
): PlaceScan {
  const wanted = code.trim().toUpperCase();
  const at = targets.filter((t) => t.location.code.toUpperCase() === wanted);
  if (at.length === 0) return { kind: 'not-here' };
  const holding = at.filter((t) => placements.some((p) => p.slotId === t.id && p.quantity > 0));
  if (holding.length > 0) {
    return { kind: 'placed', placements: [...placements], confirmed: [...new Set([...confirmed, ...holding.map((t) => t.id)])], moved: false };
  }
  let refusal: PlaceScan = { kind: 'all-scanned' };
  for (const need of needs) {
    const open = placements.filter((p) => p.lot === need.lot && p.quantity > 0 && !confirmed.includes(p.slotId));
    const movable = unplacedOf(need, [...placements]) + open.reduce((n, p) => n + p.quantity, 0);
    if (movable === 0) continue;
    for (const slot of at.filter((t) => !isDock(t))) {
      const fit = slotFit(item, asPlanned(slot, placements, need.lot), need.lot);
      if (fit.kind === 'other-lot') { refusal = { kind: 'other-lot', holding: fit.lot }; continue; }
      if (fit.kind === 'full') { refusal = { kind: 'no-room' }; continue; }
      const take = Math.min(movable, fit.free);
      return {
        kind: 'placed', placements: moveShare(placements, confirmed, targets, need, slot.id, take), confirmed: [...confirmed, slot.id], moved: true,
      };
    }
  }
  return refusal;
}

/** `take` units of the need's lot into `slotId`: first those with no place, then from docks, then from the last unconfirmed shelves. */
function moveShare(
  placements: readonly Placement[], confirmed: readonly string[], targets: readonly Target[], need: PlacementNeed, slotId: string, take: number,
): Placement[] {
  let left = take - Math.min(take, Math.max(0, unplacedOf(need, [...placements])));
  const dock = (p: Placement) => targets.some((t) => t.id === p.slotId && isDock(t));
  const order = placements
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.lot === need.lot && p.slotId !== slotId && !confirmed.includes(p.slotId))
    .sort((a, b) => Number(dock(b.p)) - Number(dock(a.p)) || b.i - a.i);
  const next = placements.map((p) => ({ ...p }));
  for (const { i } of order) {
    if (left === 0) break;
    const cut = Math.min(left, next[i]!.quantity);
    next[i]!.quantity -= cut;
    left -= cut;
  }
  const mine = next.find((p) => p.slotId === slotId && p.lot === need.lot);
  if (mine) mine.quantity += take;
  else next.push({ slotId, lot: need.lot, quantity: take });
  return next.filter((p) => p.quantity > 0);
}

/** The slot as it will be with the other lots' placements in it (as kit/placement's withOtherLots). */
function asPlanned(slot: Slot, placements: readonly Placement[], lot: string | null): Slot {
  const others = placements.filter((p) => p.slotId === slot.id && p.lot !== lot);
  return others.reduce<Slot>((s, p) => ({ ...s, quantity: Math.max(0, s.quantity) + p.quantity, lot: p.lot ?? s.lot }), slot);
}
