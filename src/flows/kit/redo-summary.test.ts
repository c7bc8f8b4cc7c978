import { describe, expect, it } from 'vitest';
import { summarizePayload } from './redo-summary';

describe('C3 fix and resend: the rejected operation summarized for the operator redoing it', () => {
  it('names item, quantity, locations and lot of a move', () => {
    expect(summarizePayload({ item: 'MILK-1L', from: 'C-01-01', to: 'C-01-02', quantity: 5, lot: 'L1', condition: '' }))
      .toBe('MILK-1L × 5, from C-01-01, to C-01-02, lot L1');
  });

  it('uses the counted quantity of a count', () => {
    expect(summarizePayload({ item: 'YOG-500', location: 'A-01-03', counted: { quantity: 7, lot: null } }))
      .toBe('YOG-500 × 7, at A-01-03');
  });

  it('names the shipment and its lines of a pack', () => {
    expect(summarizePayload({ shipment: 'SH-1', lines: [{ item: 'A', quantity: 1 }, { item: 'B', quantity: 2 }] }))
      .toBe('shipment SH-1, 2 lines');
  });

  it('says nothing about a payload it cannot read', () => {
    expect(summarizePayload(null)).toBe('');
    expect(summarizePayload('junk')).toBe('');
    expect(summarizePayload({ item: 42 })).toBe('');
  });
});
