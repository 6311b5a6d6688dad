/**
 * Errors the library threw, as the page lists them: one line a problem, with where it is
 * (a path from `plan`, or a line and column of a CSV) and the library's message, both in the
 * page's language.
 */
import { isPlanError, type Locale } from 'baotou-plan';
import { UI } from './i18n.js';
import { errorTexts } from './language.js';
// Paths written as the library's own messages write them.
import { formatPath } from '../../src/errors.js';

/** One problem: where, and what is wrong. */
export interface Problem {
  readonly where: string;
  readonly message: string;
}

/**
 * The problems of an error: every issue of a `VALIDATION` error with its place, else the
 * error's message.
 *
 * @param error - What was caught.
 * @param locale - The page's language.
 * @param csv - Whether the issues are of a CSV text (paths are `[line, column?]`).
 * @returns At least one problem.
 */
export function problemsOf(error: unknown, locale: Locale, csv = false): Problem[] {
  if (!isPlanError(error)) return [{ where: '', message: error instanceof Error ? error.message : String(error) }];
  const said = errorTexts(error, locale);
  if (error.issues.length === 0) return [{ where: '', message: said.message }];
  return error.issues.map((issue, i) => {
    const [line, column] = issue.path;
    const where =
      csv && typeof line === 'number' ? UI.line(line, column === undefined ? undefined : String(column))[locale] : formatPath(issue.path);
    return { where, message: said.issues[i] ?? issue.message };
  });
}

/**
 * A problem on one line: `where: message` (`where：message` in Chinese), or the message alone.
 *
 * @param p - The problem.
 * @param locale - The page's language.
 * @returns The line.
 */
function problemLine(p: Problem, locale: Locale): string {
  return p.where === '' ? p.message : `${p.where}${UI.colon[locale]}${p.message}`;
}

/**
 * The problems of an error on one line, separated by semicolons.
 *
 * @param error - What was caught.
 * @param locale - The page's language.
 * @returns The line.
 */
export function problemText(error: unknown, locale: Locale): string {
  return problemsOf(error, locale)
    .map((p) => problemLine(p, locale))
    .join(UI.semicolon[locale]);
}
