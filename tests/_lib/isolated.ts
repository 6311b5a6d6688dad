/**
 * Run hostile input in a child process with a memory cap and a time limit, so that a crash, a
 * hang or an exhausted heap fails one test instead of the test run.
 *
 * The library is bundled from src/ once per test process with esbuild (every public entry in
 * one module), so the child needs no build of dist/. The code runs as the body of an async
 * function with `lib` (every export of the root, `/calc`, `/schema` and `/charts`) in scope;
 * what it returns, or the error it throws, comes back described:
 *
 * ```ts
 * const r = runIsolated("return lib.cagr('1', '2', 5).toString()");
 * r.outcome; // → { kind: 'value', value: '0.148…' }
 * runIsolated("lib.dec('x')").outcome; // → { kind: 'error', name: 'PlanError', code: 'INVALID_DECIMAL', message: … }
 * ```
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = `${ROOT}.tmp/isolated`;

let bundled: string | undefined;

/** The path of one ESM bundle of every public entry of the library (built on first use). */
export function libraryBundle(): string {
  if (bundled !== undefined) return bundled;
  mkdirSync(DIR, { recursive: true });
  const entry = `${DIR}/entry-${process.pid}.ts`;
  writeFileSync(
    entry,
    [
      `export * from '${ROOT}src/index.ts';`,
      `export * from '${ROOT}src/schema/index.ts';`,
      `export * from '${ROOT}src/charts/index.ts';`,
    ].join('\n'),
  );
  const outfile = `${DIR}/lib-${process.pid}.mjs`;
  buildSync({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent', external: ['vega', 'vega-lite'] });
  bundled = outfile;
  return outfile;
}

/** What the code in the child did. */
export type Outcome =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'error'; readonly name: string; readonly code: string | undefined; readonly message: string }
  | { readonly kind: 'crash'; readonly status: number | null; readonly signal: string | null; readonly stderr: string }
  | { readonly kind: 'timeout'; readonly ms: number };

/** Options of {@link runIsolated}. */
export interface IsolatedOptions {
  /** The child's heap limit (`--max-old-space-size`), MB; default 256. */
  readonly memoryMb?: number;
  /** Wall-clock limit, ms; default 30,000. */
  readonly timeoutMs?: number;
}

/** The result of {@link runIsolated}: the outcome, and how long the child ran. */
export interface Isolated {
  readonly outcome: Outcome;
  readonly ms: number;
}

const MARK = '\u0000isolated:';

/**
 * Run `body` (the body of an async function with `lib` in scope) in a child Node process with
 * `memoryMb` of heap and `timeoutMs` of time, and describe what happened.
 */
export function runIsolated(body: string, options: IsolatedOptions = {}): Isolated {
  const memoryMb = options.memoryMb ?? 256;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const lib = libraryBundle();
  const program = `
import * as lib from ${JSON.stringify(lib)};
const describe = (v) => {
  if (v === undefined) return null;
  try { return JSON.parse(JSON.stringify(v, (k, x) => typeof x === 'bigint' ? x.toString() + 'n' : x)); } catch { return String(v); }
};
(async () => { ${body}\n })().then(
  (value) => process.stdout.write(${JSON.stringify(MARK)} + JSON.stringify({ kind: 'value', value: describe(value) })),
  (error) => process.stdout.write(${JSON.stringify(MARK)} + JSON.stringify({ kind: 'error', name: error?.name ?? typeof error, code: error?.code, message: String(error?.message ?? error) })),
);`;
  const started = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${memoryMb}`, '--input-type=module', '-e', program], {
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - started;
  if (r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { outcome: { kind: 'timeout', ms }, ms };
  const at = r.stdout.lastIndexOf(MARK);
  if (r.status === 0 && at >= 0) return { outcome: JSON.parse(r.stdout.slice(at + MARK.length)) as Outcome, ms };
  return { outcome: { kind: 'crash', status: r.status, signal: r.signal, stderr: r.stderr.slice(-2000) }, ms };
}
