/**
 * A command loads only the command-line code it uses, and the library from the library's own
 * build: the command line bundled as tsup.config.ts bundles it (split into chunks, with the
 * `libraryExternals` plugin), and what each start-up path loads statically, read from
 * esbuild's metafile.
 */
import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { libraryExternals } from '../../tsup.config.js';

const root = resolve(import.meta.dirname, '../..');
let meta: Metafile;

/** The command line bundled as tsup.config.ts bundles it, with `plugins` (by default the library kept out). */
async function bundle(entry: string, plugins = [libraryExternals(root)]): Promise<Metafile> {
  const result = await build({
    entryPoints: { cli: resolve(root, entry) },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: resolve(root, '.tmp/chunks-test'),
    chunkNames: 'cli/[name]-[hash]',
    external: ['vega', 'vega-lite'],
    packages: 'external',
    plugins,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return result.metafile;
}

beforeAll(async () => {
  meta = await bundle('src/cli/bin.ts');
}, 60_000);

/** The source modules and packages an output file loads before it runs: its static imports, followed. */
function loaded(output: string): { sources: Set<string>; packages: Set<string> } {
  const sources = new Set<string>();
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const out = meta.outputs[file];
    if (out === undefined) throw new Error(`no output ${file}`);
    for (const input of Object.keys(out.inputs)) sources.add(input);
    for (const i of out.imports) {
      if (i.kind !== 'import-statement') continue;
      // Node's built-ins (node:util …) are not counted: they are part of Node.
      if (i.external) {
        if (!i.path.startsWith('node:')) packages.add(i.path);
      }
      else visit(i.path);
    }
  };
  visit(output);
  return { sources, packages };
}

const outputOf = (source: string): string => {
  const found = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === source);
  if (found === undefined) throw new Error(`no chunk for ${source}`);
  return found[0];
};

describe('the chunks of the command line', () => {
  it('hold no module of the library: only src/cli/, the Chinese catalogues and package.json', () => {
    const inputs = new Set(Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs)));
    const library = [...inputs].filter((s) => !s.startsWith('src/cli/') && !['src/messages.zh.ts', 'src/text.zh.ts', 'package.json'].includes(s));
    expect(library).toEqual([]);
    // …and the library comes from the built package, by the specifiers of package.json `imports`.
    const externals = new Set(Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
    expect([...externals].filter((p) => p.startsWith('#')).sort()).toEqual(['#library', '#library/charts', '#library/schema']);
  });

  it('start-up (help, version, errors) loads no command, no zod and no charts', () => {
    const { sources, packages } = loaded(outputOf('src/cli/bin.ts'));
    expect(sources).toContain('src/cli/main.ts');
    expect([...sources].filter((s) => s.startsWith('src/cli/commands/'))).toEqual([]);
    expect([...packages].sort()).toEqual(['#library']);
  });

  it('each command is a chunk of its own', () => {
    for (const name of ['scorecard', 'plan', 'targets', 'project', 'assess', 'validate', 'export', 'schema', 'chart']) {
      expect(outputOf(`src/cli/commands/${name}.ts`)).toMatch(new RegExp(`/cli/${name}-\\w+\\.js$`));
    }
  });

  it('the scorecard loads neither the schemas (zod) nor the charts', () => {
    const { packages } = loaded(outputOf('src/cli/commands/scorecard.ts'));
    expect([...packages].sort()).toEqual(['#library']);
  });

  it('the schemas come with the commands that read, describe or snapshot files, the charts with chart only', () => {
    expect(loaded(outputOf('src/cli/files.ts')).packages).toContain('#library/schema');
    // `schema` writes the JSON Schemas; `export --format json` writes a snapshot (toSnapshot)
    for (const name of ['schema', 'export']) expect(loaded(outputOf(`src/cli/commands/${name}.ts`)).packages, name).toContain('#library/schema');
    expect(loaded(outputOf('src/cli/commands/chart.ts')).packages).toContain('#library/charts');
    for (const name of ['scorecard', 'plan', 'targets', 'project', 'assess']) {
      expect([...loaded(outputOf(`src/cli/commands/${name}.ts`)).packages].sort(), name).toEqual(['#library']);
    }
  });

  it('the Chinese messages are a chunk loaded for --lang zh-CN only', () => {
    expect(loaded(outputOf('src/cli/bin.ts')).sources).not.toContain('src/messages.zh.ts');
    expect(loaded(outputOf('src/messages.zh.ts')).sources).toContain('src/messages.zh.ts');
  });
});

describe('the plugin that keeps the library out', () => {
  it('refuses a command-line module that imports a library module directly, naming both', async () => {
    const entry = resolve(root, '.tmp/chunks-test/direct.ts');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(resolve(root, '.tmp/chunks-test'), { recursive: true });
    // A module that stands where command-line modules stand (the plugin judges by the path
    // imported, from any importer), importing src/decimal.ts itself.
    writeFileSync(entry, `import { dec } from '../../src/decimal.js';\nconsole.log(dec('1'));\n`);
    await expect(bundle(entry)).rejects.toThrow(/\.tmp\/chunks-test\/direct\.ts imports src\/decimal\.ts: the command line reaches the library through src\/internal\/library\.ts/);
  }, 60_000);

  it('maps the library entries to the package imports, and nothing else', async () => {
    const entry = resolve(root, '.tmp/chunks-test/entries.ts');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(resolve(root, '.tmp/chunks-test'), { recursive: true });
    writeFileSync(
      entry,
      [
        "import { cagr } from '../../src/internal/library.js';",
        "import { parsePlan } from '../../src/schema/index.js';",
        "import { renderSvg } from '../../src/charts/index.js';",
        'console.log(cagr, parsePlan, renderSvg);',
      ].join('\n'),
    );
    const built = await bundle(entry);
    const output = Object.values(built.outputs).find((o) => o.entryPoint !== undefined);
    expect(output?.imports.map((i) => [i.path, i.external])).toEqual([
      ['#library', true],
      ['#library/schema', true],
      ['#library/charts', true],
    ]);
    expect(Object.keys(output?.inputs ?? {})).toEqual(['.tmp/chunks-test/entries.ts']);
  }, 60_000);
});
