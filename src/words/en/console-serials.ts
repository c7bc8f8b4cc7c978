// The console's Serials screens (R13, R14, src/supervisor/serials): every
// serial with its lot, and one serial's page where its lot is corrected.

type Maybe = string | null;

export const consoleSerials = {
  'console.serials.title': 'Serials',
  'console.serials.search': 'Search serial, lot or SKU',
  'console.serials.loading': 'Loading serials…',
  'console.serials.none-yet': 'No serials yet.',
  'console.serials.no-match': 'No serial matches the search.',
  'console.serials.status.in-stock': 'In stock',
  'console.serials.status.picked': 'Picked',
  'console.serials.status.packed': 'Packed',
  'console.serials.status.missing': 'Missing',

  'console.serials.detail.back': '← All serials',
  'console.serials.detail.loading': 'Loading the serial…',
  'console.serials.detail.unknown': 'This device does not know that serial (yet).',
  'console.serials.detail.title': ({ serial }: { serial: string }) => `Serial ${serial}`,
  'console.serials.detail.current-lot': 'Current lot',
  // Also a row's location on the list.
  'console.serials.detail.location': ({ location, condition }: { location: string; condition: Maybe }) => `${location}${condition ? ` (${condition})` : ''}`,
  'console.serials.detail.nowhere': 'In no location',
  'console.serials.change.title': 'Change the lot',
  'console.serials.change.in-location': ({ location, lot }: { location: string; lot: Maybe }) =>
    `The unit is in ${location}: the change is recorded as two transactions there, one removing it under lot ${lot ?? 'unknown'} and one placing it under the new lot (R14), so reports by lot stay right.`,
  'console.serials.change.nowhere': 'The unit is in no location: only the serial\'s lot changes, no transaction is written (R14).',
  'console.serials.change.new-lot': 'New lot',
  'console.serials.change.submit': 'Change lot',
  'console.serials.change.done': ({ serial, lot }: { serial: string; lot: string }) => `Lot of ${serial} changed to ${lot}.`,
};
