/**
 * What the command line needs from the outside world, as one injectable object: the CLI's
 * commands never touch `process` or `node:fs` themselves, so tests run them in-process with
 * an in-memory file system ({@link CliIo}), and the bin file passes the real one
 * (`nodeIo` in `./node.ts`).
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
 *   mkdir: async () => {}, joinPath: (...parts) => parts.join('/'), env: {},
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
  /** Make a directory and its parents; no error if it exists. Rejects with a `PlanError` naming the path. */
  readonly mkdir: (path: string) => Promise<void>;
  /** Join path segments with the platform's separator. */
  readonly joinPath: (...parts: string[]) => string;
  /** Environment variables (only `BAOTOU_PLAN_DEBUG` is read). */
  readonly env: Readonly<Record<string, string | undefined>>;
}
