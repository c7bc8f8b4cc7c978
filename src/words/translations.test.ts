// Every shipped language is complete and translated: each key of the English
// catalogue has a sentence of its own (a sentence left in English fails, bar
// the few a language lists in its `sameAsEnglish`, such as "OK" or "SKU"),
// its parameters fill in, and its plurals follow the language's own rules.
import { describe, expect, test } from 'vitest';
import { en } from './en';
import { sampleSentence } from './sample-sentence';
import { LANGUAGES, languageInfo } from './languages';
import type { Catalogue } from './say';

interface LanguageModule {
  catalogue: Catalogue;
  /** Keys whose sentence is rightly the same as the English one (a code, a unit, a loan word). */
  sameAsEnglish?: readonly string[];
}

const modules = import.meta.glob<LanguageModule>('./*/index.ts', { eager: true });
const shipped = Object.entries(modules).map(([path, module]) => ({ code: path.split('/')[1], ...module }));

const sample = sampleSentence;

test('every shipped catalogue is one of the listed languages (a folder of another name would never load)', () => {
  for (const { code } of shipped) expect(LANGUAGES).toContain(code);
});

describe.each(shipped)('the $code catalogue', ({ code, catalogue, sameAsEnglish = [] }) => {
  test('has every key of the English catalogue and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  test('no sentence is left in English (bar its sameAsEnglish list, each of which is really the same)', () => {
    const english = Object.entries(en).filter(([key, entry]) => !sameAsEnglish.includes(key) && sample(key, entry) === sample(key, catalogue[key as keyof Catalogue]));
    expect(english.map(([key]) => key)).toEqual([]);
    for (const key of sameAsEnglish) expect(sample(key, catalogue[key as keyof Catalogue]), key).toBe(sample(key, en[key as keyof Catalogue]));
  });

  test('every sentence fills its parameters: nothing empty, undefined or NaN', () => {
    const broken = Object.entries(catalogue).filter(([key, entry]) => {
      const text = sample(key, entry);
      return text.trim() === '' || /undefined|\[object|NaN/.test(text);
    });
    expect(broken.map(([key]) => key)).toEqual([]);
  });

  test('a number parameter appears in the sentence, written as the language writes numbers', () => {
    const text = sample('status.skipped-rows', catalogue['status.skipped-rows'], { rows: 1200 });
    expect(text).toContain(new Intl.NumberFormat(code).format(1200));
  });

  test('its writing direction is the one the language is written in', () => {
    expect(languageInfo(code as never).dir).toBe(code === 'ar' ? 'rtl' : 'ltr');
  });
});
