import { describe, expect, test } from 'vitest';
import { GS } from '../domain/gs1';
import { hasValidCheckDigit } from '../domain/gtin';
import { DEFAULT_SETTINGS, type ScannerSettings } from '../domain/types';
import { diagnose, expectedSending, visible, type Capture, type CapturedKey, type SelfTestOptions } from './self-test';
import { TEST_CARD } from './test-card';

const SETTINGS: ScannerSettings = DEFAULT_SETTINGS.scanner; // GS substitute ~, no prefix or suffix, 30 ms
const AIM_ON: SelfTestOptions = { settings: SETTINGS, expectAim: true };

const GS1_128 = `0109506000134352${'10'}LT2026A${GS}17301231${'21'}SN0042`;
const DATAMATRIX = `0109506000134352${'17'}301231${'10'}LT2026B${GS}21DM0042`;

/** Keys typing `text` `gap` ms apart (as a US scanner on a US device: typed and US reading agree), then `end`. */
function scanned(text: string, { gap = 8, end = 'Enter' }: { gap?: number; end?: Capture['end'] } = {}): Capture {
  const keys: CapturedKey[] = [...text].map((char, i) => ({ typed: char, us: char, at: 1000 + i * gap }));
  return { keys, end, endAt: end === null ? null : 1000 + keys.length * gap };
}

const kinds = (capture: Capture, options: SelfTestOptions = AIM_ON) => diagnose(capture, options).findings.map((f) => f.kind);

describe('the test card', () => {
  test('carries a GS1-128 and a GS1 DataMatrix with a separator after a variable-length AI, a plain Code 128 and the AIM check', () => {
    expect(TEST_CARD.map((c) => c.id)).toEqual(['gs1-128', 'gs1-datamatrix', 'code128', 'aim-check']);
    expect(TEST_CARD[0]!.data).toBe(GS1_128);
    expect(TEST_CARD[0]!.text).toBe('(01)09506000134352(10)LT2026A(17)301231(21)SN0042');
    expect(TEST_CARD[1]!.data).toBe(DATAMATRIX);
    expect(hasValidCheckDigit('09506000134352')).toBe(true);
  });

  test('prints what each code sends with AIM code ID on and off', () => {
    expect(expectedSending(TEST_CARD[0]!, true)).toBe(`]C1 010950600013435210LT2026A␝1730123121SN0042⏎`);
    expect(expectedSending(TEST_CARD[2]!, false)).toBe('LOTLINE-128⏎');
  });
});

