/**
 * The plan's figures as tidy rows: one row per target or fact, one column per variable,
 * ready for CSV, pandas or R.
 *
 * @module
 */
import type { Decimal } from '../decimal.js';
import { targetForm } from '../plan/form.js';
import { readPlanArgument } from '../plan/readPlanArgument.js';
import type { Comparator, Confidence, Fact, ObsStatus, Plan, Qualifier, SourceRef, Target, TargetForm, Wording } from '../plan/types.js';
import type { UnitId } from '../units/index.js';

/**
 * One target or fact of a plan, flat. Column names are snake_case, as they appear in CSV.
 *
 * - `record`: `'target'` or `'fact'`;
 * - `year`: a target's year, or a fact's year when its period is one year;
 * - `period_start`, `period_end`: the period of a target over a period, or a fact's period;
 * - `form`: what a target's value is (`level`, `annual-average`, `change`, `relative-change`,
 *   `cumulative`), as it is read (a growth rate over a period is an annual average);
 * - `relation`: a target's comparator (`atLeast`, `above`, `atMost`, `below`,
 *   `approximately`) or a fact's qualifier (`exact`, `about`, `moreThan`, `lessThan`);
 * - `wording`: a target's own word for its comparator (`above`, 以上, `about` …), where the
 *   source gives one;
 * - `value`, `unit`: the figure (`null` for a qualitative fact, which has `statement`);
 * - `tolerance`, `tolerance_type`: for `approximately` targets;
 * - `source_section` and `quote` for the report; `source_publication`, `source_date`,
 *   `source_url` (the address of the copy read), `confidence` and `quote` for another source.
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
  readonly form: TargetForm | null;
  readonly relation: Comparator | Qualifier;
  readonly wording: Wording | null;
  readonly value: Decimal | null;
  readonly unit: UnitId | null;
  readonly tolerance: Decimal | null;
  readonly tolerance_type: 'absolute' | 'relative' | null;
  readonly status: ObsStatus | null;
  readonly statement: string | null;
  readonly source_section: string | null;
  readonly source_publication: string | null;
  readonly source_date: string | null;
  readonly source_url: string | null;
  readonly confidence: Confidence | null;
  readonly quote: string | null;
  readonly note: string | null;
}

/**
 * The columns of a {@link TidyRow}, in order: the header of the tidy CSV.
 *
 * @example
 * ```ts
 * TIDY_COLUMNS.slice(0, 4); // → ['record', 'id', 'indicator', 'subject']
 * toCsv(toTidyRows(baotou13), { columns: TIDY_COLUMNS }).split('\r\n')[0] === TIDY_COLUMNS.join(','); // → true
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
  'form',
  'relation',
  'wording',
  'value',
  'unit',
  'tolerance',
  'tolerance_type',
  'status',
  'statement',
  'source_section',
  'source_publication',
  'source_date',
  'source_url',
  'confidence',
  'quote',
  'note',
] as const satisfies /* @__PURE__ */ readonly (keyof TidyRow)[]);

type SourceColumns = Pick<TidyRow, 'source_section' | 'source_publication' | 'source_date' | 'source_url' | 'confidence' | 'quote'>;

function sourceColumns(source: SourceRef): SourceColumns {
  return source.kind === 'report'
    ? { source_section: source.section, source_publication: null, source_date: null, source_url: null, confidence: null, quote: source.quote }
    : {
        source_section: null,
        source_publication: source.publication,
        source_date: source.date ?? null,
        source_url: source.url ?? null,
        confidence: source.confidence,
        quote: source.quote ?? null,
      };
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
    form: targetForm(target, indicator),
    relation: target.comparator,
    wording: target.wording ?? null,
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
    form: null,
    relation: fact.qualifier,
    wording: null,
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
 * @throws `PlanError` `INVALID_ARGUMENT` when `plan` is not a plan.
 *
 * @example
 * ```ts
 * const [first] = toTidyRows(baotou13);
 * [first?.record, first?.id, first?.relation, first?.value?.toFixed(), first?.unit, first?.source_section];
 * // → ['target', 'industrial-value-added-2020', 'atLeast', '240', 'bn-yuan', 'II.a']
 * toTidyRows(baotou13).length; // → 26 (11 targets, then 15 facts)
 * ```
 *
 * @category Plan
 */
export function toTidyRows(plan: Plan): readonly TidyRow[] {
  const { targets, facts } = readPlanArgument(plan);
  return Object.freeze([...targets.map((t) => targetRow(plan, t)), ...facts.map(factRow)]);
}
