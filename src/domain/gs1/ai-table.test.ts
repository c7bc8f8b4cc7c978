import { describe, expect, test } from 'vitest';
import { gs1CheckDigit } from '../gtin';
import { AI_TABLE, MEASURE_FAMILIES, PREDEFINED_LENGTH, lookupAi, needsSeparatorAfter } from './ai-table';
import { formatElementString, formatHumanReadable } from './format';
import { parseScan } from './parse-scan';
import type { Gs1Element, ScanErrorCode } from './types';
import { validateElement } from './validate';

const GTIN = '09506000134352';
const withCheck = (body: string): string => body + String(gs1CheckDigit(body));

interface AiVectors {
  readonly ai: string;
  readonly valid: readonly string[];
  readonly invalid: readonly (readonly [value: string, code: ScanErrorCode])[];
}

const dateVectors = (ai: string): AiVectors => ({
  ai,
  valid: ['261231', '240229', '250200', '000101'],
  invalid: [['261332', 'bad-date'], ['250229', 'bad-date'], ['250431', 'bad-date'], ['260001', 'bad-date'], ['26123', 'bad-length'], ['2612311', 'bad-length'], ['26A231', 'bad-charset']],
});

const xVectors = (ai: string, max: number): AiVectors => ({
  ai,
  valid: ['A', 'abc-123/XY_z', 'X'.repeat(max), '!"%&\'()*+,-./:;<=>?'],
  invalid: [['X'.repeat(max + 1), 'bad-length'], ['', 'bad-length'], ['AB#C', 'bad-charset'], ['A B', 'bad-charset'], ['ÄB', 'bad-charset'], ['A~B', 'bad-charset']],
});

const glnVectors = (ai: string): AiVectors => ({
  ai,
  valid: ['5412345000013', '9506000134352', '0614141000012'],
  invalid: [['5412345000014', 'check-digit'], ['541234500001', 'bad-length'], ['54123450000133', 'bad-length'], ['541234500001A', 'bad-charset']],
});

const VECTORS: readonly AiVectors[] = [
  {
    ai: '00',
    valid: ['106141411234567897', '376104250021234569', withCheck('00000000000000001')],
    invalid: [['106141411234567898', 'check-digit'], ['10614141123456789', 'bad-length'], ['1061414112345678970', 'bad-length'], ['10614141123456789X', 'bad-charset']],
  },
  {
    ai: '01',
    valid: [GTIN, '04006381333931', '00036000291452', '00000096385074'],
    invalid: [['09506000134353', 'check-digit'], ['0950600013435', 'bad-length'], ['095060001343520', 'bad-length'], ['0950600013435X', 'bad-charset']],
  },
  {
    ai: '02',
    valid: [GTIN, '14006381333938'],
    invalid: [['14006381333939', 'check-digit'], ['1400638133393', 'bad-length']],
  },
  xVectors('10', 20),
  dateVectors('11'),
  dateVectors('12'),
  dateVectors('13'),
  dateVectors('15'),
  dateVectors('16'),
  dateVectors('17'),
  { ai: '20', valid: ['00', '99'], invalid: [['1', 'bad-length'], ['123', 'bad-length'], ['0A', 'bad-charset']] },
  xVectors('21', 20),
  xVectors('22', 20),
  { ai: '30', valid: ['1', '0012', '99999999'], invalid: [['123456789', 'bad-length'], ['', 'bad-length'], ['12a', 'bad-charset']] },
  { ai: '37', valid: ['1', '48', '99999999'], invalid: [['123456789', 'bad-length'], ['4.8', 'bad-charset']] },
  xVectors('240', 30),
  xVectors('241', 30),
  xVectors('250', 30),
  xVectors('251', 30),
  { ai: '3103', valid: ['001250', '000000', '999999'], invalid: [['1250', 'bad-length'], ['0012500', 'bad-length'], ['00125A', 'bad-charset']] },
  { ai: '3200', valid: ['000100'], invalid: [['00010', 'bad-length']] },
  { ai: '3695', valid: ['123456'], invalid: [['12345.', 'bad-charset']] },
  xVectors('400', 30),
  glnVectors('410'),
  glnVectors('411'),
  glnVectors('412'),
  glnVectors('413'),
  glnVectors('414'),
  {
    ai: '7003',
    valid: ['2612312359', '2402291200', '2601010000'],
    invalid: [['2612312459', 'bad-date'], ['2612312360', 'bad-date'], ['2613010000', 'bad-date'], ['2502291200', 'bad-date'], ['2601001200', 'bad-date'], ['261231235', 'bad-length'], ['26123123590', 'bad-length']],
  },
  xVectors('8004', 30),
  {
    ai: '8006',
    valid: [`${GTIN}0102`, `${GTIN}0202`, `${GTIN}0199`],
    invalid: [['095060001343530102', 'check-digit'], [`${GTIN}0302`, 'bad-value'], [`${GTIN}0002`, 'bad-value'], [`${GTIN}0100`, 'bad-value'], [`${GTIN}010`, 'bad-length'], [`${GTIN}01021`, 'bad-length']],
  },
];

