// Builds GS1 text from elements: the inverse of the element-string and
// human-readable forms of parseScan. Values are written as given, not validated.
import { needsSeparatorAfter } from './ai-table';
import { GS, type Gs1Element } from './types';

export interface FormatOptions {
  /** Separator after AIs without a predefined length. Default: GS (ASCII 29). */
  readonly separator?: string;
  /** Text put in front, e.g. `]C1` or `]d2`. Default: none. */
  readonly prefix?: string;
}

/**
 * A GS1 element string: AI and value after AI and value, with the separator
 * after every element whose AI has no predefined length (GS1 General
 * Specifications Figure 7.8.5-1) unless it is the last one. That is every
 * variable-length AI, and also fixed-length AIs outside that list (7003, 8006).
 */
export function formatElementString(elements: readonly Gs1Element[], options: FormatOptions = {}): string {
  const separator = options.separator ?? GS;
  let out = options.prefix ?? '';
  elements.forEach((element, i) => {
    out += element.ai + element.value;
    if (i < elements.length - 1 && needsSeparatorAfter(element.ai)) out += separator;
  });
  return out;
}

/** The human-readable form: `(01)09506000134352(10)ABC123`. */
export function formatHumanReadable(elements: readonly Gs1Element[]): string {
  return elements.map((e) => `(${e.ai})${e.value}`).join('');
}
