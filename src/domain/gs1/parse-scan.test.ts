import { describe, expect, test } from 'vitest';
import { parseScan } from './parse-scan';
import { GS } from './types';

const GTIN = '09506000134352';
const LOT_SERIAL = [
  { ai: '01', value: GTIN },
  { ai: '10', value: 'ABC123' },
  { ai: '21', value: 'XYZ' },
];

describe('GS1 element strings with GS separators', () => {
  test.each([']C1', ']d2', ']Q3', ']e0', ']d5', ']Q4'])('are read after the GS1 symbology identifier %s', (aim) => {
    const raw = `${aim}01${GTIN}10ABC123${GS}21XYZ`;
    expect(parseScan(raw)).toEqual({
      ok: true,
      kind: 'gs1',
      form: 'element-string',
      symbology: aim,
      elements: LOT_SERIAL,
      gtin: GTIN,
      lot: 'ABC123',
      serial: 'XYZ',
      measures: [],
      warnings: [],
      raw,
    });
  });

  test('a GS right after the symbology identifier (FNC1 sent as GS) is skipped', () => {
    expect(parseScan(`]d2${GS}01${GTIN}10ABC123${GS}21XYZ`)).toMatchObject({ ok: true, elements: LOT_SERIAL });
  });

  test('a GS1 DataMatrix without identifier that starts with GS is read as GS1', () => {
    expect(parseScan(`${GS}01${GTIN}10ABC123${GS}21XYZ`)).toMatchObject({ ok: true, symbology: null, elements: LOT_SERIAL });
  });

  test('a GS in the middle without identifier marks GS1 data as well', () => {
    expect(parseScan(`01${GTIN}10ABC123${GS}21XYZ`)).toMatchObject({ ok: true, kind: 'gs1', elements: LOT_SERIAL });
  });

  test('the scanner line end and surrounding spaces are ignored, a trailing GS too', () => {
    expect(parseScan(`]C101${GTIN}10ABC123${GS}21XYZ${GS}\r\n`)).toMatchObject({ ok: true, elements: LOT_SERIAL });
  });

  test('fixed-length AIs missing from the predefined list (8006, 7003) are read with or without a GS after them', () => {
    const itip = `${GTIN}0102`;
    for (const sep of [GS, '']) {
      expect(parseScan(`]C1${'8006'}${itip}${sep}7003261231143010L1`)).toMatchObject({
        ok: true,
        elements: [{ ai: '8006', value: itip }, { ai: '7003', value: '2612311430' }, { ai: '10', value: 'L1' }],
      });
    }
  });

  test('measures and counts are decoded: 3103 is kilograms with three decimals', () => {
    const scan = parseScan(`]C102${GTIN}3103001250330200012537${'48'}`);
    expect(scan).toMatchObject({
      ok: true,
      contentGtin: GTIN,
      quantity: 48,
      measures: [
        { ai: '3103', quantity: 'net weight', value: 1.25, unit: 'kg' },
        { ai: '3302', quantity: 'gross weight', value: 1.25, unit: 'kg' },
      ],
    });
  });

  test('an SSCC fills the sscc field', () => {
    expect(parseScan(']C100106141411234567897')).toMatchObject({ ok: true, sscc: '106141411234567897' });
  });

  test('an AI Lotline does not know is refused with its number', () => {
    expect(parseScan(`]C101${GTIN}2421234`)).toMatchObject({ ok: false, code: 'unknown-ai', ai: '242' });
    expect(parseScan(`]C101${GTIN}99ABC`)).toMatchObject({ ok: false, code: 'unknown-ai', ai: '99' });
  });

  test('text where an AI should be is refused as bad syntax', () => {
    expect(parseScan(']C1ABC')).toMatchObject({ ok: false, code: 'bad-syntax' });
  });

  test('a GTIN cut short by a GS is refused as too short', () => {
    expect(parseScan(`]C101095060001${GS}10ABC`)).toMatchObject({ ok: false, code: 'bad-length', ai: '01' });
  });

  test('an AI with nothing after it is refused', () => {
    expect(parseScan(`]C101${GTIN}10`)).toMatchObject({ ok: false, code: 'bad-length', ai: '10', message: 'AI (10) lot is empty.' });
    expect(parseScan(`]C110ABC${GS}01`)).toMatchObject({ ok: false, code: 'bad-length', ai: '01', message: 'AI (01) GTIN has no value.' });
  });

  test('a lot longer than 20 characters is refused', () => {
    expect(parseScan(`]C101${GTIN}10${'A'.repeat(21)}`)).toMatchObject({ ok: false, code: 'bad-length', ai: '10' });
  });
});

