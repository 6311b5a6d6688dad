import { defineConfig } from 'tsup';

/**
 * Two formats, each with its own declaration files (`.d.ts` for ESM, `.d.cts` for CJS), so
 * neither resolver is handed the other's types (zod issue #5274).
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'calc/index': 'src/calc/index.ts',
    'schema/index': 'src/schema/index.ts',
    'data/index': 'src/data/index.ts',
    // Not a public sub-path: an entry of its own keeps units.ts out of the chunk that holds
    // the zod schemas, so `import { cagr } from 'baotou-plan'` tree-shakes zod away.
    'units/index': 'src/units.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});
