/**
 * The scenario driver model: base-year levels of a few series plus an assumption of how
 * each evolves, year by year, to a horizon.
 *
 * @module
 */
import type { Decimal, DecimalInput } from '../decimal.js';
import type { Comparator, Indicator, LocalizedText, Observation, ObservationInput, Year } from '../plan/types.js';
import type { Caveat, Explanation, TargetEvaluation, ToleranceInput, ValueInput } from '../progress/types.js';
import type { UnitId } from '../units/index.js';
import type { ApproximatelyReading, ScorecardBasis, ScorecardStatus } from '../vocabulary.js';
import type { MonthPeriod, Period } from '../period.js';

export type { ScorecardBasis, ScorecardStatus };

/**
 * The observation a `bound` verdict rests on: a reported value of a whole that contains the
 * target's indicator (`partOf`), in the target's unit.
 *
 * @category Scenarios
 */
export interface ScorecardBound {
  /** The indicator of the whole (`'secondary-sector-value-added'`). */
  readonly indicatorId: string;
  readonly year: Year | null;
  readonly period: Period | MonthPeriod | null;
  /** The whole's value, in the target's unit. */
  readonly value: Decimal;
  readonly unit: UnitId;
  /** The observation as given. */
  readonly observation: Observation;
  /**
   * Where the whole's figure is after a break in its series that the target predates (a
   * statistical revision), the revision factor (revised ÷ earlier level) at which the verdict
   * would turn on the basis the target was set on: the whole ÷ the threshold, exact to 34
   * digits (115.3 ÷ 240 = 0.4804166… for Baotou's secondary sector in 2020); `null` otherwise.
   */
  readonly flipFactor: Decimal | null;
}

/**
 * How one series evolves from its base-year level. Exactly one of:
 * - `growth`: a constant rate as a ratio (`0.08` = 8 % a year), or one rate per year
 *   (`{ 2016: 0.1, 2017: 0.09, … }`, every year from base + 1 to the horizon);
 * - `additions`: an amount added each year, constant or per year (counts, and rates in
 *   percent that rise by points);
 * - `values`: the level for every year from base + 1 to the horizon, given outright.
 *
 * With none of them the series stays at its base level.
 *
 * @category Scenarios
 */
export interface SeriesDriver {
  /** The level in the base year, in `unit`. */
  readonly base: Decimal;
  /** Unit of `base` (and of `additions`, `values`); defaults to the indicator's unit. */
  readonly unit?: UnitId;
  readonly growth?: Decimal | Readonly<Record<Year, Decimal>>;
  readonly additions?: Decimal | Readonly<Record<Year, Decimal>>;
  readonly values?: Readonly<Record<Year, Decimal>>;
}

/**
 * A scenario: base year, horizon, and a driver per series. Series are keyed by the id of
 * the plan's indicator they feed (a `level`, `count` or `rate` indicator); shares,
 * intensities and growth indicators are derived from them by `project`.
 *
 * `deflator` (optional) is a price index per year (base year = 100) for projecting at
 * comparable prices.
 *
 * @category Scenarios
 */
export interface Scenario {
  readonly id: string;
  readonly name?: LocalizedText;
  readonly description?: string;
  readonly baseYear: Year;
  readonly horizon: Year;
  readonly series: Readonly<Record<string, SeriesDriver>>;
  readonly deflator?: Readonly<Record<Year, Decimal>>;
  /**
   * What a reader of its projections must know: a base on a basis that a later revision
   * changed (`break`), an estimate, a scope or price basis other than the plan's. Carried by
   * the projection and by every scorecard row judged on it.
   */
  readonly caveats?: readonly Caveat[];
}

/** A driver as JSON input: numbers as {@link DecimalInput}, years as object keys. @category Scenarios */
export interface SeriesDriverInput {
  base: DecimalInput;
  unit?: UnitId;
  growth?: DecimalInput | Record<string, DecimalInput>;
  additions?: DecimalInput | Record<string, DecimalInput>;
  values?: Record<string, DecimalInput>;
}

/** A scenario as JSON input. @category Scenarios */
export interface ScenarioInput {
  id: string;
  name?: LocalizedText;
  description?: string;
  baseYear: Year;
  horizon: Year;
  series: Record<string, SeriesDriverInput>;
  deflator?: Record<string, DecimalInput>;
  caveats?: Caveat[];
}

/** A scenario as the functions of `scenario/` accept it: decoded, or as JSON input. @category Scenarios */
export type ScenarioLike = Scenario | ScenarioInput;

