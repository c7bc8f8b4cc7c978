// The GS1 Application Identifiers Lotline understands, as data.
// Source: GS1 General Specifications, section 3 (AI definitions) and
// Figure 7.8.5-1 (AIs with a predefined length). Each entry says how long the
// value is, which characters it may use and which extra check applies; the
// parser and the formatter read this table and nothing else.

/** `N`: digits only. `X`: GS1 AI encodable character set 82. */
export type Gs1Charset = 'N' | 'X';

/** Extra validation beyond length and character set. */
export type AiCheck =
  | 'check-digit' // the last digit is the GS1 mod-10 check digit of the others
  | 'date' // YYMMDD, DD = 00 means "end of month"
  | 'date-time' // YYMMDDhhmm
  | 'itip' // 14-digit GTIN (with check digit) + 2-digit piece number + 2-digit total
  | 'measure'; // 6 digits, the 4th digit of the AI is the number of decimals

export interface AiDefinition {
  /** The AI digits, e.g. `01`, `3103`. */
  readonly ai: string;
  /** GS1 data title, e.g. `BATCH/LOT`. */
  readonly title: string;
  /** Short English name used in messages, e.g. `lot`. */
  readonly name: string;
  readonly charset: Gs1Charset;
  /** True: the value has exactly `length` characters. False: 1 to `length` characters. */
  readonly fixed: boolean;
  readonly length: number;
  readonly check?: AiCheck;
  /** Measures (310n-369n): digits after the implied decimal point. */
  readonly decimals?: number;
  /** Measures: unit of the value, e.g. `kg`. */
  readonly unit?: string;
  /** GS1 association rule: at least one of these AIs must be in the same scan. */
  readonly requiresOneOf?: readonly string[];
  /** GS1 invalid pairs: none of these AIs may be in the same scan. */
  readonly excludes?: readonly string[];
}

/** Characters allowed in `X` values: GS1 AI encodable character set 82. */
export const CSET82_CHARS =
  '!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const CSET82 = new Set(CSET82_CHARS);

/** The first character of `value` outside `charset`, or null when all are allowed. */
export function firstCharOutside(value: string, charset: Gs1Charset): string | null {
  for (const ch of value) {
    const ok = charset === 'N' ? ch >= '0' && ch <= '9' : CSET82.has(ch);
    if (!ok) return ch;
  }
  return null;
}

/**
 * AIs whose value length is predefined by their first two digits (GS1 General
 * Specifications Figure 7.8.5-1): no FNC1/GS separator follows them. The number
 * is the length of AI plus value. Any other AI, even a fixed-length one such
 * as 7003 or 8006, must be followed by a separator unless it ends the string.
 */
export const PREDEFINED_LENGTH: Readonly<Record<string, number>> = {
  '00': 20, '01': 16, '02': 16, '03': 16, '04': 18,
  '11': 8, '12': 8, '13': 8, '14': 8, '15': 8, '16': 8, '17': 8, '18': 8, '19': 8, '20': 4,
  '31': 10, '32': 10, '33': 10, '34': 10, '35': 10, '36': 10,
  '41': 16,
};

/** True when an element string needs a separator after this AI (unless it is last). */
export function needsSeparatorAfter(ai: string): boolean {
  return PREDEFINED_LENGTH[ai.slice(0, 2)] === undefined;
}

const GTIN_KEYS = ['01', '02', '8006'] as const;

