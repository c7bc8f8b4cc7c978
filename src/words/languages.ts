// The languages Lotline speaks: each one's name in itself (what a worker
// looks for on the login screen), its writing direction, and the loader of its
// catalogue (src/words/<code>/index.ts, a separate chunk: a device downloads
// and precaches them all, but starts with English only).
import type { Catalogue } from './say';

export interface LanguageInfo {
  /** BCP 47 tag, also the Intl locale. */
  code: string;
  /** The language's name in itself: "Polski", "العربية". */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGE_INFO = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const satisfies readonly LanguageInfo[];

export type Language = (typeof LANGUAGE_INFO)[number]['code'];
export const LANGUAGES: readonly Language[] = LANGUAGE_INFO.map((l) => l.code);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

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
