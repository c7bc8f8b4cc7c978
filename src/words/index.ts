// The floor's words: one catalogue keyed by code (./en.ts), said through say().
export { say, sayRich, useLanguage, LANGUAGES, type Catalogue, type Language, type WordKey, type SentenceKey, type PhraseKey, type RichKey } from './say';
export { describeCode, operationName, ago } from './describe';
