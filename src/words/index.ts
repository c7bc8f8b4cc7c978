// The floor's words: one catalogue keyed by code (./en.ts), said through say().
export { say, sayRich, sayIfKnown, formats, useLanguage, setLanguage, type Catalogue, type WordKey, type SentenceKey, type PhraseKey, type RichKey } from './say';
export { describeCode, operationName, ago } from './describe';
export { describeServerError } from './server-error';
export { LANGUAGES, LANGUAGE_INFO, isLanguage, languageInfo, preferredLanguage, languageToSpeak, shippedLanguages, type Language } from './languages';
