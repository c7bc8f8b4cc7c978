import { expect, test } from 'vitest';
import { tracksLotPerSlot } from './tracking';

test('R3: only a lot-tracked item that is not serialized keeps its lot on the slot', () => {
  expect(tracksLotPerSlot({ lotTracked: true, serialized: false })).toBe(true);
  expect(tracksLotPerSlot({ lotTracked: true, serialized: true })).toBe(false);
  expect(tracksLotPerSlot({ lotTracked: false, serialized: false })).toBe(false);
});
