// Fuzz: whatever a scanner (or a noisy camera frame, or a person typing)
// sends, parseScan never throws and always answers one of its three typed
// shapes; a refusal carries a known code and a sentence. Inputs are built from
// GS1's own alphabet (AIs, digits, GS, parentheses, AIM prefixes, Digital
// Link URIs) as well as arbitrary Unicode, so they reach deep into the parser.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatElementString, parseScan } from './index';
import { GS, type ScanErrorCode, type ScanResult } from './types';

const RUNS = Number(process.env.LOTLINE_FUZZ_RUNS ?? 3000);
const ERROR_CODES: ScanErrorCode[] = [
  'empty', 'bad-syntax', 'unknown-ai', 'bad-length', 'bad-charset', 'check-digit', 'bad-date', 'bad-value',
  'missing-gtin', 'invalid-pair', 'duplicate-ai', 'bad-uri',
];

const piece = fc.oneof(
  fc.constantFrom(']C1', ']d2', ']Q3', ']e0', ']E0', ']E4', ']A0', ']X9', '(01)', '(10)', '(17)', '(21)', '(00)', '(3103)', '(8006)', '(7003)', '(99)', '()', '(', ')'),
  fc.constantFrom('01', '10', '17', '21', '00', '02', '11', '13', '15', '30', '37', '3103', '3922', '8006', '7003', '240', '99', '4'),
  fc.constantFrom(GS, '~', '\u0000', '\r\n', '\t', ' ', '%1D', '%', '/', '?', '#', '=', '&'),
  fc.constantFrom('https://id.gs1.org/01/', 'https://example.com/01/09506000134352/10/ABC?17=261231', 'http://x/00/', '/01/'),
  fc.stringMatching(/^[0-9]{1,18}$/),
  fc.stringMatching(/^[A-Za-z0-9!"%&'()*+,\-./:;<=>?_]{1,22}$/),
  fc.string({ maxLength: 8, unit: 'grapheme' }),
  fc.string({ maxLength: 4, unit: 'binary' }),
);
const scanText = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
const options = fc.record({
  today: fc.option(fc.constantFrom('2026-11-23', '1999-12-31', '2049-06-30', 'not-a-date', ''), { nil: undefined }),
  gsSubstitute: fc.option(fc.constantFrom('~', '|', '', '^', GS, '0'), { nil: undefined }),
}, { requiredKeys: [] });

function expectTyped(result: ScanResult, raw: string): void {
  expect(typeof result.ok).toBe('boolean');
  expect(result.raw).toBe(raw);
  if (!result.ok) {
    expect(ERROR_CODES).toContain(result.code);
    expect(result.message.length).toBeGreaterThan(5);
    return;
  }
  expect(['gs1', 'plain']).toContain(result.kind);
  expect(Array.isArray(result.warnings)).toBe(true);
  if (result.kind === 'gs1') {
    expect(result.elements.length).toBeGreaterThan(0);
    for (const e of result.elements) expect(e.ai).toMatch(/^\d{2,4}$/);
    if (result.gtin !== undefined) expect(result.gtin).toMatch(/^\d{14}$/);
    if (result.expiry !== undefined) expect(result.expiry).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

describe('GS1 parser fuzz', () => {
  test('never throws, always a typed result, on GS1-shaped noise and arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(scanText, fc.string({ maxLength: 60, unit: 'binary' })), options, (raw, opts) => {
        let result: ScanResult | undefined;
        expect(() => { result = parseScan(raw, opts); }).not.toThrow();
        expectTyped(result as ScanResult, raw);
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
  });

  test('a scan the parser accepted, written back as an element string, parses to the same elements', () => {
    fc.assert(
      fc.property(scanText, (raw) => {
        const first = parseScan(raw);
        if (!first.ok || first.kind !== 'gs1') return;
        const again = parseScan(`]C1${formatElementString(first.elements)}`);
        expect(again.ok).toBe(true);
        if (again.ok && again.kind === 'gs1') expect(again.elements).toEqual(first.elements);
      }),
      { numRuns: RUNS, seed: 7 },
    );
  });

  test('huge and pathological scans are answered, not hung on', () => {
    const huge = [
      '01'.repeat(50_000), `]C1${'10'.repeat(20_000)}`, GS.repeat(100_000), '('.repeat(50_000), `https://id.gs1.org/${'01/'.repeat(10_000)}`,
      `]d2${`10ABC${GS}`.repeat(5_000)}`, '\u0000'.repeat(10_000),
    ];
    for (const raw of huge) expectTyped(parseScan(raw), raw);
  });
});
