/**
 * CSV import of observations in tidy long form, with papaparse (browser-native, no Node
 * built-ins).
 *
 * @module
 */
import Papa from 'papaparse';
import { dec } from '../decimal.js';
import { safeParse } from 'zod/mini';
import type * as core from 'zod/v4/core';
import { validationError, type PlanIssue } from '../errors.js';
import { messages } from '../messages.js';
import type { Observation } from '../plan/types.js';
import { PARSE_OPTIONS, crash } from './issues.js';
import { checkObservations, observationSchema, readParseOptions, type ParseObservationsOptions } from './observation.js';

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
 * Duplicates — rows of one indicator and period with the same vintage and source — are
 * refused, naming both lines, unless `options.duplicates` says which to keep. With
 * `options.plan`, every row must be of one of the plan's indicators: an id it lacks is named
 * at the first line it is on, with the plan's closest ids.
 *
 * @param text - The CSV text.
 * @param options - `duplicates`: `'error'` (default), `'first'` or `'last'`; `plan`: the plan
 *   the observations are of (a plan typed with its ids narrows their `indicator`).
 * @returns The observations, values as `Decimal`.
 * @throws `PlanError` `VALIDATION` listing every problem; each names the line (1-based,
 *   the header is line 1) and the column: `"line 4, column 'value': expected a decimal
 *   string or finite number, got 'n/a'"`; `INVALID_ARGUMENT` for bad options.
 *
 * @example
 * ```ts
 * const observations = parseObservationsCsv('indicator,year,value,unit\ngdp,2020,278.74,bn-yuan\n');
 * observations[0]?.value.toString(); // → '278.74'
 * parseObservationsCsv('indicator,year,value\ngdp,2020,n/a\n'); // throws PlanError VALIDATION
 * // → "line 2, column 'value': expected a decimal string or finite number, got 'n/a'"
 * parseObservationsCsv('indicator,year,value\nindustrial-value-add,2020,240\n', { plan: baotou13 }); // throws PlanError VALIDATION
 * // → "line 2, column 'indicator': 'industrial-value-add' is not an indicator of plan 'baotou13'; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?"
 * ```
 *
 * @category Schemas
 */
export function parseObservationsCsv<I extends string = string>(text: string, options?: ParseObservationsOptions<I>): (Observation & { readonly indicator: I })[] {
  const settings = readParseOptions(options);
  if (typeof text !== 'string') {
    throw validationError('csv', [{ path: ['csv'], message: messages.schemaExpected(messages.expected.string, text) }]);
  }
  const reader = new ObservationReader();
  try {
    readRows(text, reader);
  } catch (error) {
    throw crash('csv', error);
  }
  if (reader.columns === undefined) {
    throw validationError('csv', [{ path: [1], message: messages.csvEmpty(CSV_COLUMNS) }], location);
  }
  const issues = reader.issues;
  if (issues.length > 0) {
    issues.sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
    throw validationError('csv', issues, location);
  }
  const { lines } = reader;
  const observations = checkObservations(reader.observations, settings, 'csv', (i) => [lines[i] as number], (path) => location({ path, message: '' }));
  return observations as (Observation & { readonly indicator: I })[];
}

/**
 * The schema of each field of an observation, in the order of its keys: a row is read field by
 * field with these, the same schemas `observationsSchema` is made of, so it gives the same
 * observation (a test compares the two on every kind of cell).
 */
const FIELDS = /* @__PURE__ */ (observationSchema as unknown as { _zod: { def: { shape: Record<string, core.$ZodType> } } })._zod.def.shape;

/** Columns whose cells read to a string or a number, so that a cell read once may be reused. */
const REUSABLE: ReadonlySet<Column> = /* @__PURE__ */ new Set<Column>(['indicator', 'year', 'unit', 'qualifier', 'status', 'vintage']);

/** The fields an observation must have (the others are optional). */
const REQUIRED: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ Object.keys(FIELDS).filter((key) => (FIELDS[key] as core.$ZodType)._zod.optin !== 'optional'),
);

/** Distinct cells remembered per column, at most. */
const MAX_REMEMBERED = 4096;

/** A cell that did not read, in {@link readCell}. */
const FAILED: unique symbol = Symbol('failed');

/**
 * Observations read row by row as the CSV parser hands them over, so that the rows of a long
 * file are never all held at once. Each cell is read by its field's schema (a cell of a
 * column such as `indicator` or `year` once per distinct text); a row with a cell that does
 * not read, or without exactly one of `year` and `period`, goes through the whole
 * observation schema, whose issues name the line and column. A million rows take a few
 * seconds (`npm run bench`).
 */
class ObservationReader {
  /** The header's columns, once read; `undefined` before the header (or for an empty text). */
  columns: Column[] | undefined;
  readonly issues: PlanIssue[] = [];
  readonly observations: Observation[] = [];
  /** The line of each observation, for the duplicates. */
  readonly lines: number[] = [];

