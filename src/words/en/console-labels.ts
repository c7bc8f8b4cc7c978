// Printed labels (src/labels): the labels screen, the sheet, and the text
// printed under a barcode for a person to read.
import { formatters } from '../format';

const { plural, number } = formatters('en');

export const consoleLabels = {
  'console.labels.none-selected': 'No rows are selected. Tick the rows to print on the items or locations list, then choose "Print labels".',
  'console.labels.items': 'Items',
  'console.labels.locations': 'Locations',
  'console.labels.count.locations': ({ count }: { count: number }) => plural(count, { one: `${number(count)} label (locations)`, other: `${number(count)} labels (locations)` }),
  'console.labels.count.items': ({ count }: { count: number }) => plural(count, { one: `${number(count)} label (items)`, other: `${number(count)} labels (items)` }),
  'console.labels.item-barcode': 'Item barcode',
  'console.labels.symbology.gs1datamatrix': 'GS1 DataMatrix',
  'console.labels.symbology.gs1-128': 'GS1-128',
  'console.labels.symbology.code128': 'Code 128',
  'console.labels.lot': 'Lot on the labels (optional)',
  'console.labels.print': 'Print',
  'console.labels.sheet': 'Labels',
  'console.labels.renderer-failed': ({ reason }: { reason: string }) => `The barcode renderer could not be loaded: ${reason}`,
  'console.labels.barcode': ({ symbology, text }: { symbology: string; text: string }) => `${symbology} ${text}`,
  'console.labels.label-failed': ({ label, reason }: { label: string; reason: string }) => `${label}: ${reason}`,

  'console.labels.zone': ({ zone }: { zone: string }) => `Zone ${zone}`,
  'console.labels.location-without-code': 'A location without a code has nothing to print.',
  'console.labels.location-not-ascii': ({ code }: { code: string }) => `Location ${code}: Code 128 carries plain ASCII only.`,
  'console.labels.lot-without-gtin': ({ sku }: { sku: string }) => `${sku} has no GTIN: a lot can only be printed in a GS1 code.`,
  'console.labels.lot-parentheses': ({ lot }: { lot: string }) => `Lot ${lot}: parentheses cannot be printed in a GS1 lot.`,
  'console.labels.item-problem': ({ sku, problem }: { sku: string; problem: string }) => `${sku}: ${problem}`,
};
