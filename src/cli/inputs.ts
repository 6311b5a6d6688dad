/**
 * Reading the files a command is given: JSON or CSV, checked by the library's own parse
 * functions, so a bad file gets the same `PlanError` text as the library, prefixed with
 * the file's path.
 *
 * @module
 */
import { errorTemplates, formatPath, isPlanError, messages, PlanError, rememberMessage, validationError } from '../internal/library.js';
import type { CliIo } from './io.js';

/**
 * Run `fn`, and give any `PlanError` it throws the file's path in front of its message
 * (`data.csv: line 2, column 'value': …`); code, details and issues are kept.
 *
 * @param path - The file `fn` reads.
 * @param fn - What to run.
 * @returns What `fn` returns.
 * @throws What `fn` throws, a `PlanError` with the path in front of its message.
 *
 * @example
 * ```ts
 * inFile('obs.csv', () => 1); // → 1
 * inFile('obs.csv', () => { throw new PlanError('VALIDATION', 'line 2: bad'); }); // throws PlanError VALIDATION
 * // → 'obs.csv: line 2: bad'
 * ```
 */
export function inFile<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw withPath(path, error);
  }
}

/** The error with the file's path in front of its message, if it is a `PlanError`. */
function withPath(path: string, error: unknown): unknown {
  if (!isPlanError(error) || error.details['file'] !== undefined) return error;
  const message = messages.cliInFile(path, error.message);
  // The file's message is the error's own, which may be written in another language.
  const inner = errorTemplates(error)?.message;
  if (inner !== undefined) rememberMessage({ key: 'cliInFile', args: [path, error.message], text: message, parts: new Map([[error.message, inner]]) });
  const wrapped = new PlanError(error.code, message, { ...error.details, file: path }, error.issues);
  (wrapped as { cause?: unknown }).cause = error;
  return wrapped;
}

/**
 * Whether a path names a CSV file (by its extension, in any case).
 *
 * @param path - The path.
 * @returns `true` for `….csv`.
 *
 * @example
 * ```ts
 * isCsvPath('data/OBS.CSV'); // → true
 * ```
 */
export const isCsvPath = (path: string): boolean => /\.csv$/i.test(path);

/**
 * Read a file and parse it as JSON (a byte-order mark is skipped).
 *
 * @param io - Where the file is read from.
 * @param path - The file.
 * @returns The parsed value.
 * @throws `PlanError` `VALIDATION` (`<path>: not valid JSON: …`) for text that is not JSON;
 *   the errors of `io.readFile`.
 *
 * @example
 * ```ts
 * await readJson({ readFile: async () => '\uFEFF[1]' } as never, 'a.json'); // → [1]
 * await readJson({ readFile: async () => '{' } as never, 'a.json'); // throws PlanError VALIDATION
 * ```
 */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  const text = await io.readFile(path);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // One problem, located at the file itself: "data.json: not valid JSON: …".
    throw validationError('json', [{ path: [path], message: messages.snapshotNotJson(detail) }]);
  }
}

/**
 * Where a validation issue is, as the command line writes it.
 *
 * @param error - The error the issue belongs to (it tells CSV input from JSON).
 * @param path - The issue's path.
 * @returns `line 2, column 'value'` for CSV, else the path (`observations[0].value`).
 *
 * @example
 * ```ts
 * issueLocation(new PlanError('VALIDATION', 'x', { input: 'csv' }), [2, 'value']); // → "line 2, column 'value'"
 * issueLocation(new PlanError('VALIDATION', 'x'), ['observations', 0, 'value']); // → 'observations[0].value'
 * ```
 */
export function issueLocation(error: PlanError, path: readonly (string | number)[]): string {
  const csv = error.details['input'] === 'csv' && typeof path[0] === 'number';
  return csv ? messages.csvLocation(path[0] as number, path[1] === undefined ? undefined : String(path[1])) : formatPath(path);
}
