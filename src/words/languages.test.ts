import { describe, expect, test } from 'vitest';
import { languageToSpeak, preferredLanguage } from './languages';

describe('which language a device speaks', () => {
  test("the user's own language wins over the device's pick and the browser's", () => {
    expect(languageToSpeak('pl', 'de', ['es-ES'])).toBe('pl');
    expect(languageToSpeak(null, 'de', ['es-ES'])).toBe('de');
    expect(languageToSpeak(undefined, null, ['es-ES'])).toBe('es');
    expect(languageToSpeak(null, null, ['ja-JP', 'fr'])).toBe('en');
  });

  test('a browser language matches by its tag, then by its base language', () => {
    expect(preferredLanguage(['pt-BR'])).toBe('pt-BR');
    expect(preferredLanguage(['pt-PT'])).toBe('pt-BR');
    expect(preferredLanguage(['pl-PL', 'en-US'])).toBe('pl');
    expect(preferredLanguage(['AR-eg'])).toBe('ar');
    expect(preferredLanguage(['ja', 'uk-UA'])).toBe('uk');
    expect(preferredLanguage([])).toBeNull();
  });
});
