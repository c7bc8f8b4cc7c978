// A server refusal is said by the catalogue's sentence for its code, with the
// values the server put in `details`; without them, or for a code the
// catalogue does not know, the caller gets null and shows the server's words.
import { describe, expect, test } from 'vitest';
import { describeServerError } from './server-error';

describe('the sentence for a server error code', () => {
  test('a code with a plain sentence is said as it is', () => {
    expect(describeServerError('bad-credentials')).toBe('Badge or PIN is wrong.');
    expect(describeServerError('session-expired', { ignored: true })).toBe('The session has expired: log in again (queued work is kept).');
  });

  test('values come from the details, numbers written as the language writes them', () => {
    expect(describeServerError('badge-locked', { seconds: 60 })).toBe('Too many wrong PINs for this badge: wait 60 s.');
    expect(describeServerError('export-too-large', { total: 250_000, cap: 100_000 }))
      .toBe('250,000 rows match; an export holds at most 100,000: narrow the filters (e.g. a shorter date range).');
    expect(describeServerError('bad-columns', { missing: ['sku', 'lot'], columns: ['product', 'bin'] }))
      .toBe('The header row lacks sku, lot: expected columns sku (or item), location, quantity, lot, and optionally condition.');
    expect(describeServerError('bad-columns', { column: 'Lot', columns: ['Lot', 'lot'] })).toBe('The column "Lot" appears twice in the header row.');
  });

  test('a rejection code is said by its rejection sentence, not a second one', () => {
    expect(describeServerError('forbidden', {})).toBe('Your role is not allowed to do this.');
  });

  test('without the value it needs (an older server), a code that is a rejection code falls back to that sentence, any other to null', () => {
    expect(describeServerError('unknown-item', { item: '05012345000022' })).toBe('The server does not know the item 05012345000022.');
    expect(describeServerError('unknown-item')).toBe('The server does not know this item.');
    expect(describeServerError('too-many-rows', { rows: '12' })).toBeNull();
    expect(describeServerError('badge-taken', null)).toBeNull();
  });

  test('a code the catalogue does not know, or a name of Object.prototype, has no sentence', () => {
    expect(describeServerError('pallet-tilted')).toBeNull();
    expect(describeServerError('constructor')).toBeNull();
    expect(describeServerError('unknown-item', Object.create({ item: 'inherited' }))).toBe('The server does not know this item.');
  });
});
