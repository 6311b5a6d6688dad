/**
 * The plan explorer (`npm run site`): a static page built into site/dist/ that needs no
 * server code and no network. `baotou-plan` and its sub-paths resolve to the library's source
 * entries (src/index.ts, src/<sub>/index.ts), so the page is built on exactly the public API a
 * user of the package imports, without a prior `npm run build`. The charts (vega-embed with
 * vega and vega-lite), the schema entry (zod, papaparse) and the Chinese catalogue are chunks
 * of their own, each loaded when first used (docs/site.md).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const src = fileURLToPath(new URL('../src/', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative addresses: the page works from any folder of any static file server.
  base: './',
  logLevel: 'warn',
  resolve: {
    alias: [
      { find: /^baotou-plan$/, replacement: `${src}index.ts` },
      { find: /^baotou-plan\/(schema|charts|data|calc)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The chart chunk (vega, vega-lite, vega-embed) is large and loaded on demand only.
    chunkSizeWarningLimit: 2500,
    reportCompressedSize: false,
  },
});
