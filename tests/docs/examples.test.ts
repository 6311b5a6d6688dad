/**
 * Every `@example` in src/ is run, so the docs cannot rot.
 *
 * An example is a ```ts block in a JSDoc comment. It runs as a little program (TypeScript,
 * stripped by esbuild) with every export of the public entries (`baotou-plan`, `/calc`,
 * `/schema`, `/data`, `/charts`) and of its own module in scope; imports of those entries are
 * skipped, imports of other packages (`zod`, `node:fs`) run as dynamic imports.
 * Its claims are checked:
 *
 * - `expr; // → value`: `expr` gives `value`, a JavaScript literal (`'240'`, `true`,
 *   `[2020, 2016]`, `{ measure: 'yuan', multiplier: 9 }`); a remark in parentheses may
 *   follow it. A Decimal is compared by its string, an object first as it is and then as JSON.
 * - `expr; // throws PlanError CODE`, optionally followed by a line `// → 'message'`; the
 *   `// throws …` may also stand on the line after `expr;`.
 * - a line that is only `// → value` states the value of the line before it.
 *
 * A `// → …` must sit on a one-line expression. Comments without `→` are prose.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as calc from '../../src/calc/index.js';
import * as charts from '../../src/charts/index.js';
import * as data from '../../src/data/index.js';
import { isDecimal } from '../../src/decimal.js';
import { PlanError } from '../../src/errors.js';
import * as root from '../../src/index.js';
import * as schema from '../../src/schema/index.js';

const SRC = new URL('../../src/', import.meta.url);

/** Every .ts file under src/, relative paths. */
function sources(dir = SRC, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const url = new URL(name, dir);
    if (statSync(url).isDirectory()) return sources(new URL(`${name}/`, dir), `${prefix}${name}/`);
    return name.endsWith('.ts') ? [`${prefix}${name}`] : [];
  });
}

interface Block {
  readonly line: number;
  readonly lines: readonly string[];
}

