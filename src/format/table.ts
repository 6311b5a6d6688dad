/**
 * Tables for people: aligned plain text that fits a terminal, and Markdown (CSV for programs is
 * `toCsv` in `src/export/`). Cells are strings already written (see `formatDecimal`,
 * `formatQuantity`); these functions only lay them out. Pure: no Node built-ins.
 *
 * @module
 */
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';

/**
 * A column of a table: the key of its cell in each row, its heading, and how it is laid out.
 *
 * @category Units
 */
export interface TableColumn {
  /** The key of the cell in each row. */
  readonly key: string;
  /** The heading. */
  readonly header: string;
  /** `'left'` (default) or `'right'` (numbers). */
  readonly align?: 'left' | 'right';
  /**
   * What a plain-text table does with a cell too wide for the space left: `'wrap'` it over
   * several lines at spaces (default for left-aligned columns), `'truncate'` it with `…`, or
   * `'none'`: never narrow the column (default for right-aligned columns, which hold
   * numbers).
   */
  readonly overflow?: 'wrap' | 'truncate' | 'none';
  /** The narrowest a plain-text table may make the column (default 8, or the heading if narrower). */
  readonly minWidth?: number;
}

/** A row of a table: its cells by column key. A missing cell is empty. @category Units */
export type TableRow = Readonly<Record<string, string | undefined>>;

/**
 * Options of {@link renderTable}.
 *
 * @category Units
 */
export interface RenderTableOptions {
  /** The widest a line may be, in terminal columns (default 80). */
  readonly width?: number;
  /** The space between columns (default two spaces). */
  readonly gap?: string;
}

/**
 * Whether a code point takes two terminal columns: East Asian Wide and Fullwidth characters
 * (CJK ideographs, kana, hangul, fullwidth forms, CJK punctuation) and emoji.
 */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Whether a code point takes no column: combining marks, zero-width characters, variation selectors. */
function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff
  );
}

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (isZeroWidth(code)) return 0;
  return isWide(code) ? 2 : 1;
}

