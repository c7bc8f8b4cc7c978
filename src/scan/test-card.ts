// The scanner test card: four barcodes, each testing one thing a scanner must
// send for Lotline to read it. The GS1-128 and the GS1 DataMatrix each carry
// a variable-length AI followed by the FNC1 separator (sent as GS, ASCII 29);
// the Code 128 is a plain code; the AIM check is a GS1-128 carrying a
// purchase order number (400) alone, which only its AIM prefix (]C1) tells
// from a plain code. Pure: the
// card draws them (bwip-js), the self-test recognises them (self-test.ts).
import { formatElementString, formatHumanReadable, GS, type Gs1Element } from '../domain/gs1';

export type TestCodeId = 'gs1-128' | 'gs1-datamatrix' | 'code128' | 'aim-check';

export interface TestCode {
  id: TestCodeId;
  /** bwip-js encoder (src/labels/render.ts draws these three). */
  bcid: 'gs1-128' | 'gs1datamatrix' | 'code128';
  /** bwip-js text: bracketed AIs for GS1. */
  text: string;
  /** What a scanner sends for it, without AIM prefix, prefix or suffix: GS at each separator. */
  data: string;
  /** The AIM symbology identifier a scanner puts in front when AIM code ID is on. */
  aim: string;
  gs1: boolean;
}

/** GS1's own example GTIN (check digit 2). */
const GTIN = '09506000134352';

function gs1Code(id: TestCodeId, bcid: 'gs1-128' | 'gs1datamatrix', aim: string, elements: Gs1Element[]): TestCode {
  return { id, bcid, text: formatHumanReadable(elements), data: formatElementString(elements), aim, gs1: true };
}

export const TEST_CARD: readonly TestCode[] = [
  // (10) lot is variable-length and not last: GS before (17).
  gs1Code('gs1-128', 'gs1-128', ']C1', [
    { ai: '01', value: GTIN }, { ai: '10', value: 'LT2026A' }, { ai: '17', value: '301231' }, { ai: '21', value: 'SN0042' },
  ]),
  // (10) then (21): GS between the two variable-length AIs.
  gs1Code('gs1-datamatrix', 'gs1datamatrix', ']d2', [
    { ai: '01', value: GTIN }, { ai: '17', value: '301231' }, { ai: '10', value: 'LT2026B' }, { ai: '21', value: 'DM0042' },
  ]),
  { id: 'code128', bcid: 'code128', text: 'LOTLINE-128', data: 'LOTLINE-128', aim: ']C0', gs1: false },
  gs1Code('aim-check', 'gs1-128', ']C1', [{ ai: '400', value: 'PO7781' }]),
];

/** The code's data split at its separators: what must arrive, in order, with something (or nothing) between. */
export function segmentsOf(code: TestCode): string[] {
  return code.data.split(GS);
}
