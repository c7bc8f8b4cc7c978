// The console's Rejected operations (C3, issue 16.8, src/supervisor/rejected):
// what every device recorded that the server refused, one card each.
import { formatters } from '../format';

const { plural, number } = formatters('en');

type Maybe = string | null;

export const consoleRejected = {
  'console.rejected.title': 'Rejected operations',
  'console.rejected.hint': 'Work the server could not record (an unknown item, place or serial, or not allowed for the role), from every device.',
  'console.rejected.load-failed': ({ error }: { error: string }) => `Could not load the rejected operations: ${error}. Check the connection, then Refresh.`,
  'console.rejected.none': 'No rejected operation: every device\'s work was recorded.',
  'console.rejected.count': ({ count }: { count: number }) =>
    plural(count, { one: `${number(count)} rejected operation`, other: `${number(count)} rejected operations` }),

  'console.rejected.card.label': ({ operation, item }: { operation: string; item: Maybe }) => `${operation} rejected${item ? `: ${item}` : ''}`,
  'console.rejected.card.title': ({ operation, item }: { operation: string; item: Maybe }) => `${operation} rejected${item ? ` · ${item}` : ''}`,
  'console.rejected.card.rule': ({ rule, code }: { rule: Maybe; code: Maybe }) => `${rule ? `Rule ${rule} · ` : ''}${code ?? ''}`,
  'console.rejected.card.named': 'What it named',
  'console.rejected.card.who': ({ who, syncedBy }: { who: string; syncedBy: Maybe }) => `${who}${syncedBy ? ` (synced by ${syncedBy})` : ''}`,
  'console.rejected.card.hint': 'Nothing was recorded. The operation waits in that device\'s inbox: its operator fixes and resends it, or discards it.',
};
