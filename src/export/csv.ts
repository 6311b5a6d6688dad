/**
 * CSV text (RFC 4180) from rows of cells. Writing CSV needs no library.
 *
 * @module
 */
import { isDecimal, toPlain, type Decimal } from '../decimal.js';
import { argumentError, invalidArgument, type PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { optional, readArray, readObject, readOptions } from '../read.js';

/** What a CSV cell may hold; `null` and `undefined` are written as an empty field. @category Plan */
export type CsvCell = string | number | bigint | boolean | Decimal | null | undefined;

/** Options of {@link toCsv}. @category Plan */
export interface CsvOptions {
  /** The columns, in order; default: every key of the rows, in order of first appearance. */
  readonly columns?: readonly string[];
}

const OPTION_KEYS = ['columns'] as const;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function field(value: unknown, column: string, row: number): string {
  let text: string;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw cellError(column, row, value);
    text = String(value);
  } else if (typeof value === 'bigint' || typeof value === 'boolean') text = String(value);
  else if (isDecimal(value)) text = toPlain(value);
  else throw cellError(column, row, value);
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
 * @param rows - The rows: objects whose values are {@link CsvCell}s.
 * @param options - `columns`: which keys to write, in which order.
 * @returns The CSV text (`''` when there are no rows and no columns).
 * @throws `PlanError` `INVALID_ARGUMENT` for a cell that is not a {@link CsvCell} (an object,
 *   a function, NaN), naming its row and column; for `rows` that is not an array of objects,
 *   and for options other than `{ columns? }` with `columns` an array of strings.
 *
 * @example
 * ```ts
 * toCsv([{ id: 'a', value: dec('2.4e11'), quote: 'say "hi", then go' }]);
 * // → 'id,value,quote\r\na,240000000000,"say ""hi"", then go"\r\n'
 * toCsv([{ id: 'a', value: Number.NaN }]); // throws PlanError INVALID_ARGUMENT
 * // → 'rows[0].value: expected a string, a finite number, a bigint, a boolean, a Decimal or null, got NaN'
 * ```
 *
 * @category Plan
 */
export function toCsv(rows: readonly object[], options?: CsvOptions): string {
  const records = readArray(rows, 'rows').map((row, i) => readObject(row, `rows[${i}]`));
  const given = optional(readOptions(options, 'options', OPTION_KEYS).columns, readColumns);
  const columns = given ?? [...new Set(records.flatMap((row) => Object.keys(row)))];
  if (columns.length === 0) return '';
  const lines = [columns.map((c, i) => field(c, 'header', i)).join(',')];
  records.forEach((record, i) => {
    lines.push(columns.map((column) => field(record[column], column, i)).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
