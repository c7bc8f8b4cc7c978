// Sentences for what only the server or the data name at run time: outcome
// codes, operation types, and how long ago the last sync was.
import { say, sayIfKnown } from './say';

/** A sentence for an outcome code; falls back to the code itself, never to "something went wrong". */
export function describeCode(code: string | null): string {
  if (code === null) return say('reason.none');
  return sayIfKnown(`exception.${code}`) ?? sayIfKnown(`rejection.${code}`) ?? say('reason.unknown', { code });
}

/** "Restock", "Cycle count": the name of an operation type; an unknown type as itself. */
export function operationName(type: string): string {
  return sayIfKnown(`operation.${type}`) ?? type;
}

/** "2 min ago", for the last successful sync. */
export function ago(iso: string | null, now: number): string {
  if (iso === null) return say('ago.never');
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 10) return say('ago.just-now');
  if (seconds < 60) return say('ago.seconds', { seconds });
  if (seconds < 3600) return say('ago.minutes', { minutes: Math.floor(seconds / 60) });
  return say('ago.hours', { hours: Math.floor(seconds / 3600) });
}
