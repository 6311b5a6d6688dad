/**
 * The guides name what exists. In README.md and docs/*.md:
 *
 * - a call written in backticks (`` `definePlan(` ``, `` `scorecard(plan, observations)` ``)
 *   calls an export of one of the package entries (root, calc, schema, data, charts), or a
 *   built-in of JavaScript;
 * - an identifier written alone in backticks that names a declaration of the library's source
 *   (a function, constant, class, interface or type of src/) is an export of an entry: a guide
 *   never sends a reader to an internal name (`trajectoryChart` was one: the export is
 *   `planTrajectoryChart`);
 * - the runtime dependencies a guide names are exactly package.json's `dependencies`, and a
 *   package it calls a peer dependency is one of its `peerDependencies`.
 *
 * The exports are read with the TypeScript compiler, types included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Decimal from 'decimal.js';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const ENTRIES = ['src/index.ts', 'src/calc/index.ts', 'src/schema/index.ts', 'src/data/index.ts', 'src/charts/index.ts'];

/** Every name the package entries export, values and types. */
function entryExports(): Set<string> {
  const program = ts.createProgram(
    ENTRIES.map((f) => join(root, f)),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const names = new Set<string>();
  for (const entry of ENTRIES) {
    const source = program.getSourceFile(join(root, entry));
    const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (symbol === undefined) throw new Error(`cannot read the exports of ${entry}`);
    for (const exported of checker.getExportsOfModule(symbol)) names.add(exported.getName());
  }
  return names;
}

/** Every top-level declaration name in src/ (functions, constants, classes, interfaces, types, enums). */
function sourceDeclarations(): { names: Set<string>; keys: Set<string> } {
  const names = new Set<string>();
  /** Every name written as a key or a field (`name:`, `name?:`): an option or a field, not an export. */
  const keys = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/^(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
          names.add(m[1] as string);
        }
        for (const m of text.matchAll(/(?:^|[\s{(,;])(?:readonly\s+)?([A-Za-z_$][\w$]*)\??:/gm)) keys.add(m[1] as string);
      }
    }
  };
  walk(join(root, 'src'));
  return { names, keys };
}

/** The guides: README.md and every docs/*.md. */
const GUIDES = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** The text of a guide with its fenced code blocks blanked (line numbers kept): only prose is read. */
function prose(file: string): string {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  let fence: string | undefined;
  return lines
    .map((line) => {
      const open = /^(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined && open !== undefined) {
        fence = open;
        return '';
      }
      if (fence !== undefined) {
        if (line.startsWith(fence)) fence = undefined;
        return '';
      }
      return line;
    })
    .join('\n');
}

interface Named {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly call: boolean;
  /** Whether its section names a source file (`src/…`): a guide to the internals may name them. */
  readonly internals?: boolean;
}