describe('diagnose: what the scanner sent and which setting is wrong', () => {
  test('a good GS1-128 scan: recognised, AIM prefix and GS where they belong, no finding, read as GS1', () => {
    const answer = diagnose(scanned(`]C1${GS1_128}`), AIM_ON);
    expect(answer.code?.id).toBe('gs1-128');
    expect(answer.findings).toEqual([]);
    expect(answer.sent).toMatchObject({ prefix: '', aim: ']C1', separators: [GS], suffix: '', end: 'Enter' });
    expect(answer.reads).toMatchObject({ ok: true, kind: 'gs1', lot: 'LT2026A', serial: 'SN0042', expiry: '2030-12-31' });
    expect(answer.largestGapMs).toBe(8);
  });

  test('a good GS1 DataMatrix scan (]d2) and Code 128 scan (]C0)', () => {
    expect(diagnose(scanned(`]d2${DATAMATRIX}`), AIM_ON)).toMatchObject({ code: { id: 'gs1-datamatrix' }, findings: [] });
    expect(diagnose(scanned(']C0LOTLINE-128'), AIM_ON)).toMatchObject({ code: { id: 'code128' }, findings: [] });
  });

  test('the GS dropped: enable "Send control characters" or send the substitute', () => {
    const answer = diagnose(scanned(`]C1${GS1_128.replace(GS, '')}`), AIM_ON);
    expect(answer.code?.id).toBe('gs1-128');
    expect(answer.findings).toEqual([{ kind: 'gs-dropped', substitute: '~' }]);
    expect(answer.sent.separators).toEqual(['']);
  });

  test('the GS substitute of Settings in place of GS is right', () => {
    expect(kinds(scanned(`]d2${DATAMATRIX.replace(GS, '~')}`))).toEqual([]);
    expect(kinds(scanned(`]d2${DATAMATRIX.replace(GS, '^')}`), { ...AIM_ON, settings: { ...SETTINGS, gsSubstitute: '^' } })).toEqual([]);
  });

  test('another character in place of GS: set it as the substitute', () => {
    const answer = diagnose(scanned(`]d2${DATAMATRIX.replace(GS, '^')}`), AIM_ON);
    expect(answer.findings).toEqual([{ kind: 'gs-other', sent: '^' }]);
  });

  test('no AIM prefix while AIM code ID is expected: turn it on', () => {
    expect(kinds(scanned(GS1_128))).toEqual(['aim-missing']);
  });

  test('no AIM prefix while it is expected off: right; an AIM prefix then is unexpected', () => {
    const off: SelfTestOptions = { settings: SETTINGS, expectAim: false };
    expect(kinds(scanned(GS1_128), off)).toEqual([]);
    expect(diagnose(scanned(`]C1${GS1_128}`), off).findings).toEqual([{ kind: 'aim-unexpected', aim: ']C1' }]);
  });

  test('a GS1 barcode sent with a plain symbology identifier (]C0): the scanner does not read it as GS1', () => {
    expect(diagnose(scanned(`]C0${GS1_128}`), AIM_ON).findings).toEqual([{ kind: 'aim-not-gs1', aim: ']C0', expected: ']C1' }]);
  });

  test('a prefix the scanner adds (before the AIM prefix) is named; the prefix Settings expect is not', () => {
    const answer = diagnose(scanned(`@@]C1${GS1_128}`), AIM_ON);
    expect(answer.findings).toEqual([{ kind: 'prefix-added', prefix: '@@' }]);
    expect(answer.sent).toMatchObject({ prefix: '@@', aim: ']C1' });
    expect(kinds(scanned(`@@]C1${GS1_128}`), { ...AIM_ON, settings: { ...SETTINGS, prefix: '@@' } })).toEqual([]);
  });

  test('a suffix the scanner adds is named; one Settings expect ends the scan without Enter', () => {
    expect(diagnose(scanned(']C0LOTLINE-128#'), AIM_ON).findings).toEqual([{ kind: 'suffix-added', suffix: '#' }]);
    expect(kinds(scanned(']C0LOTLINE-128#', { end: null }), { ...AIM_ON, settings: { ...SETTINGS, suffix: '#' } })).toEqual([]);
  });

  test('no Enter (nor a suffix) after the code: turn on "Send ENTER"', () => {
    expect(kinds(scanned(']C0LOTLINE-128', { end: null }))).toEqual(['no-enter']);
  });

  test('a Tab ends a scan as well as Enter', () => {
    expect(diagnose(scanned(']C0LOTLINE-128', { end: 'Tab' }), AIM_ON)).toMatchObject({ findings: [], sent: { end: 'Tab' } });
  });

  test('keys further apart than the wedge takes (an inter-character delay): too slow, with the gap measured', () => {
    expect(diagnose(scanned(']C0LOTLINE-128', { gap: 60 }), AIM_ON).findings).toEqual([{ kind: 'slow', gapMs: 60, maxGapMs: 30 }]);
    expect(kinds(scanned(']C0LOTLINE-128', { gap: 60 }), { ...AIM_ON, settings: { ...SETTINGS, maxGapMs: 80 } })).toEqual([]);
  });

  test('a scanner set up for a US keyboard on an AZERTY device: read at the US positions, the layout named', () => {
    const azerty: Record<string, string> = { ']': '$', '0': 'à', '1': '&', '2': 'é', '3': '"', '4': "'", '5': '(', '6': '-', '7': 'è', '8': '_', '9': 'ç' };
    const text = `]C1${GS1_128}`;
    const capture = scanned(text);
    const keys = capture.keys.map((k) => ({ ...k, typed: azerty[k.typed] ?? k.typed }));
    const answer = diagnose({ ...capture, keys }, AIM_ON);
    expect(answer.code?.id).toBe('gs1-128');
    expect(answer.findings).toEqual([{ kind: 'layout', typed: keys.map((k) => k.typed).join(''), meant: text }]);
  });

  test('a code that is not on the card: said so, with what was sent', () => {
    const answer = diagnose(scanned('MILK-1L'), AIM_ON);
    expect(answer.code).toBeNull();
    expect(answer.findings).toEqual([{ kind: 'not-on-card' }]);
    expect(answer.sent.segments).toEqual(['MILK-1L']);
  });

  test('the AIM check reads as GS1 (400) with its AIM prefix, as a plain code without it', () => {
    expect(diagnose(scanned(']C1400PO7781'), AIM_ON).reads).toMatchObject({ ok: true, kind: 'gs1', elements: [{ ai: '400', value: 'PO7781' }] });
    expect(diagnose(scanned('400PO7781'), AIM_ON)).toMatchObject({ code: { id: 'aim-check' }, reads: { ok: true, kind: 'plain', value: '400PO7781' } });
  });
});

describe('visible', () => {
  test('control characters are shown: ␝ for GS, ␠ for a space', () => {
    expect(visible(`10AB${GS}21 X`)).toBe('10AB␝21␠X');
  });
});
