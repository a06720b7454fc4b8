import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is built once and served unchanged by Electron (app://) and by the browser
// harness (http://127.0.0.1), so every asset URL is relative.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  publicDir: fileURLToPath(new URL('./resources/public', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or data: URLs: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Vietnamese UI text escaped as \u…: an all-ASCII script is kept by V8 as one byte a character, not two (about 1.3 MB of heap).
    rolldownOptions: { output: { charset: 'ascii' } },
  },
});
