/**
 * The real executable, spawned: `dist/cli.js` as tsup builds it (`npm test` builds before
 * the tests run). Where nothing is built yet (a lone `vitest run`), the same entry is bundled
 * with esbuild as tsup.config.ts does (the same banner, split into chunks that each command
 * loads with `import()`), with the library bundled in instead of loaded from `#library`, so
 * the test never skips.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; bin?: Record<string, string> | string };
let bin = join(dist, 'cli.js');
let work: string | undefined;

beforeAll(async () => {
  if (existsSync(join(dist, 'index.js')) && !existsSync(bin)) {
    throw new Error('dist/ is built but has no cli.js: tsup.config.ts needs the command line (src/cli/bin.ts → dist/cli.js)');
  }
  if (!existsSync(bin)) {
    mkdirSync(join(root, '.tmp'), { recursive: true });
    // inside the repo, so that the bundle finds its dependencies in node_modules
    work = mkdtempSync(join(root, '.tmp', 'bin-'));
    bin = join(work, 'cli.js');
    await build({
      entryPoints: { cli: join(root, 'src/cli/bin.ts') },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      banner: { js: '#!/usr/bin/env node' },
      outdir: work,
      chunkNames: 'cli/[name]-[hash]',
      logLevel: 'warning',
    });
  }
}, 60_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

const node = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('the baotou-plan executable', () => {
  it('starts with the node shebang, and package.json names it as bin', () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    if (pkg.bin !== undefined) {
      const target = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['baotou-plan'];
      expect(target?.replace(/^\.\//, '')).toBe('dist/cli.js');
    }
  }, 60_000);

  it('exits 0 with the version, 2 on a usage error, 1 on a bad file', () => {
    const version = node(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${pkg.version}\n`);
    const usage = node(['frobnicate']);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toContain("error: unknown command 'frobnicate'");
    const missing = node(['validate', join(root, 'no-such-file.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`error: ${join(root, 'no-such-file.json')}: no such file\n`);
  }, 60_000);

  it('runs each command from its own chunk: help, a chart, a schema', () => {
    expect(node(['--help']).stdout).toMatch(/^ {2}chart +a Vega-Lite chart/m);
    expect(JSON.parse(node(['chart', 'layout']).stdout)).toMatchObject({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json' });
    expect(JSON.parse(node(['schema', 'decimal']).stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
  }, 60_000);

  it('prints the default scorecard as JSON that parses, one row per target', () => {
    const r = node(['--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { targetId: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(new Set(rows.map((row) => row.targetId)).size).toBe(rows.length);
  }, 60_000);
});
