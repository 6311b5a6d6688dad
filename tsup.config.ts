import { rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/**
 * The package's JavaScript: the library in two formats, and the command line on top of the
 * library's ESM build. Type declarations are written afterwards by scripts/build-types.mjs in
 * one TypeScript pass. No source maps: the output is unminified, readable ES2022 with the
 * source's names, and maps would triple the tarball.
 *
 * `tsup` builds all three; `tsup --env.start 1` (what `npm start` runs) leaves out the
 * CommonJS build, which the command line does not need.
 */

/** The library modules the command line may import, and the specifiers it loads them by (package.json `imports`). */
const LIBRARY_ENTRIES: Readonly<Record<string, string>> = {
  'src/internal/library.ts': '#library',
  'src/schema/index.ts': '#library/schema',
  'src/charts/index.ts': '#library/charts',
};

/** Modules outside src/cli/ that belong to the command line (the Chinese catalogues, the version). */
const COMMAND_LINE_MODULES = ['src/messages.zh.ts', 'src/text.zh.ts', 'package.json'];

/**
 * The esbuild plugin that keeps the library out of the command line's bundle: an import of
 * one of {@link LIBRARY_ENTRIES} becomes an import of the built library (`#library` →
 * `dist/internal/library.js`), and a command-line module that reaches any other library
 * module directly is a build error, so the package never holds a second copy of the
 * library's code (or of its classes and remembered messages).
 *
 * @param root - The repository's directory.
 * @returns The plugin.
 */
export function libraryExternals(root: string): Plugin {
  return {
    name: 'library-externals',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = relative(root, resolve(args.resolveDir, args.path)).replace(/\.js$/, '.ts');
        const specifier = LIBRARY_ENTRIES[target];
        if (specifier !== undefined) return { path: specifier, external: true };
        if (target.startsWith('src/') && !target.startsWith('src/cli/') && !COMMAND_LINE_MODULES.includes(target)) {
          const from = relative(root, args.importer);
          return { errors: [{ text: `${from} imports ${target}: the command line reaches the library through src/internal/library.ts, src/schema/index.ts or src/charts/index.ts only` }] };
        }
        return undefined;
      });
    },
  };
}

const root = import.meta.dirname;

const library: Options = {
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
  dts: false,
  clean: false,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
};

/**
 * The command line: ESM for Node with a shebang. `dist/cli.js` holds the frame (arguments,
 * help, errors) and each command is a chunk of its own under `dist/cli/`, loaded with
 * `import()` when it runs; the library comes from the library's own build (see
 * {@link libraryExternals}), so `baotou-plan scorecard` loads neither zod (files are parsed
 * only when one is given) nor the charts.
 */
const commandLine: Options = {
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
  esbuildPlugins: [libraryExternals(root)],
  esbuildOptions(options) {
    // Beside the library's chunks the two builds would mix: the CLI's go to dist/cli/.
    options.chunkNames = 'cli/[name]-[hash]';
  },
  external: ['vega', 'vega-lite'],
};

export default defineConfig((options) => {
  // Emptied here, before the builds start (they run at the same time): chunk names carry a
  // hash, so old ones would pile up.
  rmSync(resolve(root, 'dist'), { recursive: true, force: true });
  const start = options.env?.start !== undefined;
  return [
    // The ESM build also has the command line's view of the library (src/internal/library.ts).
    { ...library, format: ['esm'], entry: { ...(library.entry as Record<string, string>), 'internal/library': 'src/internal/library.ts' } },
    ...(start ? [] : [{ ...library, format: ['cjs'] } satisfies Options]),
    commandLine,
  ];
});
