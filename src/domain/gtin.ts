// GTINs are printed as 8, 12, 13 or 14 digits; the same product is the same
// GTIN-14 once padded with leading zeros (GS1 General Specifications 3.4.2).

/** The GTIN-14 form of a scanned GTIN, or null when it is not 8/12/13/14 digits. */
export function toGtin14(raw: string): string | null {
  const digits = raw.trim();
  if (!/^\d+$/.test(digits) || ![8, 12, 13, 14].includes(digits.length)) return null;
  return digits.padStart(14, '0');
}

/** GS1 mod-10 check digit over all but the last digit. */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit is the GS1 check digit of the others. */
export function hasValidCheckDigit(code: string): boolean {
  if (!/^\d{2,}$/.test(code)) return false;
  return gs1CheckDigit(code.slice(0, -1)) === Number(code[code.length - 1]);
}
