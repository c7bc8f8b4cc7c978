// The languages Lotline speaks (their list is domain data: src/domain/languages.ts)
// and the loader of each one's catalogue (src/words/<code>/index.ts, a separate chunk: a device downloads
// and precaches them all, but starts with English only).
import { LANGUAGE_INFO, LANGUAGES, isLanguage, type Language, type LanguageInfo } from '../domain/languages';
import type { Catalogue } from './say';

export { LANGUAGE_INFO, LANGUAGES, isLanguage, type Language, type LanguageInfo } from '../domain/languages';

export function languageInfo(code: Language): LanguageInfo {
  return LANGUAGE_INFO.find((l) => l.code === code) ?? LANGUAGE_INFO[0];
}

/** The first of the browser's languages we speak, by exact tag, then by base language ("pl-PL" is Polski, any "pt" is Português (Brasil)). */
export function preferredLanguage(asked: readonly string[]): Language | null {
  for (const tag of asked) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((l) => l.toLowerCase() === tag.toLowerCase()) ?? LANGUAGES.find((l) => l.toLowerCase().split('-')[0] === base);
    if (match) return match;
  }
  return null;
}

/** The language to speak: the user's own (a supervisor set it), else the one picked on this device, else the browser's, else English. */
export function languageToSpeak(user: Language | null | undefined, device: Language | null, browser: readonly string[]): Language {
  return user ?? device ?? preferredLanguage(browser) ?? 'en';
}

// Vite turns each catalogue into its own chunk. The key is the folder: ./pl/index.ts.
const modules = import.meta.glob<{ catalogue: Catalogue }>('./*/index.ts');

/** The catalogue loaders by language; English is built in (./en.ts) and has none. */
export const CATALOGUE_LOADERS: Partial<Record<Language, () => Promise<Catalogue>>> = {};
for (const [path, load] of Object.entries(modules)) {
  const code = path.split('/')[1];
  if (isLanguage(code)) CATALOGUE_LOADERS[code] = async () => (await load()).catalogue;
}

/** Languages whose catalogue ships in this build (English always). */
export function shippedLanguages(): Language[] {
  return LANGUAGES.filter((l) => l === 'en' || CATALOGUE_LOADERS[l] !== undefined);
}
