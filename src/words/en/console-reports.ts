// The supervisor console's reports (src/supervisor/reports, R12): the
// transactions and the stock by location, their filters, columns, paging and export.
import type { TransactionType } from '../../domain';
import { formatters } from '../format';

const { number } = formatters('en');

const types = {
  'console.reports.type.restock': 'Restock',
  'console.reports.type.putaway-out': 'Putaway out',
  'console.reports.type.putaway-in': 'Putaway in',
  'console.reports.type.pick': 'Pick',
  'console.reports.type.return': 'Return',
  'console.reports.type.move-out': 'Move out',
  'console.reports.type.move-in': 'Move in',
  'console.reports.type.assign': 'Assign',
  'console.reports.type.count-adjust': 'Count adjustment',
  'console.reports.type.count-remove': 'Count: lot removed',
  'console.reports.type.count-place': 'Count: lot placed',
  'console.reports.type.adjust': 'Adjustment',
  'console.reports.type.adjust-remove': 'Adjustment: lot removed',
  'console.reports.type.adjust-place': 'Adjustment: lot placed',
  'console.reports.type.serial-lot-remove': 'Serial lot change: removed',
  'console.reports.type.serial-lot-place': 'Serial lot change: placed',
} satisfies Record<`console.reports.type.${TransactionType}`, string>;

export const consoleReports = {
  'console.reports.title': 'Reports',
  'console.reports.tabs': 'Report',
  'console.reports.transactions': 'Transactions',
  'console.reports.stock': 'Stock by location',

  'console.reports.apply': 'Apply filters',
  'console.reports.clear': 'Clear',
  'console.reports.export.csv': 'Export CSV',
  'console.reports.export.excel': 'Export Excel',
  'console.reports.exporting': 'Exporting…',
  'console.reports.export-failed': ({ reason }: { reason: string }) => `The export failed: ${reason}`,
  'console.reports.pages': 'Pages',
  'console.reports.previous': 'Previous',
  'console.reports.next': 'Next',
  'console.reports.page': ({ first, last, total, page, pages }: { first: number; last: number; total: number; page: number; pages: number }) =>
    `Rows ${number(first)}–${number(last)} of ${number(total)} · page ${number(page)} of ${number(pages)}`,

  'console.reports.filter.item': 'Item (SKU)',
  'console.reports.filter.lot': 'Lot',
  'console.reports.filter.location': 'Location',
  'console.reports.lot-unknown': 'unknown',

  'console.reports.stock.filters': 'Stock filters',
  'console.reports.stock.table': 'Stock',
  'console.reports.stock.load-failed': ({ reason }: { reason: string }) => `Could not load the stock: ${reason}`,
  'console.reports.stock.no-match': 'No slot matches these filters.',
  'console.reports.stock.zone': 'Zone',
  'console.reports.stock.with-stock': 'Only slots with stock',
  'console.reports.stock.location': 'Location',
  'console.reports.stock.item': 'Item',
  'console.reports.stock.condition': 'Condition',
  'console.reports.stock.lot': 'Lot',
  'console.reports.stock.quantity': 'Qty',
  'console.reports.stock.capacity': 'Capacity',
  'console.reports.stock.serials': 'Serials',
  'console.reports.stock.needs-count': 'count',

  'console.reports.transactions.filters': 'Transaction filters',
  'console.reports.transactions.load-failed': ({ reason }: { reason: string }) => `Could not load the transactions: ${reason}`,
  'console.reports.transactions.no-match': 'No transaction matches these filters.',
  'console.reports.transactions.badge': 'Operator badge',
  'console.reports.transactions.type': 'Type',
  'console.reports.transactions.all-types': 'All types',
  'console.reports.transactions.from': 'From',
  'console.reports.transactions.to': 'To',
  'console.reports.transactions.when': 'When',
  'console.reports.transactions.item': 'Item',
  'console.reports.transactions.location': 'Location',
  'console.reports.transactions.lot': 'Lot',
  'console.reports.transactions.serial': 'Serial',
  'console.reports.transactions.quantity': 'Qty',
  'console.reports.transactions.operator': 'Operator',
  'console.reports.transactions.at': ({ location, condition }: { location: string; condition: string | null }) =>
    (condition ? `${location} (${condition})` : location),
  ...types,
};
