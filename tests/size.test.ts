/**
 * Bundle size: importing `cagr` from `baotou-plan` or `baotou-plan/calc` must not pull zod
 * (or papaparse) into a bundle; `baotou-plan/schema` must stay free of Node built-ins. Bundles
 * the BUILT package (`dist/`, made by `tsup` before the tests) with esbuild, `--bundle
 * --minify`, and prints the minified + gzipped sizes of `.`, `./calc` and `./schema`.
 */
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../dist');
const built = existsSync(resolve(dist, 'index.js')) && existsSync(resolve(dist, 'schema/index.js'));

interface Bundle {
  bytes: number;
  gzipped: number;
  inputs: string[];
  code: string;
}

async function bundle(entry: string, platform: 'browser' | 'neutral' = 'browser'): Promise<Bundle> {
  const result = await build({
    stdin: { contents: entry, resolveDir: dist, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    mainFields: ['browser', 'module', 'main'],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    bytes: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    // The modules whose code is in the output (the metafile's `inputs` also lists modules
    // that were parsed and then tree-shaken away entirely).
    inputs: Object.values((result.metafile as Metafile).outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    ),
    code: new TextDecoder().decode(code),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const zodInputs = (inputs: string[]) => inputs.filter((path) => /(^|\/)node_modules\/zod\//.test(path));
/**
 * Whether zod's code is in a bundle: as a module in the metafile, or inlined into `dist/`
 * (tsup inlines what package.json does not list as a dependency or peer dependency).
 * Property names survive minification; every zod schema has `_zod`.
 */
const hasZod = (b: Bundle) => zodInputs(b.inputs).length > 0 || b.code.includes('_zod');
const hasPapaparse = (b: Bundle) => b.inputs.some((path) => path.includes('node_modules/papaparse')) || b.code.includes('NODE_STREAM_INPUT');

describe.skipIf(!built)('bundle size (dist/, esbuild --bundle --minify)', () => {
  it('cagr from baotou-plan and from baotou-plan/calc pulls in no zod and no papaparse', async () => {
    const root = await bundle(`import { cagr } from './index.js'; console.log(cagr);`);
    const calc = await bundle(`import { cagr } from './calc/index.js'; console.log(cagr);`);
    for (const b of [root, calc]) {
      expect(b.inputs.some((path) => path.includes('cagr') || path.includes('dist/'))).toBe(true);
      expect(b.code).toContain('cagr');
      expect(zodInputs(b.inputs)).toEqual([]);
      expect(hasZod(b)).toBe(false);
      expect(hasPapaparse(b)).toBe(false);
    }
  });

  it('cagr from the root entry tree-shakes to what it needs: no dataset, no scenarios, no exports', async () => {
    const root = await bundle(`export { cagr } from './index.js';`);
    const calc = await bundle(`export { cagr } from './calc/index.js';`);
    // Words of the embedded dataset, of the built-in scenarios and of the Data Package export.
    for (const word of ['Baotou government work report', 'an annual average increase above 8 percent', 'plan-path', 'reported-trend', 'Indicator id']) {
      expect(root.code).not.toContain(word);
    }
    // Within 2 % of the calc entry (the same modules; chunk boundaries differ).
    expect(root.gzipped).toBeLessThan(calc.gzipped * 1.02);
  });

  it('reports the minified + gzipped sizes of ., ./calc and ./schema', async () => {
    const sizes = {
      '.': await bundle(`export * from './index.js';`),
      './calc': await bundle(`export * from './calc/index.js';`),
      './schema': await bundle(`export * from './schema/index.js';`),
      'cagr from .': await bundle(`export { cagr } from './index.js';`),
    };
    console.log(
      ['bundle sizes (esbuild --bundle --minify, then gzip -9):']
        .concat(Object.entries(sizes).map(([name, b]) => `  ${name.padEnd(12)} ${kb(b.bytes).padStart(9)} min  ${kb(b.gzipped).padStart(8)} min+gz`))
        .join('\n'),
    );
    // The schema entry carries zod (a peer dependency, bundled by the app) and papaparse.
    expect(hasZod(sizes['./schema'])).toBe(true);
    expect(hasPapaparse(sizes['./schema'])).toBe(true);
    expect(sizes['./calc'].gzipped).toBeLessThan(sizes['./schema'].gzipped);
  });

  it('the schema entry needs no Node built-in (a browser bundle resolves)', async () => {
    const schema = await bundle(`export * from './schema/index.js';`, 'browser');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(schema.inputs.filter((path) => builtins.has(path) || path.startsWith('node:'))).toEqual([]);
  });
});
