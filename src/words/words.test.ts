// The catalogue: every key has its English sentence, the areas never share a
// key, parameters interpolate (plurals, numbers, rich sentences), and the
// types make a wrong key, a missing parameter or an incomplete language an error.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { AREAS, en } from './en';
import { sampleSentence } from './sample-sentence';
import { say, sayRich, type Catalogue } from './say';

const sample = sampleSentence;

describe('the English catalogue', () => {
  test('every key has a non-empty English sentence, parameters filled', () => {
    const empty = Object.entries(en).filter(([key, entry]) => {
      const text = sample(key, entry);
      return text.trim() === '' || /undefined|\[object|NaN/.test(text);
    });
    expect(empty.map(([key]) => key)).toEqual([]);
    expect(Object.keys(en).length).toBeGreaterThan(400);
  });

  test('keys are codes: area.what[.detail], lower case (operation types keep their camel case)', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z]+(\.[a-zA-Z0-9-]+)+$/);
  });

  test('no key is in two areas (a later area would silently replace the earlier sentence)', () => {
    const keys = Object.values(AREAS).flatMap((area) => Object.keys(area));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(Object.keys(en).length);
  });

  test('every exception and rejection code of the old messages has its sentence', () => {
    expect(say('exception.negative-stock')).toMatch(/More was taken than the system had/);
    expect(say('rejection.serials-required')).toBe('Serial numbers are required for this item.');
  });
});

describe('sentences with parameters', () => {
  test('parameters interpolate into the sentence', () => {
    expect(say('scan.label.other-item', { gtin: '05012345000022', sku: 'MILK-1L' })).toBe('Wrong item: this label is for GTIN 05012345000022, not MILK-1L.');
    expect(say('kit.lot.on-hold', { lot: 'L7', reason: null })).toBe('Lot L7 is on hold: do not take it. Leave it in place and tell a supervisor.');
    expect(say('kit.lot.on-hold', { lot: 'L7', reason: 'recall' })).toBe('Lot L7 is on hold (recall): do not take it. Leave it in place and tell a supervisor.');
  });

  test('plurals follow Intl.PluralRules: one row, two rows', () => {
    expect(say('status.skipped-rows', { rows: 1 })).toBe('1 row from the server could not be read and was skipped');
    expect(say('status.skipped-rows', { rows: 2 })).toBe('2 rows from the server could not be read and were skipped');
    expect([0, 1, 3].map((count) => say('move.serials.chosen', { count }))).toEqual(['0 serials chosen', '1 serial chosen', '3 serials chosen']);
    expect([1, 2].map((count) => say('pack.confirm.mismatches', { count }))).toEqual([
      'One line records a lot other than the picked lot: the shipment keeps the lot packed.',
      '2 lines record a lot other than the picked lot: the shipment keeps the lot packed.',
    ]);
  });

  test('numbers follow Intl.NumberFormat', () => {
    expect(say('status.first-sync', { rows: 120_000 })).toBe('Loading the warehouse: 120,000 rows…');
    expect(say('status.skipped-rows', { rows: 1200 })).toBe('1,200 rows from the server could not be read and were skipped');
  });

  test('a rich sentence keeps its marked-up parameters as elements', () => {
    const strong = (text: string) => createElement('strong', null, text);
    const html = renderToStaticMarkup(createElement('p', null, sayRich('kit.lot-check.mismatch', {
      title: strong(say('kit.lot-check.mismatch-title')), expected: strong('L1'), found: strong('L2'),
    })));
    expect(html).toBe('<p><strong>Lot mismatch.</strong> The slot should hold lot <strong>L1</strong>; the goods say lot <strong>L2</strong>.</p>');
  });
});

describe('the types keep keys, parameters and languages honest', () => {
  test('a wrong key, a missing or misspelt parameter, an incomplete language do not compile (npm run typecheck fails on an unused @ts-expect-error)', () => {
    const typeChecks = () => {
      // @ts-expect-error: no such key
      say('kit.no-such-sentence');
      // @ts-expect-error: the sentence needs its parameters
      say('scan.unknown-item');
      // @ts-expect-error: 'sku' is misspelt
      say('scan.serial.other-item', { serial: 'S1', skus: 'MILK-1L' });
      // @ts-expect-error: a plain sentence takes no parameters
      say('ui.back', { x: 1 });
      // @ts-expect-error: another language must have every key (issue 17: `export const fr = { ... } satisfies Catalogue`)
      return { 'ui.ok': 'OK' } satisfies Catalogue;
    };
    expect(typeChecks).toBeTypeOf('function');
  });
});