/**
 * The prices money levels are projected at: `'current'` (the scenario's own figures, not
 * deflated) or `'comparable'` (divided by the scenario's `deflator`, base year = 100).
 *
 * @category Scenarios
 */
export type ProjectionPrices = 'current' | 'comparable';

/** Options of `project`. @category Scenarios */
export interface ProjectOptions {
  /** `'current'` (default) or `'comparable'` (needs `scenario.deflator`). */
  readonly prices?: ProjectionPrices;
}

/**
 * Values of one indicator, by year: `{ 2015: 120, 2016: 129.6, … }`. A year without a value
 * (the base year of a growth indicator, a share whose whole is 0) has no key.
 *
 * @category Scenarios
 */
export type YearValues = Readonly<Record<Year, Decimal>>;

/**
 * What `project` returns, deeply frozen: `series` (the driven series, levels exact up to 50
 * significant digits), `indicators` (those and every derived indicator, 34 digits; the base
 * year of a growth indicator has no value), the `units` of every indicator, and `notes` on
 * what was left out and why. Every year from `baseYear` to `horizon`, money at `prices`.
 * Details: [docs/scenarios.md, "What a projection holds"](../../docs/scenarios.md#what-a-projection-holds).
 *
 * @category Scenarios
 */
export interface Projection {
  readonly scenarioId: string;
  readonly planId: string;
  readonly baseYear: Year;
  readonly horizon: Year;
  /** Every year from `baseYear` to `horizon`. */
  readonly years: readonly Year[];
  readonly prices: ProjectionPrices;
  readonly series: Readonly<Record<string, YearValues>>;
  readonly indicators: Readonly<Record<string, YearValues>>;
  readonly units: Readonly<Record<string, UnitId>>;
  readonly notes: readonly string[];
  /** The scenario's caveats (none: empty); optional in the type so that projections made elsewhere fit. */
  readonly caveats?: readonly Caveat[];
}

/**
 * What every scorecard row has: the target, and what a reader must know about its verdict or
 * its absence.
 *
 * @category Scenarios
 */
export interface ScorecardRowBase {
  readonly targetId: string;
  readonly indicatorId: string;
  /** The target's year. */
  readonly year: Year;
  readonly comparator: Comparator;
  readonly threshold: Decimal;
  readonly unit: UnitId;
  readonly status: ScorecardStatus;
  /** Everything a reader must know about the verdict or its absence: scope, prices, breaks … */
  readonly caveats: readonly Caveat[];
  /** The years of the target's period without a value (an `incomplete` row); empty otherwise. */
  readonly missing: readonly Year[];
}

/**
 * A verdict: `status` `'met'` (`met: true`) or `'not_met'` (`met: false`), with the value it
 * rests on. `value`, `gap` and `attainment` are those of the progress evaluation
 * (`evaluateTarget` and its rate, period, share and intensity forms), in the target's unit.
 *
 * @category Scenarios
 */
export interface ScorecardVerdict extends ScorecardRowBase {
  readonly status: 'met' | 'not_met';
  readonly met: boolean;
  /** The year the value is of: the target's year (for a target over a period, the end of the period). */
  readonly valueYear: Year;
  readonly value: Decimal;
  readonly gap: Decimal;
  readonly attainment: Decimal | null;
  /** The full progress verdict with its explanation. */
  readonly evaluation: TargetEvaluation;
  /** What a bound rests on (a whole that contains the indicator), or `null`. */
  readonly reason: string | null;
  /** What the verdict rests on. */
  readonly basis: ScorecardBasis;
  /** The whole a `bound` verdict rests on; `null` otherwise. */
  readonly bound: ScorecardBound | null;
  readonly missing: readonly [];
}

/** A target met. @category Scenarios */
export interface ScorecardMet extends ScorecardVerdict {
  readonly status: 'met';
  readonly met: true;
}

/** A target not met. @category Scenarios */
export interface ScorecardNotMet extends ScorecardVerdict {
  readonly status: 'not_met';
  readonly met: false;
}

/**
 * A target of a later year than `asOf`: its value so far where there is one (with the gap and
 * attainment it would have now), or `reason` why there is none; `met` is `null`.
 *
 * @category Scenarios
 */
export interface ScorecardPending extends ScorecardRowBase {
  readonly status: 'pending';
  readonly met: null;
  /** `asOf` (for a target over a period, the last year judged); `null` without a value. */
  readonly valueYear: Year | null;
  readonly value: Decimal | null;
  readonly gap: Decimal | null;
  readonly attainment: Decimal | null;
  readonly evaluation: TargetEvaluation | null;
  readonly reason: string | null;
  readonly basis: ScorecardBasis | null;
  readonly bound: ScorecardBound | null;
  readonly missing: readonly [];
}

