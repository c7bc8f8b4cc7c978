// The English catalogue: every sentence the floor shows, keyed by code
// (area.what[.detail]). A value is a sentence, or a function of named
// parameters. Split by area (./en/*.ts); the keys of the areas never overlap
// (words.test.ts checks). Other languages satisfy its type (./say.ts).
import { codes } from './en/codes';
import { kit } from './en/kit';
import { move } from './en/move';
import { restock } from './en/restock';
import { scan } from './en/scan';

/** The areas, each its own object (words.test.ts checks that no key is in two). */
export const AREAS = { codes, kit, scan, restock, move };

export const en = {
  ...codes,
  ...kit,
  ...scan,
  ...restock,
  ...move,
};
