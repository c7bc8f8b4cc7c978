import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The sync server (sync-server/src/main.ts) serves dist/ and the API under /api.
// `npm run dev` runs Vite on its own port and proxies /api to a server started
// separately on 127.0.0.1:8080 (override with LOTLINE_API_URL).
const apiTarget = process.env.LOTLINE_API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
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
