// GS1 barcode scan parsing: the public face of src/domain/gs1.
export * from './types';
export { parseScan, GS1_SYMBOLOGIES } from './parse-scan';
export { formatElementString, formatHumanReadable, type FormatOptions } from './format';
export {
  AI_TABLE,
  CSET82_CHARS,
  MEASURE_FAMILIES,
  PREDEFINED_LENGTH,
  lookupAi,
  needsSeparatorAfter,
  type AiCheck,
  type AiDefinition,
  type Gs1Charset,
} from './ai-table';
export { daysInMonth, isLeapYear, parseYymmdd, parseYymmddhhmm, resolveYear, type DateParse } from './dates';
export { validateElement, type ElementProblem } from './validate';
