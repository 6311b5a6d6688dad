import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

/**
 * The command line alone: ESM for Node with a shebang, no type declarations, so that
 * `npm start` builds it in a second or two without building the library's declarations.
 *
 * Split into chunks: `dist/cli.js` holds the frame (arguments, help, errors) and each command
 * is a chunk of its own under `dist/cli/`, loaded with `import()` when it runs, with the code
 * it shares with other commands in shared chunks there. So `baotou-plan scorecard` loads
 * neither zod (files are parsed only when one is given) nor the charts.
 */
export default defineConfig(() => {
  // The CLI's own outputs only (tsup's `clean` would empty all of dist/, the library too):
  // chunk names carry a hash, so old ones would pile up.
  rmSync('dist/cli', { recursive: true, force: true });
  return {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    outDir: 'dist',
    clean: false,
    dts: false,
    sourcemap: false,
    splitting: true,
    esbuildOptions(options) {
      // Beside the library's chunks the two builds would mix: the CLI's go to dist/cli/.
      options.chunkNames = 'cli/[name]-[hash]';
    },
    external: ['vega', 'vega-lite'],
  };
});
