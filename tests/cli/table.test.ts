import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../src/errors.js';
import { countLines, displayWidth, measureText, renderMarkdownTable, renderTable, wrapText, type TableColumn } from '../../src/cli/table.js';

const columns: TableColumn[] = [
  { key: 'id', header: 'Target' },
  { key: 'value', header: 'Value', align: 'right' },
];

describe('displayWidth', () => {
  it('counts Chinese characters and fullwidth forms as two columns', () => {
    expect(displayWidth('240 billion yuan')).toBe(16);
    expect(displayWidth('2,400 亿元')).toBe(10); // 6 + space... '2,400' 5 + ' ' 1 + 2×2
    expect(displayWidth('包头')).toBe(4);
    expect(displayWidth('（）')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1); // e + combining acute
    expect(displayWidth('')).toBe(0);
  });
});

describe('countLines', () => {
  it('counts the lines wrapText makes, and those lines fit and keep every word', () => {
    // Words of Latin letters, Chinese characters and Chinese punctuation, spaces and line breaks.
    const piece = fc.constantFrom('a', 'bc', 'defghijklmnop', ' ', '  ', '\n', '包', '头市', '，', '（', '）', '。', '8%', '—');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 2, max: 30 }), (pieces, width) => {
        const text = pieces.join('');
        const lines = wrapText(text, width);
        expect(countLines(measureText(text), width)).toBe(lines.length);
        // Independently of how the lines were made: one line at least per paragraph, none wider
        // than the width (every character here is at most 2 columns wide), no trailing or
        // doubled space, and the characters other than spaces, in order, are the text's.
        expect(lines.length).toBeGreaterThanOrEqual(text.split('\n').length);
        for (const line of lines) {
          expect(displayWidth(line)).toBeLessThanOrEqual(width);
          expect(line).not.toMatch(/^ | $|  /);
        }
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/[ \n]/g, ''));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('counts by hand', () => {
    // 'an annual average' | 'increase above 8' | 'percent' at 20; one line at 60; 'abcd' 'efgh' 'ij' at 4
    expect(countLines(measureText('an annual average increase above 8 percent'), 20)).toBe(3);
    expect(countLines(measureText('an annual average increase above 8 percent'), 60)).toBe(1);
    expect(countLines(measureText('abcdefghij'), 4)).toBe(3);
    expect(countLines(measureText('a\n\nb'), 5)).toBe(3);
    // 东铝西 | 钢南科 | 技北装 | 备 at 6 (each character two columns)
    expect(countLines(measureText('东铝西钢南科技北装备'), 6)).toBe(4);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('an annual average increase above 8 percent', 20)).toEqual([
      'an annual average',
      'increase above 8',
      'percent',
    ]);
  });
  it('breaks a word wider than the line, and Chinese text between characters', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('东铝西钢南科技北装备', 6)).toEqual(['东铝西', '钢南科', '技北装', '备']);
  });
  it('keeps line breaks and never returns a line wider than the width', () => {
    expect(wrapText('a b\nc', 10)).toEqual(['a b', 'c']);
    const lines = wrapText('Promote industrial competitiveness steadily; have an industrial added value of 240-billion yuan', 13);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(13);
    // 'competitiveness' (15 columns) is the one word split; nothing is lost
    expect(lines).toContain('competitivene');
    expect(lines.join('').replace(/ /g, '')).toBe('Promote industrial competitiveness steadily; have an industrial added value of 240-billion yuan'.replace(/ /g, ''));
  });
});

