// Checks one element against its AI definition, and the rules between
// elements of one scan (duplicates, associations, invalid pairs).
import { gs1CheckDigit, hasValidCheckDigit } from '../gtin';
import { firstCharOutside, lookupAi, type AiDefinition } from './ai-table';
import { parseYymmdd, parseYymmddhhmm } from './dates';
import type { Gs1Element, ScanErrorCode, ScanWarning } from './types';

export interface ElementProblem {
  readonly code: ScanErrorCode;
  readonly ai?: string;
  readonly message: string;
}

const label = (def: AiDefinition): string => `AI (${def.ai}) ${def.name}`;

function checkDigitProblem(def: AiDefinition, value: string, digits: string): ElementProblem | null {
  if (hasValidCheckDigit(digits)) return null;
  const expected = gs1CheckDigit(digits.slice(0, -1));
  return {
    code: 'check-digit',
    ai: def.ai,
    message: `${label(def)} ${value}: check digit should be ${expected}, not ${digits.slice(-1)}.`,
  };
}

/** The problem with one element's value, or null when it is valid. */
export function validateElement(element: Gs1Element, today?: string): ElementProblem | null {
  const def = lookupAi(element.ai);
  if (!def) return { code: 'unknown-ai', ai: element.ai, message: `AI (${element.ai}) is not a GS1 Application Identifier Lotline knows.` };
  const { value } = element;
  const unit = def.charset === 'N' ? 'digits' : 'characters';
  if (value.length === 0) return { code: 'bad-length', ai: def.ai, message: `${label(def)} is empty.` };
  if (def.fixed && value.length !== def.length) {
    return { code: 'bad-length', ai: def.ai, message: `${label(def)} ${value}: must be exactly ${def.length} ${unit}, not ${value.length}.` };
  }
  if (!def.fixed && value.length > def.length) {
    return { code: 'bad-length', ai: def.ai, message: `${label(def)} ${value}: at most ${def.length} ${unit} are allowed, not ${value.length}.` };
  }
  const bad = firstCharOutside(value, def.charset);
  if (bad !== null) {
    const shown = bad.charCodeAt(0) < 32 || bad.charCodeAt(0) === 127 ? `character ${bad.charCodeAt(0)}` : `'${bad}'`;
    const allowed = def.charset === 'N' ? 'only digits are allowed' : 'it is not in the GS1 character set';
    return { code: 'bad-charset', ai: def.ai, message: `${label(def)} ${value}: ${shown} is not allowed, ${allowed}.` };
  }
  switch (def.check) {
    case 'check-digit':
      return checkDigitProblem(def, value, value);
    case 'date': {
      const d = parseYymmdd(value, today);
      return d.ok ? null : { code: 'bad-date', ai: def.ai, message: `${label(def)} ${value}: ${d.reason}.` };
    }
    case 'date-time': {
      const d = parseYymmddhhmm(value, today);
      return d.ok ? null : { code: 'bad-date', ai: def.ai, message: `${label(def)} ${value}: ${d.reason}.` };
    }
    case 'itip': {
      const cd = checkDigitProblem(def, value, value.slice(0, 14));
      if (cd) return cd;
      const piece = Number(value.slice(14, 16));
      const total = Number(value.slice(16, 18));
      if (piece < 1 || total < 1 || piece > total) {
        return { code: 'bad-value', ai: def.ai, message: `${label(def)} ${value}: piece ${value.slice(14, 16)} of ${value.slice(16, 18)} is not a valid piece number.` };
      }
      return null;
    }
    case 'measure':
    case undefined:
      return null;
  }
}

export interface ScanCheck {
  readonly elements: Gs1Element[];
  readonly warnings: ScanWarning[];
}

/**
 * Validates every element, drops exact duplicates (with a warning) and checks
 * the rules between AIs. Returns the first problem, in scan order.
 */
export function validateScan(input: readonly Gs1Element[], today?: string): ScanCheck | ElementProblem {
  const elements: Gs1Element[] = [];
  const warnings: ScanWarning[] = [];
  const seen = new Map<string, string>();
  for (const element of input) {
    const problem = validateElement(element, today);
    if (problem) return problem;
    const previous = seen.get(element.ai);
    if (previous !== undefined) {
      if (previous !== element.value) {
        return {
          code: 'duplicate-ai',
          ai: element.ai,
          message: `AI (${element.ai}) appears twice with different values: ${previous} and ${element.value}.`,
        };
      }
      warnings.push({ code: 'duplicate-element', ai: element.ai, message: `AI (${element.ai}) ${element.value} appears twice; it is kept once.` });
      continue;
    }
    seen.set(element.ai, element.value);
    elements.push(element);
  }
  for (const element of elements) {
    const def = lookupAi(element.ai);
    if (!def) continue;
    if (def.requiresOneOf && !def.requiresOneOf.some((ai) => seen.has(ai))) {
      const names = def.requiresOneOf.map((ai) => `(${ai})`);
      const needs = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}` : (names[0] ?? '');
      return {
        code: 'missing-gtin',
        ai: def.ai,
        message: `${label(def)} ${element.value} needs a GTIN ${needs} in the same scan.`,
      };
    }
    const clash = def.excludes?.find((ai) => seen.has(ai));
    if (clash !== undefined) {
      return {
        code: 'invalid-pair',
        ai: def.ai,
        message: `${label(def)} cannot appear together with AI (${clash}) in one scan.`,
      };
    }
  }
  return { elements, warnings };
}
