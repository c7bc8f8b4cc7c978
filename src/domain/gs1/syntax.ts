// Splits the three written forms of GS1 data into elements (AI + raw value):
// element strings with GS separators, human-readable text with (AI)
// parentheses, and GS1 Digital Link URIs. Values are not validated here.
import { toGtin14 } from '../gtin';
import { guessAiLength, lookupAi, matchAiAt } from './ai-table';
import { GS, type Gs1Element } from './types';
import type { ElementProblem } from './validate';

export type SplitResult =
  | { readonly ok: true; readonly elements: Gs1Element[] }
  | ({ readonly ok: false } & ElementProblem);

const fail = (problem: ElementProblem): SplitResult => ({ ok: false, ...problem });

function unknownAiAt(text: string, pos: number): SplitResult {
  const digits = /^\d*/.exec(text.slice(pos))?.[0] ?? '';
  if (digits.length < 2) {
    const found = text.slice(pos, pos + 8);
    return fail({ code: 'bad-syntax', message: `Expected a GS1 Application Identifier at position ${pos + 1}, found '${found}'.` });
  }
  const ai = digits.slice(0, Math.min(digits.length, guessAiLength(digits.slice(0, 2))));
  return fail({ code: 'unknown-ai', ai, message: `AI (${ai}) at position ${pos + 1} is not a GS1 Application Identifier Lotline knows.` });
}

/**
 * Splits an element string whose separators are GS characters. Values of
 * fixed-length AIs take exactly their length; variable-length values run to
 * the next GS or the end. Extra GS characters between elements are ignored.
 */
export function splitElementString(text: string): SplitResult {
  const elements: Gs1Element[] = [];
  let pos = 0;
  while (pos < text.length) {
    if (text[pos] === GS) {
      pos++;
      continue;
    }
    const def = matchAiAt(text, pos);
    if (!def) return unknownAiAt(text, pos);
    pos += def.ai.length;
    let value: string;
    if (def.fixed) {
      value = text.slice(pos, pos + def.length);
      const gs = value.indexOf(GS);
      if (gs >= 0) value = value.slice(0, gs);
      if (value.length === 0) {
        return fail({ code: 'bad-length', ai: def.ai, message: `AI (${def.ai}) ${def.name} has no value.` });
      }
      if (value.length < def.length) {
        const unit = def.charset === 'N' ? 'digits' : 'characters';
        return fail({
          code: 'bad-length',
          ai: def.ai,
          message: `AI (${def.ai}) ${def.name} ${value}: must be exactly ${def.length} ${unit}, not ${value.length}.`,
        });
      }
    } else {
      const gs = text.indexOf(GS, pos);
      value = text.slice(pos, gs < 0 ? text.length : gs);
    }
    pos += value.length;
    elements.push({ ai: def.ai, value });
  }
  return { ok: true, elements };
}

const TAG = /\((\d{2,4})\)/g;

/** Position of the next `(AI)` with a known AI at or after `from`, else the text length. */
function nextTag(text: string, from: number): number {
  TAG.lastIndex = from;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    if (m[1] !== undefined && lookupAi(m[1])) return m.index;
  }
  return text.length;
}

/**
 * Splits `(01)09506000134352(10)ABC123`. Spaces around values are ignored. A
 * value is everything up to the next `(AI)` of a known AI, so a lot that
 * itself contains such a text, e.g. `A(10)B`, cannot be written in this form.
 */
