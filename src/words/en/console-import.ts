// The supervisor console's stock import (src/supervisor/import, R11): the
// sheet, its preview and commit, and what happens to each row.
import { formatters } from '../format';

const { plural, number } = formatters('en');

interface Summary { total: number; set: number; lotChange: number; unchanged: number; refused: number }

/** What the sheet does, row counts by result: the tail of the three summaries below. */
const counts = ({ total, set, lotChange, unchanged, refused }: Summary) =>
  `${number(total)} ${plural(total, { one: 'row', other: 'rows' })} · ${number(set)} set · `
  + `${number(lotChange)} ${plural(lotChange, { one: 'lot change', other: 'lot changes' })} · ${number(unchanged)} unchanged · ${number(refused)} refused`;

export const consoleImport = {
  'console.import.title': 'Import stock',
  'console.import.about': 'A sheet of slot quantities: columns SKU, location, condition (optional), quantity and lot. Items that track lots need the lot on every row (R11); a lot change is written as the remove-and-place pair.',
  'console.import.sheet': 'Sheet (.csv or .xlsx)',
  'console.import.wrong-file': 'Choose a .csv or .xlsx file.',
  'console.import.reading': 'Reading…',
  'console.import.preview': 'Preview',
  'console.import.unreadable': ({ reason }: { reason: string }) => `The sheet could not be read: ${reason}`,
  'console.import.not-confirmed': ({ reason }: { reason: string }) =>
    `The import was not confirmed: ${reason} Press Commit again: it is applied once, however often it is sent.`,
  'console.import.summary': 'Import summary',
  'console.import.summary.preview': (summary: Summary) => `Preview: ${counts(summary)}`,
  'console.import.summary.imported': (summary: Summary) => `Imported: ${counts(summary)}`,
  'console.import.summary.duplicate': (summary: Summary) => `Already imported earlier (nothing applied twice): ${counts(summary)}`,
  'console.import.importing': 'Importing…',
  'console.import.commit': ({ rows }: { rows: number }) => plural(rows, { one: `Commit ${number(rows)} row`, other: `Commit ${number(rows)} rows` }),
  'console.import.refused-left-out': 'Refused rows are left out; the others go through.',
  'console.import.nothing-to-write': 'Nothing to write: every row is unchanged or refused.',
  'console.import.another': 'Import another sheet',

  'console.import.rows': 'Import rows',
  'console.import.column.row': 'Row',
  'console.import.column.sku': 'SKU',
  'console.import.column.location': 'Location',
  'console.import.column.condition': 'Condition',
  'console.import.column.quantity': 'Quantity',
  'console.import.column.lot': 'Lot',
  'console.import.column.now': 'Now',
  'console.import.column.result': 'Result',
  'console.import.column.message': 'Message',
  'console.import.now': ({ quantity, lot }: { quantity: number; lot: string | null }) => `${number(quantity)}${lot ? ` · ${lot}` : ''}`,
  'console.import.new-slot': 'new slot',
  'console.import.status.set': 'Set',
  'console.import.status.lot-change': 'Lot change',
  'console.import.status.unchanged': 'Unchanged',
  'console.import.status.refused': 'Refused',
};
