// First: zod must not try new Function under the CSP (see zod-jitless.ts).
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { registerServiceWorker } from './app/pwa';
import { requestPersistentStorage } from './replica/storage';
import { useDevicePrefs } from './device/device-prefs';
import { preferredLanguage, setLanguage } from './words';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

registerServiceWorker();
// The outbox is the only copy of unsynced work: ask the browser not to evict it.
void requestPersistentStorage();

// The device's language (picked on the login screen), else the browser's, loaded before the first paint:
// no English flash before Polish. A logged-in user's own language follows from the session (App).
const startLanguage = useDevicePrefs.getState().language ?? preferredLanguage(navigator.languages) ?? 'en';
void setLanguage(startLanguage).finally(() => {
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