export function splitHumanReadable(text: string): SplitResult {
  const elements: Gs1Element[] = [];
  let pos = 0;
  while (pos < text.length) {
    while (text[pos] === ' ') pos++;
    if (pos >= text.length) break;
    const m = /^\((\d{2,4})\)/.exec(text.slice(pos));
    const ai = m?.[1];
    if (!m || ai === undefined) {
      return fail({ code: 'bad-syntax', message: `Expected '(AI)' at position ${pos + 1}, found '${text.slice(pos, pos + 8)}'.` });
    }
    const def = lookupAi(ai);
    if (!def) {
      return fail({ code: 'unknown-ai', ai, message: `AI (${ai}) is not a GS1 Application Identifier Lotline knows.` });
    }
    pos += m[0].length;
    let end = nextTag(text, pos);
    if (def.fixed) {
      // A fixed-length value followed by any (digits) tag ends there, so that
      // an unknown AI after it is reported as such.
      let after = pos;
      while (text[after] === ' ') after++;
      after += def.length;
      if (after < end && /^ *\(\d{2,4}\)/.test(text.slice(after))) end = after;
    }
    elements.push({ ai, value: text.slice(pos, end).trim() });
    pos = end;
  }
  return { ok: true, elements };
}

/** Primary keys a Digital Link path may start with, and the qualifiers allowed after each. */
const DL_PRIMARY: Readonly<Record<string, readonly string[]>> = {
  '01': ['22', '10', '21'],
  '8006': ['22', '10', '21'],
  '00': [],
  '414': [],
  '8004': [],
};

/** Short names from the GS1 Digital Link standard's convenience alphas. */
const DL_ALIASES: Readonly<Record<string, string>> = {
  gtin: '01', itip: '8006', sscc: '00', gln: '414', giai: '8004',
  cpv: '22', lot: '10', ser: '21', exp: '17', bbd: '15',
};

const aiOf = (key: string): string => DL_ALIASES[key] ?? key;

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * Splits a GS1 Digital Link URI (`https://any.host/optional/prefix/01/<gtin>/10/<lot>?17=261231`).
 * Returns null when the text is a URL but not a Digital Link (no primary key
 * in the path), so the caller can treat it as a plain code.
 */
export function splitDigitalLink(text: string): SplitResult | null {
  const m = /^https?:\/\/[^/?#]+(\/[^?#]*)?(?:\?([^#]*))?(?:#.*)?$/i.exec(text);
  if (!m) return null;
  const rawSegments = (m[1] ?? '').split('/').filter((s) => s.length > 0);
  const start = rawSegments.findIndex(
    (seg, i) => DL_PRIMARY[aiOf(seg)] !== undefined && (rawSegments.length - i) % 2 === 0,
  );
  if (start < 0) return null;
  const segments: string[] = [];
  for (const seg of rawSegments.slice(start)) {
    const decoded = decode(seg);
    if (decoded === null) return fail({ code: 'bad-uri', message: `The Digital Link path segment '${seg}' is not valid percent-encoding.` });
    segments.push(decoded);
  }
  const primary = aiOf(segments[0] ?? '');
  const qualifiers = DL_PRIMARY[primary] ?? [];
  const elements: Gs1Element[] = [];
  for (let i = 0; i + 1 < segments.length; i += 2) {
    const ai = aiOf(segments[i] ?? '');
    let value = segments[i + 1] ?? '';
    if (i > 0 && !qualifiers.includes(ai)) {
      return fail({
        code: lookupAi(ai) ? 'bad-uri' : 'unknown-ai',
        ai,
        message: `AI (${ai}) cannot qualify AI (${primary}) in a Digital Link path.`,
      });
    }
    // A Digital Link may carry a GTIN-8/12/13; as AI (01) it is the GTIN-14.
    if (ai === '01') value = toGtin14(value) ?? value;
    elements.push({ ai, value });
  }
  for (const pair of (m[2] ?? '').split('&')) {
    if (pair.length === 0) continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === null || value === null) {
      return fail({ code: 'bad-uri', message: `The Digital Link query part '${pair}' is not valid percent-encoding.` });
    }
    const ai = aiOf(key);
    if (!/^\d{2,4}$/.test(ai)) continue; // other parameters such as linkType
    if (!lookupAi(ai)) return fail({ code: 'unknown-ai', ai, message: `AI (${ai}) is not a GS1 Application Identifier Lotline knows.` });
    elements.push({ ai, value });
  }
  return { ok: true, elements };
}
