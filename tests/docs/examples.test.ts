/**
 * Every `@example` in src/ is run, so the docs cannot rot.
 *
 * An example is a ```ts block in a JSDoc comment (an `@example` without one fails). It runs
 * as a little program (TypeScript, stripped by esbuild) with every export of the public
 * entries (`baotou-plan`, `/calc`, `/schema`, `/data`, `/charts`) and of its own module in
 * scope. An import of a public entry must name exports it has; an import of another package
 * (`zod`, `node:fs`) runs as a dynamic import.
 *
 * Its claims are checked. A claim is a line comment that starts with `→` or `throws`:
 *
 * - `expr; // → value`: `expr` gives `value`, a JavaScript literal (`'240'`, `true`,
 *   `[2020, 2016]`, `{ measure: 'yuan', multiplier: 9 }`); a remark in parentheses may
 *   follow it. A Decimal is compared by its string, an object first as it is and then as JSON.
 * - `expr; // throws PlanError CODE`, optionally followed by a line `// → 'message'` (the
 *   exact message); a remark in parentheses may follow the code.
 * - a claim on a line of its own states the value (or the error) of the line before it.
 *
 * `expr;` must be a whole expression on one line. A claim that cannot be attached so (after a
 * declaration, inside a statement that spans lines, after a blank line), a malformed claim
 * (`// throws PlanError CODE: "message"`, `//=> value`) and a claim that never runs fail the
 * test. The examples of src/calc/ (but `index.ts`) show a value and an error, and state the
 * result of every line. Comments that do not start with `→` or `throws` are prose.
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

/** The package's public entries, as an example imports them. */
const ENTRIES: Readonly<Record<string, Record<string, unknown>>> = {
  'baotou-plan': root,
  'baotou-plan/calc': calc,
  'baotou-plan/schema': schema,
  'baotou-plan/data': data,
  'baotou-plan/charts': charts,
};

/** Every .ts file under src/, relative paths. */
function sources(dir = SRC, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const url = new URL(name, dir);
    if (statSync(url).isDirectory()) return sources(new URL(`${name}/`, dir), `${prefix}${name}/`);
    return name.endsWith('.ts') ? [`${prefix}${name}`] : [];
  });
}

/** One ```ts block of an `@example`: its first line's number in the file, and its lines. */
export interface Block {
  readonly line: number;
  readonly lines: readonly string[];
  /** Why the `@example` cannot run (it has no ```ts block). */
  readonly problem?: string;
}

const TAG = /^\s*\*\s*@\w/;
const FENCE = /^\s*\*\s*```\s*(\S*).*$/;
const END = /\*\//;

/** The ```ts blocks of the `@example` tags of a file (an `@example` without one is a block with a problem). */
export function exampleBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const all = source.split('\n');
  for (let i = 0; i < all.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(all[i]!)) continue;
    const tagLine = i + 1;
    let found = 0;
    let j = i + 1;
    // Every fenced block up to the next tag or the end of the comment.
    while (j < all.length && !TAG.test(all[j]!) && !END.test(all[j]!)) {
      const open = FENCE.exec(all[j]!);
      if (open === null) {
        j++;
        continue;
      }
      const start = j + 1;
      let k = start;
      while (k < all.length && !FENCE.test(all[k]!) && !END.test(all[k]!)) k++;
      const lang = open[1]!;
      if (lang === 'ts' || lang === 'typescript') {
        blocks.push({ line: start + 1, lines: all.slice(start, k).map((l) => l.replace(/^\s*\*\s?/, '')) });
        found++;
      }
      j = k + 1;
    }
    if (found === 0) blocks.push({ line: tagLine, lines: [], problem: 'an @example without a ```ts block' });
    i = j - 1;
  }
  return blocks;
}

/** A claim of an example: the line it states something about, and what. */
export interface Claim {
  readonly line: number;
  readonly kind: 'value' | 'throws';
}

/** A block as code to run, with the claims it checks. */
export interface Program {
  readonly code: string;
  readonly claims: readonly Claim[];
}

