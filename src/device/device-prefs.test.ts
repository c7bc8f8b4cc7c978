import { describe, expect, test } from 'vitest';
import { DEFAULT_PREFS, readPrefs } from './device-prefs';

describe('device preferences survive what is stored', () => {
  test('a stored language, glove mode, theme and read-back come back as stored', () => {
    expect(readPrefs(JSON.stringify({ language: 'pl', glove: true, theme: 'contrast', speak: true })))
      .toEqual({ language: 'pl', glove: true, theme: 'contrast', speak: true });
  });

  test('nothing stored, broken JSON or unknown values give the defaults, field by field', () => {
    expect(readPrefs(null)).toEqual(DEFAULT_PREFS);
    expect(readPrefs('{not json')).toEqual(DEFAULT_PREFS);
    expect(readPrefs(JSON.stringify({ language: 'xx', glove: 'yes', theme: 'neon', speak: 1 }))).toEqual(DEFAULT_PREFS);
    expect(readPrefs(JSON.stringify({ language: 'ar', theme: 'dark' }))).toEqual({ ...DEFAULT_PREFS, language: 'ar', theme: 'dark' });
  });
});
