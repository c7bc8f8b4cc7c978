// parseScan: what a scanner or camera decoder produced -> a typed result.
// Pure: no clock, no I/O; "today" comes in through the options.
import { hasValidCheckDigit, gs1CheckDigit, toGtin14 } from '../gtin';
import { lookupAi, matchAiAt } from './ai-table';
import { parseYymmdd, parseYymmddhhmm } from './dates';
import { splitDigitalLink, splitElementString, splitHumanReadable, type SplitResult } from './syntax';
import {
  GS,
  type Gs1Element,
  type Gs1Form,
  type Gs1Measure,
  type Gs1Scan,
  type ScanError,
  type ScanOptions,
  type ScanResult,
  type ScanWarning,
} from './types';
import { validateScan, type ElementProblem } from './validate';

/** AIM symbology identifiers that announce GS1 data (FNC1 in first position). */
export const GS1_SYMBOLOGIES: ReadonlySet<string> = new Set([
  ']C1', // GS1-128
  ']d2', // GS1 DataMatrix
  ']d5', // GS1 DataMatrix with ECI
  ']Q3', // GS1 QR Code
  ']Q4', // GS1 QR Code with ECI
  ']e0', // GS1 DataBar
]);

/** AIM identifiers of EAN/UPC: the content must be a GTIN with a valid check digit. */
const EAN_UPC_SYMBOLOGIES: ReadonlySet<string> = new Set([']E0', ']E4']);

const GTIN_LENGTHS = [8, 12, 13, 14];

/**
 * Parses one scan. Never throws: a refusal is `{ ok: false, code, ai, message }`.
 *
 * Recognised, in this order: an AIM symbology identifier prefix (`]C1`, `]d2`,
 * `]Q3`, `]e0` mean GS1; any other means plain, though a Digital Link URI is
 * still read), an element string starting with GS (or its substitute), a GS1
 * Digital Link URI, the human-readable `(01)…(10)…` form, an element string
 * containing GS or its substitute, a bare GTIN-8/12/13/14, a bare digit string
 * that parses cleanly as GS1 data starting with AI 00/01/02, and finally a
 * plain code.
 */
export function parseScan(raw: string, options: ScanOptions = {}): ScanResult {
  const text = raw.trim();
  const substitute = options.gsSubstitute === undefined ? '~' : options.gsSubstitute || null;
  const today = options.today;
  if (text.split(GS).join('') === '') return error(raw, { code: 'empty', message: 'Nothing was scanned.' });

  const aim = /^\][A-Za-z][0-9A-Za-z]/.exec(text);
  if (aim) {
    const symbology = aim[0];
    const content = text.slice(3);
    if (content.split(GS).join('') === '') {
      return error(raw, { code: 'empty', message: `The ${symbology} scan carries no data.` });
    }
    if (GS1_SYMBOLOGIES.has(symbology)) return elementString(content, symbology, substitute, today, raw);
    if (EAN_UPC_SYMBOLOGIES.has(symbology)) return plain(content, symbology, raw, true);
    if (/^https?:\/\//i.test(content)) {
      const dl = splitDigitalLink(content);
      if (dl) return gs1(dl, 'digital-link', symbology, today, raw);
    }
    return plain(content, symbology, raw, false);
  }

  if (text.startsWith(GS) || (substitute !== null && text.startsWith(substitute))) {
    return elementString(text, null, substitute, today, raw);
  }
  if (/^https?:\/\//i.test(text)) {
    const dl = splitDigitalLink(text);
    return dl ? gs1(dl, 'digital-link', null, today, raw) : plain(text, null, raw, false);
  }
  if (/^\(\d{2,4}\)/.test(text)) return gs1(splitHumanReadable(text), 'human-readable', null, today, raw);
  if (text.includes(GS)) return elementString(text, null, substitute, today, raw);
  if (substitute !== null && text.includes(substitute) && matchAiAt(text, 0)) {
    return elementString(text, null, substitute, today, raw);
  }
  const isBareGtin = /^\d+$/.test(text) && GTIN_LENGTHS.includes(text.length);
  if (!isBareGtin && /^0[012]\d/.test(text)) {
    // Unambiguous only when the whole text is clean GS1 data.
    const result = gs1(splitElementString(text), 'element-string', null, today, raw);
    if (result.ok) return result;
  }
  return plain(text, null, raw, false);
}

/** The object without its undefined properties. */
function compact<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

function error(raw: string, problem: ElementProblem): ScanError {
  return problem.ai === undefined
    ? { ok: false, code: problem.code, message: problem.message, raw }
    : { ok: false, code: problem.code, ai: problem.ai, message: problem.message, raw };
}

function elementString(
  content: string,
  symbology: string | null,
  substitute: string | null,
  today: string | undefined,
  raw: string,
): ScanResult {
  const normalised = substitute === null ? content : content.split(substitute).join(GS);
  return gs1(splitElementString(normalised), 'element-string', symbology, today, raw);
}

