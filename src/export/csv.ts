/**
 * CSV text (RFC 4180) from rows of cells. Writing CSV needs no library.
 *
 * @module
 */
import { DECIMAL_PATTERN, isDecimal, toPlain, type Decimal } from '../decimal.js';
import { argumentError, invalidArgument, type PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { optional, readArray, readBoolean, readObject, readOptions } from '../read.js';

/** What a CSV cell may hold; `null` and `undefined` are written as an empty field. @category Plan */
export type CsvCell = string | number | bigint | boolean | Decimal | null | undefined;

/** Options of {@link toCsv}. @category Plan */
export interface CsvOptions {
  /** The columns, in order; default: every key of the rows, in order of first appearance. */
  readonly columns?: readonly string[];
  /**
   * Whether a cell a spreadsheet would read as a formula is written with a `'` in front
   * (default `true`): see {@link toCsv}. `false` writes every cell as it is, for programs
   * that read the CSV as data.
   */
  readonly neutralise?: boolean;
}

const OPTION_KEYS = ['columns', 'neutralise'] as const;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run, with `'` in front: `=1+1` → `'=1+1`; a signed number (`-0.08`) stays. */
function neutralised(text: string): string {
  return FORMULA_START.test(text) && !DECIMAL_PATTERN.test(text) ? `'${text}` : text;
}

function field(value: unknown, column: string, row: number, neutralise: boolean): string {
  let text: string;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw cellError(column, row, value);
    text = String(value);
  } else if (typeof value === 'bigint' || typeof value === 'boolean') text = String(value);
  else if (isDecimal(value)) text = toPlain(value);
  else throw cellError(column, row, value);
  if (neutralise) text = neutralised(text);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellError(column: string, row: number, value: unknown): PlanError {
  return argumentError('INVALID_ARGUMENT', `rows[${row}].${column}`, messages.csvCell(column, row, value), value);
}

/** The column names: strings, each once. */
function readColumns(x: unknown): readonly string[] {
  const columns = readArray(x, 'options.columns');
  columns.forEach((column, i) => {
    if (typeof column !== 'string') throw invalidArgument(`options.columns[${i}]`, messages.expected.string, column);
  });
  return columns as readonly string[];
}

/**
 * Write rows as CSV text (RFC 4180): a header line, then one line per row; fields with a
 * comma, a double quote, a line break or a leading or trailing space are quoted, with inner
 * quotes doubled; lines end in CRLF, the last one too. Decimals are written in plain
 * notation (`240000000000`, never `2.4e+11`), exactly; `null` and `undefined` as empty
 * fields.
 *
 * A cell (or a column name) that a spreadsheet would run as a formula — one that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return and is not a number (`-0.08` is one) — is
 * written with a single quote in front (`'=HYPERLINK(…)`), as OWASP advises against CSV
 * injection; spreadsheets show the quote and run nothing. `{ neutralise: false }` writes
 * every cell as it is, for programs that read the CSV as data.
 *
 * @param rows - The rows: objects whose values are {@link CsvCell}s.
 * @param options - `columns`: which keys to write, in which order; `neutralise`: `false` to
 *   write formula-like cells as they are (default `true`).
 * @returns The CSV text (`''` when there are no rows and no columns).
 * @throws `PlanError` `INVALID_ARGUMENT` for a cell that is not a {@link CsvCell} (an object,
 *   a function, NaN), naming its row and column; for `rows` that is not an array of objects,
 *   and for options other than `{ columns?, neutralise? }` with `columns` an array of strings
 *   and `neutralise` a boolean.
 *
 * @example
 * ```ts
 * toCsv([{ id: 'a', value: dec('2.4e11'), quote: 'say "hi", then go' }]);
 * // → 'id,value,quote\r\na,240000000000,"say ""hi"", then go"\r\n'
 * toCsv([{ name: '=1+1', change: '-0.08' }]);                      // → "name,change\r\n'=1+1,-0.08\r\n"
 * toCsv([{ name: '=1+1', change: '-0.08' }], { neutralise: false }); // → 'name,change\r\n=1+1,-0.08\r\n'
 * toCsv([{ id: 'a', value: Number.NaN }]); // throws PlanError INVALID_ARGUMENT
 * // → 'rows[0].value: expected a string, a finite number, a bigint, a boolean, a Decimal or null, got NaN'
 * ```
 *
 * @category Plan
 */
export function toCsv(rows: readonly object[], options?: CsvOptions): string {
  const records = readArray(rows, 'rows').map((row, i) => readObject(row, `rows[${i}]`));
  const o = readOptions(options, 'options', OPTION_KEYS);
  const given = optional(o.columns, readColumns);
  const neutralise = optional(o.neutralise, (x) => readBoolean(x, 'options.neutralise'), true);
  const columns = given ?? [...new Set(records.flatMap((row) => Object.keys(row)))];
  if (columns.length === 0) return '';
  const lines = [columns.map((c, i) => field(c, 'header', i, neutralise)).join(',')];
  records.forEach((record, i) => {
    lines.push(columns.map((column) => field(record[column], column, i, neutralise)).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
