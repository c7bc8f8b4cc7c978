import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The sync server (sync-server/src/main.ts) serves dist/ and the API under /api.
// `npm run dev` runs Vite on its own port and proxies /api to a server started
// separately on 127.0.0.1:8080 (override with LOTLINE_API_URL).
const apiTarget = process.env.LOTLINE_API_URL ?? 'http://127.0.0.1:8080';

// Lotline's colours, shared by the manifest and the icons (scripts/make-icons.mjs).
const THEME_COLOR = '#0f766e';
const BACKGROUND_COLOR = '#0b1220';

export default defineConfig({
  plugins: [
    react(),
    // The installable, offline-capable PWA: a generated Workbox service worker
    // precaches the app shell, and a web manifest is written and linked from
    // index.html. The app registers the service worker itself
    // (src/app/pwa/register.ts) and decides when a new version takes over
    // (registerType 'prompt': the <UpdateBanner> asks, or waits for the end of
    // a task).
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      // The service worker only exists in builds: `npm run dev` stays plain.
      devOptions: { enabled: false },
      manifest: {
        name: 'Lotline — lot & serial tracking',
        short_name: 'Lotline',
        description: 'Offline-first lot and serial tracking for warehouse handheld scanners',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: BACKGROUND_COLOR,
        theme_color: THEME_COLOR,
        lang: 'en',
        categories: ['business', 'productivity', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // public/ (icons, favicon) lands in dist/ and globPatterns below precaches
      // it: listing the icons again would only duplicate precache entries.
      includeManifestIcons: false,
      workbox: {
        // The app shell: everything the app needs to start and work offline.
        // (Source maps are not precached.)
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webp,woff2,mp3,ogg,wav,wasm}'],
        // A later issue precaches a zxing WebAssembly barcode decoder (a few MB).
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Deep links (/restock, …) open offline from the precached index.html.
        // Never for the API: /api is always the network's (the app keeps its
        // own outbox and replica in IndexedDB and syncs them itself).
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // No runtimeCaching: nothing but the precache is served by the service
        // worker, so /api requests always go to the network.
        // 'prompt': a new service worker waits until the app sends SKIP_WAITING.
        skipWaiting: false,
        clientsClaim: false,
      },
    }),
  ],
  // The build's id (src/app/pwa/build-id.ts): which version a device runs. A
  // deploy sets LOTLINE_BUILD_ID (a release tag, a commit); e2e/app-update.spec.ts
  // builds a second version with its own id.
  define: { __LOTLINE_BUILD__: JSON.stringify(process.env.LOTLINE_BUILD_ID ?? 'local') },
  // ES module workers: the camera decoder worker loads zxing-wasm's glue and
  // fetches the @zxing/library fallback only when WebAssembly fails.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
    },
  },
});
