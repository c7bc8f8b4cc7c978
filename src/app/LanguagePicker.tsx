// The language this device speaks, chosen by its name in itself ("Polski",
// "العربية"): so a worker who reads no English can find theirs. Remembered
// on the device; a logged-in user's own language overrides it (App).
import { useDevicePrefs } from '../device/device-prefs';
import { isLanguage, languageInfo, say, setLanguage, shippedLanguages, useLanguage } from '../words';

export function LanguagePicker({ hint = false }: { hint?: boolean }) {
  const current = useLanguage((s) => s.language);
  const setPrefs = useDevicePrefs((s) => s.setPrefs);
  const choose = (code: string) => {
    if (!isLanguage(code)) return;
    setPrefs({ language: code });
    void setLanguage(code);
  };
  return (
    <label className="field language-picker">
      <span>{say('language.label')}</span>
      <select value={current} onChange={(e) => choose(e.target.value)}>
        {shippedLanguages().map((code) => {
          const { name, dir } = languageInfo(code);
          return <option key={code} value={code} lang={code} dir={dir}>{name}</option>;
        })}
      </select>
      {hint && <small>{say('language.device-hint')}</small>}
    </label>
  );
}