/**
 * No value: `no_data` (nothing observed that decides it), `not_projected` (the scenario does not
 * drive its inputs, or its years), or `incomplete` (a target over a period with some years
 * unknown: `missing` lists them). `reason` says why, and what is known.
 *
 * @category Scenarios
 */
export interface ScorecardNoValue extends ScorecardRowBase {
  readonly status: 'no_data' | 'not_projected' | 'incomplete';
  readonly met: null;
  readonly valueYear: null;
  readonly value: null;
  readonly gap: null;
  readonly attainment: null;
  readonly evaluation: null;
  readonly reason: string;
  readonly basis: null;
  readonly bound: null;
}

/** A target without data or projection. @category Scenarios */
export interface ScorecardMissing extends ScorecardNoValue {
  readonly status: 'no_data' | 'not_projected';
  readonly missing: readonly [];
}

/** A target over a period with some of its years unknown. @category Scenarios */
export interface ScorecardIncomplete extends ScorecardNoValue {
  readonly status: 'incomplete';
  /** The years of the period without a value: at least one. */
  readonly missing: readonly [Year, ...Year[]];
}

/**
 * One target of a plan, judged: a union told apart by `status`. After
 * `row.status === 'met' || row.status === 'not_met'`, `value` is a `Decimal`, `evaluation` a
 * {@link TargetEvaluation} and `met` a boolean; `no_data`, `not_projected` and `incomplete`
 * rows have `null` values and a `reason` (an `incomplete` one its `missing` years); a
 * `pending` row may have its value so far.
 *
 * @category Scenarios
 */
export type ScorecardRow = ScorecardMet | ScorecardNotMet | ScorecardPending | ScorecardMissing | ScorecardIncomplete;

/** Options of `scorecard`. @category Scenarios */
export interface ScorecardOptions {
  /**
   * Judge as of this year: targets of later years are `pending`, with their value so far.
   * Default: every target at its own year.
   */
  readonly asOf?: Year;
  /**
   * Tolerance for `approximately` targets that carry none ("about 25 percent" without a
   * band). A target's own tolerance always wins.
   */
  readonly defaultTolerance?: ToleranceInput;
  /**
   * How `approximately` targets are judged: `'directional'` (default: in the direction of the
   * indicator) or `'two-sided'`.
   */
  readonly approximately?: ApproximatelyReading;
  /**
   * On observations: indicators they use that the plan does not define
   * (`baotouReportedIndicators` beside `baotouReported`), so that their figures count too (a
   * whole that bounds a target, a growth rate). Ignored on a projection.
   */
  readonly indicators?: readonly Indicator[];
}

/** Which part of a driver `sweep` and `breakEven` vary. @category Scenarios */
export type DriverField = 'growth' | 'base' | 'additions';

/**
 * A driver to vary: the series (an indicator id of the scenario) and the field.
 * `'growth'` replaces the series' evolution by a constant rate (a ratio, `0.08`);
 * `'additions'` by a constant amount a year (in the driver's unit); `'base'` changes the
 * base-year level and keeps the evolution.
 *
 * @category Scenarios
 */
export interface DriverRef {
  readonly series: string;
  readonly field: DriverField;
}

/** Options of `sweep`. @category Scenarios */
export interface SweepOptions extends ScorecardOptions, ProjectOptions {
  readonly driver: DriverRef;
  readonly values: readonly DecimalInput[];
}

/** The fields of a scorecard row that a sweep keeps. @category Scenarios */
export type SweepRowField = 'targetId' | 'indicatorId' | 'year' | 'valueYear' | 'value' | 'met' | 'gap' | 'attainment' | 'status';

/**
 * A scorecard row as a sweep gives it: without the full `evaluation` and the `reason`; told
 * apart by `status` like a {@link ScorecardRow}.
 *
 * @category Scenarios
 */
export type SweepRow = ScorecardRow extends infer R ? (R extends ScorecardRow ? Pick<R, SweepRowField> : never) : never;

/** One point of a sweep: the driver value and the scorecard it gives. @category Scenarios */
export interface SweepPoint {
  readonly value: Decimal;
  readonly rows: readonly SweepRow[];
  /** Rows `met`. */
  readonly met: number;
  /** Rows `not_met`. */
  readonly notMet: number;
}

/** What `sweep` returns. @category Scenarios */
export interface SweepResult {
  readonly driver: DriverRef;
  readonly points: readonly SweepPoint[];
}

/** Options of `breakEven`. @category Scenarios */
export interface BreakEvenOptions extends ScorecardOptions, ProjectOptions {
  readonly driver: DriverRef;
  readonly targetId: string;
}

