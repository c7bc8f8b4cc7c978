// The console's Count tasks section: the slots waiting for a count (R2, C2,
// src/supervisor/items/CountTasksScreen.tsx) and the counts a supervisor plans
// (src/supervisor/count-tasks).
import { formatters } from '../format';

const { plural, number, rich } = formatters('en');

export const consoleCountTasks = {
  'console.count-tasks.title': 'Count tasks',
  'console.count-tasks.hint': 'Slots an operator should count: the count sets the lot of stock whose lot is unknown (R2, R9).',
  'console.count-tasks.loading': 'Loading count tasks…',
  'console.count-tasks.none': 'No slot needs a count.',

  'console.count-tasks.planned.title': 'Planned counts',
  'console.count-tasks.planned.hint': 'Ask for a count of a location, of every slot of an item, or of every slot holding a lot. Operators see open tasks when they start a count; a task is done once each of its slots was counted.',
  'console.count-tasks.planned.loading': 'Loading planned counts…',
  'console.count-tasks.planned.load-failed': ({ error }: { error: string }) => `Could not load the planned counts: ${error}`,
  'console.count-tasks.planned.none': 'No count task planned yet.',
  'console.count-tasks.kind.location': 'Location',
  'console.count-tasks.kind.item': 'Item (every slot)',
  'console.count-tasks.kind.lot': 'Lot of an item',
  'console.count-tasks.status.open': 'Open',
  'console.count-tasks.status.done': 'Done',
  'console.count-tasks.status.cancelled': 'Cancelled',
  /** What a lot count counts: the item and its lot. */
  'console.count-tasks.target.lot': ({ sku, lot }: { sku: string; lot: string }) => `${sku} · lot ${lot}`,
  'console.count-tasks.target': rich<'kind' | 'target'>(({ kind, target }) => [kind, ': ', target]),
  'console.count-tasks.column.count': 'Count',
  'console.count-tasks.column.slots': 'Slots',
  'console.count-tasks.column.counted': 'Counted',
  'console.count-tasks.column.made': 'Made',
  'console.count-tasks.column.note': 'Note',
  'console.count-tasks.counted': ({ counted, total }: { counted: number; total: number }) => `${number(counted)} of ${number(total)}`,
  'console.count-tasks.cancel': 'Cancel task',
  'console.count-tasks.cancel-failed': ({ error }: { error: string }) => `Could not cancel the count task: ${error}`,

  'console.count-tasks.new.label': 'New count task',
  'console.count-tasks.new.kind': 'Count',
  'console.count-tasks.new.location': 'Location code',
  'console.count-tasks.new.item': 'SKU or GTIN',
  'console.count-tasks.new.submit': 'Make count task',
  'console.count-tasks.new.made': ({ target, slots }: { target: string; slots: number }) => plural(slots, {
    one: `Count task made: ${target}, ${number(slots)} slot to count.`,
    other: `Count task made: ${target}, ${number(slots)} slots to count.`,
  }),
  'console.count-tasks.new.failed': ({ error }: { error: string }) => `Could not make the count task: ${error}`,
};
