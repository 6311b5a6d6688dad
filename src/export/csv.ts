/**
 * CSV text (RFC 4180) from rows of cells. Writing CSV needs no library.
 *
 * @module
 */
import { isDecimal, toPlain, type Decimal } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';

/** What a CSV cell may hold; `null` and `undefined` are written as an empty field. @category Plan */
export type CsvCell = string | number | bigint | boolean | Decimal | null | undefined;

/** Options of {@link toCsv}. @category Plan */
export interface CsvOptions {
  /** The columns, in order; default: every key of the rows, in order of first appearance. */
  readonly columns?: readonly string[];
}

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
  return new PlanError('INVALID_ARGUMENT', messages.csvCell(column, row, value), { argument: `rows[${row}].${column}`, received: value });
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
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a cell that is not a {@link CsvCell}
 *   (an object, a function, NaN), naming its row and column.
 *
 * @example
 * ```ts
 * toCsv([{ id: 'a', value: dec('2.4e11'), quote: 'say "hi", then go' }]);
 * // → 'id,value,quote\r\na,240000000000,"say ""hi"", then go"\r\n'
 * ```
 *
 * @category Plan
 */
export function toCsv(rows: readonly object[], options: CsvOptions = {}): string {
  const columns = options.columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  if (columns.length === 0) return '';
  const lines = [columns.map((c, i) => field(c, 'header', i)).join(',')];
  rows.forEach((row, i) => {
    const record = row as Record<string, unknown>;
    lines.push(columns.map((column) => field(record[column], column, i)).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
