import { defineConfig } from 'tsup';

/**
 * The library: two formats, each with its own declaration files (`.d.ts` for ESM, `.d.cts`
 * for CJS), so neither resolver is handed the other's types (zod issue #5274). The command
 * line is built by tsup.cli.config.ts.
 */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'calc/index': 'src/calc/index.ts',
      'schema/index': 'src/schema/index.ts',
      'data/index': 'src/data/index.ts',
      'charts/index': 'src/charts/index.ts',
      // Not a public sub-path: an entry of its own keeps units.ts out of the chunk that holds
      // the zod schemas, so `import { cagr } from 'baotou-plan'` tree-shakes zod away.
      'units/index': 'src/units/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // Both configs build at once; this one empties dist/ first, so it spares the CLI.
    clean: ['!cli.js', '!cli.js.map'],
    sourcemap: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
]);
