/**
 * The built package (`dist/`, made by `npm run build` before the tests):
 *
 * - what Node loads: `import 'baotou-plan'` (and `require`) must not load zod or papaparse,
 *   following the static imports of `dist/index.js` through its chunks;
 * - bundle size: importing `cagr` from `baotou-plan` or `baotou-plan/calc` must not pull zod
 *   (or papaparse) into a bundle; `baotou-plan/schema` must stay free of Node built-ins.
 *   Bundles with esbuild, `--bundle --minify`, and prints the minified + gzipped sizes of
 *   `.`, `./calc` and `./schema`;
 * - the declarations: every entry has its `.d.ts` (re-exporting its `.d.cts`) and `.d.cts`, a
 *   `.d.cts` refers only to `.cjs` siblings (so a CommonJS consumer never gets an ESM
 *   declaration), and what is `@internal` is left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../dist');
const ENTRIES = ['index', 'calc/index', 'schema/index', 'data/index', 'charts/index'];

beforeAll(() => {
  const missing = ENTRIES.flatMap((e) => ['.js', '.cjs', '.d.ts', '.d.cts'].map((ext) => `${e}${ext}`)).filter((f) => !existsSync(join(dist, f)));
  if (missing.length > 0) throw new Error(`these tests read the built package: run \`npm run build\` first (\`npm test\` does); missing dist/${missing.join(', dist/')}`);
});

/** The specifiers of a built file's static imports and requires (dynamic `import()` is lazy: not followed). */
function staticImports(code: string): string[] {
  const esm = [...code.matchAll(/^(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm)];
  const cjs = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)];
  return [...esm, ...cjs].map((m) => (m[1] ?? m[2]) as string);
}

/** The packages Node loads for a built file: its static imports, followed through dist/. */
function packagesLoaded(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
    if (specifier.startsWith('.')) for (const p of packagesLoaded(resolve(dirname(file), specifier), seen)) packages.add(p);
    else packages.add(specifier);
  }
  return packages;
}

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

describe('what Node loads (static imports of dist/, through the chunks)', () => {
  it("import 'baotou-plan' and require('baotou-plan') load decimal.js, and neither zod nor papaparse", () => {
    for (const file of ['index.js', 'index.cjs', 'calc/index.js', 'calc/index.cjs']) {
      expect([...packagesLoaded(join(dist, file))].sort(), file).toEqual(['decimal.js']);
    }
  });

  it("the walk sees zod where it is: 'baotou-plan/schema' loads zod/mini and papaparse", () => {
    for (const file of ['schema/index.js', 'schema/index.cjs']) {
      expect([...packagesLoaded(join(dist, file))].sort(), file).toEqual(['decimal.js', 'papaparse', 'zod/mini']);
    }
  });

  it('finds imports in every form esbuild writes', () => {
    const code = ['import { a,', '  b } from "./chunk-A.js";', "import 'side';", 'export { c } from "./c.js";', 'var d = __toESM(require("decimal.js"));', 'const e = import("lazy");'].join('\n');
    expect(staticImports(code)).toEqual(['./chunk-A.js', 'side', './c.js', 'decimal.js']);
  });
});

describe('declarations (dist/**/*.d.cts, and a .d.ts per entry)', () => {
  const files = readdirSync(dist, { recursive: true }) as string[];

  it("each entry's .d.ts re-exports its .d.cts: one copy of the types, an ESM declaration for the ESM build", () => {
    expect(files.filter((f) => f.endsWith('.d.ts')).sort()).toEqual(ENTRIES.map((e) => `${e}.d.ts`).sort());
    for (const entry of ENTRIES) expect(readFileSync(join(dist, `${entry}.d.ts`), 'utf8'), entry).toBe("export * from './index.cjs';\n");
  });

  it('a .d.cts refers only to .cjs siblings (a CommonJS consumer never gets an ESM declaration)', () => {
    const declarations = files.filter((f) => f.endsWith('.d.cts'));
    expect(declarations.length).toBeGreaterThan(ENTRIES.length);
    for (const file of declarations) {
      const relative = [...readFileSync(join(dist, file), 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
      expect(relative.filter((s) => !s?.endsWith('.cjs')), file).toEqual([]);
    }
  });

  it('leaves out what is marked @internal: the message catalogue, the error templates, the unit readers', () => {
    expect(existsSync(join(dist, 'messages.d.cts'))).toBe(false);
    expect(readFileSync(join(dist, 'errors.d.cts'), 'utf8')).not.toMatch(/errorTemplates|argumentError/);
    expect(readFileSync(join(dist, 'units/index.d.cts'), 'utf8')).not.toMatch(/valueIn|readUnit/);
    // …and keeps the public ones
    expect(readFileSync(join(dist, 'errors.d.cts'), 'utf8')).toMatch(/declare class PlanError/);
  });
});

describe('bundle size (dist/, esbuild --bundle --minify)', () => {
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