/** A line split into its code and its line comment (a `//` outside strings), if any. */
export function splitComment(line: string): { code: string; comment: string | undefined } {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return { code: line.slice(0, i), comment: line.slice(i + 2).trim() };
  }
  return { code: line, comment: undefined };
}

type Parsed =
  | { readonly kind: 'value'; readonly text: string }
  | { readonly kind: 'throws'; readonly code: string }
  | { readonly kind: 'prose' };

/** What a comment says: a value claim, an error claim, or prose. Malformed claims throw. */
function parseComment(comment: string | undefined, where: string): Parsed {
  if (comment === undefined) return { kind: 'prose' };
  if (/^(=>|->)/.test(comment)) throw new Error(`${where}: write a claim as '// → value', not '// ${comment}'`);
  const value = /^→\s*(.*)$/.exec(comment);
  if (value !== null) {
    if (value[1]!.trim() === '') throw new Error(`${where}: '// →' states no value`);
    return { kind: 'value', text: value[1]!.trim() };
  }
  if (!/^throws\b/.test(comment)) return { kind: 'prose' };
  const throws = /^throws PlanError ([A-Z][A-Z_]*)(?:\s+\([^()]*\))?$/.exec(comment);
  if (throws === null) {
    throw new Error(
      `${where}: malformed claim '// ${comment}': write '// throws PlanError CODE' and the message on the next line as '// → 'message''`,
    );
  }
  return { kind: 'throws', code: throws[1]! };
}

const DECLARATION = /^(const|let|var|function|class|type|interface|enum|import|export|return|if|for|while|do|switch|try|throw)\b/;

/** The expression of a claimed line (`expr;` → `expr`), or an error saying why it is none. */
function expressionOf(code: string, where: string): string {
  const text = code.trim();
  const fail = (why: string): never => {
    throw new Error(`${where}: a claim must sit on or right after a one-line expression statement 'expr;' (${why}): ${text}`);
  };
  if (!text.endsWith(';')) fail("the line does not end with ';'");
  if (DECLARATION.test(text)) fail('the line is a declaration or a statement, not an expression');
  const expression = text.slice(0, -1).trim();
  try {
    transformSync(`(${expression}\n);`, { loader: 'ts', format: 'esm' });
  } catch {
    fail('it is not a whole expression');
  }
  return expression;
}

/** Code for an `import` statement (perhaps over several lines, already joined). */
function importOf(statement: string, where: string): string {
  if (/^import\s+type\s/.test(statement)) return '';
  const m = /^import\s+(.+?)\s+from\s+['"]([^'"]+)['"];?$/s.exec(statement);
  if (m === null) throw new Error(`${where}: cannot read the import '${statement}'`);
  const [, what, from] = m as unknown as [string, string, string];
  const own = from.startsWith('baotou-plan');
  if (own && !Object.hasOwn(ENTRIES, from)) throw new Error(`${where}: '${from}' is not an entry of the package`);
  const source = own ? `__import(${JSON.stringify(from)}, %NAMES%)` : `await import(${JSON.stringify(from)})`;
  const star = /^\*\s+as\s+(\w+)$/.exec(what);
  if (star !== null) return `const ${star[1]} = ${source.replace('%NAMES%', '[]')};`;
  const braces = /^\{(.*)\}$/s.exec(what.trim());
  if (braces !== null) {
    const specifiers = braces[1]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('type '));
    const names = specifiers.map((s) => s.split(/\s+as\s+/)[0]!);
    const pattern = specifiers.map((s) => s.replace(/\s+as\s+/, ': ')).join(', ');
    return `const { ${pattern} } = ${source.replace('%NAMES%', JSON.stringify(names))};`;
  }
  if (own) throw new Error(`${where}: the package has no default export`);
  return `const ${what} = (${source}).default;`;
}

/**
 * The program of a block: its claims turned into calls of `__check` and `__throws`, its
 * imports into code. Throws when a claim cannot be attached to a one-line expression or is
 * malformed.
 */
