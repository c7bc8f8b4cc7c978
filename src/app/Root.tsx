// The app under its language: the user's own (set by a supervisor, told at
// login and with each sync), else the device's. A switch renders the whole tree again, so every say() reads
// the new catalogue. The tree is not remounted: a task in progress keeps its
// state. Theme and glove mode are classes on <html>, so CSS alone follows them.
import { useEffect } from 'react';
import { useDevicePrefs } from '../device/device-prefs';
import { useSessionStore } from '../device/session-store';
import { languageToSpeak, setLanguage, useLanguage } from '../words';
import { App } from './App';

export function Root() {
  // Subscribed here, read nowhere: a change re-renders Root and so everything under it.
  useLanguage((s) => s.language);
  useLanguage((s) => s.timeZone);
  const { glove, theme, language: deviceLanguage } = useDevicePrefs();
  const userLanguage = useSessionStore((s) => s.session?.user.language);
  useEffect(() => {
    void setLanguage(languageToSpeak(userLanguage, deviceLanguage, navigator.languages));
  }, [userLanguage, deviceLanguage]);
  useEffect(() => {
    const html = document.documentElement;
    html.dataset.theme = theme;
    html.classList.toggle('glove', glove);
  }, [glove, theme]);
  return <App />;
}
