// The console's Lots screen (issue 8, src/supervisor/lots): a lot's page with
// its hold and release, and the near-expiry report with its CSV export.
import { formatters } from '../format';

const { plural, number } = formatters('en');

type Maybe = string | null;

export const consoleLots = {
  'console.lots.title': 'Lots',
  'console.lots.find': 'Find a lot',
  'console.lots.find.item': 'Item (SKU or GTIN)',
  'console.lots.find.open': 'Open lot',

  'console.lots.status.available': 'Available',
  'console.lots.status.on-hold': 'On hold',
  'console.lots.status.expired': 'Expired',

  'console.lots.page.no-item': ({ sku }: { sku: string }) => `No item with SKU or GTIN ${sku}.`,
  'console.lots.page.label': ({ lot }: { lot: string }) => `Lot ${lot}`,
  'console.lots.page.title': ({ sku, lot }: { sku: string; lot: string }) => `${sku} · lot ${lot}`,
  'console.lots.page.expiry': 'Expiry',
  // The source says where the date came from (a label, an import): shown as recorded.
  'console.lots.page.expiry-value': ({ expiry, source }: { expiry: Maybe; source: Maybe }) => `${expiry ?? 'no date'}${source ? ` (${source})` : ''}`,
  'console.lots.page.first-received': 'First received',
  'console.lots.page.not-received': 'not received yet',
  'console.lots.page.in-stock': 'In stock',
  'console.lots.page.in-stock.none': 'none',
  'console.lots.page.in-stock.at': ({ location, quantity }: { location: string; quantity: number }) => `${location}: ${number(quantity)}`,
  'console.lots.hold.form': 'Put on hold',
  'console.lots.release.form': 'Release',
  'console.lots.hold.submit': 'Put lot on hold',
  'console.lots.release.submit': 'Release lot',
  'console.lots.history': 'Hold history',
  'console.lots.history.when': 'When (device)',
  'console.lots.history.action': 'Action',
  'console.lots.history.held': 'Held',
  'console.lots.history.released': 'Released',

  'console.lots.near-expiry': 'Near expiry',
  'console.lots.near-expiry.title': ({ days }: { days: number }) =>
    plural(days, { one: `Expiring within ${number(days)} day`, other: `Expiring within ${number(days)} days` }),
  'console.lots.near-expiry.days': 'Days',
  'console.lots.near-expiry.export': 'Export CSV',
  'console.lots.near-expiry.table': 'Near-expiry stock',
  'console.lots.near-expiry.days-left': 'Days left',
  'console.lots.near-expiry.none': ({ days }: { days: number }) =>
    plural(days, { one: `No stock expires within ${number(days)} day.`, other: `No stock expires within ${number(days)} days.` }),
};
