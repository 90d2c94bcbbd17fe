import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './electron/main/content-security-policy';

/** Puts the CSP into the built index.html; the dev server needs inline styles for hot reload. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'vvt-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/*
 * Electron 45 embeds Node 24 and a Chromium newer than 152. electron-vite 6's target table
 * ends at Electron 44 (Chromium 152), so the targets are set explicitly: code built for
 * Chromium 152 runs in every later one, including the Debian Chromium the tests use.
 */
const NODE_TARGET = 'node24';
const CHROME_TARGET = 'chrome152';

export default defineConfig({
  main: {
    build: {
      target: NODE_TARGET,
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'backend/cli/index.ts'),
          // Document generation (pdfmake layout and rendering) in a worker thread: out/main/documentWorker.js.
          documentWorker: resolve(__dirname, 'backend/documents/worker/document-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      target: NODE_TARGET,
      outDir: 'out/preload',
      // A sandboxed preload cannot require() npm packages: bundle everything into one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src'),
    base: './',
    plugins: [vue(), contentSecurityPolicyMeta()],
    build: {
      target: CHROME_TARGET,
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/index.html') },
      },
    },
  },
});
