// What a label says, as data: the barcode's symbology and text (for bwip-js)
// and the human-readable lines under it. Locations get a Code 128 of their
// code, which the wizards read as a location; items get GS1 (01) GTIN and,
// when given, (10) lot as GS1 DataMatrix or GS1-128, which the item steps
// read as the item (and fill the lot). An item without a GTIN gets a Code 128
// of its SKU. Pure (its words in the user's language): the sheet renders it, tests check it.
import { formatHumanReadable, toGtin14, validateElement, type Gs1Element } from '../domain';
import { say } from '../words';

export type ItemSymbology = 'gs1datamatrix' | 'gs1-128';

export interface LabelContent {
  /** Unique on the sheet. */
  key: string;
  /** bwip-js encoder. */
  bcid: 'code128' | ItemSymbology;
  /** bwip-js text: plain for Code 128, bracketed AIs for GS1. */
  text: string;
  /** The human-readable lines under the code, largest first. */
  lines: string[];
}

export type LabelResult = { ok: true; label: LabelContent } | { ok: false; key: string; message: string };

export interface LocationForLabel {
  code: string;
  zone?: string;
}

export interface ItemForLabel {
  sku: string;
  name: string;
  gtins: string[];
}

/** A location label: Code 128 of the code, with the code (and zone) under it. */
export function locationLabel(location: LocationForLabel): LabelResult {
  const key = `location:${location.code}`;
  if (location.code === '') return { ok: false, key, message: say('console.labels.location-without-code') };
  // Code 128 carries ASCII only; label codes are meant to be typed too.
  if (!/^[\x20-\x7e]+$/.test(location.code)) return { ok: false, key, message: say('console.labels.location-not-ascii', { code: location.code }) };
  const lines = [location.code, ...(location.zone ? [say('console.labels.zone', { zone: location.zone })] : [])];
  return { ok: true, label: { key, bcid: 'code128', text: location.code, lines } };
}

/**
 * An item label: GS1 (01) the item's first GTIN as GTIN-14 and, when a lot is
 * given, (10) the lot; without a GTIN a Code 128 of the SKU. The lot follows
 * GS1's rules for AI (10) (at most 20 characters of the GS1 set); parentheses
 * are refused because the bracketed text would read them as an AI.
 */
export function itemLabel(item: ItemForLabel, options: { symbology: ItemSymbology; lot?: string }): LabelResult {
  const lot = options.lot?.trim() ?? '';
  const key = `item:${item.sku}:${lot}`;
  const gtin = item.gtins.map((g) => toGtin14(g)).find((g) => g !== null);
  if (!gtin) {
    if (lot !== '') return { ok: false, key, message: say('console.labels.lot-without-gtin', { sku: item.sku }) };
    return { ok: true, label: { key, bcid: 'code128', text: item.sku, lines: [item.sku, item.name] } };
  }
  const elements: Gs1Element[] = [{ ai: '01', value: gtin }];
  if (lot !== '') {
    if (/[()]/.test(lot)) return { ok: false, key, message: say('console.labels.lot-parentheses', { lot }) };
    elements.push({ ai: '10', value: lot });
  }
  for (const element of elements) {
    const problem = validateElement(element);
    if (problem) return { ok: false, key, message: say('console.labels.item-problem', { sku: item.sku, problem: problem.message }) };
  }
  const text = formatHumanReadable(elements);
  return { ok: true, label: { key, bcid: options.symbology, text, lines: [item.sku, item.name, text] } };
}