/** The elements of one test scan: the element itself, plus a GTIN when the AI may not stand alone. */
function context(element: Gs1Element): Gs1Element[] {
  if (element.ai === '01' || element.ai === '02') return [element];
  return [{ ai: '01', value: GTIN }, element];
}

describe('the AI table', () => {
  test('contains every AI Lotline promises to read', () => {
    const promised = [
      '00', '01', '02', '10', '11', '13', '15', '17', '21', '30', '37', '240', '241', '250', '251',
      '400', '410', '411', '412', '413', '414', '7003', '8004', '8006',
    ];
    for (const ai of promised) expect(lookupAi(ai), ai).toBeDefined();
    // 310-316, 320-329, 330-337, 340-357, 360-369, each with 0 to 5 decimals.
    const ranges = [[310, 316], [320, 337], [340, 357], [360, 369]] as const;
    const families = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i)));
    expect(MEASURE_FAMILIES.map(([f]) => f)).toEqual(families);
    for (const family of families) {
      for (let d = 0; d <= 5; d++) expect(lookupAi(`${family}${d}`)?.decimals, `${family}${d}`).toBe(d);
    }
  });

  test('has no AI that is a prefix of another, so an element string splits one way only', () => {
    const ais = AI_TABLE.map((d) => d.ai);
    expect(new Set(ais).size).toBe(ais.length);
    const prefixPairs = ais.flatMap((a) => ais.filter((b) => b !== a && b.startsWith(a)).map((b) => `${a} / ${b}`));
    expect(prefixPairs).toEqual([]);
  });

  test('agrees with the predefined-length list for every AI whose prefix is on it', () => {
    for (const def of AI_TABLE) {
      const total = PREDEFINED_LENGTH[def.ai.slice(0, 2)];
      if (total === undefined) continue;
      expect(def.fixed, def.ai).toBe(true);
      expect(def.ai.length + def.length, def.ai).toBe(total);
    }
  });

  test('asks for a separator after variable-length AIs and after fixed-length AIs missing from the predefined list', () => {
    expect(needsSeparatorAfter('01')).toBe(false);
    expect(needsSeparatorAfter('17')).toBe(false);
    expect(needsSeparatorAfter('3103')).toBe(false);
    expect(needsSeparatorAfter('414')).toBe(false);
    expect(needsSeparatorAfter('10')).toBe(true);
    expect(needsSeparatorAfter('21')).toBe(true);
    expect(needsSeparatorAfter('7003')).toBe(true);
    expect(needsSeparatorAfter('8006')).toBe(true);
  });

  test('does not know AIs outside the table, such as measures with more than five decimals', () => {
    expect(lookupAi('3106')).toBeUndefined();
    expect(lookupAi('3180')).toBeUndefined();
    expect(lookupAi('99')).toBeUndefined();
  });
});

describe.each(VECTORS)('AI ($ai)', ({ ai, valid, invalid }) => {
  test.each(valid)('accepts %j', (value) => {
    expect(validateElement({ ai, value })).toBeNull();
    const elements = context({ ai, value });
    const gs = parseScan(formatElementString(elements, { prefix: ']d2' }));
    expect(gs).toMatchObject({ ok: true, kind: 'gs1', elements });
    const hr = parseScan(formatHumanReadable(elements));
    expect(hr).toMatchObject({ ok: true, kind: 'gs1', elements });
  });

  test.each(invalid)('refuses %j with %s, naming the AI', (value, code) => {
    const problem = validateElement({ ai, value });
    expect(problem).toMatchObject({ code, ai });
    expect(problem?.message).toContain(`AI (${ai})`);
    const scan = parseScan(formatHumanReadable(context({ ai, value })));
    expect(scan).toMatchObject({ ok: false, code, ai });
  });
});
