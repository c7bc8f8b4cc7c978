// PostgreSQL's text and jsonb cannot hold a NUL character or half of a UTF-16
// surrogate pair: a request carrying one made the database throw and the
// server answer 500, and a push with one such operation failed as a whole on
// every retry, wedging the device's queue. Such text is found before it
// reaches the database: a push rejects that one operation (C3), every other
// endpoint answers 400 naming the field.
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors';

// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_MESSAGE = 'contains a character that cannot be stored (NUL or a broken surrogate pair)';

/**
 * The path of the first string (or key) holding unstorable text, or null.
 * Walked with a stack of its own, not recursion: a body nested 200,000 deep
 * must be a 400 from the schema, not a stack overflow here.
 */
export function unstorablePath(root: unknown): string | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return path.join('.') || '(root)';
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] as unknown, path: [...path.slice(-20), i] });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i] as [string, unknown];
        if (UNSTORABLE.test(k)) return [...path, k].join('.');
        stack.push({ value: v, path: [...path.slice(-20), k] });
      }
    }
  }
  return null;
}

/** A copy whose unstorable characters are replaced by U+FFFD, to keep a record of what was sent (only called on a push's operations, which are shallow). */
export function storableCopy(value: unknown): unknown {
  const fix = (s: string) => s.replace(new RegExp(UNSTORABLE.source, 'g'), '\uFFFD');
  if (typeof value === 'string') return fix(value);
  if (Array.isArray(value)) return value.map(storableCopy);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [fix(k), storableCopy(v)]));
  }
  return value;
}

/** Every route but push (which rejects per operation): a body or query with unstorable text is a 400. */
export function installStorableTextGuard(app: FastifyInstance, perOperation: string[]): void {
  app.addHook('preHandler', (request, _reply, done) => {
    const path = request.url.split('?')[0] ?? '';
    if (perOperation.includes(path)) return done();
    for (const [where, value] of [['query', request.query], ['body', request.body]] as const) {
      const found = unstorablePath(value);
      if (found !== null) {
        return done(new HttpError(400, 'invalid-text', `${where}.${found}: ${UNSTORABLE_MESSAGE}`, { field: `${where}.${found}`, issues: [{ path: found, message: UNSTORABLE_MESSAGE }] }));
      }
    }
    done();
  });
}
