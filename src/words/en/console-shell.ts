// The supervisor console's frame and the words its screens share: the
// navigation, paging, loading, the who/where/when facts of a card, and what a
// supervisor's recorded decision answers (src/supervisor/record-op.ts).
import { formatters } from '../format';

const { number } = formatters('en');

export const consoleShell = {
  'console.shell.nav.label': 'Supervisor',
  'console.shell.nav.menu': 'Menu',
  'console.shell.nav.open-exceptions': ({ count }: { count: number }) => `${number(count)} open`,
  'console.shell.nav.items': 'Items',
  'console.shell.nav.counts': 'Count tasks',
  'console.shell.nav.serials': 'Serials',
  'console.shell.nav.exceptions': 'Exceptions',
  'console.shell.nav.rejected': 'Rejected',
  'console.shell.nav.reports': 'Reports',
  'console.shell.nav.recall': 'Recall',
  'console.shell.nav.lots': 'Lots',
  'console.shell.nav.devices': 'Devices',
  'console.shell.nav.import': 'Import',
  'console.shell.nav.settings': 'Settings',
  'console.shell.nav.master': 'Master data',
  'console.shell.no-screen': ({ section }: { section: string }) => `There is no supervisor screen called “${section}”.`,

  'console.shell.loading': 'Loading…',
  'console.shell.refresh': 'Refresh',
  'console.shell.saving': 'Saving…',
  'console.shell.cancel': 'Cancel',
  'console.shell.close': 'Close',
  'console.shell.previous': 'Previous',
  'console.shell.next': 'Next',
  'console.shell.page': ({ page, pages }: { page: number; pages: number }) => `Page ${number(page)} of ${number(pages)}`,
  'console.shell.yes': 'Yes',
  'console.shell.no': 'No',
  'console.shell.unknown': 'unknown',
  'console.shell.note-optional': 'Note (optional)',

  // The facts tables and cards label their columns with these.
  'console.shell.label.item': 'Item',
  'console.shell.label.sku': 'SKU',
  'console.shell.label.name': 'Name',
  'console.shell.label.location': 'Location',
  'console.shell.label.lot': 'Lot',
  'console.shell.label.quantity': 'Quantity',
  'console.shell.label.condition': 'Condition',
  'console.shell.label.status': 'Status',
  'console.shell.label.serial': 'Serial',
  'console.shell.label.serials': 'Serials',
  'console.shell.label.who': 'Who',
  'console.shell.label.by': 'By',
  'console.shell.label.when': 'When',
  'console.shell.label.device': 'Device',
  'console.shell.label.reason': 'Reason',

  'console.shell.unnamed-device': ({ id }: { id: string }) => `Unnamed device ${id}`,

  'console.shell.save.logged-out': 'You are logged out: log in again to save.',
  'console.shell.save.refused': ({ why }: { why: string }) => `The server will refuse this: ${why}`,
  'console.shell.save.failed': ({ error }: { error: string }) => `Could not save on this device: ${error}`,
};
