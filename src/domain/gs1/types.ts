// Result types of parseScan: values, never exceptions.

/** One AI and its raw value, exactly as carried by the barcode. */
export interface Gs1Element {
  readonly ai: string;
  readonly value: string;
}

/** A decoded measure (AIs 310n-369n). */
export interface Gs1Measure {
  readonly ai: string;
  /** What is measured, e.g. `net weight`. */
  readonly quantity: string;
  readonly value: number;
  readonly unit: string;
}

export type ScanErrorCode =
  | 'empty' // nothing but whitespace was scanned
  | 'bad-syntax' // an element string where an AI was expected has no digits
  | 'unknown-ai' // an AI Lotline does not know (its length cannot be known either)
  | 'bad-length' // value too short, too long, or empty
  | 'bad-charset' // a character outside the AI's character set
  | 'check-digit' // GS1 mod-10 check digit wrong (GTIN, SSCC, GLN, ITIP)
  | 'bad-date' // month/day/hour/minute out of range
  | 'bad-value' // other value rule (ITIP piece number greater than total)
  | 'missing-gtin' // lot, serial or CPV without a GTIN (01/02/8006) in the same scan
  | 'invalid-pair' // two AIs that GS1 forbids together (01 with 02)
  | 'duplicate-ai' // the same AI twice with different values
  | 'bad-uri'; // a GS1 Digital Link URI that cannot be decoded

export type ScanWarningCode =
  | 'lot-may-contain-ai' // a lot/serial looks like it swallowed a following AI (missing GS)
  | 'duplicate-element' // the same AI and value twice; kept once
  | 'gtin-check-digit'; // a bare 8/12/13/14-digit code whose check digit is wrong

export interface ScanWarning {
  readonly code: ScanWarningCode;
  readonly ai?: string;
  readonly message: string;
}

/** How the GS1 data was written in the scan. */
export type Gs1Form = 'element-string' | 'human-readable' | 'digital-link';

export interface Gs1Scan {
  readonly ok: true;
  readonly kind: 'gs1';
  readonly form: Gs1Form;
  /** AIM symbology identifier such as `]d2`, or null when the scanner sent none. */
  readonly symbology: string | null;
  readonly elements: readonly Gs1Element[];
  /** AI 01 (GTIN-14). */
  readonly gtin?: string;
  /** AI 02: GTIN of the trade items contained in a logistic unit. */
  readonly contentGtin?: string;
  /** AI 00. */
  readonly sscc?: string;
  /** AI 10. */
  readonly lot?: string;
  /** AI 21. */
  readonly serial?: string;
  /** AI 17 as ISO YYYY-MM-DD (day 00 becomes the last day of the month). */
  readonly expiry?: string;
  /** AI 15 as ISO date. */
  readonly bestBefore?: string;
  /** AI 11 as ISO date. */
  readonly productionDate?: string;
  /** AI 13 as ISO date. */
  readonly packagingDate?: string;
  /** AI 7003 as ISO YYYY-MM-DDThh:mm. */
  readonly expiryDateTime?: string;
  /** AI 30 (variable count), else AI 37 (count of trade items). */
  readonly quantity?: number;
  /** AIs 310n-369n, decoded. */
  readonly measures: readonly Gs1Measure[];
  readonly warnings: readonly ScanWarning[];
  readonly raw: string;
}

export interface PlainScan {
  readonly ok: true;
  readonly kind: 'plain';
  readonly symbology: string | null;
  /** The scanned text without surrounding whitespace and line ends. */
  readonly value: string;
  /** GTIN-14 when the value is a bare GTIN-8/12/13/14 with a valid check digit. */
  readonly gtin?: string;
  readonly warnings: readonly ScanWarning[];
  readonly raw: string;
}

export interface ScanError {
  readonly ok: false;
  readonly code: ScanErrorCode;
  /** The AI at fault, when there is one. */
  readonly ai?: string;
  /** An English sentence naming the AI and the problem. */
  readonly message: string;
  readonly raw: string;
}

export type ScanResult = Gs1Scan | PlainScan | ScanError;

export interface ScanOptions {
  /** Today as `YYYY-MM-DD`, for the GS1 century rule. Without it, YY means 20YY. */
  readonly today?: string;
  /**
   * Printable stand-in for the GS separator, for scanners that lose control
   * characters. Default `~` (never part of GS1 data); null turns it off.
   */
  readonly gsSubstitute?: string | null;
}

/** ASCII 29, the GS character scanners send for FNC1. */
export const GS = '\u001d';
