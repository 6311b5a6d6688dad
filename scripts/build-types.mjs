#!/usr/bin/env node
/**
 * Write the type declarations of the package's entry points into `dist/`, in ONE TypeScript
 * pass, after `tsup` (which builds the JavaScript only).
 *
 * A module whose types an entry (`src/index.ts`, `src/calc/index.ts` …) reaches gets its
 * `.d.ts`, beside the ESM build, and a copy as `.d.cts`, beside the CommonJS build, whose
 * relative import specifiers are rewritten from `./x.js` to `./x.cjs`: a CommonJS consumer
 * then resolves `./x.cjs` to `./x.d.cts`, a CommonJS declaration, and is never handed an ESM
 * one (which TypeScript would reject under `moduleResolution: node16`, zod issue #5274).
 * Declarations are not bundled: one file per module, as `tsc` writes them, which takes a few
 * seconds where a bundler of declarations takes half a minute. A module used only inside the
 * library's code (its messages, its argument readers …) has no types a user sees: its
 * declarations are not written.
 *
 * Usage: `tsup && node scripts/build-types.mjs`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist');
/** The public entry points (package.json `exports`). */
const ENTRIES = ['src/index.ts', 'src/calc/index.ts', 'src/schema/index.ts', 'src/data/index.ts', 'src/charts/index.ts'];

/** `from './x.js'`, `import('./x.js')` and `export … from '../y/index.js'`: relative specifiers. */
const RELATIVE_JS = /((?:\bfrom|\bimport)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*?)\.js\2/g;

/** A `.d.ts` as its CommonJS twin: relative `.js` specifiers become `.cjs`. */
function toCommonJsDeclaration(text) {
  return text.replace(RELATIVE_JS, (_m, head, quote, path) => `${head}${quote}${path}.cjs${quote}`);
}

/** The declaration files reachable from `roots` through relative imports, in `emitted` (file → text). */
function reachable(roots, emitted) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file) || !emitted.has(file)) continue;
    seen.add(file);
    for (const m of emitted.get(file).matchAll(RELATIVE_JS)) queue.push(normalize(join(dirname(file), `${m[3]}.d.ts`)));
  }
  return seen;
}

/** An entry's ESM declaration: the CommonJS declaration of the same entry, re-exported. */
const ESM_ENTRY = "export * from './index.cjs';\n";

function build() {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: report });
  if (config === undefined) process.exit(1);
  const options = {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    stripInternal: true,
    sourceMap: false,
    rootDir: join(root, 'src'),
    outDir,
  };
  const program = ts.createProgram({ rootNames: ENTRIES.map((entry) => join(root, entry)), options, host: hostKeepingModules(options) });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) report(...diagnostics);
  const emitted = new Map();
  const result = program.emit(undefined, (fileName, text) => {
    if (fileName.endsWith('.d.ts')) emitted.set(normalize(fileName), text);
  });
  if (result.diagnostics.length > 0) report(...result.diagnostics);
  if (diagnostics.length > 0 || result.diagnostics.length > 0 || result.emitSkipped) process.exit(1);
  const roots = ENTRIES.map((entry) => normalize(join(outDir, relative('src', entry).replace(/\.ts$/, '.d.ts'))));
  const files = reachable(roots, emitted);
  for (const file of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), toCommonJsDeclaration(emitted.get(file)));
  }
  for (const file of roots) writeFileSync(file, ESM_ENTRY);
  console.log(
    `build-types: wrote ${files.size} .d.cts files and ${roots.length} .d.ts entries to ${relative(root, outDir)}/ (of ${emitted.size} modules, those the entries' types reach)`,
  );
}

/**
 * A compiler host that reads a module's header comment (the first, with `@module`) without
 * its `@internal` tag: `stripInternal` leaves out every declaration marked `@internal`, and
 * TypeScript counts a file's header among the comments of its first statement, so an
 * internal module would lose its first import or export.
 */
function hostKeepingModules(options) {
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (fileName) => {
    const text = read(fileName);
    if (text === undefined || !fileName.startsWith(join(root, 'src'))) return text;
    const header = /^\/\*\*[\s\S]*?\*\//.exec(text)?.[0];
    if (header === undefined || !header.includes('@module')) return text;
    return header.replace(/@internal\b/g, '         ') + text.slice(header.length);
  };
  return host;
}

function report(...diagnostics) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
}

build();
