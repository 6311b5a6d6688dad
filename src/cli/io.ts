/**
 * What the command line needs from the outside world, as one injectable object: the CLI's
 * commands never touch `process` or `node:fs` themselves, so tests run them in-process with
 * an in-memory file system ({@link CliIo}), and the bin file passes the real one
 * (`nodeIo` in `./node.ts`). {@link terminalSafe} is the one boundary every printed character
 * passes: control characters from input are shown escaped, never obeyed by the terminal.
 *
 * @module
 */

/**
 * The outside world of the command line: streams, files, the environment.
 *
 * @example
 * ```ts
 * const files = new Map([['obs.csv', 'indicator,year,value\n']]);
 * const io: CliIo = {
 *   stdout: (text) => void text, stderr: (text) => void text,
 *   readFile: async (path) => files.get(path) ?? '', writeFile: async (path, data) => void files.set(path, data),
 *   mkdir: async () => {}, checkFile: async () => {}, joinPath: (...parts) => parts.join('/'), env: {},
 * };
 * ```
 *
 * @internal
 */
export interface CliIo {
  /** Write to standard output: only the result (pipeable JSON, CSV, tables). */
  readonly stdout: (text: string) => void;
  /** Write to standard error: messages, warnings, errors. */
  readonly stderr: (text: string) => void;
  /**
   * Read a text file (UTF-8). Rejects with a `PlanError` (`NOT_FOUND` for a missing file,
   * `INVALID_ARGUMENT` for any other reason) naming the path.
   */
  readonly readFile: (path: string) => Promise<string>;
  /** Write a text file (UTF-8), replacing it. Rejects with a `PlanError` naming the path. */
  readonly writeFile: (path: string, data: string) => Promise<void>;
  /**
   * Make a folder and its parents (no error if it exists) and check that files can be written
   * into it. Rejects with a `PlanError` naming the path.
   */
  readonly mkdir: (path: string) => Promise<void>;
  /**
   * Check, before any work, that a file can be written at `path`: its folder exists and can
   * be written into, and `path` is not a folder. Rejects with a `PlanError` naming the path.
   */
  readonly checkFile: (path: string) => Promise<void>;
  /** Join path segments with the platform's separator. */
  readonly joinPath: (...parts: string[]) => string;
  /** Environment variables (only `BAOTOU_PLAN_DEBUG` is read). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * The characters a terminal may obey instead of showing: C0 controls but tab and line feed
 * (a carriage return only when it does not end a CRLF line), DEL, C1 controls, the bidi
 * marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069) and the Unicode line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/** `text` with every {@link UNSAFE} character written as its `\uXXXX` escape. */
function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The outside world with both streams passing through the one escaping of the command line:
 * every character a terminal could obey rather than show (`ESC[2J`, `ESC]0;…BEL`, colour
 * codes, other C0 and C1 controls, bidi overrides) is printed as its `\uXXXX` escape; tab,
 * line feed and CRLF line ends are kept. `main` gives this to every command, so that no path
 * to the terminal is left unescaped; JSON stays lossless (the escape stands for the same
 * character). Files written with `--out` hold the data as it is.
 *
 * @param io - The outside world.
 * @returns The same world, its `stdout` and `stderr` escaped.
 *
 * @example
 * ```ts
 * let err = '';
 * const io = safeIo({ stdout: () => {}, stderr: (text: string) => { err += text; } } as never);
 * io.stderr('cell \u001b[2J, title \u001b]0;owned\u0007, order \u202e\n');
 * err; // → 'cell \\u001b[2J, title \\u001b]0;owned\\u0007, order \\u202e\n'
 * io.stderr('a\tb\r\n');
 * err.endsWith('a\tb\r\n'); // → true
 * ```
 *
 * @internal
 */
export function safeIo(io: CliIo): CliIo {
  return { ...io, stdout: (text) => io.stdout(terminalSafe(text)), stderr: (text) => io.stderr(terminalSafe(text)) };
}