const BASE: readonly AiDefinition[] = [
  { ai: '00', title: 'SSCC', name: 'SSCC', charset: 'N', fixed: true, length: 18, check: 'check-digit' },
  { ai: '01', title: 'GTIN', name: 'GTIN', charset: 'N', fixed: true, length: 14, check: 'check-digit' },
  { ai: '02', title: 'CONTENT', name: 'GTIN of contained items', charset: 'N', fixed: true, length: 14, check: 'check-digit', excludes: ['01'] },
  { ai: '10', title: 'BATCH/LOT', name: 'lot', charset: 'X', fixed: false, length: 20, requiresOneOf: GTIN_KEYS },
  { ai: '11', title: 'PROD DATE', name: 'production date', charset: 'N', fixed: true, length: 6, check: 'date' },
  { ai: '12', title: 'DUE DATE', name: 'due date', charset: 'N', fixed: true, length: 6, check: 'date' },
  { ai: '13', title: 'PACK DATE', name: 'packaging date', charset: 'N', fixed: true, length: 6, check: 'date' },
  { ai: '15', title: 'BEST BEFORE or BEST BY', name: 'best before', charset: 'N', fixed: true, length: 6, check: 'date' },
  { ai: '16', title: 'SELL BY', name: 'sell by', charset: 'N', fixed: true, length: 6, check: 'date' },
  { ai: '17', title: 'USE BY OR EXPIRY', name: 'expiry', charset: 'N', fixed: true, length: 6, check: 'date' },
  { ai: '20', title: 'VARIANT', name: 'variant', charset: 'N', fixed: true, length: 2 },
  { ai: '21', title: 'SERIAL', name: 'serial', charset: 'X', fixed: false, length: 20, requiresOneOf: GTIN_KEYS },
  { ai: '22', title: 'CPV', name: 'consumer product variant', charset: 'X', fixed: false, length: 20, requiresOneOf: GTIN_KEYS },
  { ai: '30', title: 'VAR. COUNT', name: 'variable count', charset: 'N', fixed: false, length: 8 },
  { ai: '37', title: 'COUNT', name: 'count of trade items', charset: 'N', fixed: false, length: 8 },
  { ai: '240', title: 'ADDITIONAL ID', name: 'additional product id', charset: 'X', fixed: false, length: 30 },
  { ai: '241', title: 'CUST. PART No.', name: 'customer part number', charset: 'X', fixed: false, length: 30 },
  { ai: '250', title: 'SECONDARY SERIAL', name: 'secondary serial', charset: 'X', fixed: false, length: 30 },
  { ai: '251', title: 'REF. TO SOURCE', name: 'reference to source entity', charset: 'X', fixed: false, length: 30 },
  { ai: '400', title: 'ORDER NUMBER', name: 'customer purchase order', charset: 'X', fixed: false, length: 30 },
  { ai: '410', title: 'SHIP TO LOC', name: 'ship-to GLN', charset: 'N', fixed: true, length: 13, check: 'check-digit' },
  { ai: '411', title: 'BILL TO', name: 'bill-to GLN', charset: 'N', fixed: true, length: 13, check: 'check-digit' },
  { ai: '412', title: 'PURCHASE FROM', name: 'purchased-from GLN', charset: 'N', fixed: true, length: 13, check: 'check-digit' },
  { ai: '413', title: 'SHIP FOR LOC', name: 'ship-for GLN', charset: 'N', fixed: true, length: 13, check: 'check-digit' },
  { ai: '414', title: 'LOC No.', name: 'location GLN', charset: 'N', fixed: true, length: 13, check: 'check-digit' },
  { ai: '7003', title: 'EXPIRY TIME', name: 'expiry date and time', charset: 'N', fixed: true, length: 10, check: 'date-time' },
  { ai: '8004', title: 'GIAI', name: 'GIAI', charset: 'X', fixed: false, length: 30 },
  { ai: '8006', title: 'ITIP', name: 'ITIP', charset: 'N', fixed: true, length: 18, check: 'itip' },
];

