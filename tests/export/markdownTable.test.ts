/** The one Markdown table writer: cells escaped the same way everywhere (expected tables written by hand). */
import { describe, expect, it } from 'vitest';
import { markdownCell, markdownTable } from '../../src/export/markdownTable.js';

describe('markdownCell', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a|b', 'a\\|b'],
    ['a\\|b', 'a\\\\\\|b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['R&D', 'R&amp;D'],
    ['&lt;', '&amp;lt;'],
    ['one\ntwo\r\nthree\rfour', 'one<br>two<br>three<br>four'],
    ['不低于 240 亿元', '不低于 240 亿元'],
  ])('%j → %j', (text, cell) => {
    expect(markdownCell(text)).toBe(cell);
  });
  it('writes numbers as they are, null and undefined as an empty cell', () => {
    expect(markdownCell(240)).toBe('240');
    expect(markdownCell(-0.5)).toBe('-0.5');
    expect(markdownCell(null)).toBe('');
    expect(markdownCell(undefined)).toBe('');
    expect(markdownCell('')).toBe('');
  });
});

describe('markdownTable', () => {
  it('writes a header, a rule with the alignment, one line a row, and a final newline', () => {
    const table = markdownTable(
      ['Indicator', 'Target', 'Note'],
      [
        ['GDP', 240, null],
        ['a|b', '8', 'line 1\nline 2'],
      ],
      ['left', 'right'],
    );
    expect(table).toBe(
      [
        '| Indicator | Target | Note |',
        '|---|---:|---|',
        '| GDP | 240 |  |',
        '| a\\|b | 8 | line 1<br>line 2 |',
        '',
      ].join('\n'),
    );
  });
  it('escapes the header too, and writes a table without rows', () => {
    expect(markdownTable(['a|b'], [])).toBe('| a\\|b |\n|---|\n');
  });
  it('does not change its inputs', () => {
    const header = Object.freeze(['A']);
    const rows = Object.freeze([Object.freeze(['x'])]);
    expect(markdownTable(header, rows, Object.freeze(['right'] as const))).toBe('| A |\n|---:|\n| x |\n');
  });
});
