// Saying a sentence of the catalogue in the user's language. Keys and their
// parameters are typed from the English catalogue: a wrong key, a missing or
// misspelt parameter is a TypeScript error.
//
// More languages (issue 17): a catalogue per language beside en.ts, written
// `export const fr = { ... } satisfies Catalogue` (so it must have every key,
// with the same parameters), listed in CATALOGUES; setLanguage() switches at
// run time (per user, after login). A screen re-reads its words on its next
// render; useLanguage((s) => s.language) subscribes one to the switch.
import { createElement, Fragment, type ReactNode } from 'react';
import { create } from 'zustand';
import { en } from './en';

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

const CATALOGUES = { en } satisfies Record<string, Catalogue>;

export type Language = keyof typeof CATALOGUES;
export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

export const useLanguage = create<LanguageState>((set) => ({
  language: 'en',
  setLanguage: (language) => set({ language }),
}));

export function catalogue(): Catalogue {
  return CATALOGUES[useLanguage.getState().language];
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
