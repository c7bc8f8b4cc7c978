// The item form's text fields to the API's row, with the problems a person
// can fix before saving (the server checks again and has the last word). Pure (its messages in the user's language).
import type { Item } from '../../domain';
import type { ItemInput } from '../../domain/masterdata';
import { checkRows, ITEM_ROWS } from '../../domain/masterdata';
import { say } from '../../words';
import { parseList } from './import/map-rows';

export interface ItemFormValues {
  sku: string;
  name: string;
  gtins: string;
  unit: string;
  lotTracked: boolean;
  lotAtPack: boolean;
  serialized: boolean;
  durable: boolean;
  conditions: string;
  shelfLifeDays: string;
  specialHandling: boolean;
  active: boolean;
}

export const EMPTY_ITEM: ItemFormValues = {
  sku: '', name: '', gtins: '', unit: 'pcs', lotTracked: false, lotAtPack: false, serialized: false,
  durable: false, conditions: '', shelfLifeDays: '', specialHandling: false, active: true,
};

export function itemToForm(item: Item): ItemFormValues {
  return {
    sku: item.sku, name: item.name, gtins: item.gtins.join(' '), unit: item.unit, lotTracked: item.lotTracked,
    lotAtPack: item.lotAtPack, serialized: item.serialized, durable: item.durable, conditions: item.conditions.join(' '),
    shelfLifeDays: item.shelfLifeDays == null ? '' : String(item.shelfLifeDays), specialHandling: item.specialHandling, active: item.active !== false,
  };
}

export type FormResult = { ok: true; input: ItemInput } | { ok: false; errors: Record<string, string> };

export function formToItem(form: ItemFormValues): FormResult {
  const errors: Record<string, string> = {};
  const sku = form.sku.trim();
  const name = form.name.trim();
  if (sku === '') errors.sku = say('console.master.item.enter-sku');
  if (name === '') errors.name = say('console.master.item.enter-name');
  const gtins = parseList(form.gtins);
  const conditions = form.durable ? parseList(form.conditions) : [];
  let shelfLifeDays: number | null = null;
  if (form.shelfLifeDays.trim() !== '') {
    const days = Number(form.shelfLifeDays);
    if (!Number.isInteger(days) || days < 0) errors.shelfLifeDays = say('console.master.item.shelf-life-days');
    else shelfLifeDays = days;
  }
  const input: ItemInput = {
    sku, name, gtins, unit: form.unit.trim() || 'pcs', lotTracked: form.lotTracked, lotAtPack: form.lotAtPack,
    serialized: form.serialized, durable: form.durable, conditions, shelfLifeDays, specialHandling: form.specialHandling, active: form.active,
  };
  // The server's own row rules (src/domain/masterdata), with its words, before anything is sent.
  const [checked] = checkRows(ITEM_ROWS, [input]);
  if (checked && !checked.ok) {
    for (const e of checked.errors) {
      const field = e.field.split('.')[0]!;
      errors[field] = errors[field] ?? sentence(e.message);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input };
}

/** The shared rules speak in lower case ("sku is required"): a form shows sentences. */
export function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
