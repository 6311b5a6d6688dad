import { defineConfig } from 'tsup';

/**
 * The command line alone: ESM for Node with a shebang, no type declarations, so that
 * `npm start` builds it in a second or two without building the library's declarations.
 */
export default defineConfig({
  entry: { cli: 'src/cli/bin.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  outDir: 'dist',
  clean: false,
  dts: false,
  sourcemap: false,
  splitting: false,
  external: ['vega', 'vega-lite'],
});
