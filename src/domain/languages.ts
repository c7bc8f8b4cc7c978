// The languages Lotline speaks (issue 17), as the server stores them on a user
// and the app loads their catalogues: each one's BCP 47 tag (also its Intl
// locale), its name in itself (what a worker looks for on the login screen),
// and its writing direction.

export interface LanguageInfo {
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
export const LANGUAGES = LANGUAGE_INFO.map((l) => l.code) as [Language, ...Language[]];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
