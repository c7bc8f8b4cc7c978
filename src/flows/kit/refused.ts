// Fix and resend (C3) must not propose again what the server just refused: a
// rejection that names a location it does not know (unknown-location, from
// src/domain/resolve.ts) means that place is wrong, even when this device
// still has it (a replica older than a restored server, a label re-coded).
// The refill leaves such places out, so the flow opens at the step that asks
// for the location and the operator scans another.

/** What a rejection refused by name. */
export interface Refused {
  /** Location codes, as the payload named them. */
  locations: readonly string[];
}

export const NOTHING_REFUSED: Refused = { locations: [] };

/** The places a rejection's code and details refuse; nothing for any other rejection. */
export function refusedBy(code: string | null, details: Record<string, unknown> | null): Refused {
  const location = details?.location;
  if (code === 'unknown-location' && typeof location === 'string' && location.trim() !== '') return { locations: [location] };
  return NOTHING_REFUSED;
}

/** Whether `code` is one of the refused locations (codes compare as scanned: case does not matter). */
export function isRefusedLocation(refused: Refused, code: string): boolean {
  const wanted = code.trim().toLowerCase();
  return refused.locations.some((l) => l.trim().toLowerCase() === wanted);
}
