// Count tasks a supervisor plans (issue 16 point 9): count a location, every
// slot of an item, or every slot holding a lot. The slots to count are fixed
// when the task is made (its lines); a line is counted by a count operation
// that names the task (payload.countTask) and the line's slot. Like pick lists
// (orders.ts), what was counted is read from the operations, never stored
// twice; the server sums applied ones, the device adds its own unconfirmed
// ones on top (C4). A task whose lines are all counted is done.

export type CountTaskKind = 'location' | 'item' | 'lot';
/** 'done' is worked out from the counts; only 'open' and 'cancelled' are stored. */
export type CountTaskStatus = 'open' | 'done' | 'cancelled';

export interface CountTaskLine {
  line: number;
  slotId: string;
  itemId: string;
  sku: string;
  locationId: string;
  locationCode: string;
  condition: string;
  /** A count naming the task was recorded for this slot (not a rejected one). */
  counted: boolean;
}

export interface CountTask {
  id: string;
  kind: CountTaskKind;
  /** What the supervisor named: a location code, an SKU, or an SKU's lot. */
  locationCode: string | null;
  sku: string | null;
  lot: string | null;
  note: string;
  status: CountTaskStatus;
  /** Server time of creation, ISO. */
  createdAt: string;
  lines: CountTaskLine[];
}

/** The count task a count payload works, or null (a free count). */
export function countTaskOf(payload: unknown): string | null {
  const task = (payload as { countTask?: unknown } | null)?.countTask;
  return typeof task === 'string' && task !== '' ? task : null;
}

/** How a count payload names its slot: as the device sends it (SKU, location code, condition). */
export interface CountedSlotRef { item: string; location: string; condition: string }

/** True when a count of `ref` counts this line (codes compared as scanned: case and spaces aside). */
export function countsLine(line: Pick<CountTaskLine, 'sku' | 'locationCode' | 'condition'>, ref: CountedSlotRef): boolean {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  return same(line.sku, ref.item) && same(line.locationCode, ref.location) && line.condition === ref.condition;
}

/** Open until every line is counted; a cancelled task stays cancelled. */
export function countTaskStatus(stored: 'open' | 'cancelled', lines: readonly Pick<CountTaskLine, 'counted'>[]): CountTaskStatus {
  if (stored === 'cancelled') return 'cancelled';
  return lines.length > 0 && lines.every((l) => l.counted) ? 'done' : 'open';
}

/** A task with this device's own unconfirmed counts added (C4): their lines count as counted. */
export function withCounted<T extends CountTask>(task: T, refs: readonly CountedSlotRef[]): T {
  const lines = task.lines.map((l) => (l.counted || refs.some((r) => countsLine(l, r)) ? { ...l, counted: true } : l));
  return { ...task, lines, status: task.status === 'open' ? countTaskStatus('open', lines) : task.status };
}

/** What a task asks for, in a supervisor's and an operator's words: the location, the item, or the item's lot. */
export function countTaskTarget(task: Pick<CountTask, 'kind' | 'locationCode' | 'sku' | 'lot'>): string {
  if (task.kind === 'location') return task.locationCode ?? '';
  if (task.kind === 'lot') return `${task.sku ?? ''} · lot ${task.lot ?? ''}`;
  return task.sku ?? '';
}
