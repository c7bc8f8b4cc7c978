/// <reference types="vite/client" />
// vite-plugin-pwa's virtual modules: 'virtual:pwa-register' (src/app/pwa) and its React hook.
/// <reference types="vite-plugin-pwa/vanillajs" />
/// <reference types="vite-plugin-pwa/react" />
