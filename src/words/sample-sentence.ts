// For the catalogue tests (words.test.ts, translations.test.ts): a sentence
// said with sample parameters, so every language's every key is checked with
// the same values. Not used by the app.

/** Parameters for the few sentences a plain sample value cannot fill (lists, flags). */
export const SAMPLES: Record<string, unknown> = {
  'kit.place.shortage': { needs: [{ quantity: 3, lot: 'L1' }, { quantity: 2, lot: null }] },
  'kit.save.refused': { full: false, name: 'AbortError', savedBefore: 2 },
  'assign.location.already': { locations: ['A-01-01', 'A-01-02'] },
  'console.master.import.missing': { file: 'items.csv', columns: ['SKU', 'Name'] },
  'console.master.import.ignored': { columns: ['Colour', 'Size'] },
  'console.master.import.duplicate': { column: 'SKU', key: 'A-1', lines: [2, 5] },
  'server.bad-columns': { missing: ['sku', 'lot'] },
};

/** Every parameter a sentence asks for is '7': it reads as a number, a code and a name. */
const anyParams = new Proxy({}, { get: () => '7' });

/** The text of `entry` (a sentence, a phrase or a rich sentence) said with `params`, else the samples. */
export function sampleSentence(key: string, entry: unknown, params: unknown = SAMPLES[key] ?? anyParams): string {
  if (typeof entry === 'string') return entry;
  const sentence = (entry as (p: unknown) => unknown)(params);
  return Array.isArray(sentence) ? sentence.join('') : String(sentence);
}