describe('renderTable', () => {
  it('aligns columns: text left, numbers right, a rule of dashes, no trailing spaces', () => {
    const out = renderTable(columns, [
      { id: 'industrial-value-added-2020', value: '240' },
      { id: 'x', value: '1,234.5' },
    ]);
    expect(out).toBe(
      [
        'Target                         Value',
        '---------------------------  -------',
        'industrial-value-added-2020      240',
        'x                            1,234.5',
        '',
      ].join('\n'),
    );
  });

  it('fits 80 columns by wrapping the widest text column; numbers keep their width', () => {
    const quote =
      'Promote industrial competitiveness steadily; have an industrial added value of 240-billion yuan and an annual average increase above 8 percent';
    const out = renderTable(
      [{ key: 'id', header: 'Target' }, { key: 'quote', header: 'Quote' }, { key: 'value', header: 'Value', align: 'right' }],
      [{ id: 'industrial-value-added-2020', quote, value: '240,000,000,000' }],
    );
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines[2]).toContain('240,000,000,000');
    // every word of the quote is still there
    for (const word of quote.split(' ')) expect(out).toContain(word);
    // the long quote wraps, rather than the short id
    expect(lines[2]?.startsWith('industrial-value-added-2020')).toBe(true);
  });

  it('narrows the column whose wrapping costs the fewest lines', () => {
    const out = renderTable(
      [{ key: 'name', header: 'Name' }, { key: 'goal', header: 'Goal' }],
      [
        { name: 'a b c d e f g h i j k l m n o p q r s t u v w x y z', goal: 'x' },
        { name: 'short', goal: '≥ 240 billion yuan' },
      ],
      { width: 40 },
    );
    // the names wrap (3 lines at 20 columns); '≥ 240 billion yuan' keeps its 18 columns
    expect(out.split('\n').slice(2, 6)).toEqual(['a b c d e f g h i j   x', 'k l m n o p q r s t', 'u v w x y z', 'short                 ≥ 240 billion yuan']);
  });

  it('aligns Chinese text by display width', () => {
    const out = renderTable([{ key: 'a', header: '名称' }, { key: 'b', header: 'N', align: 'right' }], [
      { a: '包头', b: '1' },
      { a: 'Baotou', b: '22' },
    ]);
    const lines = out.trimEnd().split('\n');
    const widths = lines.map(displayWidth);
    expect(widths[2]).toBe(widths[3]);
    expect(lines[2]).toBe('包头     1');
  });

  it('truncates a truncate column with …', () => {
    const out = renderTable(
      [{ key: 'a', header: 'A', overflow: 'truncate', minWidth: 5 }, { key: 'b', header: 'B', align: 'right' }],
      [{ a: 'abcdefghijklmnop', b: '1' }],
      { width: 10 },
    );
    expect(out.split('\n')[2]).toBe('abcdef…  1'); // 7 columns: 10 − gap 2 − the number 1
  });

  it('treats a missing cell as empty and rejects a cell that is not a string', () => {
    expect(renderTable(columns, [{ id: 'a' }]).split('\n')[2]).toBe('a');
    expect(() => renderTable(columns, [{ id: 'a', value: 240 as unknown as string }])).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: rows[0].value: expected a string cell, got 240]`,
    );
    expect(() => renderTable([], [])).toThrow(PlanError);
  });

  it('does not change its input', () => {
    const rows = [Object.freeze({ id: 'a', value: '1' })];
    const frozen = Object.freeze(columns.map((c) => Object.freeze({ ...c })));
    expect(() => renderTable(frozen, Object.freeze(rows))).not.toThrow();
  });
});

describe('renderMarkdownTable', () => {
  it('writes a GFM table with right-aligned number columns and escaped pipes', () => {
    expect(renderMarkdownTable(columns, [{ id: 'a|b', value: '240' }, { id: 'line\nbreak' }])).toBe(
      '| Target | Value |\n|---|---:|\n| a\\|b | 240 |\n| line<br>break |  |\n',
    );
  });
  it('writes &, < and > as entities, so that no cell becomes HTML', () => {
    expect(renderMarkdownTable(columns, [{ id: '<b>R&D</b>', value: '> 8%' }]).split('\n')[2]).toBe(
      '| &lt;b&gt;R&amp;D&lt;/b&gt; | &gt; 8% |',
    );
  });
});
