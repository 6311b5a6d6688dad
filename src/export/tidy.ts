/**
 * The plan's figures as tidy rows: one row per target or fact, one column per variable,
 * ready for CSV, pandas or R.
 *
 * @module
 */
import type { Decimal } from '../decimal.js';
import type { UnitId } from '../units/index.js';
import type { Comparator, Fact, ObsStatus, Plan, Qualifier, SourceRef, Target } from '../plan/types.js';

/**
 * One target or fact of a plan, flat. Column names are snake_case, as they appear in CSV.
 *
 * - `record`: `'target'` or `'fact'`;
 * - `year`: a target's year, or a fact's year when its period is one year;
 * - `period_start`, `period_end`: a rate target's period, or a fact's period;
 * - `relation`: a target's comparator (`atLeast`, `above`, `atMost`, `below`,
 *   `approximately`) or a fact's qualifier (`exact`, `about`, `moreThan`, `lessThan`);
 * - `value`, `unit`: the figure (`null` for a qualitative fact, which has `statement`);
 * - `tolerance`, `tolerance_type`: for `approximately` targets;
 * - `source_section` and `quote` for the report, `source_publication` and `confidence` for
 *   another source.
 *
 * @category Plan
 */
export interface TidyRow {
  readonly record: 'target' | 'fact';
  readonly id: string;
  readonly indicator: string | null;
  /** The indicator's English name, or the fact's subject. */
  readonly subject: string;
  readonly year: number | null;
  readonly period_start: number | null;
  readonly period_end: number | null;
  readonly relation: Comparator | Qualifier;
  readonly value: Decimal | null;
  readonly unit: UnitId | null;
  readonly tolerance: Decimal | null;
  readonly tolerance_type: 'absolute' | 'relative' | null;
  readonly status: ObsStatus | null;
  readonly statement: string | null;
  readonly source_section: string | null;
  readonly source_publication: string | null;
  readonly confidence: 'primary' | 'secondary' | null;
  readonly quote: string | null;
  readonly note: string | null;
}

/**
 * The columns of a {@link TidyRow}, in order: the header of the tidy CSV.
 *
 * @example
 * ```ts
 * toCsv(toTidyRows(plan), { columns: TIDY_COLUMNS }); // every column, even if all empty
 * ```
 *
 * @category Plan
 */
export const TIDY_COLUMNS = /* @__PURE__ */ Object.freeze([
  'record',
  'id',
  'indicator',
  'subject',
  'year',
  'period_start',
  'period_end',
  'relation',
  'value',
  'unit',
  'tolerance',
  'tolerance_type',
  'status',
  'statement',
  'source_section',
  'source_publication',
  'confidence',
  'quote',
  'note',
] as const satisfies /* @__PURE__ */ readonly (keyof TidyRow)[]);

function sourceColumns(source: SourceRef): Pick<TidyRow, 'source_section' | 'source_publication' | 'confidence' | 'quote'> {
  return source.kind === 'report'
    ? { source_section: source.section, source_publication: null, confidence: null, quote: source.quote }
    : { source_section: null, source_publication: source.publication, confidence: source.confidence, quote: source.quote ?? null };
}

function targetRow(plan: Plan, target: Target): TidyRow {
  const indicator = plan.indicators.find((i) => i.id === target.indicator);
  const tolerance = target.tolerance;
  return Object.freeze({
    record: 'target',
    id: target.id,
    indicator: target.indicator,
    subject: indicator?.name.en ?? target.indicator,
    year: target.year,
    period_start: target.period?.start ?? null,
    period_end: target.period?.end ?? null,
    relation: target.comparator,
    value: target.value,
    unit: target.unit,
    tolerance: tolerance === undefined ? null : (tolerance.absolute ?? tolerance.relative),
    tolerance_type: tolerance === undefined ? null : tolerance.absolute === undefined ? 'relative' : 'absolute',
    status: null,
    statement: null,
    ...sourceColumns(target.source),
    note: target.note ?? null,
  });
}

function factRow(fact: Fact): TidyRow {
  return Object.freeze({
    record: 'fact',
    id: fact.id,
    indicator: fact.indicator ?? null,
    subject: fact.subject.en,
    year: fact.period.start === fact.period.end ? fact.period.start : null,
    period_start: fact.period.start,
    period_end: fact.period.end,
    relation: fact.qualifier,
    value: fact.value ?? null,
    unit: fact.unit ?? null,
    tolerance: null,
    tolerance_type: null,
    status: fact.status,
    statement: fact.statement ?? null,
    ...sourceColumns(fact.source),
    note: fact.note ?? null,
  });
}

/**
 * The plan's targets and facts as tidy rows: every target (plan order), then every fact.
 * Values stay exact `Decimal`s; {@link toCsv} writes them in plain notation.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @returns A frozen array of frozen rows.
 *
 * @example
 * ```ts
 * const rows = toTidyRows(baotou13);
 * rows[0]; // → { record: 'target', id: 'industrial-value-added-2020', year: 2020,
 *          //     relation: 'atLeast', value: Decimal(240), unit: 'bn-yuan', source_section: 'II.a', … }
 * toCsv(rows); // CSV text, one line per row
 * ```
 *
 * @category Plan
 */
export function toTidyRows(plan: Plan): readonly TidyRow[] {
  return Object.freeze([...plan.targets.map((t) => targetRow(plan, t)), ...plan.facts.map(factRow)]);
}
