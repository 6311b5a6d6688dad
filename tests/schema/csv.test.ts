import { describe, expect, it } from 'vitest';
import { parseObservationsCsv } from '../../src/schema/index.js';
import { UNIT_IDS } from '../../src/units/index.js';
import { planError } from '../_lib/errors.js';

// Published figures: GDP 2,787.4 亿元 and secondary sector 1,153.0 亿元 in 2020 (Baotou statistical
// communiqué 2020, 包头市统计局, 2021-04-06); above-scale industrial value added ≈ 1,200 亿元 in
// 2015 (Baotou government work report 2016, 杜学军, 2016-01-12).
const TIDY = `indicator,year,value,unit,qualifier,status,source
gdp,2020,278.74,bn-yuan,exact,A,Baotou statistical communiqué 2020
secondary-sector-value-added,2020,115.30,bn-yuan,exact,A,Baotou statistical communiqué 2020
industrial-value-added,2015,120,bn-yuan,about,A,"Baotou government work report, 2016"
`;

describe('parseObservationsCsv', () => {
  it('reads tidy long form', () => {
    const rows = parseObservationsCsv(TIDY);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => [r.indicator, r.year, r.value.toString(), r.unit, r.qualifier, r.status])).toEqual([
      ['gdp', 2020, '278.74', 'bn-yuan', 'exact', 'A'],
      ['secondary-sector-value-added', 2020, '115.3', 'bn-yuan', 'exact', 'A'],
      ['industrial-value-added', 2015, '120', 'bn-yuan', 'about', 'A'],
    ]);
    expect(rows[2]?.source).toEqual({ kind: 'external', publication: 'Baotou government work report, 2016', confidence: 'secondary' });
  });

  it('reads periods, columns in any order, empty optional cells, CRLF, a BOM, blank lines and spaced headers', () => {
    const text = '\uFEFF value , indicator,period,unit\r\n22.3,strategic-emerging-share,2015-16,percent\r\n\r\n11.8,industrial-value-added-growth,2017-2021,\r\n';
    const rows = parseObservationsCsv(text);
    expect(rows.map((r) => [r.indicator, r.period, r.value.toString(), r.unit])).toEqual([
      ['strategic-emerging-share', { start: 2015, end: 2016 }, '22.3', 'percent'],
      ['industrial-value-added-growth', { start: 2017, end: 2021 }, '11.8', undefined],
    ]);
    expect(Object.keys(rows[1] ?? {})).toEqual(['indicator', 'period', 'value']); // no key for the empty unit cell
  });

  it('keeps quoted fields with commas, quotes and line breaks whole', () => {
    const rows = parseObservationsCsv('indicator,year,value,source\ngdp,2014,370,"China Daily, ""Baotou"" report\n2015-10-29"\n');
    expect(rows[0]?.source).toEqual({ kind: 'external', publication: 'China Daily, "Baotou" report\n2015-10-29', confidence: 'secondary' });
  });

  it('names the line and the column of every bad cell', () => {
    const text = [
      'indicator,year,value,unit,qualifier,status',
      'gdp,2020,278.74,bn-yuan,exact,A',
      'gdp,2019,n/a,bn-yuan,exact,A',
      'gdp,20x8,1,bn-yuaan,,',
      '',
      'gdp,2017,"1,000",,roughly,Q',
      'gdp,2016,1',
      ',2015,1,,,',
    ].join('\n');
    const error = planError(() => parseObservationsCsv(text));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues.map((issue) => `${issue.path.join(' ')}: ${issue.message}`)).toEqual([
      "3 value: expected a decimal string or finite number, got 'n/a'",
      "4 year: expected an integer year from 1900 to 2100, got '20x8'",
      `4 unit: expected one of ${UNIT_IDS.map((id) => `'${id}'`).join(', ')}, got 'bn-yuaan'`, // the registry's list, 'yuan' first
      "6 value: expected a decimal string or finite number, got '1,000'",
      "6 qualifier: expected one of 'exact', 'about', 'moreThan', 'lessThan', got 'roughly'",
      "6 status: expected one of 'A', 'B', 'E', 'F', 'I', 'M', 'P', 'S', got 'Q'",
      '7: expected 6 fields as in the header, got 3',
      "8 indicator: missing; expected an id of 1 to 100 letters, digits, '-', '_', '.', ':' or '/', starting with a letter or digit",
    ]);
    expect(error.message.startsWith("8 problems: line 3, column 'value': expected a decimal string or finite number, got 'n/a'; line 4, column 'year'")).toBe(true);
    expect(error.message.endsWith('; and 3 more')).toBe(true);
  });

  it('checks the header', () => {
    expect(() => parseObservationsCsv('indicator,year,value,comment\n')).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: line 1, column 'comment': unknown column 'comment'; allowed columns: indicator, year, period, value, unit, qualifier, status, vintage, source]`,
    );
    expect(() => parseObservationsCsv('indicator,value\n')).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: line 1: needs a 'year' or a 'period' column]`,
    );
    expect(() => parseObservationsCsv('indicator,year,year,value\n')).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: line 1, column 'year': column 'year' appears more than once]`,
    );
    expect(() => parseObservationsCsv('year\n')).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: 2 problems: line 1: missing column 'indicator'; line 1: missing column 'value']`,
    );
    expect(() => parseObservationsCsv('')).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: line 1: the first line must be a header naming the columns (indicator, year, period, value, unit, qualifier, status, vintage, source)]`,
    );
  });

  it('reports broken quoting on the line it starts', () => {
    expect(() => parseObservationsCsv('indicator,year,value\ngdp,2020,1\ngdp,2019,"2\ngdp,2018,3\n')).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: line 3: a quoted field is not closed]`,
    );
  });

  it('a row with year and period both filled is one problem of that line', () => {
    expect(() => parseObservationsCsv('indicator,year,period,value\ngdp,2015,2015-16,1\n')).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: line 2, column 'period': give 'year' or 'period', not both]`,
    );
  });

  it('rejects what is not text', () => {
    expect(() => parseObservationsCsv(Buffer.from('x') as unknown as string)).toThrowErrorMatchingInlineSnapshot(
      `[PlanError: csv: expected a string, got an object]`,
    );
  });
});

describe('parseObservationsCsv: duplicates', () => {
  it('name both lines, unless options.duplicates keeps one', () => {
    const text = 'indicator,year,value,vintage\ngdp,2020,278.74,\ngdp,2019,260,\n\ngdp,2020,277,\ngdp,2020,276,2025\n';
    const error = planError(() => parseObservationsCsv(text));
    expect(error.message).toBe(
      "line 5: duplicates line 2: 'gdp' 2020, with the same vintage, source and definition; give one figure, a vintage to tell a revision from the first release, or options.duplicates 'first' or 'last' (parseObservations, parseObservationsCsv)",
    );
    expect(parseObservationsCsv(text, { duplicates: 'last' }).map((o) => o.value.toString())).toEqual(['260', '277', '276']);
    // rows of two sources are two figures
    expect(parseObservationsCsv('indicator,year,value,source\ngdp,2014,363.63,Baotou News\ngdp,2014,370,China Daily\n')).toHaveLength(2);
  });
});
