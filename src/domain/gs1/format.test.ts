import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gs1CheckDigit } from '../gtin';
import { AI_TABLE, CSET82_CHARS, type AiDefinition } from './ai-table';
import { daysInMonth } from './dates';
import { formatElementString, formatHumanReadable } from './format';
import { parseScan } from './parse-scan';
import { GS, type Gs1Element } from './types';

const GTIN = '09506000134352';

describe('formatElementString', () => {
  test('puts a GS only after variable-length AIs that are not last', () => {
    const elements = [
      { ai: '01', value: GTIN },
      { ai: '10', value: 'ABC' },
      { ai: '17', value: '261231' },
      { ai: '21', value: 'XYZ' },
    ];
    expect(formatElementString(elements)).toBe(`01${GTIN}10ABC${GS}1726123121XYZ`);
  });

  test('also puts a GS after fixed-length AIs that are not on the predefined-length list', () => {
    expect(formatElementString([{ ai: '8006', value: `${GTIN}0102` }, { ai: '7003', value: '2612311430' }, { ai: '10', value: 'L' }]))
      .toBe(`8006${GTIN}0102${GS}70032612311430${GS}10L`);
  });

  test('takes a printable separator and a symbology identifier prefix', () => {
    expect(formatElementString([{ ai: '01', value: GTIN }, { ai: '10', value: 'A' }, { ai: '21', value: 'B' }], { separator: '~', prefix: ']d2' }))
      .toBe(`]d201${GTIN}10A~21B`);
  });

  test('gives an empty string for no elements', () => {
    expect(formatElementString([])).toBe('');
    expect(formatHumanReadable([])).toBe('');
  });
});

describe('formatHumanReadable', () => {
  test('writes each AI in parentheses followed by its value', () => {
    expect(formatHumanReadable([{ ai: '01', value: GTIN }, { ai: '3103', value: '001250' }, { ai: '10', value: 'ABC' }]))
      .toBe(`(01)${GTIN}(3103)001250(10)ABC`);
  });
});

// ---- property: format -> parse gives back the same elements ----

const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const withCheck = (n: number): fc.Arbitrary<string> => digits(n - 1).map((body) => body + String(gs1CheckDigit(body)));
const two = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const date = (minDay: number): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 })).chain(([yy, mm]) =>
    fc.integer({ min: minDay, max: daysInMonth(2000 + yy, mm) }).map(
      (dd) => [yy, mm, dd].map((n) => String(n).padStart(2, '0')).join(''),
    ),
  );
const cset82 = (max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...CSET82_CHARS), minLength: 1, maxLength: max });

function valueOf(def: AiDefinition): fc.Arbitrary<string> {
  switch (def.check) {
    case 'check-digit':
      return withCheck(def.length);
    case 'date':
      return date(0);
    case 'date-time':
      return fc.tuple(date(1), two(0, 23), two(0, 59)).map((p) => p.join(''));
    case 'itip':
      return fc.tuple(withCheck(14), fc.integer({ min: 1, max: 99 })).chain(([gtin, total]) =>
        fc.integer({ min: 1, max: total }).map((piece) => gtin + [piece, total].map((n) => String(n).padStart(2, '0')).join('')));
    case 'measure':
      return digits(6);
    case undefined:
      if (def.charset === 'X') return cset82(def.length);
      return def.fixed ? digits(def.length) : fc.integer({ min: 1, max: def.length }).chain(digits);
  }
}

const elementOf = (def: AiDefinition): fc.Arbitrary<Gs1Element> => valueOf(def).map((value) => ({ ai: def.ai, value }));
const PRIMARY = AI_TABLE.filter((d) => ['01', '02', '8006'].includes(d.ai));
const OTHERS = AI_TABLE.filter((d) => !['01', '02'].includes(d.ai));
const anyOther = fc.oneof(
  fc.constantFrom(...OTHERS.filter((d) => d.check !== 'measure')),
  fc.constantFrom(...OTHERS.filter((d) => d.check === 'measure')),
).chain(elementOf);

/** A valid, association-respecting list of elements in random order. */
const elementList: fc.Arbitrary<Gs1Element[]> = fc
  .tuple(
    fc.constantFrom(...PRIMARY).chain(elementOf),
    fc.uniqueArray(anyOther, { selector: (e) => e.ai, maxLength: 6 }),
    fc.nat(),
  )
  .map(([primary, others, at]) => {
    const rest = others.filter((e) => e.ai !== primary.ai);
    const i = at % (rest.length + 1);
    return [...rest.slice(0, i), primary, ...rest.slice(i)];
  });

const RUNS = { numRuns: 200 };

describe('any valid element list survives format then parse', () => {
  test('as a GS-separated element string behind a GS1 symbology identifier', () => {
    fc.assert(fc.property(elementList, fc.constantFrom(']C1', ']d2', ']Q3', ']e0'), (elements, prefix) => {
      expect(parseScan(formatElementString(elements, { prefix }))).toMatchObject({ ok: true, kind: 'gs1', elements });
    }), RUNS);
  });

  test('as a GS1 DataMatrix string starting with GS and no identifier', () => {
    fc.assert(fc.property(elementList, (elements) => {
      expect(parseScan(GS + formatElementString(elements))).toMatchObject({ ok: true, kind: 'gs1', elements });
    }), RUNS);
  });

  test('with the ~ substitute instead of GS', () => {
    fc.assert(fc.property(elementList, (elements) => {
      expect(parseScan(formatElementString(elements, { separator: '~', prefix: ']C1' }))).toMatchObject({ ok: true, elements });
    }), RUNS);
  });

  test('in the human-readable form (values holding "(digits)" excepted, as that form cannot carry them)', () => {
    const readable = elementList.filter((els) => els.every((e) => !/\(\d{2,4}\)/.test(e.value)));
    fc.assert(fc.property(readable, (elements) => {
      expect(parseScan(formatHumanReadable(elements))).toMatchObject({ ok: true, kind: 'gs1', form: 'human-readable', elements });
    }), RUNS);
  });
});
