// Pack: a shipment's lines, with their lot and serial where packing records
// them (R15, R15a).
import { formatters } from '../format';

const { plural, number, rich } = formatters('en');

export const pack = {
  'pack.title': 'Pack',
  'pack.step.shipment': 'Shipment',
  'pack.step.lines': 'Lines',
  'pack.step.confirm': 'Confirm',
  'pack.step.done': 'Done',

  'pack.scan.product-label': 'This is a product label: scan or type the shipment reference first.',
  'pack.scan.other-item': ({ sku }: { sku: string }) => `This label is another item: add the ${sku} line first.`,
  'pack.scan.no-lot-serial': 'This label has no lot (10) or serial (21).',
  'pack.scan.line-first': ({ sku }: { sku: string }) => `Add the ${sku} line first, then scan the next item.`,

  'pack.shipment.field': 'Shipment reference (scan or type)',
  'pack.shipment-here': rich<'shipment'>(({ shipment }) => ['Shipment ', shipment]),
  'pack.tag.serial': ({ serial }: { serial: string }) => `serial ${serial}`,
  'pack.tag.picked': ({ lot }: { lot: string }) => `picked ${lot}`,
  'pack.tag.picked-lot': ({ lot }: { lot: string }) => `picked lot ${lot}`,

  'pack.lines.loading-settings': 'Loading the settings…',
  'pack.lines.hint': 'Lots (and serials) are recorded at packing for items that require them.',
  'pack.lines.list': 'Packed lines',
  'pack.lines.remove': ({ sku }: { sku: string }) => `Remove line ${sku}`,
  'pack.lines.finish': 'Finish packing',

  'pack.line.label': ({ sku }: { sku: string }) => `Line ${sku}`,
  'pack.line.quantity': 'Quantity packed',
  'pack.line.lot': 'Lot packed',
  'pack.line.serial': 'Serial packed',
  'pack.line.scan': 'Scan the lot or serial label',
  'pack.line.set': 'Set',
  'pack.line.picked-lot': 'Picked lot (optional)',
  'pack.line.mismatch': ({ lot, picked }: { lot: string; picked: string }) =>
    `Lot ${lot} differs from the picked lot ${picked}: it is recorded on the shipment as packed.`,
  'pack.line.add': 'Add line',
  'pack.line.drop': 'Drop this line',
  'pack.line.quantity-needed': 'Enter the quantity packed.',
  'pack.line.lot-needed': 'Scan or enter the lot of this line: packing records it.',
  'pack.line.serial-needed': 'Scan the serial of this unit: packing records it.',

  'pack.confirm.scan': 'Check the shipment and press Confirm pack.',
  'pack.confirm.lines': 'Lines to record',
  'pack.confirm.mismatches': ({ count }: { count: number }) => `${plural(count, {
    one: 'One line records a lot', other: `${number(count)} lines record a lot`,
  })} other than the picked lot: the shipment keeps the lot packed.`,
  'pack.confirm.button': 'Confirm pack',
  'pack.done.what': 'Pack',
  'pack.done.again': 'Pack another shipment',
};
