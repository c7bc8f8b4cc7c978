// First: zod must not try new Function under the CSP (see zod-jitless.ts).
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/pwa';
import { requestPersistentStorage } from './replica/storage';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

registerServiceWorker();
// The outbox is the only copy of unsynced work: ask the browser not to evict it.
void requestPersistentStorage();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
