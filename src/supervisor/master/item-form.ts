// The item form's text fields to the API's row, with the problems a person
// can fix before saving (the server checks again and has the last word). Pure.
import type { ItemInput, ItemRow } from './api';
import { gtinProblem, parseList } from './import/map-rows';

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

export function itemToForm(item: ItemRow): ItemFormValues {
  return {
    sku: item.sku, name: item.name, gtins: item.gtins.join(' '), unit: item.unit, lotTracked: item.lotTracked,
    lotAtPack: item.lotAtPack, serialized: item.serialized, durable: item.durable, conditions: item.conditions.join(' '),
    shelfLifeDays: item.shelfLifeDays === null ? '' : String(item.shelfLifeDays), specialHandling: item.specialHandling, active: item.active,
  };
}

export type FormResult = { ok: true; input: ItemInput } | { ok: false; errors: Record<string, string> };

export function formToItem(form: ItemFormValues): FormResult {
  const errors: Record<string, string> = {};
  const sku = form.sku.trim();
  const name = form.name.trim();
  if (sku === '') errors.sku = 'Enter the SKU.';
  if (name === '') errors.name = 'Enter a name.';
  const gtins = parseList(form.gtins);
  const bad = gtins.map(gtinProblem).filter((p) => p !== null);
  if (bad.length > 0) errors.gtins = bad.join(' ');
  const conditions = form.durable ? parseList(form.conditions) : [];
  if (form.durable && conditions.length === 0) errors.conditions = 'A durable item needs its conditions, e.g. new used.';
  let shelfLifeDays: number | null = null;
  if (form.shelfLifeDays.trim() !== '') {
    const days = Number(form.shelfLifeDays);
    if (!Number.isInteger(days) || days < 0) errors.shelfLifeDays = 'Shelf life is a whole number of days.';
    else shelfLifeDays = days;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      sku, name, gtins, unit: form.unit.trim() || 'pcs', lotTracked: form.lotTracked, lotAtPack: form.lotAtPack,
      serialized: form.serialized, durable: form.durable, conditions, shelfLifeDays, specialHandling: form.specialHandling, active: form.active,
    },
  };
}