describe('the human-readable form with parentheses', () => {
  test('is read into elements', () => {
    expect(parseScan(`(01)${GTIN}(10)ABC123(21)XYZ`)).toMatchObject({
      ok: true, kind: 'gs1', form: 'human-readable', symbology: null, elements: LOT_SERIAL,
    });
  });

  test('tolerates spaces between elements, as printed under a barcode', () => {
    expect(parseScan(`(01) ${GTIN} (10) ABC123 (21) XYZ`)).toMatchObject({ ok: true, elements: LOT_SERIAL });
  });

  test('keeps parentheses inside a lot when they do not enclose a known AI', () => {
    expect(parseScan(`(01)${GTIN}(10)A(1)B(99)`)).toMatchObject({ ok: true, lot: 'A(1)B(99)' });
  });

  test('refuses an unknown AI in parentheses', () => {
    expect(parseScan(`(01)${GTIN}(98)X`)).toMatchObject({ ok: false, code: 'unknown-ai', ai: '98' });
  });
});

describe('GS1 Digital Link URIs', () => {
  test('read the primary key and qualifiers from the path and data attributes from the query', () => {
    const raw = `https://id.gs1.org/01/${GTIN}/10/ABC123/21/XYZ?17=261231`;
    expect(parseScan(raw)).toMatchObject({
      ok: true,
      kind: 'gs1',
      form: 'digital-link',
      elements: [...LOT_SERIAL, { ai: '17', value: '261231' }],
      expiry: '2026-12-31',
    });
  });

  test('work on any host, behind a path prefix, over http, and ignore non-AI parameters', () => {
    const raw = `http://example.com/dl/products/01/${GTIN}/10/ABC123?linkType=gs1:pip&3103=000500#top`;
    expect(parseScan(raw)).toMatchObject({
      ok: true,
      elements: [{ ai: '01', value: GTIN }, { ai: '10', value: 'ABC123' }, { ai: '3103', value: '000500' }],
    });
  });

  test('percent-decode values', () => {
    expect(parseScan(`https://id.gs1.org/01/${GTIN}/10/AB%2F12%25/21/X%20Y`)).toMatchObject({ ok: false, code: 'bad-charset', ai: '21' });
    expect(parseScan(`https://id.gs1.org/01/${GTIN}/10/AB%2F12%25`)).toMatchObject({ ok: true, lot: 'AB/12%' });
  });

  test('pad a GTIN-13 in the path to GTIN-14', () => {
    expect(parseScan('https://id.gs1.org/01/9506000134352')).toMatchObject({ ok: true, gtin: GTIN });
  });

  test('accept the short names gtin, lot, ser and exp', () => {
    expect(parseScan(`https://example.com/gtin/${GTIN}/lot/ABC123/ser/XYZ?exp=261231`)).toMatchObject({
      ok: true, gtin: GTIN, lot: 'ABC123', serial: 'XYZ', expiry: '2026-12-31',
    });
  });

  test('read an SSCC as primary key', () => {
    expect(parseScan('https://example.com/00/106141411234567897')).toMatchObject({ ok: true, sscc: '106141411234567897' });
  });

  test('are also read from a plain QR code (]Q1), where a Digital Link normally lives', () => {
    expect(parseScan(`]Q1https://id.gs1.org/01/${GTIN}/21/XYZ`)).toMatchObject({ ok: true, symbology: ']Q1', serial: 'XYZ' });
  });

  test('refuse broken percent-encoding and a qualifier not allowed after the primary key', () => {
    expect(parseScan(`https://id.gs1.org/01/${GTIN}/10/AB%E0%A4`)).toMatchObject({ ok: false, code: 'bad-uri' });
    expect(parseScan(`https://id.gs1.org/01/${GTIN}/17/261231`)).toMatchObject({ ok: false, code: 'bad-uri', ai: '17' });
    expect(parseScan(`https://id.gs1.org/01/${GTIN}?98=1`)).toMatchObject({ ok: false, code: 'unknown-ai', ai: '98' });
  });

  test('a URL without a GS1 primary key is a plain code', () => {
    expect(parseScan('https://example.com/about/us?x=1')).toMatchObject({ ok: true, kind: 'plain', value: 'https://example.com/about/us?x=1' });
  });
});

