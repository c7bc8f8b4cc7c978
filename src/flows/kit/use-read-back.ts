// Spoken read-back, the browser half: while the device preference is on, the
// step's location, lot and quantity (read-back.ts) are spoken in the user's
// language, once each time they change, not on every render. A new sentence
// cuts off the one still being spoken: it is about a step already left.
import { useEffect } from 'react';
import { useDevicePrefs } from '../../device/device-prefs';
import { useLanguage } from '../../words';
import { readBackText, type ReadBack } from './read-back';

function canSpeak(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

export function useReadBack(what: ReadBack | null): void {
  const speak = useDevicePrefs((prefs) => prefs.speak);
  const language = useLanguage((s) => s.language);
  const text = speak && what ? readBackText(what) : '';
  useEffect(() => {
    if (text === '' || !canSpeak()) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = language;
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
    return () => speechSynthesis.cancel();
  }, [text, language]);
}
