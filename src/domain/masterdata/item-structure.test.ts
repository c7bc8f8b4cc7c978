import { describe, expect, test } from 'vitest';
import { itemStructureErrors, type ItemStructure } from './item-structure';

const scanner: ItemStructure = { sku: 'TC52', serialized: false, durable: true, conditions: ['new', 'used'] };
const stockIn = (...conditions: string[]) => ({ conditions: new Set(conditions), serials: false });

describe('an item\'s structure cannot change under stock', () => {
  test('without stock anything may change', () => {
    expect(itemStructureErrors(scanner, { ...scanner, serialized: true, conditions: ['new'] }, undefined)).toEqual([]);
  });

  test('serialized cannot change while there is stock or an unpacked serial', () => {
    const errors = [{ field: 'serialized', message: 'TC52 has stock or serials: serialized cannot change until it is counted out' }];
    expect(itemStructureErrors(scanner, { ...scanner, serialized: true }, stockIn('new'))).toEqual(errors);
    expect(itemStructureErrors(scanner, { ...scanner, serialized: true }, { conditions: new Set(), serials: true })).toEqual(errors);
  });

  test('a condition holding stock cannot be removed, nor a durable item made plain (its stock has conditions)', () => {
    expect(itemStructureErrors(scanner, { ...scanner, conditions: ['new', 'damaged'] }, stockIn('new', 'used'))).toEqual([
      { field: 'conditions', message: 'TC52 has stock in condition "used": it cannot be removed' },
    ]);
    expect(itemStructureErrors(scanner, { ...scanner, durable: false, conditions: [] }, stockIn('new')).map((e) => e.field)).toEqual(['conditions']);
  });

  test('a plain item made durable keeps its stock only under the empty condition, which it no longer has', () => {
    const plain: ItemStructure = { sku: 'BOLT', serialized: false, durable: false, conditions: [] };
    expect(itemStructureErrors(plain, { ...plain, durable: true, conditions: ['new'] }, stockIn(''))).toEqual([
      { field: 'conditions', message: 'BOLT has stock in condition "(none)": it cannot be removed' },
    ]);
  });
});