  private keep(observation: Observation, line: number): void {
    this.observations.push(observation);
    this.lines.push(line);
  }
  /** The row's cells in the order of the observation's keys: [field, index in the row, required]. */
  private order: [Column, number, boolean][] = [];
  /** Whether the header has every required field (else every row goes through the whole schema). */
  private complete = false;
  private readonly remembered = new Map<Column, Map<string, unknown>>();

  /** One row starting on `line`; returns `false` once nothing more is to be read. */
  row(row: string[], line: number): boolean {
    if (this.columns === undefined) return this.header(row);
    const columns = this.columns;
    if (row.length !== columns.length) {
      this.issues.push({ path: [line], message: messages.csvFieldCount(columns.length, row.length) });
      return true;
    }
    if (!this.complete) return this.slow(row, line);
    const observation: Record<string, unknown> = {};
    let dated = 0;
    for (const [column, j, required] of this.order) {
      const cell = row[j] as string;
      if (cell === '') {
        if (required) return this.slow(row, line);
        continue;
      }
      const value = this.readCell(column, cell);
      if (value === FAILED) return this.slow(row, line);
      observation[column] = value;
      if (column === 'year' || column === 'period') dated++;
    }
    if (dated !== 1) return this.slow(row, line);
    if (this.issues.length === 0) this.keep(observation as unknown as Observation, line);
    return true;
  }

  /** A cell read by its field's schema, or {@link FAILED}. */
  private readCell(column: Column, cell: string): unknown {
    if (column === 'value') {
      // What the value's schema does with a string (decimalSchema: `dec`, which accepts exactly
      // the strings its input check accepts), without the schema's objects for each cell.
      try {
        return dec(cell);
      } catch {
        return FAILED;
      }
    }
    const reusable = REUSABLE.has(column);
    const known = reusable ? this.remembered.get(column)?.get(cell) : undefined;
    if (known !== undefined) return known;
    // Without PARSE_OPTIONS: a cell that fails is read again, with them, by `slow`.
    const result = safeParse(FIELDS[column] as core.$ZodType, cellValue(column, cell));
    if (!result.success) return FAILED;
    if (reusable) {
      let cells = this.remembered.get(column);
      if (cells === undefined) this.remembered.set(column, (cells = new Map()));
      if (cells.size < MAX_REMEMBERED) cells.set(cell, result.data);
    }
    return result.data;
  }

  /** A row read through the whole observation schema: its issues, or its observation. */
  private slow(row: string[], line: number): boolean {
    const record: Record<string, unknown> = {};
    (this.columns as Column[]).forEach((column, j) => {
      const cell = row[j] as string;
      if (cell !== '') record[column] = cellValue(column, cell);
    });
    const result = safeParse(observationSchema, record, PARSE_OPTIONS);
    if (result.success) {
      if (this.issues.length === 0) this.keep(result.data as Observation, line);
      return true;
    }
    for (const issue of result.error.issues) {
      const [column] = issue.path;
      this.issues.push({ path: typeof column === 'string' ? [line, column] : [line], message: issue.message });
    }
    return true;
  }

  private header(header: string[]): boolean {
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
    this.columns = columns;
    this.order = Object.keys(FIELDS).flatMap((key): [Column, number, boolean][] => {
      const j = columns.indexOf(key as Column);
      return j === -1 ? [] : [[key as Column, j, REQUIRED.has(key)]];
    });
    this.complete = [...REQUIRED].every((key) => columns.includes(key as Column));
    this.issues.push(...headerIssues);
    return headerIssues.length === 0;
  }
}

/**
 * Split CSV text into rows, each handed to `reader` with the line it starts on; quote errors
 * become issues. Stops when the reader says so (an unusable header).
 */
function readRows(text: string, reader: ObservationReader): void {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Line ends become '\n' outside quotes only: a quoted cell keeps its own bytes ("a\r\nb").
  const normalised = body.includes('"') ? body.replace(/"[^"]*"|\r\n?/g, (m) => (m.charCodeAt(0) === 34 ? m : '\n')) : body.replace(/\r\n?/g, '\n');
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(normalised, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      const end = result.meta.cursor;
      const rowLine = line;
      for (let i = start; i < end; i++) if (normalised.charCodeAt(i) === 10) line++;
      start = end;
      const row = result.data;
      if (row.length === 1 && row[0] === '') return; // a blank line
      if (result.errors.length > 0) {
        const codes = [...new Set(result.errors.map((error) => error.code))];
        for (const code of codes) reader.issues.push({ path: [rowLine], message: messages.csvMalformed(code) });
        if (reader.columns !== undefined) return;
      }
      if (!reader.row(row, rowLine)) parser.abort();
    },
  });
}
