import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import { dec } from '../../src/decimal.js';
import { toCsv } from '../../src/export/csv.js';
import { TIDY_COLUMNS, toTidyRows } from '../../src/export/tidy.js';

describe('toCsv', () => {
  it('quotes as RFC 4180 says, with CRLF line ends', () => {
    expect(toCsv([{ id: 'a', value: dec('2.4e11'), quote: 'say "hi", then go' }])).toBe(
      'id,value,quote\r\na,240000000000,"say ""hi"", then go"\r\n',
    );
    expect(toCsv([{ a: 'line\nbreak', b: ' padded', c: null, d: undefined, e: true, f: 12n, g: 2016 }])).toBe(
      'a,b,c,d,e,f,g\r\n"line\nbreak"," padded",,,true,12,2016\r\n',
    );
  });

  it('writes decimals exactly, never in exponent notation', () => {
    expect(toCsv([{ v: dec('1e-9') }, { v: dec('-37.5') }, { v: dec('123456789012345678901234567890.5') }])).toBe(
      'v\r\n0.000000001\r\n-37.5\r\n123456789012345678901234567890.5\r\n',
    );
  });

  it('takes columns from the options or from every row', () => {
    expect(toCsv([{ a: 1 }, { b: 2 }])).toBe('a,b\r\n1,\r\n,2\r\n');
    expect(toCsv([{ a: 1, b: 2 }], { columns: ['b'] })).toBe('b\r\n2\r\n');
    expect(toCsv([])).toBe('');
    expect(toCsv([], { columns: ['x'] })).toBe('x\r\n');
  });

  it('rejects a cell it cannot write, naming it', () => {
    expect(() => toCsv([{ a: 1 }, { a: { nested: true } }])).toThrowPlanError(
      'INVALID_ARGUMENT',
      'rows[1].a: expected a string, a finite number, a bigint, a boolean, a Decimal or null, got an object',
    );
    expect(() => toCsv([{ a: Number.NaN }])).toThrowPlanError('INVALID_ARGUMENT', 'rows[0].a: expected a string, a finite number, a bigint, a boolean, a Decimal or null, got NaN');
  });

  it('rejects rows and options of the wrong shape', () => {
    expect(() => toCsv('a,b' as never)).toThrowPlanError('INVALID_ARGUMENT', "rows: expected an array, got 'a,b'");
    expect(() => toCsv([null] as never)).toThrowPlanError('INVALID_ARGUMENT', 'rows[0]: expected an object, got null');
    expect(() => toCsv([{ a: 1 }], { column: ['a'] } as never)).toThrowPlanError('INVALID_ARGUMENT', "options: unknown key 'column'; did you mean 'columns'?");
    expect(() => toCsv([{ a: 1 }], { columns: 'a' } as never)).toThrowPlanError('INVALID_ARGUMENT', "options.columns: expected an array, got 'a'");
    expect(() => toCsv([{ a: 1 }], { columns: ['a', 2] } as never)).toThrowPlanError('INVALID_ARGUMENT', 'options.columns[1]: expected a string, got 2');
  });

  it('round-trips the tidy rows through papaparse', () => {
    const rows = toTidyRows(baotou13);
    const text = toCsv(rows);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...TIDY_COLUMNS]);
    expect(parsed.data).toHaveLength(rows.length);
    parsed.data.forEach((record, i) => {
      const row = rows[i]!;
      expect(record.id).toBe(row.id);
      expect(record.value).toBe(row.value === null ? '' : row.value.toFixed());
      expect(record.quote).toBe(row.quote ?? '');
      expect(record.year).toBe(row.year === null ? '' : String(row.year));
    });
  });
});
