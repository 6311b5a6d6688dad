/**
 * The command line's tables for people: aligned plain text that fits a terminal, and Markdown
 * (written by the library's one Markdown table writer, `export/markdownTable.ts`). Cells are
 * strings already written (see `formatDecimal`, `formatQuantity`); these functions only lay
 * them out. Pure: no Node built-ins.
 *
 * @module
 */

/**
 * A column of a table: the key of its cell in each row, its heading, and how it is laid out.
 *
 * @example
 * ```ts
 * const value: TableColumn = { key: 'value', header: 'Value', align: 'right' };
 * ```
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

/**
 * A row of a table: its cells by column key. A missing cell is empty.
 *
 * @example
 * ```ts
 * const row: TableRow = { id: 'gdp', value: '2,787.4' };
 * ```
 */
export type TableRow = Readonly<Record<string, string | undefined>>;

/**
 * Options of {@link renderTable}.
 *
 * @example
 * ```ts
 * const options: RenderTableOptions = { width: 120, gap: ' | ' };
 * ```
 */
export interface RenderTableOptions {
  /** The widest a line may be, in terminal columns (default 80). */
  readonly width?: number;
  /** The space between columns (default two spaces). */
  readonly gap?: string;
}

/**
 * The code points that take two terminal columns: East Asian Wide and Fullwidth characters
 * (CJK ideographs, kana, hangul, fullwidth forms, CJK punctuation) and emoji, as ranges.
 */
