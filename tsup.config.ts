import { defineConfig } from 'tsup';

/**
 * The library's JavaScript, in two formats. Type declarations are written afterwards by
 * scripts/build-types.mjs in one TypeScript pass (`.d.ts` for ESM, `.d.cts` for CJS, so
 * neither resolver is handed the other's types: zod issue #5274). No source maps: the output
 * is unminified, readable ES2022 with the source's names, and maps would triple the tarball.
 * The command line is built by tsup.cli.config.ts.
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
    dts: false,
    // This build empties dist/ first (`npm run build` runs it before the CLI's); it spares
    // what tsup.cli.config.ts writes (dist/cli.js, and dist/cli/ for any chunks of its own),
    // so that `npm start` followed by `tsup` leaves a working command line.
    clean: ['!cli.js', '!cli/**'],
    sourcemap: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
]);
