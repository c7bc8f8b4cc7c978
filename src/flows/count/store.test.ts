import { describe, expect, test } from 'vitest';
import type { Item } from '../../domain';
import type { SlotView } from '../../replica/queries';
import { useCountStore } from './store';

const yog: Item = {
  id: 'itm-yog', sku: 'YOG-500', name: 'Greek yoghurt', gtins: [], unit: 'pot', lotTracked: true, lotAtPack: false,
  serialized: false, durable: false, conditions: [], specialHandling: false,
};
const slot = {
  id: 's-1', itemId: 'itm-yog', locationId: 'l-1', condition: '', capacity: 200, quantity: 150, lot: 'Y1', lotUnknown: false,
  needsCount: false, free: 50, location: { id: 'l-1', code: 'C-01-03', zone: 'C', type: 'storage', active: true },
} satisfies SlotView;

describe('count wizard state: what the count starts from', () => {
  test('the counted quantity starts as the recorded one; a blind count starts empty and remembers it is blind', () => {
    useCountStore.getState().chooseSlot(yog, slot, false);
    expect(useCountStore.getState()).toMatchObject({ counted: 150, blind: false, lot: 'Y1', step: 'count', countTask: null });
    useCountStore.getState().chooseSlot(yog, slot, true, 'ct-9');
    expect(useCountStore.getState()).toMatchObject({ counted: null, blind: true, lot: 'Y1', countTask: 'ct-9' });
    useCountStore.getState().reset();
    expect(useCountStore.getState()).toMatchObject({ counted: null, blind: false, countTask: null });
  });
});
