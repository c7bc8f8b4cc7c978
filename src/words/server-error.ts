// The sentence for a refusal the server answered as { error: { code,
// message, details } }: the catalogue's 'server.<code>' in the user's
// language, its values taken from `details`; a code that is a rejection code
// is said by its rejection sentence. Null for a code the catalogue does not
// know (a newer server's): the caller shows the server's own words instead.
import { catalogue, sayIfKnown, type ParamsOf, type PhraseKey } from './say';

type ServerPhrase = Extract<PhraseKey, `server.${string}`>;

type KindOf<T> = NonNullable<T> extends number ? 'number' : NonNullable<T> extends readonly string[] ? 'strings' : 'string';
/** What each value of a sentence is; `?` marks one the sentence does without. Derived from the sentence's own type, so it cannot drift. */
type Spec<P> = { [N in keyof P]-?: undefined extends P[N] ? `${KindOf<P[N]>}?` : KindOf<P[N]> };

/** The values of each server sentence with values, as `details` carries them (sync-server puts them there). */
const VALUES: { [K in ServerPhrase]: Spec<ParamsOf<K>> } = {
  'server.badge-locked': { seconds: 'number' },
  'server.too-many-attempts': { seconds: 'number' },
  'server.badge-taken': { badge: 'string' },
  'server.unknown-item': { item: 'string' },
  'server.unknown-location': { location: 'string' },
  'server.export-too-large': { total: 'number', cap: 'number' },
  'server.bad-columns': { missing: 'strings?', column: 'string?' },
  'server.too-many-rows': { rows: 'number', max: 'number' },
  'server.invalid-request': { field: 'string' },
  'server.invalid-text': { field: 'string' },
};

const fits = (value: unknown, kind: string): boolean =>
  kind === 'strings' ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === kind;

/** The sentence's values from `details`; null when one it needs is missing or of another kind (an older server's answer). */
function valuesFrom(spec: Record<string, string>, details: unknown): Record<string, unknown> | null {
  const given = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  const values: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(spec)) {
    const optional = kind.endsWith('?');
    const value = Object.hasOwn(given, name) ? given[name] : undefined;
    if (value === undefined || value === null) {
      if (optional) continue;
      return null;
    }
    if (!fits(value, kind.replace('?', ''))) return null;
    values[name] = value;
  }
  return values;
}

/** The catalogue's sentence for a server error code, or null when it has none. */
export function describeServerError(code: string, details?: unknown): string | null {
  const key = `server.${code}`;
  if (Object.hasOwn(VALUES, key)) {
    const values = valuesFrom(VALUES[key as ServerPhrase], details);
    if (values) return (catalogue()[key as ServerPhrase] as (values: unknown) => string)(values);
  } else {
    const sentence = sayIfKnown(key);
    if (sentence !== null) return sentence;
  }
  return sayIfKnown(`rejection.${code}`);
}