describe('a printable substitute for GS', () => {
  test('is ~ by default', () => {
    expect(parseScan(`01${GTIN}1012345~21XYZ`)).toMatchObject({
      ok: true, kind: 'gs1', elements: [{ ai: '01', value: GTIN }, { ai: '10', value: '12345' }, { ai: '21', value: 'XYZ' }],
    });
  });

  test('also works after a GS1 symbology identifier and at the very start', () => {
    expect(parseScan(`]d2~01${GTIN}10ABC123~21XYZ`)).toMatchObject({ ok: true, elements: LOT_SERIAL });
    expect(parseScan(`~01${GTIN}10ABC123~21XYZ`)).toMatchObject({ ok: true, elements: LOT_SERIAL });
  });

  test('can be configured, e.g. to |', () => {
    expect(parseScan(`01${GTIN}10ABC123|21XYZ`, { gsSubstitute: '|' })).toMatchObject({ ok: true, elements: LOT_SERIAL });
    expect(parseScan(`01${GTIN}10ABC123{GS}21XYZ`, { gsSubstitute: '{GS}' })).toMatchObject({ ok: true, elements: LOT_SERIAL });
  });

  test('can be switched off, and then ~ is just a character', () => {
    expect(parseScan(`01${GTIN}10ABC123~21XYZ`, { gsSubstitute: null })).toMatchObject({ ok: true, kind: 'plain' });
  });

  test('does not turn a plain code containing ~ into GS1 data unless it starts with a known AI', () => {
    expect(parseScan('MILK~1L')).toMatchObject({ ok: true, kind: 'plain', value: 'MILK~1L' });
  });
});

describe('plain codes', () => {
  test.each(['A-01-02', 'MILK-1L', 'SN-000123', 'BOLT-M8', '42'])('%j stays a plain value', (code) => {
    expect(parseScan(code)).toEqual({ ok: true, kind: 'plain', symbology: null, value: code, warnings: [], raw: code });
  });

  test.each([
    ['GTIN-8', '96385074', '00000096385074'],
    ['GTIN-12', '036000291452', '00036000291452'],
    ['GTIN-13', '4006381333931', '04006381333931'],
    ['GTIN-14', GTIN, GTIN],
    ['GTIN-14 starting with 01', '01234567890128', '01234567890128'],
  ])('a bare %s with a valid check digit is an item by GTIN', (_, code, gtin) => {
    expect(parseScan(code)).toMatchObject({ ok: true, kind: 'plain', value: code, gtin, warnings: [] });
  });

  test.each(['96385075', '036000291453', '4006381333932', '09506000134353'])(
    'a bare %s with a wrong check digit is not a GTIN and says so in a warning',
    (code) => {
      const scan = parseScan(code);
      expect(scan).toMatchObject({ ok: true, kind: 'plain', value: code, warnings: [{ code: 'gtin-check-digit' }] });
      expect(scan).not.toHaveProperty('gtin');
    },
  );

  test('an EAN/UPC symbology identifier demands a valid check digit', () => {
    expect(parseScan(']E04006381333931')).toMatchObject({ ok: true, kind: 'plain', symbology: ']E0', gtin: '04006381333931' });
    expect(parseScan(']E496385074')).toMatchObject({ ok: true, gtin: '00000096385074' });
    expect(parseScan(']E04006381333932')).toMatchObject({
      ok: false, code: 'check-digit', message: 'EAN/UPC 4006381333932: check digit should be 1, not 2.',
    });
  });

  test.each([']C0', ']d1', ']Q1', ']A0'])('content after the non-GS1 identifier %s is plain even when it looks like GS1', (aim) => {
    expect(parseScan(`${aim}01${GTIN}10ABC`)).toMatchObject({ ok: true, kind: 'plain', symbology: aim, value: `01${GTIN}10ABC` });
  });

  test('a bare digit string that parses cleanly as GS1 starting with (01) is GS1', () => {
    expect(parseScan(`01${GTIN}10ABC`)).toMatchObject({ ok: true, kind: 'gs1', gtin: GTIN, lot: 'ABC' });
    expect(parseScan(`01${GTIN}`)).toMatchObject({ ok: true, kind: 'gs1', gtin: GTIN });
    expect(parseScan(`01${GTIN}17261231`)).toMatchObject({ ok: true, kind: 'gs1', expiry: '2026-12-31' });
  });

  test('a bare digit string that does not parse cleanly as GS1 stays plain', () => {
    expect(parseScan('0109506000134353')).toMatchObject({ ok: true, kind: 'plain' });
    expect(parseScan('01095060001343')).toMatchObject({ ok: true, kind: 'plain' });
    expect(parseScan('0012345678901234567')).toMatchObject({ ok: true, kind: 'plain' });
  });

  test.each(['', '   ', '\r\n', GS, ']d2', `]d2${GS}`])('an empty scan %j is refused', (raw) => {
    expect(parseScan(raw)).toMatchObject({ ok: false, code: 'empty', raw });
  });
});

