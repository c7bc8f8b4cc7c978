import { describe, expect, test } from 'vitest';
import { isStorageInUse } from './storage-in-use';

describe('where new stock may be placed', () => {
  test('a storage location in use takes stock; one taken out of use, a dock or a packing bench does not', () => {
    expect(isStorageInUse({ location: { type: 'storage', active: true } })).toBe(true);
    expect(isStorageInUse({ location: { type: 'storage', active: false } })).toBe(false);
    expect(isStorageInUse({ location: { type: 'receiving', active: true } })).toBe(false);
    expect(isStorageInUse({ location: { type: 'packing', active: true } })).toBe(false);
  });
});
