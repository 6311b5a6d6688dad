/**
 * CSV import of observations in tidy long form, with papaparse (browser-native, no Node
 * built-ins).
 *
 * @module
 */
import Papa from 'papaparse';
import { safeParse } from 'zod/mini';
import { validationError, type PlanIssue } from '../errors.js';
import { messages } from '../messages.js';
import type { Observation } from '../plan/types.js';
import { PARSE_OPTIONS, crash } from './issues.js';
import { observationsSchema } from './observation.js';

/**
 * The columns of a tidy observations CSV, in the usual order: `indicator`, `year`, `period`,
 * `value`, `unit`, `qualifier`, `status`, `vintage`, `source`.
 *
 * @example
 * ```ts
 * CSV_COLUMNS.join(','); // → 'indicator,year,period,value,unit,qualifier,status,vintage,source'
 * ```
 *
 * @category Schemas
 */
export const CSV_COLUMNS = /* @__PURE__ */ Object.freeze(['indicator', 'year', 'period', 'value', 'unit', 'qualifier', 'status', 'vintage', 'source'] as const);

type Column = (typeof CSV_COLUMNS)[number];

const isColumn = (name: string): name is Column => (CSV_COLUMNS as readonly string[]).includes(name);

/** Where an issue is: "line 4, column 'value'". */
const location = (issue: PlanIssue): string =>
  messages.csvLocation(issue.path[0] as number, issue.path[1] === undefined ? undefined : String(issue.path[1]));

/** One cell as the observation schema takes it; empty cells are absent. */
function cellValue(column: Column, cell: string): unknown {
  switch (column) {
    case 'year':
      return /^-?\d{1,6}$/.test(cell) ? Number(cell) : cell;
    case 'source':
      // A publication named in a CSV cannot be checked against the official page here.
      return { kind: 'external', publication: cell, confidence: 'secondary' };
    default:
      return cell;
  }
}

/**
 * Read observations from CSV text in tidy long form: a header row, then one observation a
 * line.
 *
 * ```text
 * indicator,year,period,value,unit,qualifier,status,vintage,source
 * gdp,2020,,2787.4,100m-yuan,exact,B,2021-04-06,Baotou statistical communiqué 2020
 * industrial-value-added,2015,,1200,100m-yuan,about,E,2016-01-12,Baotou government work report 2016
 * strategic-emerging-industries-share,,2019-01/2019-09,22.3,percent,exact,A,2019-11-06,Baotou Daily
 * ```
 *
 * Columns: `indicator` and `value` are required, and `year` or `period` (`2015`,
 * `2016-2020`, `2015-16`, or a span of months `2019-01/2019-09`); `unit`, `qualifier`,
 * `status` (SDMX `OBS_STATUS`: `E` estimated, `P` provisional, `B` break …), `vintage` (the
 * date the figure was published, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and `source` are
 * optional, in any order. An empty cell is an absent value. A `source` becomes an
 * external source with confidence `'secondary'` (a file cannot show it was read on the
 * official page). Header names may be surrounded by spaces; cells are taken as they are
 * (`' 12'` is not a decimal). Commas inside a field need quotes (`"1,000"` is still not a
 * decimal: no thousands separators). Line endings `\n`, `\r\n` and `\r` are all read; a
 * byte-order mark is skipped; blank lines are skipped.
 *
 * @param text - The CSV text.
 * @returns The observations, values as `Decimal`.
 * @throws `PlanError` `VALIDATION` listing every problem; each names the line (1-based,
 *   the header is line 1) and the column: `"line 4, column 'value': expected a decimal
 *   string or finite number, got 'n/a'"`.
 *
 * @example
 * ```ts
 * const observations = parseObservationsCsv('indicator,year,value,unit\ngdp,2020,278.74,bn-yuan\n');
 * observations[0]?.value.toString(); // → '278.74'
 * parseObservationsCsv('indicator,year,value\ngdp,2020,n/a\n'); // throws PlanError VALIDATION
 * // → "line 2, column 'value': expected a decimal string or finite number, got 'n/a'"
 * ```
 *
 * @category Schemas
 */
export function parseObservationsCsv(text: string): Observation[] {
  if (typeof text !== 'string') {
    throw validationError('csv', [{ path: ['csv'], message: messages.schemaExpected(messages.expected.string, text) }]);
  }
  let rows: string[][];
  let lines: number[];
  let structural: PlanIssue[];
  try {
    ({ rows, lines, structural } = readRows(text));
  } catch (error) {
    throw crash('csv', error);
  }
  const header = rows[0];
  if (header === undefined) throw validationError('csv', [{ path: [1], message: messages.csvEmpty(CSV_COLUMNS) }], location);

  const headerIssues: PlanIssue[] = [];
  const columns: Column[] = [];
  for (const raw of header) {
    const name = raw.trim();
    if (!isColumn(name)) headerIssues.push({ path: [1, name], message: messages.csvUnknownColumn(name, CSV_COLUMNS) });
    else if (columns.includes(name)) headerIssues.push({ path: [1, name], message: messages.csvDuplicateColumn(name) });
    columns.push(name as Column);
  }
  for (const required of ['indicator', 'value'] as const) {
    if (!columns.includes(required)) headerIssues.push({ path: [1], message: messages.csvMissingColumn(required) });
  }
  if (!columns.includes('year') && !columns.includes('period')) headerIssues.push({ path: [1], message: messages.csvNoYearColumn });
  if (headerIssues.length > 0) throw validationError('csv', [...structural, ...headerIssues], location);

  const issues = [...structural];
  const records: Record<string, unknown>[] = [];
  const recordLines: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as string[];
    const line = lines[i] as number;
    if (row.length !== columns.length) {
      issues.push({ path: [line], message: messages.csvFieldCount(columns.length, row.length) });
      continue;
    }
    const record: Record<string, unknown> = {};
    for (const [j, column] of columns.entries()) {
      const cell = row[j] as string;
      if (cell !== '') record[column] = cellValue(column, cell);
    }
    records.push(record);
    recordLines.push(line);
  }

  let result: ReturnType<typeof safeParse<typeof observationsSchema>>;
  try {
    result = safeParse(observationsSchema, records, PARSE_OPTIONS);
  } catch (error) {
    throw crash('csv', error);
  }
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [index, column] = issue.path;
      const path: (string | number)[] = [recordLines[index as number] as number];
      if (typeof column === 'string') path.push(column);
      issues.push({ path, message: issue.message });
    }
  }
  if (issues.length > 0) {
    issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
    throw validationError('csv', issues, location);
  }
  return (result as { data: Observation[] }).data;
}

/** Split CSV text into rows with the line each starts on; quote errors become issues. */
function readRows(text: string): { rows: string[][]; lines: number[]; structural: PlanIssue[] } {
  const normalised = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  const lines: number[] = [];
  const structural: PlanIssue[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(normalised, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const rowLine = line;
      for (let i = start; i < end; i++) if (normalised.charCodeAt(i) === 10) line++;
      start = end;
      const row = result.data;
      if (row.length === 1 && row[0] === '') return; // a blank line
      const codes = [...new Set(result.errors.map((error) => error.code))];
      if (codes.length > 0) {
        for (const code of codes) structural.push({ path: [rowLine], message: messages.csvMalformed(code) });
        if (rows.length > 0) return;
      }
      rows.push(row);
      lines.push(rowLine);
    },
  });
  return { rows, lines, structural };
}