describe('rules between AIs in one scan', () => {
  test('a lot without a GTIN is refused (GS1 association rule)', () => {
    expect(parseScan(']C110ABC')).toEqual({
      ok: false,
      code: 'missing-gtin',
      ai: '10',
      message: 'AI (10) lot ABC needs a GTIN (01), (02) or (8006) in the same scan.',
      raw: ']C110ABC',
    });
  });

  test('a serial without a GTIN is refused, in any input form', () => {
    expect(parseScan('(21)XYZ')).toMatchObject({ ok: false, code: 'missing-gtin', ai: '21' });
    expect(parseScan('https://example.com/00/106141411234567897?21=X')).toMatchObject({ ok: false, code: 'missing-gtin', ai: '21' });
  });

  test('a lot with the GTIN of contained items (02) or an ITIP (8006) is accepted', () => {
    expect(parseScan(`(02)${GTIN}(37)10(10)ABC`)).toMatchObject({ ok: true, lot: 'ABC' });
    expect(parseScan(`(8006)${GTIN}0102(10)ABC`)).toMatchObject({ ok: true, lot: 'ABC' });
  });

  test('a GTIN (01) and a content GTIN (02) together are refused', () => {
    expect(parseScan(`(01)${GTIN}(02)${GTIN}`)).toMatchObject({ ok: false, code: 'invalid-pair', ai: '02' });
  });

  test('the same AI twice with different values is refused', () => {
    expect(parseScan(`(01)${GTIN}(10)A(10)B`)).toMatchObject({
      ok: false, code: 'duplicate-ai', ai: '10', message: 'AI (10) appears twice with different values: A and B.',
    });
  });

  test('the same AI twice with the same value is kept once with a warning', () => {
    const scan = parseScan(`(01)${GTIN}(10)A(10)A`);
    expect(scan).toMatchObject({ ok: true, elements: [{ ai: '01' }, { ai: '10', value: 'A' }], warnings: [{ code: 'duplicate-element', ai: '10' }] });
  });
});

describe('lots that may have swallowed another AI', () => {
  test('a lot containing 21 and six more characters is flagged when the scan has no serial', () => {
    const scan = parseScan(`]C101${GTIN}10ABC21XYZ123`);
    expect(scan).toMatchObject({
      ok: true,
      lot: 'ABC21XYZ123',
      warnings: [{
        code: 'lot-may-contain-ai',
        ai: '10',
        message: "AI (10) lot ABC21XYZ123 contains '21' followed by 'XYZ123': a lost separator may have merged a serial (21) into the lot.",
      }],
    });
  });

  test('a lot containing 17 and a valid date is flagged when the scan has no expiry', () => {
    expect(parseScan(`]C101${GTIN}10L917261231`)).toMatchObject({ ok: true, warnings: [{ code: 'lot-may-contain-ai', ai: '10' }] });
  });

  test('a serial containing 17 and a valid date is flagged too', () => {
    expect(parseScan(`]C101${GTIN}21SN17261231`)).toMatchObject({ ok: true, warnings: [{ code: 'lot-may-contain-ai', ai: '21' }] });
  });

  test('ordinary lots are not flagged', () => {
    for (const lot of ['ABC21XYZ', '21ABCDEFG', 'L17261332', 'LOT2024', '1721']) {
      expect(parseScan(`]C101${GTIN}10${lot}`), lot).toMatchObject({ ok: true, lot, warnings: [] });
    }
  });

  test('a lot with 21 inside is not flagged when the serial is present', () => {
    expect(parseScan(`]C101${GTIN}10ABC21XYZ123${GS}21S1`)).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('parseScan', () => {
  test('never throws, whatever it is given', () => {
    for (const raw of ['(', '()', '(01', ']', ']]]', '%', 'https://', 'https://x/01', `${GS}${GS}~~`, '\u0000', '(10)(21)', '😀']) {
      expect(() => parseScan(raw)).not.toThrow();
    }
  });
});