/**
 * The number of terminal columns `text` takes: 2 for each Chinese, Japanese or Korean
 * character and fullwidth form, 0 for combining marks, 1 for everything else.
 *
 * @example
 * ```ts
 * displayWidth('240 billion yuan'); // → 16
 * displayWidth('2,400 亿元');       // → 10
 * ```
 *
 * @category Units
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Cut `text` to at most `width` columns, ending with `…` when cut. */
function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** Split a word wider than `width` into pieces of at most `width` columns. */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const char of word) {
    const w = charWidth(char);
    if (used + w > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += char;
    used += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Break `text` into lines of at most `width` terminal columns: at spaces, and inside a word
 * only when the word is wider than the line (Chinese text, which has no spaces, breaks
 * between characters). Line breaks in `text` are kept; runs of spaces become one.
 *
 * @param text - The text.
 * @param width - The widest a line may be, at least 1.
 * @returns The lines, without trailing spaces.
 *
 * @example
 * ```ts
 * wrapText('an annual average increase above 8 percent', 20);
 * // → ['an annual average', 'increase above 8', 'percent']
 * ```
 *
 * @category Units
 */
export function wrapText(text: string, width: number): string[] {
  width = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      const candidate = line === '' ? word : `${line} ${word}`;
      if (displayWidth(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (displayWidth(word) <= width) {
        line = word;
      } else {
        const pieces = splitWord(word, width);
        line = pieces.pop() ?? '';
        lines.push(...pieces);
      }
    }
    lines.push(line);
  }
  return lines;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

function checkColumns(columns: readonly TableColumn[]): void {
  if (!Array.isArray(columns) || columns.length === 0) {
    throw new PlanError('INVALID_ARGUMENT', messages.emptyList('columns', 'for a table'), { argument: 'columns' });
  }
}

function cell(row: TableRow, key: string): string {
  const value = Object.prototype.hasOwnProperty.call(row, key) ? row[key] : undefined;
  if (value === undefined) return '';
  if (typeof value !== 'string') {
    throw new PlanError('INVALID_ARGUMENT', messages.tableCell(key, value), { argument: key, received: value });
  }
  return value;
}

function overflowOf(column: TableColumn): 'wrap' | 'truncate' | 'none' {
  return column.overflow ?? (column.align === 'right' ? 'none' : 'wrap');
}

/** How many lines a cell takes at `width`. */
function linesAt(column: TableColumn, value: string, width: number): number {
  return overflowOf(column) === 'wrap' ? wrapText(value, width).length : value.split('\n').length;
}

/** Above this many rows, columns are narrowed widest first, without measuring the wrapping. */
const MEASURED_ROWS = 200;

/**
 * The widths of the columns: natural widths, narrowed one column at a time until the line
 * fits. Each step narrows the column whose narrowing adds the fewest lines to the table (the
 * widest among equals), so long text wraps before short cells do.
 */
function columnWidths(columns: readonly TableColumn[], cells: string[][], width: number, gap: number): number[] {
  const rows = [columns.map((c) => c.header), ...cells];
  const natural = columns.map((_, i) => Math.max(...rows.map((row) => Math.max(...(row[i] ?? '').split('\n').map(displayWidth)))));
  const widths = [...natural];
  const minimum = columns.map((column, i) => {
    if (overflowOf(column) === 'none') return natural[i] ?? 0;
    const min = column.minWidth ?? Math.min(8, displayWidth(column.header));
    return Math.min(natural[i] ?? 0, Math.max(1, min));
  });
  // First narrow without breaking a word of a wrapped column; then, if need be, down to the minimum.
  const longestWord = columns.map((column, i) =>
    overflowOf(column) === 'wrap'
      ? Math.max(0, ...rows.flatMap((row) => (row[i] ?? '').split(/[ \n]+/).map(displayWidth)))
      : 0,
  );
  const floors = [
    minimum.map((m, i) => Math.min(natural[i] ?? 0, Math.max(m, longestWord[i] ?? 0))),
    minimum,
  ];
  const measured = cells.length <= MEASURED_ROWS;
  // lines[r][i]: lines of row r's cell i at the current width
  const lines = rows.map((row) => columns.map((column, i) => linesAt(column, row[i] ?? '', widths[i] ?? 1)));
  const height = (r: number, i: number, cellLines: number): number =>
    Math.max(cellLines, ...(lines[r] ?? []).filter((_, j) => j !== i));
  let total = widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  for (const floor of floors) {
    while (total > width) {
      let best = -1;
      let bestCost = Number.POSITIVE_INFINITY;
      let bestLines: number[] = [];
      for (let i = 0; i < widths.length; i++) {
        const w = widths[i] ?? 0;
        if (w <= (floor[i] ?? 0)) continue;
        let cost = 0;
        const next: number[] = [];
        if (measured) {
          rows.forEach((row, r) => {
            const n = linesAt(columns[i] as TableColumn, row[i] ?? '', w - 1);
            next.push(n);
            cost += height(r, i, n) - height(r, i, lines[r]?.[i] ?? 1);
          });
        }
        if (best === -1 || cost < bestCost || (cost === bestCost && w > (widths[best] ?? 0))) {
          best = i;
          bestCost = cost;
          bestLines = next;
        }
      }
      if (best === -1) break; // nothing left to narrow at this floor
      widths[best] = (widths[best] ?? 1) - 1;
      if (measured) bestLines.forEach((n, r) => ((lines[r] as number[])[best] = n));
      total -= 1;
    }
  }
  return widths;
}

/**
 * Lay rows out as an aligned plain-text table that fits `width` terminal columns (80 by
 * default): a heading line, a line of dashes, then the rows. When the natural widths do not
 * fit, columns are narrowed where that adds the fewest lines: their cells wrap at spaces (or
 * are cut with `…`, as the column says); right-aligned (number) columns keep their width. Chinese
 * characters count as two columns. Lines carry no trailing spaces.
 *
 * @param columns - The columns, in order.
 * @param rows - The rows; each cell a string, a missing cell empty.
 * @param options - `width` (default 80) and `gap` (default two spaces).
 * @returns The table, one line per `\n`, ending with a newline.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for no columns or a cell that is not a string.
 *
 * @example
 * ```ts
 * renderTable(
 *   [{ key: 'id', header: 'Target' }, { key: 'value', header: 'Value', align: 'right' }],
 *   [{ id: 'industrial-value-added-2020', value: '240' }],
 * );
 * // → 'Target                       Value\n'
 * //   '---------------------------  -----\n'
 * //   'industrial-value-added-2020    240\n'
 * ```
 *
 * @category Units
 */
export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  options: RenderTableOptions = {},
): string {
  checkColumns(columns);
  const width = options.width ?? 80;
  const gap = options.gap ?? '  ';
  const cells = rows.map((row) => columns.map((column) => cell(row, column.key)));
  const widths = columnWidths(columns, cells, width, displayWidth(gap));
  const layout = (values: readonly string[]): string[] => {
    const parts = values.map((value, i) => {
      const column = columns[i] as TableColumn;
      const w = widths[i] ?? 0;
      if (overflowOf(column) === 'truncate') return value.split('\n').map((line) => truncate(line, w));
      if (overflowOf(column) === 'wrap') return wrapText(value, w);
      return value.split('\n');
    });
    const height = Math.max(...parts.map((p) => p.length));
    const lines: string[] = [];
    for (let line = 0; line < height; line++) {
      const text = parts
        .map((p, i) => pad(p[line] ?? '', widths[i] ?? 0, columns[i]?.align ?? 'left'))
        .join(gap)
        .trimEnd();
      lines.push(text);
    }
    return lines;
  };
  const out = [
    ...layout(columns.map((c) => c.header)),
    widths.map((w) => '-'.repeat(w)).join(gap),
    ...cells.flatMap((row) => layout(row)),
  ];
  return `${out.join('\n')}\n`;
}

/** A Markdown cell: pipes escaped, line breaks as `<br>`. */
function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * Lay rows out as a GitHub-flavoured Markdown table: right-aligned columns get `---:`, pipes
 * in cells are escaped, line breaks become `<br>`. Cells are never wrapped or cut.
 *
 * @param columns - The columns, in order.
 * @param rows - The rows.
 * @returns The table, ending with a newline.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for no columns or a cell that is not a string.
 *
 * @example
 * ```ts
 * renderMarkdownTable([{ key: 'a', header: 'A' }, { key: 'n', header: 'N', align: 'right' }], [{ a: 'x|y', n: '1' }]);
 * // → '| A | N |\n|---|---:|\n| x\\|y | 1 |\n'
 * ```
 *
 * @category Units
 */
export function renderMarkdownTable(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  checkColumns(columns);
  const line = (values: readonly string[]): string => `| ${values.map(markdownCell).join(' | ')} |`;
  const rule = `|${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`;
  const body = rows.map((row) => line(columns.map((c) => cell(row, c.key))));
  return `${[line(columns.map((c) => c.header)), rule, ...body].join('\n')}\n`;
}
