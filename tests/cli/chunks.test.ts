/**
 * A command loads only what it uses: the command line bundled as tsup.cli.config.ts bundles
 * it (split into chunks), and the modules each start-up path loads statically, read from
 * esbuild's metafile.
 */
import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let meta: Metafile;

beforeAll(async () => {
  const result = await build({
    entryPoints: { cli: resolve(root, 'src/cli/bin.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: resolve(root, '.tmp/chunks-test'),
    chunkNames: 'cli/[name]-[hash]',
    external: ['vega', 'vega-lite'],
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  meta = result.metafile;
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
      if (i.external) packages.add(i.path);
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
  it('start-up (help, version, errors) loads no command and no zod', () => {
    const { sources, packages } = loaded(outputOf('src/cli/bin.ts'));
    expect(sources).toContain('src/cli/main.ts');
    expect([...sources].filter((s) => s.startsWith('src/cli/commands/') || s.startsWith('src/schema/'))).toEqual([]);
    expect([...packages].filter((p) => p.startsWith('zod'))).toEqual([]);
  });

  it('each command is a chunk of its own', () => {
    for (const name of ['scorecard', 'plan', 'targets', 'project', 'assess', 'validate', 'export', 'schema', 'chart']) {
      expect(outputOf(`src/cli/commands/${name}.ts`)).toMatch(new RegExp(`/cli/${name}-\\w+\\.js$`));
    }
  });

  it('the scorecard on the embedded plan and scenario loads neither zod nor the charts', () => {
    const { sources, packages } = loaded(outputOf('src/cli/commands/scorecard.ts'));
    expect(sources).toContain('src/data/baotou13/index.ts');
    expect([...sources].filter((s) => /^src\/(schema|charts)\//.test(s))).toEqual([]);
    expect([...packages].filter((p) => p.startsWith('zod') || p === 'papaparse')).toEqual([]);
  });

  it('the national plan is a chunk of its own, loaded by --plan china13, without zod', () => {
    const { sources, packages } = loaded(outputOf('src/data/china13/index.ts'));
    expect(sources).toContain('src/data/china13/index.ts');
    expect([...sources].filter((s) => /^src\/(schema|charts)\//.test(s))).toEqual([]);
    expect([...packages].filter((p) => p.startsWith('zod') || p === 'papaparse')).toEqual([]);
    // the default scorecard does not load it
    expect(loaded(outputOf('src/cli/commands/scorecard.ts')).sources).not.toContain('src/data/china13/index.ts');
  });

  it('the Chinese messages are a chunk loaded for --lang zh-CN only', () => {
    expect(loaded(outputOf('src/cli/bin.ts')).sources).not.toContain('src/messages.zh.ts');
    expect(loaded(outputOf('src/messages.zh.ts')).sources).toContain('src/messages.zh.ts');
  });

  it('the scorecard on the reported figures loads no projection machinery: scenarios are a chunk loaded by the commands that project', () => {
    const { sources } = loaded(outputOf('src/cli/commands/scorecard.ts'));
    for (const module of ['src/scenario/project.ts', 'src/scenario/builtins.ts', 'src/scenario/planPath.ts', 'src/scenario/reportedTrend.ts']) {
      expect(sources).not.toContain(module);
    }
    expect(loaded(outputOf('src/cli/projection.ts')).sources).toContain('src/scenario/project.ts');
  });

  it('the file readers, with zod, are a chunk loaded only when a file is given', () => {
    const { packages } = loaded(outputOf('src/cli/files.ts'));
    expect([...packages].some((p) => p.startsWith('zod'))).toBe(true);
  });
});
