/**
 * Reading the files a command is given: JSON or CSV, checked by the library's own parse
 * functions, so a bad file gets the same `PlanError` text as the library, prefixed with
 * the file's path.
 *
 * @module
 */
import { PlanError, isPlanError } from '../errors.js';
import { formatPath } from '../schema/issues.js';
import { messages } from '../messages.js';
import type { CliIo } from './io.js';

/**
 * Run `fn`, and give any `PlanError` it throws the file's path in front of its message
 * (`data.csv: line 2, column 'value': …`); code, details and issues are kept.
 */
export function inFile<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw withPath(path, error);
  }
}

/** The error with the file's path in front of its message, if it is a `PlanError`. */
export function withPath(path: string, error: unknown): unknown {
  if (!isPlanError(error) || error.details['file'] !== undefined) return error;
  const wrapped = new PlanError(error.code, messages.cliInFile(path, error.message), { ...error.details, file: path }, error.issues);
  (wrapped as { cause?: unknown }).cause = error;
  return wrapped;
}

/** Whether a path names a CSV file. */
export const isCsvPath = (path: string): boolean => /\.csv$/i.test(path);

/** Read a file and parse it as JSON. @throws `PlanError` `VALIDATION` (`<path>: not valid JSON: …`) for text that is not JSON. */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  const text = await io.readFile(path);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = messages.snapshotNotJson(detail);
    throw new PlanError('VALIDATION', messages.cliInFile(path, message), { input: 'json', file: path }, [{ path: [path], message }]);
  }
}

/** Where a validation issue is: `line 2, column 'value'` for CSV, else the path (`observations[0].value`). */
export function issueLocation(error: PlanError, path: readonly (string | number)[]): string {
  const csv = error.details['input'] === 'csv' && typeof path[0] === 'number';
  return csv ? messages.csvLocation(path[0] as number, path[1] === undefined ? undefined : String(path[1])) : formatPath(path);
}
