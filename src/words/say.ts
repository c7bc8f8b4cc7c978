// Saying a sentence of the catalogue in the user's language. Keys and their
// parameters are typed from the English catalogue: a wrong key, a missing or
// misspelt parameter is a TypeScript error.
//
// Other languages: a folder per language (./pl/*.ts, one file per area of
// ./en/, each `satisfies AreaOf<'scan'>`, so a missing key or a parameter of
// the wrong name fails the build) and its ./pl/index.ts exporting `catalogue`.
// setLanguage() loads one and switches at run time; the app re-renders its
// whole tree on a switch (src/main.tsx).
import { createElement, Fragment, type ReactNode } from 'react';
import { create } from 'zustand';
import { en } from './en';
import { formatters } from './format';
import { CATALOGUE_LOADERS, languageInfo, type Language } from './languages';

export type Catalogue = typeof en;
export type WordKey = keyof Catalogue;

/** Keys of plain sentences: `say(key)`. */
export type SentenceKey = { [K in WordKey]: Catalogue[K] extends string ? K : never }[WordKey];
/** Keys of sentences with parameters: `say(key, params)`. */
export type PhraseKey = { [K in WordKey]: Catalogue[K] extends (params: never) => string ? K : never }[WordKey];
/** Keys of rich sentences, whose parameters may be elements: `sayRich(key, params)`. */
export type RichKey = { [K in WordKey]: Catalogue[K] extends (params: never) => readonly unknown[] ? K : never }[WordKey];

export type ParamsOf<K extends PhraseKey> = Catalogue[K] extends (params: infer P) => string ? P : never;
export type RichParamsOf<K extends RichKey> = Record<keyof Parameters<Catalogue[K]>[0], ReactNode>;

/** The catalogues loaded so far: English is built in, the others load on first use (./languages.ts). */
const loaded: Partial<Record<Language, Catalogue>> = { en };

interface LanguageState {
  language: Language;
  /** The warehouse's IANA time zone (a setting): times people read are told in it, not in the device's. */
  timeZone: string | undefined;
  setTimeZone: (timeZone: string | undefined) => void;
}

export const useLanguage = create<LanguageState>((set) => ({
  language: 'en',
  timeZone: undefined,
  setTimeZone: (timeZone) => set({ timeZone: validTimeZone(timeZone) }),
}));

function validTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined; // a zone this browser does not know: the device's own
  }
}

/**
 * Switches every sentence to `language`, loading its catalogue first (from the
 * precache when offline), and marks the page's language and direction, so
 * screen readers, hyphenation and the mirrored right-to-left layout follow.
 * An unknown language or one that fails to load leaves the current one.
 */
export async function setLanguage(language: Language): Promise<void> {
  if (!loaded[language]) {
    const load = CATALOGUE_LOADERS[language];
    if (!load) return;
    try {
      loaded[language] = await load();
    } catch (error) {
      console.warn(`Could not load the ${language} catalogue`, error);
      return;
    }
  }
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
    document.documentElement.dir = languageInfo(language).dir;
  }
  useLanguage.setState({ language });
}

export function catalogue(): Catalogue {
  return loaded[useLanguage.getState().language] ?? en;
}

export function say<K extends SentenceKey>(key: K): string;
export function say<K extends PhraseKey>(key: K, params: ParamsOf<K>): string;
export function say(key: SentenceKey | PhraseKey, params?: unknown): string {
  const entry = catalogue()[key] as string | ((params: unknown) => string);
  return typeof entry === 'function' ? entry(params) : entry;
}

/** A rich sentence as React children: the marked-up parameters (a <strong>, a link) stay elements. */
export function sayRich<K extends RichKey>(key: K, params: RichParamsOf<K>): ReactNode {
  const entry = catalogue()[key] as (params: unknown) => ReactNode[];
  return createElement(Fragment, null, ...entry(params));
}

/** A sentence whose key is only known at run time (a code from the server): null when the catalogue has none. */
export function sayIfKnown(key: string): string | null {
  const words = catalogue();
  // Own keys only: a code such as "constructor" from a strange server answer must not find Object.prototype's.
  if (!Object.hasOwn(words, key)) return null;
  const entry = (words as Record<string, unknown>)[key];
  return typeof entry === 'string' ? entry : null;
}

let current: { language: Language; timeZone: string | undefined; formats: ReturnType<typeof formatters> } | null = null;

/**
 * Numbers, plurals and times in the user's language, times told in the
 * warehouse's time zone: for a value a screen formats before saying it
 * (a recorded time in a table). Built once per language and zone.
 */
export function formats(): ReturnType<typeof formatters> {
  const { language, timeZone } = useLanguage.getState();
  if (current?.language !== language || current.timeZone !== timeZone) {
    current = { language, timeZone, formats: formatters(languageInfo(language).code, timeZone) };
  }
  return current.formats;
}