function plain(value: string, symbology: string | null, raw: string, strictGtin: boolean): ScanResult {
  const warnings: ScanWarning[] = [];
  const base = { ok: true as const, kind: 'plain' as const, symbology, value, warnings, raw };
  const looksLikeGtin = /^\d+$/.test(value) && GTIN_LENGTHS.includes(value.length);
  if (looksLikeGtin && hasValidCheckDigit(value)) {
    const gtin = toGtin14(value);
    return gtin ? { ...base, gtin } : base;
  }
  if (strictGtin) {
    if (!looksLikeGtin) {
      return error(raw, { code: 'bad-length', message: `EAN/UPC ${value} is not an 8, 12 or 13 digit GTIN.` });
    }
    return error(raw, {
      code: 'check-digit',
      message: `EAN/UPC ${value}: check digit should be ${gs1CheckDigit(value.slice(0, -1))}, not ${value.slice(-1)}.`,
    });
  }
  if (looksLikeGtin) {
    warnings.push({
      code: 'gtin-check-digit',
      message: `${value} has the length of a GTIN but its check digit should be ${gs1CheckDigit(value.slice(0, -1))}, not ${value.slice(-1)}; it is read as a plain code.`,
    });
  }
  return base;
}

function isoDate(value: string | undefined, today: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = parseYymmdd(value, today);
  return d.ok ? d.iso : undefined;
}

function measureOf(element: Gs1Element): Gs1Measure | null {
  const def = lookupAi(element.ai);
  if (def?.check !== 'measure' || def.decimals === undefined || def.unit === undefined) return null;
  const split = element.value.length - def.decimals;
  const text = def.decimals === 0 ? element.value : `${element.value.slice(0, split)}.${element.value.slice(split)}`;
  return { ai: element.ai, quantity: def.name.replace(/ \([^)]*\)$/, ''), value: Number(text), unit: def.unit };
}

/** The tail of `value` after an embedded `ai` followed by a plausible value for it (not at position 0), or null. */
function embeddedAi(value: string, ai: '21' | '17', today: string | undefined): string | null {
  for (let i = 1; i + 2 <= value.length; i++) {
    if (value.slice(i, i + 2) !== ai) continue;
    const tail = value.slice(i + 2);
    if (ai === '21' && tail.length >= 6) return tail;
    if (ai === '17' && /^\d{6}/.test(tail) && parseYymmdd(tail.slice(0, 6), today).ok) return tail.slice(0, 6);
  }
  return null;
}

/** A lot (or serial) that looks like it swallowed the next AI because a GS was lost. */
function swallowWarnings(fields: ReadonlyMap<string, string>, today: string | undefined): ScanWarning[] {
  const warnings: ScanWarning[] = [];
  const candidates: [string, string, readonly ('21' | '17')[]][] = [
    ['10', 'lot', ['21', '17']],
    ['21', 'serial', ['17']],
  ];
  for (const [ai, name, inner] of candidates) {
    const value = fields.get(ai);
    if (value === undefined) continue;
    for (const other of inner) {
      if (fields.has(other)) continue;
      const tail = embeddedAi(value, other, today);
      if (tail === null) continue;
      const what = other === '21' ? 'serial' : 'expiry';
      warnings.push({
        code: 'lot-may-contain-ai',
        ai,
        message: `AI (${ai}) ${name} ${value} contains '${other}' followed by '${tail}': a lost separator may have merged a ${what} (${other}) into the ${name}.`,
      });
    }
  }
  return warnings;
}

function gs1(
  split: SplitResult,
  form: Gs1Form,
  symbology: string | null,
  today: string | undefined,
  raw: string,
): ScanResult {
  if (!split.ok) return error(raw, split);
  if (split.elements.length === 0) return error(raw, { code: 'empty', message: 'The scan carries no GS1 elements.' });
  const checked = validateScan(split.elements, today);
  if (!('elements' in checked)) return error(raw, checked);
  const { elements } = checked;
  const fields = new Map(elements.map((e) => [e.ai, e.value]));
  const measures = elements.map(measureOf).filter((m): m is Gs1Measure => m !== null);
  const expiryDateTime = fields.get('7003');
  const dateTime = expiryDateTime === undefined ? undefined : parseYymmddhhmm(expiryDateTime, today);
  const count = fields.get('30') ?? fields.get('37');
  const convenient = compact({
    gtin: fields.get('01'),
    contentGtin: fields.get('02'),
    sscc: fields.get('00'),
    lot: fields.get('10'),
    serial: fields.get('21'),
    expiry: isoDate(fields.get('17'), today),
    bestBefore: isoDate(fields.get('15'), today),
    productionDate: isoDate(fields.get('11'), today),
    packagingDate: isoDate(fields.get('13'), today),
    expiryDateTime: dateTime?.ok ? dateTime.iso : undefined,
    quantity: count === undefined ? undefined : Number(count),
  });
  const result: Gs1Scan = {
    ok: true,
    kind: 'gs1',
    form,
    symbology,
    elements,
    ...convenient,
    measures,
    warnings: [...checked.warnings, ...swallowWarnings(fields, today)],
    raw,
  };
  return result;
}
