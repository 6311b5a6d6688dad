/**
 * The browser example: bundled with esbuild for the browser platform, it must not pull in
 * any Node built-in (`fs`, `path`, `node:…`), and the bundle must render the scorecard.
 * `baotou-plan` and its sub-paths resolve to the source entries (`src/index.ts`,
 * `src/<sub>/index.ts`), so the check covers exactly the code a browser would get.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.tmp', `browser-${process.pid}`);
mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `baotou-plan` → src/index.ts, `baotou-plan/x` → src/x/index.ts. */
const packageSource: Plugin = {
  name: 'baotou-plan-source',
  setup(b) {
    b.onResolve({ filter: /^baotou-plan(\/[\w-]+)?$/ }, (args) => {
      const sub = args.path.slice('baotou-plan'.length);
      return { path: join(root, 'src', sub, 'index.ts') };
    });
  },
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Node built-ins a bundle uses: its inputs (polyfills or `node:` modules) and what it leaves external. */
function nodeBuiltinsIn(metafile: Metafile): string[] {
  const inputs = Object.keys(metafile.inputs).filter(
    (path) => path.startsWith('node:') || NODE_BUILTINS.has(path) || /(^|\/)node_modules\/(node-libs-browser|path-browserify|buffer|process|stream-browserify|util)\//.test(path),
  );
  const imports = Object.values(metafile.outputs).flatMap((output) => output.imports.map((i) => i.path)).filter((path) => NODE_BUILTINS.has(path) || path.startsWith('node:'));
  const external = Object.values(metafile.inputs)
    .flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path))
    .filter((path) => NODE_BUILTINS.has(path) || path.startsWith('node:'));
  return [...new Set([...inputs, ...imports, ...external])];
}

async function bundle(entry: { file: string } | { contents: string }, outfile: string) {
  return build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.contents, resolveDir: root, loader: 'js' } }),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    outfile,
    plugins: [packageSource],
    logLevel: 'silent',
  });
}

interface FakeElement {
  tag: string;
  textContent: string;
  className: string;
  children: FakeElement[];
  appendChild(child: FakeElement): FakeElement;
}

function element(tag: string): FakeElement {
  const e: FakeElement = {
    tag,
    textContent: '',
    className: '',
    children: [],
    appendChild(child) {
      e.children.push(child);
      return child;
    },
  };
  return e;
}

const all = (e: FakeElement): FakeElement[] => [e, ...e.children.flatMap(all)];

describe('examples/browser', () => {
  it('bundles for the browser without any Node built-in', async () => {
    const result = await bundle({ file: join(root, 'examples/browser/main.js') }, join(work, 'bundle.mjs'));
    expect(result.errors).toEqual([]);
    expect(nodeBuiltinsIn(result.metafile)).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.endsWith('src/index.ts'))).toBe(true);
    expect(inputs.some((path) => path.includes('node_modules/decimal.js'))).toBe(true);
  });

  it('the check catches a Node built-in', async () => {
    const result = await bundle({ contents: "import { readFileSync } from 'node:fs'; console.log(readFileSync);" }, join(work, 'bad.mjs')).catch(
      (error: { errors?: { text: string }[] }) => error,
    );
    // esbuild either refuses (browser platform) or leaves the import external: both are caught
    const refused = 'errors' in result && (result.errors ?? []).some((e) => /node:fs/.test(e.text));
    const flagged = 'metafile' in result && result.metafile !== undefined && nodeBuiltinsIn(result.metafile).length > 0;
    expect(refused || flagged).toBe(true);
  });

  it('the bundle renders the scorecard', async () => {
    const app = element('div');
    const fake = { createElement: element, getElementById: (id: string) => (id === 'app' ? app : null) };
    const global = globalThis as { document?: unknown };
    global.document = fake;
    try {
      await import(/* @vite-ignore */ join(work, 'bundle.mjs'));
    } finally {
      delete global.document;
    }
    const cells = all(app).filter((e) => e.tag === 'td').map((e) => e.textContent);
    expect(cells).toContain('≥ 240 billion yuan');
    expect(cells).toContain('199.28 billion yuan'); // 120 × 1.098² × 1.11 × 1.118 × 1.11 = 199.284576195744, Python decimal
    expect(cells).toContain('not met');
    expect(all(app).filter((e) => e.tag === 'tr').length).toBeGreaterThan(10);
    // without vega-embed, the chart's Vega-Lite JSON
    const pre = all(app).find((e) => e.tag === 'pre');
    expect(JSON.parse(pre?.textContent ?? '{}')).toMatchObject({ $schema: expect.stringMatching(/vega-lite/) });
  });
});
