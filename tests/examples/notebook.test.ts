/**
 * The Jupyter notebook for the Deno kernel (examples/notebook/baotou.ipynb): valid nbformat 4
 * JSON (checked by hand against the nbformat 4.5 schema's rules), and code cells that —
 * concatenated as the kernel runs them, with `npm:baotou-plan` pointed at the source —
 * type-check under the project's strict options and run, with a minimal `Deno.jupyter`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.tmp', `notebook-${process.pid}`);
const notebook = JSON.parse(readFileSync(join(root, 'examples/notebook/baotou.ipynb'), 'utf8')) as Record<string, unknown>;

interface Cell {
  cell_type: string;
  id?: unknown;
  metadata?: unknown;
  source?: unknown;
  outputs?: unknown;
  execution_count?: unknown;
}

const cells = (notebook['cells'] ?? []) as Cell[];
const text = (cell: Cell): string => (Array.isArray(cell.source) ? cell.source.join('') : String(cell.source ?? ''));
const code = cells.filter((c) => c.cell_type === 'code').map(text);

/** The minimal `Deno` of the kernel that the cells use. */
const DENO_DECLARATION = `declare namespace Deno {
  namespace jupyter {
    function md(strings: TemplateStringsArray, ...values: unknown[]): unknown;
    function html(strings: TemplateStringsArray, ...values: unknown[]): unknown;
    function display(value: unknown, options?: { raw?: boolean; update?: boolean; display_id?: string }): Promise<void>;
  }
}
`;

function rewrite(source: string): string {
  return source.replace(/(['"])npm:baotou-plan(\/[\w-]+)?\1/g, (_m, quote: string, sub?: string) => {
    const target = join(root, 'src', sub ?? '', 'index.js');
    return `${quote}${relative(work, target).replace(/\\/g, '/')}${quote}`;
  });
}

mkdirSync(work, { recursive: true });
const program = join(work, 'notebook.ts');
writeFileSync(program, `${rewrite(code.join('\n\n'))}\nexport {};\n`);
writeFileSync(join(work, 'deno.d.ts'), DENO_DECLARATION);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('examples/notebook/baotou.ipynb', () => {
  it('is nbformat 4 JSON for the Deno kernel', () => {
    expect(notebook['nbformat']).toBe(4);
    expect(notebook['nbformat_minor']).toBeGreaterThanOrEqual(5);
    const metadata = notebook['metadata'] as { kernelspec?: Record<string, string>; language_info?: Record<string, string> };
    expect(metadata.kernelspec).toEqual({ display_name: 'Deno', language: 'typescript', name: 'deno' });
    expect(metadata.language_info?.['name']).toBe('typescript');
    expect(Object.keys(notebook).sort()).toEqual(['cells', 'metadata', 'nbformat', 'nbformat_minor']);
  });

  it('has well-formed cells with unique ids', () => {
    expect(cells.length).toBeGreaterThanOrEqual(6);
    const ids = new Set<unknown>();
    for (const cell of cells) {
      expect(['markdown', 'code', 'raw']).toContain(cell.cell_type);
      expect(typeof cell.id === 'string' && /^[a-zA-Z0-9_-]{1,64}$/.test(cell.id)).toBe(true);
      ids.add(cell.id);
      expect(typeof cell.metadata === 'object' && cell.metadata !== null && !Array.isArray(cell.metadata)).toBe(true);
      expect(typeof cell.source === 'string' || (Array.isArray(cell.source) && cell.source.every((s) => typeof s === 'string'))).toBe(true);
      if (cell.cell_type === 'code') {
        expect(Array.isArray(cell.outputs)).toBe(true);
        expect(cell.execution_count === null || Number.isInteger(cell.execution_count)).toBe(true);
      } else {
        expect(cell.outputs).toBeUndefined();
        expect(cell.execution_count).toBeUndefined();
      }
    }
    expect(ids.size).toBe(cells.length);
  });

  it('imports the package from npm, and shows a scenario and a chart', () => {
    const all = code.join('\n');
    const imports = [...all.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports) expect(specifier).toMatch(/^npm:baotou-plan(\/[\w-]+)?$/);
    expect(all).toContain('project(baotou13, scenario)');
    expect(all).toContain('application/vnd.vegalite');
  });

  it('type-checks with the strict options of the project', () => {
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noEmit: true }, include: ['./notebook.ts', './deno.d.ts'] }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(work, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output.split('\n').filter((line) => line.includes('notebook.ts'))).toEqual([]);
  }, 180_000);

  it('runs: a projection table, the scorecard, a Vega-Lite chart', async () => {
    const shown: unknown[] = [];
    const logged: string[] = [];
    const md = (strings: TemplateStringsArray, ...values: unknown[]) => {
      const out = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
      shown.push(out);
      return out;
    };
    const global = globalThis as { Deno?: unknown };
    global.Deno = { jupyter: { md, html: md, display: async (value: unknown) => void shown.push(value) } };
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
    try {
      await import(/* @vite-ignore */ program);
    } finally {
      spy.mockRestore();
      delete global.Deno;
    }
    const tables = shown.filter((s): s is string => typeof s === 'string');
    // 120 × 1.12⁵ = 211.481001984 (Python decimal)
    expect(tables[0]).toContain('| 2020 | 211.48 billion yuan | 2,114.81 亿元 |');
    expect(tables[1]).toContain('| industrial-value-added-2020 | 2020 | 211.48 billion yuan | not_met |');
    const charts = shown.filter((s) => typeof s === 'object' && s !== null && Object.keys(s).some((k) => k.startsWith('application/vnd.vegalite')));
    expect(charts).toHaveLength(1);
    expect(logged[0]).toBe('14.87 % a year, against the plan\'s "above 8 percent"');
    expect(logged[1]).toBe('contradiction');
  });
});