export function program(block: Block, file = 'example'): Program {
  const out: string[] = [];
  const claims: Claim[] = [];
  const lines = block.lines;
  for (let i = 0; i < lines.length; i++) {
    const at = block.line + i;
    const where = `src/${file}:${at}`;
    const raw = lines[i]!;
    if (/^\s*import\s/.test(raw)) {
      let statement = raw.trim();
      while (!/\bfrom\s+['"][^'"]+['"];?$/.test(statement) && !/^import\s+['"]/.test(statement) && i + 1 < lines.length) {
        statement += ` ${lines[++i]!.trim()}`;
      }
      out.push(importOf(statement, where));
      continue;
    }
    const { code, comment } = splitComment(raw);
    const own = parseComment(comment, where);
    if (code.trim() === '') {
      if (own.kind !== 'prose') {
        throw new Error(`${where}: the claim '// ${comment}' is not attached to an expression: put it on or right after a one-line 'expr;'`);
      }
      out.push(raw);
      continue;
    }
    // The claim of this line: on it, or on the line after it.
    let claim = own;
    if (claim.kind === 'prose') {
      const next = lines[i + 1];
      const following = next === undefined ? undefined : splitComment(next);
      if (following !== undefined && following.code.trim() === '') {
        const parsed = parseComment(following.comment, `src/${file}:${at + 1}`);
        if (parsed.kind !== 'prose') {
          claim = parsed;
          i++;
        }
      }
    }
    if (claim.kind === 'prose') {
      out.push(raw);
      continue;
    }
    const expression = expressionOf(code, where);
    if (claim.kind === 'value') {
      out.push(`await __check(async () => (${expression}\n), ${JSON.stringify(claim.text)}, ${at});`);
      claims.push({ line: at, kind: 'value' });
      continue;
    }
    // An error claim: the exact message may follow on a line `// → 'message'`.
    let message: string | undefined;
    const next = lines[i + 1];
    if (next !== undefined) {
      const following = splitComment(next);
      if (following.code.trim() === '') {
        const parsed = parseComment(following.comment, `src/${file}:${block.line + i + 1}`);
        if (parsed.kind === 'value') {
          message = parsed.text;
          i++;
        } else if (parsed.kind === 'throws') {
          throw new Error(`${where}: two error claims for one line`);
        }
      }
    }
    out.push(
      `await __throws(async () => (${expression}\n), ${JSON.stringify(claim.code)}, ${message === undefined ? 'undefined' : JSON.stringify(message)}, ${at});`,
    );
    claims.push({ line: at, kind: 'throws' });
  }
  // A block of its own, so that the example's declarations may shadow names in scope.
  return { code: `{\n${out.join('\n')}\n}`, claims };
}

/** `text` without a remark in parentheses at its end (`'137.84' (120 · 2^(1/5))` → `'137.84'`), or undefined. */
function withoutRemark(text: string): string | undefined {
  if (!text.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) {
      const before = text.slice(0, i);
      return /\s$/.test(before) && before.trim() !== '' ? before.trim() : undefined;
    }
  }
  return undefined;
}

/** The value a `// → …` claim states: a JavaScript literal, perhaps with a remark in parentheses after it. */
export function claimed(text: string): unknown {
  const remark = withoutRemark(text);
  for (const attempt of remark === undefined ? [text] : [text, remark]) {
    try {
      return new Function(`"use strict"; return (${attempt}\n);`)();
    } catch {
      // try the next reading
    }
  }
  throw new Error(`the claim '${text}' is not a JavaScript literal`);
}