/** The ```ts blocks of the `@example` tags of a file. */
export function exampleBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const all = source.split('\n');
  for (let i = 0; i < all.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(all[i]!)) continue;
    let j = i + 1;
    while (j < all.length && !/^\s*\*\s*```/.test(all[j]!)) {
      if (/^\s*\*\s*@\w/.test(all[j]!) || /\*\//.test(all[j]!)) break;
      j++;
    }
    if (j >= all.length || !/^\s*\*\s*```/.test(all[j]!)) continue;
    const start = j + 1;
    let k = start;
    while (k < all.length && !/^\s*\*\s*```/.test(all[k]!)) k++;
    blocks.push({ line: start + 1, lines: all.slice(start, k).map((l) => l.replace(/^\s*\*\s?/, '')) });
    i = k;
  }
  return blocks;
}

const ARROW = /^(.*?)\s*\/\/\s*→\s*(.+)$/;
const THROWS = /^(.*?)\s*\/\/\s*throws PlanError (\w+)\b.*$/;

/** The program of a block: claims turned into calls of `__check` and `__throws`. */
export function program(block: Block): string {
  const out: string[] = [];
  const lines = block.lines;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (/^\s*import\s/.test(raw)) {
      out.push(importOf(raw));
      continue;
    }
    const next = lines[i + 1]?.trim() ?? '';
    const orphan = /^\/\/\s*→\s*(.+)$/.exec(next)?.[1];
    const orphanThrows = /^\/\/\s*throws PlanError (\w+)\b/.exec(next)?.[1];
    const at = block.line + i;
    const statement = raw.trim() !== '' && !raw.trim().startsWith('//') && /;\s*$/.test(raw) && !/^\s*(const|let|var)\s/.test(raw);
    if (orphanThrows !== undefined && statement && !ARROW.test(raw) && !THROWS.test(raw)) {
      const after = /^\/\/\s*→\s*(.+)$/.exec(lines[i + 2]?.trim() ?? '')?.[1];
      out.push(`await __throws(async () => (${strip(raw)}), ${JSON.stringify(orphanThrows)}, ${after === undefined ? 'undefined' : JSON.stringify(after)}, ${at});`);
      i += after === undefined ? 1 : 2;
      continue;
    }
    const throws = THROWS.exec(raw);
    if (throws !== null && throws[1]!.trim() !== '') {
      const message = orphan === undefined ? 'undefined' : JSON.stringify(orphan);
      out.push(`await __throws(async () => (${strip(throws[1]!)}), ${JSON.stringify(throws[2])}, ${message}, ${at});`);
      if (orphan !== undefined) i++;
      continue;
    }
    const arrow = ARROW.exec(raw);
    if (arrow !== null && arrow[1]!.trim() !== '') {
      out.push(`await __check(async () => (${strip(arrow[1]!)}), ${JSON.stringify(arrow[2]!.trim())}, ${at});`);
      continue;
    }
    if (orphan !== undefined && statement) {
      out.push(`await __check(async () => (${strip(raw)}), ${JSON.stringify(orphan.trim())}, ${at});`);
      i++;
      continue;
    }
    out.push(raw);
  }
  // A block of its own, so that the example's declarations may shadow names in scope.
  return `{\n${out.join('\n')}\n}`;
}

/**
 * An `import` line as code that runs in the example: the library's own entries are in scope
 * already; another package is imported dynamically (`import * as z from 'zod'` →
 * `const z = await import('zod')`).
 */
function importOf(line: string): string {
  const m = /^\s*import\s+(?:type\s+)?(.+?)\s+from\s+['"]([^'"]+)['"];?\s*$/.exec(line);
  if (m === null || m[2]!.startsWith('baotou-plan') || /^\s*import\s+type\s/.test(line)) return '';
  const [, what, from] = m as unknown as [string, string, string];
  const star = /^\*\s+as\s+(\w+)$/.exec(what);
  if (star !== null) return `const ${star[1]} = await import(${JSON.stringify(from)});`;
  const names = /^\{(.*)\}$/.exec(what);
  if (names !== null) return `const {${names[1]!.replace(/\bas\b/g, ':')}} = await import(${JSON.stringify(from)});`;
  return `const ${what} = (await import(${JSON.stringify(from)})).default;`;
}

/** An expression statement without its semicolon. */
function strip(code: string): string {
  return code.trim().replace(/;$/, '');
}

/** The value a `// → …` claim states: a JavaScript literal, perhaps with a remark in parentheses after it. */
export function claimed(text: string): unknown {
  const attempts = [text, text.replace(/\s+\([^()]*\)\s*$/, ''), text.replace(/\s+\(.*$/, '')];
  for (const attempt of attempts) {
    try {
      return new Function(`return (${attempt});`)();
    } catch {
      // try the next reading
    }
  }
  throw new Error(`the claim '${text}' is not a JavaScript literal`);
}

function check(actual: unknown, expected: unknown, where: string): void {
  if (expected === null || typeof expected !== 'object') {
    const value = isDecimal(actual) || (typeof actual === 'object' && actual !== null && typeof expected === 'string') ? String(actual) : actual;
    if (typeof expected === 'string' || typeof value === typeof expected) expect(typeof value === 'string' || typeof expected !== 'string' ? value : String(value), where).toEqual(expected);
    else expect(String(value), where).toBe(String(expected));
    return;
  }
  try {
    expect(actual, where).toEqual(expected);
  } catch {
    expect(JSON.parse(JSON.stringify(actual)), where).toEqual(expected);
  }
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

async function run(file: string, block: Block, own: Record<string, unknown>): Promise<void> {
  const code = transformSync(program(block), { loader: 'ts', format: 'esm', target: 'es2022' }).code;
  const scope: Record<string, unknown> = { ...calc, ...data, ...schema, ...charts, ...root, ...own };
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  const __check = async (fn: () => Promise<unknown>, text: string, line: number) => {
    check(await fn(), claimed(text), `src/${file}:${line}: → ${text}`);
  };
  const __throws = async (fn: () => Promise<unknown>, code: string, message: string | undefined, line: number) => {
    let thrown: unknown;
    try {
      await fn();
    } catch (error) {
      thrown = error;
    }
    const where = `src/${file}:${line}: throws PlanError ${code}`;
    expect(thrown, where).toBeInstanceOf(PlanError);
    expect((thrown as PlanError).code, where).toBe(code);
    if (message !== undefined) expect((thrown as PlanError).message, where).toBe(claimed(message));
  };
  await new AsyncFunction(...names, '__check', '__throws', code)(...names.map((n) => scope[n]), __check, __throws);
}

const files = sources().filter((file) => exampleBlocks(readFileSync(new URL(file, SRC), 'utf8')).length > 0);

describe.each(files)('src/%s', (file) => {
  const blocks = exampleBlocks(readFileSync(new URL(file, SRC), 'utf8'));
  it.each(blocks.map((b) => [b.line, b] as const))('example at line %i', async (_line, block) => {
    const own = (await import(`../../src/${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
    await run(file, block, own);
  });
});