const WIDE: readonly (readonly [first: number, last: number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** The code points that take no column: combining marks, zero-width characters, variation selectors. */
const ZERO_WIDTH: readonly (readonly [first: number, last: number])[] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

/** Text whose width is its length: printable ASCII only. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const within = (code: number, ranges: readonly (readonly [number, number])[]): boolean =>
  ranges.some(([first, last]) => code >= first && code <= last);

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x0300) return 1; // Latin, digits, punctuation: the common case, first
  if (within(code, ZERO_WIDTH)) return 0;
  return within(code, WIDE) ? 2 : 1;
}

/**
 * The number of terminal columns `text` takes: 2 for each Chinese, Japanese or Korean
 * character and fullwidth form, 0 for combining marks, 1 for everything else.
 *
 * @param text - The text.
 * @returns Its width in terminal columns.
 *
 * @example
 * ```ts
 * displayWidth('240 billion yuan'); // → 16
 * displayWidth('2,400 亿元');       // → 10
 * ```
 */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
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

/** Chinese, Japanese and Korean ideographs, kana and hangul: a line may break before or after each. */
const IDEOGRAPH = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]/;
/** Punctuation that never starts a line (it closes what comes before). */
const CLOSING = /[、。，．：；！？）」』】〕》”’…·]/;
/** Punctuation that never ends a line (it opens what comes after). */
const OPENING = /[（「『【〔《“‘]/;

/**
 * The pieces a line may break between: the words of the text, and within a word each Chinese
 * character (with the punctuation that may not be parted from it); `space` says whether a
 * space comes before the piece.
 */
function piecesOf(paragraph: string): { text: string; space: boolean }[] {
  const pieces: { text: string; space: boolean }[] = [];
  for (const word of paragraph.split(/ +/)) {
    if (word === '') continue;
    if (PRINTABLE_ASCII.test(word)) {
      // No Chinese character and no Chinese punctuation: the word is one piece.
      pieces.push({ text: word, space: true });
      continue;
    }
    let current = '';
    let space = true;
    let last = '';
    for (const char of word) {
      const breakBefore =
        current !== '' &&
        !CLOSING.test(char) &&
        !OPENING.test(last) &&
        (IDEOGRAPH.test(char) || OPENING.test(char) || IDEOGRAPH.test(last) || CLOSING.test(last));
      if (breakBefore) {
        pieces.push({ text: current, space });
        current = '';
        space = false;
      }
      current += char;
      last = char;
    }
    pieces.push({ text: current, space });
  }
  return pieces;
}

/**
 * Break `text` into lines of at most `width` terminal columns: at spaces, and between Chinese
 * characters (never before a closing mark such as `，` or `）`, never after an opening one);
 * inside a word only when the word is wider than the line. Line breaks in `text` are kept;
 * runs of spaces become one.
 *
 * @param text - The text.
 * @param width - The widest a line may be, at least 1.
 * @returns The lines, without trailing spaces.
 *
 * @example
 * ```ts
 * wrapText('an annual average increase above 8 percent', 20); // → ['an annual average', 'increase above 8', 'percent']
 * wrapText('东铝西钢南科技北装备', 6); // → ['东铝西', '钢南科', '技北装', '备']
 * wrapText('目标：年均增长 8%，以上。', 8); // → ['目标：年', '均增长', '8%，以', '上。']
 * ```
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  breakLines(measureText(text), width, lines);
  return lines;
}

/** The widest piece of a text that a line may not break (a word, a Chinese character with its punctuation). */
function widestPiece(text: string): number {
  return Math.max(0, ...text.split('\n').flatMap((paragraph) => piecesOf(paragraph).map((p) => displayWidth(p.text))));
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** The cells of the rows, in the order of the columns; a missing cell is empty. */
function cellsOf(columns: readonly TableColumn[], rows: readonly TableRow[]): string[][] {
  return rows.map((row, r) =>
    columns.map(({ key }) => {
      const value = hasOwn(row, key) ? row[key] : undefined;
      if (value === undefined) return '';
      if (typeof value !== 'string') throw invalidArgument(`rows[${r}].${key}`, 'a string cell', value);
      return value;
    }),
  );
}

function overflowOf(column: TableColumn): 'wrap' | 'truncate' | 'none' {
  return column.overflow ?? (column.align === 'right' ? 'none' : 'wrap');
}

/** A text's pieces (see `piecesOf`), paragraph by paragraph, each with its width. @internal */
export type Measured = readonly (readonly { readonly text: string; readonly width: number; readonly space: boolean }[])[];

/** A cell as the narrowing of a table asks about it: how many lines at a width, remembered. */
interface Cell {
  readonly value: string;
  measured: Measured | undefined;
  readonly lines: Map<number, number>;
}

/**
 * A text's pieces, measured: what {@link countLines} counts from.
 *
 * @param text - The text.
 * @returns Its paragraphs' pieces with their widths.
 * @internal
 */
export function measureText(text: string): Measured {
  return text.split('\n').map((paragraph) => piecesOf(paragraph).map((piece) => ({ ...piece, width: displayWidth(piece.text) })));
}

/**
 * How many lines `wrapText(text, width)` gives, counted from the text's pieces measured once
 * ({@link measureText}), without building the lines.
 *
 * @param measured - The text, measured.
 * @param width - The widest a line may be, at least 1.
 * @returns The number of lines.
 * @internal
 */
export function countLines(measured: Measured, width: number): number {
  return breakLines(measured, width, undefined);
}

/**
 * The one rule of line breaking, for {@link wrapText} and {@link countLines}: pieces are put
 * on a line while they fit (a space before those that had one), a piece wider than the line
 * is split; each paragraph ends a line. Lines are built (into `lines`) only when asked for;
 * their number is returned either way. The line's width is kept as pieces are added, not
 * measured again for each piece.
 */
function breakLines(measured: Measured, width: number, lines: string[] | undefined): number {
  width = Math.max(1, Math.floor(width));
  let count = 0;
  for (const pieces of measured) {
    let line = '';
    let empty = true;
    let used = 0;
    for (const piece of pieces) {
      const gap = !empty && piece.space ? 1 : 0;
      if (empty ? piece.width <= width : used + gap + piece.width <= width) {
        if (lines !== undefined) line = empty ? piece.text : `${line}${gap === 1 ? ' ' : ''}${piece.text}`;
        used += gap + piece.width;
        empty = false;
        continue;
      }
      if (!empty) {
        count += 1;
        lines?.push(line);
      }
      if (piece.width <= width) {
        line = piece.text;
        used = piece.width;
        empty = false;
      } else {
        const parts = splitWord(piece.text, width);
        line = parts.pop() ?? '';
        used = displayWidth(line);
        empty = line === '';
        count += parts.length;
        lines?.push(...parts);
      }
    }
    count += 1;
    lines?.push(line);
  }
  return count;
}

/**
 * How many lines a cell takes at `width`, remembered with the cell: narrowing a table asks
 * the same question many times.
 */
function linesAt(column: TableColumn, cell: Cell, width: number): number {
  if (overflowOf(column) !== 'wrap') return cell.value.split('\n').length;
  let lines = cell.lines.get(width);
  if (lines === undefined) {
    cell.measured ??= measureText(cell.value);
    lines = countLines(cell.measured, width);
    cell.lines.set(width, lines);
  }
  return lines;
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
      ? Math.max(0, ...rows.map((row) => widestPiece(row[i] ?? '')))
      : 0,
  );
  const floors = [
    minimum.map((m, i) => Math.min(natural[i] ?? 0, Math.max(m, longestWord[i] ?? 0))),
    minimum,
  ];
  const measured = cells.length <= MEASURED_ROWS;
  const cellsOfRows: Cell[][] = rows.map((row) => columns.map((_, i) => ({ value: row[i] ?? '', measured: undefined, lines: new Map() })));
  // lines[r][i]: lines of row r's cell i at the current width
  const lines = cellsOfRows.map((row) => columns.map((column, i) => linesAt(column, row[i] as Cell, widths[i] ?? 1)));
  /** The height of row r if its cell i took `cellLines` lines. */
  const height = (r: number, i: number, cellLines: number): number => {
    const row = lines[r] as number[];
    let most = cellLines;
    for (let j = 0; j < row.length; j++) if (j !== i && (row[j] as number) > most) most = row[j] as number;
    return most;
  };
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
          cellsOfRows.forEach((row, r) => {
            const n = linesAt(columns[i] as TableColumn, row[i] as Cell, w - 1);
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
 * const table = renderTable(
 *   [{ key: 'id', header: 'Target' }, { key: 'value', header: 'Value', align: 'right' }],
 *   [{ id: 'industrial-value-added-2020', value: '240' }],
 * );
 * table.split('\n'); // → ['Target                       Value', '---------------------------  -----', 'industrial-value-added-2020    240', '']
 * ```
 */
export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  options: RenderTableOptions = {},
): string {
  readArray(columns, 'columns', 'column');
  const width = options.width ?? 80;
  const gap = options.gap ?? '  ';
  const cells = cellsOf(columns, rows);
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

/**
 * Lay rows out as a GitHub-flavoured Markdown table with the library's one Markdown writer:
 * right-aligned columns get `---:`, pipes in cells are escaped, `&`, `<` and `>` become
 * entities, line breaks become `<br>`. Cells are never wrapped or cut.
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
 */
export function renderMarkdownTable(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  readArray(columns, 'columns', 'column');
  return markdownTable(
    columns.map((c) => c.header),
    cellsOf(columns, rows),
    columns.map((c) => c.align ?? 'left'),
  );
}import { hasOwn, invalidArgument, markdownTable, readArray } from '../internal/library.js';