/**
 * What `breakEven` returns: the driver `value` on the boundary of the target, exact to 34
 * significant digits.
 *
 * - `kind: 'minimum'`: the target is met at `value` and above, not at the next 34-digit
 *   number below (`value − 10^(e − 33)`);
 * - `kind: 'maximum'`: met at `value` and below, not just above.
 * - `upper`: for an `approximately` target read two-sided (`approximately: 'two-sided'`),
 *   met on a band: `value` is its lower end (a `minimum`) and `upper` its upper end; `null`
 *   otherwise (read in the indicator's direction, the default, "about" is one-sided).
 * - `method`: `'closed-form'` (a formula, checked on both sides) or `'bisection'`.
 *
 * @category Scenarios
 */
export interface BreakEvenResult {
  readonly targetId: string;
  readonly driver: DriverRef;
  readonly value: Decimal;
  readonly kind: 'minimum' | 'maximum';
  readonly upper: Decimal | null;
  readonly method: 'closed-form' | 'bisection';
  readonly explanation: Explanation;
}

/**
 * A baseline for `consistency`: observations (a plan's reported figures, `baotouReported`),
 * or values at the plan's base year by indicator id, as decimals in the indicator's unit
 * or quantities.
 *
 * @category Scenarios
 */
export type Baseline = readonly (Observation | ObservationInput)[] | Readonly<Record<string, ValueInput>>;

/** Options of `consistency`. @category Scenarios */
export interface ConsistencyOptions {
  /** The baseline's year; default the plan's base year. */
  readonly year?: Year;
  /** Tolerance for `approximately` targets that carry none. */
  readonly defaultTolerance?: ToleranceInput;
  /**
   * A projection to check against the baseline's observations: a `part-whole` finding for
   * every year where it puts an indicator above a whole that contains it.
   */
  readonly projection?: Projection;
  /**
   * Indicators the baseline's observations use that the plan does not define
   * (`baotouReportedIndicators` beside `baotouReported`): their breaks are found too, chained
   * with their growth rates.
   */
  readonly indicators?: readonly Indicator[];
}

/**
 * A way two targets could both be right: a different statistical scope (all industry vs
 * industry above designated size), a different price basis (current vs comparable prices),
 * or a different base. `value` is the figure that would reconcile them (the base implied,
 * the annual price rise), `null` where there is none.
 *
 * @category Scenarios
 */
export interface Reconciliation {
  readonly scope: 'coverage' | 'prices' | 'base';
  readonly value: Decimal | null;
  readonly unit: UnitId | null;
  readonly explanation: string;
}

/**
 * One finding of `consistency`.
 *
 * - `kind`: `'level-rate'` (a level target and a rate target of one series),
 *   `'share-parts'` (a share target against its numerator and denominator),
 *   `'intensity-parts'` (an intensity target against energy and value added), `'break'` (a
 *   break in a series: the first value after it against the last level before it grown at
 *   the published rates), `'part-whole'` (a projection's level above a whole that contains
 *   it).
 * - `verdict`: `'contradiction'` (meeting one target at its threshold leaves the other
 *   unmet, given the baseline; a reported level below the chained one; a part above its
 *   whole), `'consistent'`, or `'implication'` (what the targets or figures imply, where the
 *   baseline cannot decide).
 * - `values`: every figure, exact, by name (`baseline`, `requiredGrowth`, `statedGrowth`,
 *   `levelAtStatedGrowth`, `impliedBase`, `impliedPriceRise` …; for a break `levelBefore`,
 *   `growthFactor`, `chainedLevel`, `reported`, `revisionFactor`, `revisionCut`,
 *   `impliedBase`; for a part above its whole `level`, `whole`, `excess`, `ratio`); rates as
 *   ratios.
 * - `observations`: the observations a `break` or `part-whole` finding rests on, as given;
 *   empty for the other kinds.
 *
 * @category Scenarios
 */
export interface ConsistencyFinding {
  readonly kind: 'level-rate' | 'share-parts' | 'intensity-parts' | 'break' | 'part-whole';
  readonly verdict: 'contradiction' | 'consistent' | 'implication';
  readonly targetIds: readonly string[];
  readonly indicatorIds: readonly string[];
  /** The baseline's year; for a break, the year of the last level before it; for a part above its whole, the year. */
  readonly baselineYear: Year;
  readonly values: Readonly<Record<string, Decimal>>;
  readonly reconciliations: readonly Reconciliation[];
  readonly observations: readonly Observation[];
  readonly explanation: Explanation;
}
