/**
 * What every scorecard row shares, on projections and on observations: the options, the
 * progress evaluations a target is judged by, and the frozen row.
 *
 * @internal
 * @module
 */
import type { Decimal } from '../decimal.js';
import { isPlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Period, Target, Year } from '../plan/types.js';
import { evaluateTarget } from '../progress/evaluateTarget.js';
import { evaluateIntensityTarget } from '../progress/intensityTarget.js';
import { evaluateShareTarget } from '../progress/shareTarget.js';
import type { Caveat, EvaluateTargetOptions, RateTargetOptions, TargetEvaluation, ToleranceInput } from '../progress/types.js';
import { optional, readChoice, readObject, readYear } from '../read.js';
import type { UnitId } from '../units/index.js';
import { APPROXIMATELY_READINGS, type ApproximatelyReading } from '../vocabulary.js';
import { PERIOD_MODES, type IndicatorNode, type PlanModel, type TargetNode } from './planGraph.js';
import { averageAt, valueAt, type ProjectionTable } from './projectionTable.js';
import { reasons } from './text.js';
import type { ScorecardBasis, ScorecardBound, ScorecardRow, ScorecardStatus } from './types.js';

/**
 * Where a scorecard on a projection reads its values: the projection's table.
 *
 * @internal
 */
export interface ValueSource {
  /** The value of `id` in `year`, in the indicator's unit. */
  value(id: string, year: Year): Decimal | undefined;
  /** The unit of the values of `id`: the indicator's. */
  unit(id: string): UnitId;
  /**
   * The annual average growth (a ratio) of the levels of series `id` from `from` to `to`
   * (those of {@link ValueSource.value}), where it is already computed; else undefined.
   */
  averageOfLevels(id: string, from: Year, to: Year): Decimal | undefined;
  /** Why `ids` have no value in `year`. */
  missing(ids: readonly string[], year: Year): string;
}

/** The values of a projection table. @internal */
export function tableSource(table: ProjectionTable, model: PlanModel): ValueSource {
  return {
    value: (id, year) => valueAt(table, id, year),
    unit: (id) => (model.nodes.get(id) as IndicatorNode).unitId,
    averageOfLevels: (id, from, to) => averageAt(table, id, from, to),
    missing: (ids, year) => {
      const absent = ids.filter((id) => !table.values.has(id));
      return absent.length > 0 ? reasons.notDriven(absent) : reasons.beyondHorizon(year, table.baseYear, table.horizon);
    },
  };
}

/** Options read and checked. @internal */
export interface RowOptions {
  readonly asOf: Year | undefined;
  readonly tolerance: ToleranceInput | undefined;
  readonly approximately: ApproximatelyReading | undefined;
}

/** The keys of {@link ScorecardOptions}. @internal */
export const SCORECARD_OPTION_KEYS: readonly string[] = ['asOf', 'defaultTolerance', 'approximately', 'indicators'];

/** Read `asOf`, `defaultTolerance` and `approximately` of a scorecard-like options object. @internal */
export function readRowOptions(o: Record<string, unknown>): RowOptions {
  return {
    asOf: optional(o.asOf, (x) => readYear(x, 'options.asOf')),
    tolerance: readDefaultTolerance(o),
    approximately: optional(o.approximately, (x) => readChoice(x, 'options.approximately', APPROXIMATELY_READINGS)),
  };
}

/** Read `defaultTolerance` of an options object (checked in full where it is used). @internal */
export function readDefaultTolerance(o: Record<string, unknown>): ToleranceInput | undefined {
  return optional(o.defaultTolerance, (x) => readObject(x, 'options.defaultTolerance', messages.expected.tolerance) as ToleranceInput);
}

/**
 * The options of a progress evaluation of `target`: the default tolerance for an
 * `approximately` target that has none of its own, and how `approximately` is read. @internal
 */
export function evaluationOptions(target: Target, o: Pick<RowOptions, 'tolerance' | 'approximately'>): EvaluateTargetOptions | undefined {
  if (target.comparator !== 'approximately') return undefined;
  const tolerance = target.tolerance === undefined ? o.tolerance : undefined;
  if (tolerance === undefined && o.approximately === undefined) return undefined;
  return {
    ...(tolerance === undefined ? {} : { tolerance }),
    ...(o.approximately === undefined ? {} : { approximately: o.approximately }),
  };
}

/** A value for the progress evaluations: plain when already in `expected`, else a quantity they convert exactly. */
const asValue = (value: Decimal, unit: UnitId, expected: UnitId): Decimal | { value: Decimal; unit: UnitId } =>
  unit === expected ? value : { value, unit };

/** A target judged on one value of its indicator (in the indicator's unit), converted exactly. @internal */
export function evaluateValue(t: TargetNode, value: Decimal, opts: EvaluateTargetOptions | undefined): TargetEvaluation {
  return evaluateTarget(t.spec, asValue(value, t.node.unitId, t.target.unit), opts);
}

