/**
 * The one writer of Markdown tables, used by `toMarkdown` and by the command line's
 * `--format md`: cells are escaped the same way everywhere.
 *
 * @internal
 * @module
 */

/** What a cell may hold: text or a number; `null` and `undefined` are an empty cell. */
export type MarkdownCell = string | number | null | undefined;

/**
 * A Markdown table cell: backslashes and pipes escaped (so no text ends the cell), `&`, `<`
 * and `>` written as HTML entities (so no text from the data becomes an HTML tag), line
 * breaks as `<br>`; `null` and `undefined` as an empty cell. Inline emphasis (`*`, `_`) is
 * left as written: it cannot run code or break the table.
 */
export function markdownCell(value: MarkdownCell): string {
  if (value === undefined || value === null) return '';
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * A GitHub-flavoured Markdown table: a header line, a rule (`---:` for right-aligned
 * columns) and one line a row, ending with a newline. Cells are never wrapped or cut.
 *
 * @example
 * ```ts
 * markdownTable(['A', 'N'], [['x|y', 1]], ['left', 'right']);
 * // → '| A | N |\n|---|---:|\n| x\\|y | 1 |\n'
 * ```
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly MarkdownCell[])[],
  align: readonly ('left' | 'right')[] = [],
): string {
  const line = (cells: readonly MarkdownCell[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join('|')}|`;
  return `${[line(header), rule, ...rows.map(line)].join('\n')}\n`;
}
