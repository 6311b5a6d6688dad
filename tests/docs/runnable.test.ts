/**
 * Docs that cannot rot: every code block in README.md and docs/*.md whose info string says
 * `runnable` (```` ```ts runnable ```` or ```` ```js runnable ````) is extracted, its imports
 * of `baotou-plan` (and `baotou-plan/calc`, `baotou-plan/schema` …) are pointed at the
 * source, and it is run; it must not throw. Where a block states its output with `//=>`
 * comments (one per line of output, in order), what it prints with `console.log` must be
 * exactly that. TypeScript blocks are also type-checked, with the project's strict options.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { format } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.tmp', `docs-runnable-${process.pid}`);

interface Block {
  readonly file: string;
  readonly line: number;
  readonly lang: 'ts' | 'js';
  readonly code: string;
  /** Expected output lines (`//=>`), or undefined when the block states none. */
  readonly expected: readonly string[] | undefined;
}

const FENCE = /^(`{3,}|~{3,})\s*(ts|typescript|js|javascript)\b([^\n]*)$/;

/** Every runnable block of a Markdown file. */
function extractBlocks(file: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (open === null) continue;
    const fence = open[1] as string;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').startsWith(fence)) body.push(lines[j++] ?? '');
    if (/\brunnable\b/.test(open[3] ?? '')) {
      const code = body.join('\n');
      const expected = [...code.matchAll(/\/\/=>(?: (.*))?$/gm)].map((m) => m[1] ?? '');
      blocks.push({
        file,
        line: i + 1,
        lang: /^t/.test(open[2] ?? '') ? 'ts' : 'js',
        code,
        expected: expected.length === 0 ? undefined : expected,
      });
    }
    i = j;
  }
  return blocks;
}

/** The package's entry points, as the source files that build them. */
function rewriteImports(code: string, fromDir: string): string {
  return code.replace(/(from\s+|import\s*\(\s*|import\s+)(['"])baotou-plan(\/[\w/-]+)?\2/g, (_m, head: string, quote: string, sub?: string) => {
    const target = sub === undefined ? join(root, 'src/index.ts') : join(root, 'src', sub, 'index.ts');
    if (!existsSync(target)) throw new Error(`no source entry for 'baotou-plan${sub ?? ''}' (looked for ${relative(root, target)})`);
    const rel = relative(fromDir, target).replace(/\\/g, '/').replace(/\.ts$/, '.js');
    return `${head}${quote}${rel.startsWith('.') ? rel : `./${rel}`}${quote}`;
  });
}

const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].filter((f) =>
  existsSync(join(root, f)),
);
const blocks = docs.flatMap((file) => extractBlocks(file, readFileSync(join(root, file), 'utf8')));
const fileOf = (block: Block, index: number): string =>
  join(work, `${block.file.replace(/[/.]/g, '_')}_${String(index).padStart(3, '0')}_line${block.line}.${block.lang === 'ts' ? 'ts' : 'mjs'}`);

mkdirSync(work, { recursive: true });
const files = blocks.map((block, index) => {
  const path = fileOf(block, index);
  writeFileSync(path, `${rewriteImports(block.code, work)}\nexport {};\n`);
  return path;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the extractor', () => {
  it('finds runnable blocks with their expected output, and skips the others', () => {
    const sample = [
      '```ts',
      'not runnable',
      '```',
      '```ts runnable',
      "import { cagr } from 'baotou-plan';",
      "console.log(cagr('100', '121', 2).toString()); //=> 0.1",
      '```',
      '````js runnable',
      '```',
      'console.log(1);',
      '//=> 1',
      '````',
    ].join('\n');
    const found = extractBlocks('x.md', sample);
    expect(found.map((b) => [b.line, b.lang, b.expected])).toEqual([
      [4, 'ts', ['0.1']],
      [8, 'js', ['1']],
    ]);
    expect(rewriteImports("import { cagr } from 'baotou-plan/calc';", join(root, '.tmp', 'x'))).toBe(
      "import { cagr } from '../../src/calc/index.js';",
    );
  });

  it('finds runnable blocks in the guides', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    expect(new Set(blocks.map((b) => b.file)).size).toBeGreaterThanOrEqual(4);
  });
});

describe.each(blocks.map((block, index) => [`${block.file}:${block.line}`, block, index] as const))(
  'runnable block %s',
  (_name, block, index) => {
    it('runs without throwing and prints what it says', async () => {
      const out: string[] = [];
      const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        out.push(...format(...args).split('\n'));
      });
      try {
        await import(/* @vite-ignore */ files[index] as string);
      } finally {
        spy.mockRestore();
      }
      if (block.expected !== undefined) expect(out).toEqual(block.expected);
    });
  },
);

describe('TypeScript blocks', () => {
  it('type-check with the strict options of the project', () => {
    const ts = files.filter((f) => f.endsWith('.ts'));
    expect(ts.length).toBeGreaterThan(0);
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noEmit: true }, include: ['./*.ts'] }),
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(work, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    // Only the docs' own errors count here; the source is type-checked by `npm run typecheck`.
    const mine = output.split('\n').filter((line) => line.includes(`docs-runnable-${process.pid}`));
    expect(mine).toEqual([]);
  }, 180_000);
});