/** A share or intensity target judged on its parts (each in its indicator's unit). @internal */
export function evaluateParts(t: TargetNode, n: Decimal, m: Decimal, opts: EvaluateTargetOptions | undefined): TargetEvaluation {
  const { numerator, denominator } = t.parts as NonNullable<TargetNode['parts']>;
  const nUnit = numerator.unitId;
  const mUnit = denominator.unitId;
  return t.mode === 'share'
    ? evaluateShareTarget(t.spec, asValue(n, nUnit, mUnit), asValue(m, mUnit, nUnit), opts)
    : evaluateIntensityTarget(t.spec, asValue(n, nUnit, 'tce'), asValue(m, mUnit, '10k-yuan'), opts);
}

/**
 * The options of a rate evaluation up to `to`, set field by field, not spread: this runs for
 * every rate target of every sweep point. @internal
 */
export function rateOptions(t: TargetNode, to: Year, opts: EvaluateTargetOptions | undefined): RateTargetOptions {
  const options: { through?: Year; tolerance?: ToleranceInput; approximately?: ApproximatelyReading } = {};
  if (to < (t.period as Period).end) options.through = to;
  if (opts?.tolerance !== undefined) options.tolerance = opts.tolerance;
  if (opts?.approximately !== undefined) options.approximately = opts.approximately;
  return options;
}

/** No caveats. @internal */
export const NONE: readonly Caveat[] = /* @__PURE__ */ Object.freeze([]);

/** No years. @internal */
export const NO_YEARS: readonly Year[] = /* @__PURE__ */ Object.freeze([]);

/**
 * What judging a target gives, but its caveats: the evaluation and what the row says besides,
 * and `absent`, the state of a row without a value that is not pending. @internal
 */
export interface Judged {
  readonly evaluation: TargetEvaluation | null;
  readonly reason: string | null;
  readonly basis: ScorecardBasis | null;
  readonly bound: ScorecardBound | null;
  readonly missing: readonly Year[];
  readonly absent: 'not_projected' | 'no_data' | 'incomplete';
}

/** Nothing judged: no value, no reason yet. @internal */
export const NOTHING: Judged = /* @__PURE__ */ Object.freeze({ evaluation: null, reason: null, basis: null, bound: null, missing: NO_YEARS, absent: 'no_data' });

/**
 * One row: the target judged by `judge` at its year (or as of `asOf`), a value where a formula
 * is undefined (`DOMAIN`) counting as missing with the message as reason, and the caveats
 * `caveatsOf` gives for the evaluation.
 *
 * @internal
 */
export function judgeTarget(
  t: TargetNode,
  o: RowOptions,
  absent: Judged['absent'],
  judge: (year: Year, opts: EvaluateTargetOptions | undefined) => Judged,
  caveatsFor: (evaluation: TargetEvaluation | null) => readonly Caveat[],
): ScorecardRow {
  const pending = o.asOf !== undefined && o.asOf < t.target.year;
  const year = pending ? (o.asOf as Year) : t.target.year;
  const opts = evaluationOptions(t.target, o);
  let judged: Judged;
  try {
    judged = judge(year, opts);
  } catch (error) {
    if (!isPlanError(error) || error.code !== 'DOMAIN') throw error;
    judged = { ...NOTHING, absent, reason: error.message };
  }
  return finishRow(t, year, pending, judged, caveatsFor(judged.evaluation));
}

/** A row, frozen: the target judged at `year` (its own, or `asOf` when `pending`). */
function finishRow(t: TargetNode, year: Year, pending: boolean, p: Judged, caveats: readonly Caveat[]): ScorecardRow {
  const target = t.target;
  const evaluation = p.evaluation;
  let status: ScorecardStatus;
  if (pending) status = 'pending';
  else if (evaluation === null) status = p.absent;
  else status = evaluation.met ? 'met' : 'not_met';
  // The union's shape by status: a verdict has its evaluation, a row without a value its reason.
  return Object.freeze({
    targetId: target.id,
    indicatorId: t.node.id,
    year: target.year,
    valueYear: evaluation === null ? null : rateYear(t, year),
    value: evaluation === null ? null : evaluation.value,
    comparator: target.comparator,
    threshold: target.value,
    unit: target.unit,
    met: status === 'met' ? true : status === 'not_met' ? false : null,
    gap: evaluation === null ? null : evaluation.gap,
    attainment: evaluation === null ? null : evaluation.attainment,
    status,
    evaluation,
    reason: p.reason,
    basis: evaluation === null ? null : p.basis,
    caveats,
    bound: p.bound,
    missing: status === 'incomplete' ? p.missing : NO_YEARS,
  }) as ScorecardRow;
}


/** The year a value is of: for a target over a period, the last year judged (at most the period's end). */
function rateYear(t: TargetNode, year: Year): Year {
  return PERIOD_MODES.has(t.mode) && t.period !== null ? Math.min(year, t.period.end) : year;
}

