// The English catalogue: every sentence the floor shows, keyed by code
// (area.what[.detail]). A value is a sentence, or a function of named
// parameters. Split by area (./en/*.ts); the keys of the areas never overlap
// (words.test.ts checks). Other languages satisfy its type (./say.ts).
import { codes } from './en/codes';

export const en = {
  ...codes,
};