/** Measures 310n-369n: [first three AI digits, what is measured, unit]. */
export const MEASURE_FAMILIES: readonly (readonly [string, string, string])[] = [
  ['310', 'net weight', 'kg'], ['311', 'length', 'm'], ['312', 'width', 'm'], ['313', 'depth', 'm'],
  ['314', 'area', 'm²'], ['315', 'net volume', 'l'], ['316', 'net volume', 'm³'],
  ['320', 'net weight', 'lb'], ['321', 'length', 'in'], ['322', 'length', 'ft'], ['323', 'length', 'yd'],
  ['324', 'width', 'in'], ['325', 'width', 'ft'], ['326', 'width', 'yd'],
  ['327', 'depth', 'in'], ['328', 'depth', 'ft'], ['329', 'depth', 'yd'],
  ['330', 'gross weight', 'kg'], ['331', 'logistic length', 'm'], ['332', 'logistic width', 'm'],
  ['333', 'logistic depth', 'm'], ['334', 'logistic area', 'm²'], ['335', 'gross volume', 'l'],
  ['336', 'gross volume', 'm³'], ['337', 'kilograms per square metre', 'kg/m²'],
  ['340', 'gross weight', 'lb'], ['341', 'logistic length', 'in'], ['342', 'logistic length', 'ft'],
  ['343', 'logistic length', 'yd'], ['344', 'logistic width', 'in'], ['345', 'logistic width', 'ft'],
  ['346', 'logistic width', 'yd'], ['347', 'logistic depth', 'in'], ['348', 'logistic depth', 'ft'],
  ['349', 'logistic depth', 'yd'],
  ['350', 'area', 'in²'], ['351', 'area', 'ft²'], ['352', 'area', 'yd²'],
  ['353', 'logistic area', 'in²'], ['354', 'logistic area', 'ft²'], ['355', 'logistic area', 'yd²'],
  ['356', 'net weight', 'troy oz'], ['357', 'net weight or volume', 'oz'],
  ['360', 'net volume', 'qt'], ['361', 'net volume', 'gal (US)'], ['362', 'gross volume', 'qt'],
  ['363', 'gross volume', 'gal (US)'], ['364', 'net volume', 'in³'], ['365', 'net volume', 'ft³'],
  ['366', 'net volume', 'yd³'], ['367', 'gross volume', 'in³'], ['368', 'gross volume', 'ft³'],
  ['369', 'gross volume', 'yd³'],
];

/** Implied decimal positions allowed as the 4th digit of a measure AI. */
const MEASURE_DECIMALS = [0, 1, 2, 3, 4, 5] as const;

const MEASURES: readonly AiDefinition[] = MEASURE_FAMILIES.flatMap(([family, name, unit]) =>
  MEASURE_DECIMALS.map((decimals): AiDefinition => ({
    ai: `${family}${decimals}`,
    title: `${name.toUpperCase()} (${unit})`,
    name: `${name} (${unit})`,
    charset: 'N',
    fixed: true,
    length: 6,
    check: 'measure',
    decimals,
    unit,
  })),
);

/** Every AI definition, in table order. */
export const AI_TABLE: readonly AiDefinition[] = [...BASE, ...MEASURES];

const BY_AI: ReadonlyMap<string, AiDefinition> = new Map(AI_TABLE.map((d) => [d.ai, d]));

/** The definition of an AI, or undefined when Lotline does not know it. */
export function lookupAi(ai: string): AiDefinition | undefined {
  return BY_AI.get(ai);
}

/** The known AI at `pos` of `text` (AIs are prefix-free, so at most one matches). */
export function matchAiAt(text: string, pos: number): AiDefinition | undefined {
  for (const len of [2, 3, 4]) {
    const def = BY_AI.get(text.slice(pos, pos + len));
    if (def) return def;
  }
  return undefined;
}

/**
 * How many digits an AI starting with these two digits has in the GS1 scheme,
 * used only to name an unknown AI in a message.
 */
export function guessAiLength(firstTwo: string): number {
  const n = Number(firstTwo);
  if (!/^\d\d$/.test(firstTwo)) return 2;
  if (n >= 23 && n <= 29) return 3;
  if (n >= 31 && n <= 36) return 4;
  if (n === 39 || n === 43) return 4;
  if (n >= 40 && n <= 42) return 3;
  if (n === 71) return 3;
  if (n >= 70 && n <= 89) return 4;
  return 2;
}
