// The console's Recall screen (R12, R15, src/supervisor/recall): a lot's whole
// story, for the screen and for paper, and what a scan on that screen means.
import { formatters } from '../format';

const { plural, number } = formatters('en');

export const consoleRecall = {
  'console.recall.title': 'Recall',
  'console.recall.search': 'Recall search',
  'console.recall.item': 'Item (SKU or GTIN, optional)',
  'console.recall.find': 'Find lot',
  'console.recall.hint': 'Type the lot, or scan the goods\' label: a GS1 code fills the lot and the item.',
  'console.recall.tracing': ({ lot }: { lot: string }) => `Tracing lot ${lot}…`,
  'console.recall.failed': ({ error }: { error: string }) => `Could not trace the lot: ${error}`,
  'console.recall.print': 'Print',
  'console.recall.scan.no-lot': 'This code carries no lot (AI 10): scan the label with the batch/lot.',
  'console.recall.scan.product': 'That is a product barcode without a lot: scan the lot, or type it.',

  'console.recall.report.label': ({ lot }: { lot: string }) => `Recall of lot ${lot}`,
  'console.recall.report.title': ({ lot }: { lot: string }) => `Lot ${lot}`,
  'console.recall.report.no-items': 'No item has ever recorded this lot.',
  'console.recall.report.items': ({ items }: { items: string }) => `Items: ${items}.`,
  // One item of that list.
  'console.recall.report.item': ({ sku, name }: { sku: string; name: string }) => `${sku} (${name})`,
  'console.recall.report.printed': ({ at }: { at: string }) => `Printed ${at}.`,
  'console.recall.now': 'Where it is now',
  'console.recall.now.count': ({ quantity, locations }: { quantity: number; locations: number }) => plural(locations, {
    one: `Where it is now: ${number(quantity)} in ${number(locations)} location`,
    other: `Where it is now: ${number(quantity)} in ${number(locations)} locations`,
  }),
  'console.recall.now.none': 'No stock of this lot is in any location.',
  'console.recall.serials': 'Serials',
  'console.recall.serials.title': ({ count }: { count: number }) => `Serials (${number(count)})`,
  'console.recall.picks': 'Picks',
  'console.recall.picks.title': ({ count }: { count: number }) => `Who got it: picks of this lot (${number(count)})`,
  'console.recall.picks.none': 'No pick took this lot.',
  'console.recall.picks.picked': 'Picked',
  'console.recall.picks.from': 'From',
  'console.recall.picks.pick-list': 'Pick list',
  'console.recall.picks.list-line': ({ pickList, line }: { pickList: string; line: number | null }) => (line !== null ? `${pickList} line ${line}` : pickList),
  'console.recall.picks.packed': 'packed',
  'console.recall.picks.not-packed': 'not packed yet',
  'console.recall.shipments': 'Shipments',
  'console.recall.shipments.title': ({ count }: { count: number }) => `Shipments that recorded it at packing (${number(count)})`,
  'console.recall.shipments.none': 'No shipment recorded this lot at packing.',
  'console.recall.shipments.shipment': 'Shipment',
  'console.recall.shipments.picked-lot': 'Picked lot',
  'console.recall.shipments.differs': 'differs',
  'console.recall.shipments.packed': 'Packed',
  'console.recall.transactions': 'Transactions',
  'console.recall.transactions.title': ({ count }: { count: number }) => `Every transaction (${number(count)})`,
  'console.recall.transactions.first': ({ count }: { count: number }) =>
    `Only the first ${number(count)} are listed: the transactions report, filtered by this lot, pages through them all.`,
  'console.recall.transactions.none': 'No transaction recorded this lot.',
  'console.recall.transactions.type': 'Type',
  'console.recall.transactions.qty': 'Qty',
  'console.recall.transactions.operator': 'Operator',
};