/** Each name a guide writes in backticks as a call (`name(`) or alone (`name`). */
function namesIn(file: string, text: string): Named[] {
  const found: Named[] = [];
  for (const m of text.matchAll(/`([^`\n]+)`/g)) {
    const span = m[1] as string;
    const line = text.slice(0, m.index).split('\n').length;
    const call = /^(?:await\s+)?([A-Za-z_$][\w$]*)\(/.exec(span);
    const at = m.index as number;
    const section = text.slice(Math.max(0, text.lastIndexOf('\n#', at)), (text.indexOf('\n#', at) + 1 || text.length + 1) - 1);
    const internals = section.includes('src/') ? { internals: true } : {};
    if (call !== null) found.push({ file, line, name: call[1] as string, call: true, ...internals });
    else if (/^[A-Za-z_$][\w$]*$/.test(span)) found.push({ file, line, name: span, call: false, ...internals });
  }
  return found;
}

/** Calls of JavaScript itself, and methods of a Decimal written without it (`toFixed()`), that a guide may write. */
const BUILT_INS = new Set([
  ...['import', 'require', 'Number', 'String', 'BigInt', 'Boolean', 'Symbol', 'Object', 'Array', 'Date', 'JSON', 'structuredClone', 'parseFloat', 'parseInt', 'fetch'],
  ...Object.getOwnPropertyNames(Decimal.prototype),
]);

const exported = entryExports();
const { names: declared, keys } = sourceDeclarations();
/** A name the guides may use for an export: declared in src/ as a function, constant or type with a name of two words at least (`planTrajectoryChart`, `ScorecardRow`), and never a key. */
const exportLike = (name: string): boolean => declared.has(name) && !keys.has(name) && /[a-z][A-Z0-9]|^[A-Z][a-z]+[A-Z]/.test(name);
const named = GUIDES.flatMap((file) => namesIn(file, prose(file)));

describe('names in the guides', () => {
  it('reads the exports of every entry and the names of the guides', () => {
    for (const name of ['definePlan', 'planTrajectoryChart', 'scorecard', 'cagr', 'china13', 'ScorecardRow', 'PlanError']) expect(exported).toContain(name);
    expect(named.filter((n) => n.call).length).toBeGreaterThan(30);
    // the reader finds calls and lone identifiers in prose, never in code blocks
    expect(namesIn('x.md', prose('docs/plans.md')).some((n) => n.name === 'definePlan' && !n.call)).toBe(true);
    expect(namesIn('x.md', 'use `trajectoryChart(spec)` or `yearsToReach`; not `a.b(` or `x + y`')).toEqual([
      { file: 'x.md', line: 1, name: 'trajectoryChart', call: true },
      { file: 'x.md', line: 1, name: 'yearsToReach', call: false },
    ]);
    expect(exportLike('planTrajectoryChart') && exportLike('ScorecardRow')).toBe(true);
    expect(exportLike('baseYear') || exportLike('decimal')).toBe(false); // a field; one word
  });

  it('every call written in backticks calls an export of the package entries', () => {
    const wrong = named
      .filter((n) => n.call && !exported.has(n.name) && !BUILT_INS.has(n.name) && !(n.internals === true && declared.has(n.name)))
      .map((n) => `${n.file}:${n.line} ${n.name}(`);
    expect(wrong).toEqual([]);
  });

  it('every declaration of the source named alone in backticks is an export of the package entries', () => {
    const wrong = named.filter((n) => !n.call && exportLike(n.name) && !exported.has(n.name) && n.internals !== true).map((n) => `${n.file}:${n.line} ${n.name}`);
    expect(wrong).toEqual([]);
  });
});

/** The sentences of the guides (prose only), each with its file and line. */
function sentences(): { file: string; line: number; text: string }[] {
  return GUIDES.flatMap((file) => {
    const text = prose(file);
    const out: { file: string; line: number; text: string }[] = [];
    let start = 0;
    for (const m of text.matchAll(/[.;](?=\s)|\n\n/g)) {
      out.push({ file, line: text.slice(0, start).split('\n').length, text: text.slice(start, m.index).replace(/\s+/g, ' ') });
      start = (m.index as number) + m[0].length;
    }
    return out;
  });
}

describe('dependencies in the guides', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const dependencies = Object.keys(pkg.dependencies ?? {}).sort();
  const peers = new Set(Object.keys(pkg.peerDependencies ?? {}));
  const known = [...new Set([...dependencies, ...peers, ...Object.keys(pkg.devDependencies ?? {})])];
  /** The packages a sentence names: in backticks (without a version), or any package of package.json by its name. */
  const packagesIn = (text: string): string[] => {
    const ticked = [...text.matchAll(/`([@\w.][\w./-]*?)(?:@[\^~]?[\d.x]+)?`/g)].map((m) => m[1] as string).filter((n) => !n.startsWith('baotou-plan') && /^[@a-z]/.test(n) && !/^[\d^~]/.test(n));
    const words = known.filter((name) => new RegExp(`(^|[\\s(\`'])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s),;:\`'@])`).test(text));
    return [...new Set([...ticked.filter((n) => known.includes(n) || /\.js$|^[a-z][\w-]*$/.test(n)), ...words])].sort();
  };
  const all = sentences();

  it('the runtime dependencies a guide names are those of package.json', () => {
    const runtime = all.filter((s) => /runtime dependenc/i.test(s.text));
    expect(runtime.map((s) => s.file)).toEqual(expect.arrayContaining(['README.md', 'docs/getting-started.md']));
    for (const s of runtime) expect(packagesIn(s.text), `${s.file}:${s.line}: ${s.text}`).toEqual(dependencies);
  });

  it('a package a guide calls a peer dependency is one', () => {
    for (const s of all) {
      for (const m of s.text.matchAll(/`?([@a-z][\w./-]*?)(?:@[\^~]?[\d.x]+)?`? (?:is|are) (?:an? )?(?:optional )?peer dependenc/g)) {
        expect(peers, `${s.file}:${s.line}: ${s.text}`).toContain(m[1]);
      }
    }
  });
});