/** `actual` is what `expected` states: a Decimal by its string, an object as it is or as JSON. */
function check(actual: unknown, expected: unknown, where: string): void {
  if (isDecimal(actual) && (typeof expected === 'string' || typeof expected === 'number')) {
    expect(actual.toString(), where).toBe(String(expected));
    return;
  }
  if (expected === null || typeof expected !== 'object') {
    expect(actual, where).toEqual(expected);
    return;
  }
  try {
    expect(actual, where).toEqual(expected);
  } catch {
    expect(JSON.parse(JSON.stringify(actual)), where).toEqual(expected);
  }
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

/** The exports `names` of a public entry (all of them for none), checking that each exists. */
function importEntry(entry: string, names: readonly string[]): Record<string, unknown> {
  const module = ENTRIES[entry]!;
  for (const name of names) if (!Object.hasOwn(module, name)) throw new Error(`'${entry}' has no export '${name}'`);
  return module;
}

/** Run a block with `own` (its module's exports) in scope; fails unless every claim ran and held. */
export async function run(block: Block, own: Record<string, unknown>, file = 'example'): Promise<void> {
  if (block.problem !== undefined) throw new Error(`src/${file}:${block.line}: ${block.problem}`);
  const { code: source, claims } = program(block, file);
  const code = transformSync(source, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
  const scope: Record<string, unknown> = { ...calc, ...data, ...schema, ...charts, ...root, ...own };
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  const ran = new Set<number>();
  const __check = async (fn: () => Promise<unknown>, text: string, line: number) => {
    ran.add(line);
    check(await fn(), claimed(text), `src/${file}:${line}: → ${text}`);
  };
  const __throws = async (fn: () => Promise<unknown>, errorCode: string, message: string | undefined, line: number) => {
    ran.add(line);
    let thrown: unknown;
    try {
      await fn();
    } catch (error) {
      thrown = error;
    }
    const where = `src/${file}:${line}: throws PlanError ${errorCode}`;
    expect(thrown, where).toBeInstanceOf(PlanError);
    expect((thrown as PlanError).code, where).toBe(errorCode);
    if (message !== undefined) expect((thrown as PlanError).message, where).toBe(claimed(message));
  };
  await new AsyncFunction(...names, '__check', '__throws', '__import', code)(
    ...names.map((n) => scope[n]),
    __check,
    __throws,
    importEntry,
  );
  const missed = claims.filter((claim) => !ran.has(claim.line)).map((claim) => claim.line);
  if (missed.length > 0) throw new Error(`src/${file}: the claims at line ${missed.join(', ')} never ran`);
}

/** The formulas show a value and an error each (src/calc/, but its index and _lib/). */
const showsValueAndError = (file: string): boolean => /^calc\/(?!_lib\/)(?!index\.ts$)[^/]+\.ts$/.test(file);

const files = sources().filter((file) => exampleBlocks(readFileSync(new URL(file, SRC), 'utf8')).length > 0 || showsValueAndError(file));

describe.each(files)('src/%s', (file) => {
  const blocks = exampleBlocks(readFileSync(new URL(file, SRC), 'utf8'));
  if (showsValueAndError(file)) {
    it('has an example with a value and one with an error, and every line of it states its result', () => {
      const runnable = blocks.filter((block) => block.problem === undefined);
      const claims = runnable.flatMap((block) => program(block, file).claims);
      expect([...new Set(claims.map((c) => c.kind))].sort()).toEqual(['throws', 'value']);
      const statements = runnable.flatMap((block) => block.lines.filter((line) => splitComment(line).code.trim() !== ''));
      expect(claims.length, 'a line of a formula example without a claim').toBe(statements.length);
    });
  }
  it.each(blocks.map((b) => [b.line, b] as const))('example at line %i', async (_line, block) => {
    const own = (await import(`../../src/${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
    await run(block, own, file);
  });
});

describe('the example runner', () => {
  const block = (...lines: string[]): Block => ({ line: 10, lines });

  it('finds every ```ts block of an @example, and flags an @example without one', () => {
    const source = ['/**', ' * @example', ' * ```ts', ' * f(); // → 1', ' * ```', ' * ```ts', ' * g();', ' * ```', ' * @example', ' * f()', ' */'].join('\n');
    expect(exampleBlocks(source)).toEqual([
      { line: 4, lines: ['f(); // → 1'] },
      { line: 7, lines: ['g();'] },
      { line: 9, lines: [], problem: 'an @example without a ```ts block' },
    ]);
  });

  it('attaches a value claim on its line or on the next line', () => {
    const { code, claims } = program(block("dec('1').toString(); // → '1'", 'dec(2);', '// → 2 (a remark)'));
    expect(claims).toEqual([
      { line: 10, kind: 'value' },
      { line: 11, kind: 'value' },
    ]);
    expect(code).toContain(`await __check(async () => (dec('1').toString()\n), "'1'", 10);`);
    expect(code).toContain('await __check(async () => (dec(2)\n), "2 (a remark)", 11);');
  });

  it('attaches an error claim and the message after it', () => {
    const { code, claims } = program(block("share('5', 0); // throws PlanError DOMAIN", "// → 'whole: must not be 0 for a share'", 'cagr(0, 1, 5);', '// throws PlanError DOMAIN'));
    expect(claims).toEqual([
      { line: 10, kind: 'throws' },
      { line: 12, kind: 'throws' },
    ]);
    expect(code).toContain(`await __throws(async () => (share('5', 0)\n), "DOMAIN", "'whole: must not be 0 for a share'", 10);`);
    expect(code).toContain('await __throws(async () => (cagr(0, 1, 5)\n), "DOMAIN", undefined, 12);');
  });

  it('keeps prose comments and code, and ignores // inside strings', () => {
    const { code, claims } = program(block('// A remark → not a claim', "const url = 'https://x.org'; // a remark", "url.length; // → 15"));
    expect(claims).toEqual([{ line: 12, kind: 'value' }]);
    expect(code).toContain("const url = 'https://x.org'; // a remark");
    expect(code).toContain('await __check(async () => (url.length\n), "15", 12);');
  });

  it.each([
    ['the old form with the message after the code', ["convert(q, 'yuan');", '// throws PlanError UNIT_MISMATCH: "convert: …"'], /malformed claim/],
    ['a claim after a declaration', ['const x = dec(1);', '// → 1'], /one-line expression statement/],
    ['a claim on a declaration', ['const x = dec(1); // → 1'], /one-line expression statement/],
    ['a claim after a statement that spans lines', ['f(', '  1,', ');', '// → 1'], /not a whole expression/],
    ['a claim after a line without a semicolon', ['f(1)', '// → 1'], /does not end with ';'/],
    ['a claim after a blank line', ['f(1);', '', '// → 1'], /not attached/],
    ['a second claim for one line', ['f(1); // → 1', '// → 2'], /not attached/],
    ['a claim in another notation', ['f(1); //=> 1'], /write a claim as/],
    ['an empty claim', ['f(1); // →'], /states no value/],
    ['an import of a name the package does not have', ["import { nothing } from 'baotou-plan/nope';"], /not an entry/],
  ])('refuses %s', (_what, lines, error) => {
    expect(() => program(block(...lines))).toThrow(error);
  });

  it('reads claims as JavaScript literals, with a remark in parentheses', () => {
    expect(claimed("'240'")).toBe('240');
    expect(claimed("{ measure: 'yuan', multiplier: 9 }")).toEqual({ measure: 'yuan', multiplier: 9 });
    expect(claimed("'1e-9' (a billionth)")).toBe('1e-9');
    expect(claimed("'137.84' (120 · 2^(1/5))")).toBe('137.84');
    expect(claimed('[2020, 2016]')).toEqual([2020, 2016]);
    expect(claimed('undefined')).toBeUndefined();
    expect(() => claimed('2400 亿元')).toThrow(/not a JavaScript literal/);
    expect(() => claimed("'0.1…")).toThrow(/not a JavaScript literal/);
  });

  it('fails a claim that does not hold, a claim that never runs, and a missing import', async () => {
    await expect(run(block("dec('2').toString(); // → '1'"), {})).rejects.toThrow();
    await expect(run(block("dec('2'); // → 2"), {})).resolves.toBeUndefined();
    await expect(run(block('dec(2).toNumber(); // → "2"'), {})).rejects.toThrow();
    await expect(run(block("dec('x'); // throws PlanError INVALID_DECIMAL"), {})).resolves.toBeUndefined();
    await expect(run(block("dec('1'); // throws PlanError INVALID_DECIMAL"), {})).rejects.toThrow();
    await expect(run(block('if (Math.random() > 2) {', "  dec('1').toString(); // → '1'", '}'), {})).rejects.toThrow(/never ran/);
    await expect(run(block("import { nothing } from 'baotou-plan';"), {})).rejects.toThrow(/has no export 'nothing'/);
    await expect(run({ line: 3, lines: [], problem: 'an @example without a ```ts block' }, {})).rejects.toThrow(/without a ```ts block/);
  });
});
