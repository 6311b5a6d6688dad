/**
 * Types of target evaluation and progress assessment.
 *
 * @module
 */
import type { Decimal, DecimalInput } from '../decimal.js';
import type { Direction, MonthPeriod, ObsStatus, Period, TargetForm, Wording, Year } from '../plan/types.js';
import type { Quantity, UnitId, UnitLike } from '../units/index.js';
import type {
  ApproximatelyReading,
  CaveatCode,
  Comparator,
  OpenSdgStatus,
  PartialPeriodPolicy,
  ProgressDirection,
  ProgressMethod,
  TimeProgressStatus,
  UnsdStatus,
} from '../vocabulary.js';

export type { OpenSdgStatus, ProgressDirection, ProgressMethod, TimeProgressStatus, UnsdStatus };

/**
 * A caveat of a verdict: its kind and what it says (`{ code: 'scope', message: 'the figure is
 * of enterprises above designated size; the target's scope is not stated' }`).
 *
 * @category Progress
 */
export interface Caveat {
  readonly code: CaveatCode;
  readonly message: string;
}

/**
 * The audit trail of a verdict: every input and every intermediate value as a plain-notation
 * string (never exponent notation), the arithmetic written out, the edge rules that were
 * applied, and a one-line summary in English.
 *
 * Keys of `inputs` and `values` are stable (camelCase, the names of the result fields where
 * there is one); their order is the order of the computation.
 *
 * @category Progress
 */
export interface Explanation {
  /** One line in English, e.g. `'240 billion yuan ≥ 240 billion yuan: met (attainment 100 %)'`. */
  readonly summary: string;
  /** The inputs as received (after reading them as decimals), as plain strings. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Every intermediate and final value, exact, as plain strings. */
  readonly values: Readonly<Record<string, string>>;
  /** The arithmetic, one line a step: `'observed CAGR = (145.2 ÷ 120)^(1/2) − 1 = 0.1'`. */
  readonly working: readonly string[];
  /** Edge rules applied and caveats (base year moved, target 0 replaced, years skipped …). */
  readonly notes: readonly string[];
}

/**
 * A value with its unit: `{ value: '2400', unit: '100m-yuan' }` is 2,400 亿元. A plain
 * {@link DecimalInput} where a quantity is accepted is read in the unit the function
 * documents (usually the target's).
 *
 * @category Progress
 */
export interface QuantityInput {
  readonly value: DecimalInput;
  readonly unit: UnitLike;
}

/** A number, or a number with its unit (a {@link Quantity} from `quantity()` fits). @category Progress */
export type ValueInput = DecimalInput | Quantity | QuantityInput;

/**
 * A tolerance for an `approximately` target: relative to the threshold (`0.05` = ±5 % of
 * it) or absolute (in the target's unit). Exactly one of the two.
 *
 * @category Progress
 */
export type ToleranceInput =
  | { readonly relative: DecimalInput; readonly absolute?: undefined }
  | { readonly absolute: DecimalInput; readonly relative?: undefined };

/**
 * What {@link evaluateTarget} needs of a target: comparator, threshold value and unit, and
 * for `approximately` a tolerance. A plan's `Target` (or `TargetInput`) fits.
 *
 * @category Progress
 */
export interface TargetSpec {
  readonly id?: string;
  readonly comparator: Comparator;
  readonly value: DecimalInput;
  readonly unit: UnitId;
  readonly tolerance?: ToleranceInput;
  readonly year?: Year;
  /**
   * For a target over a period (an annual average, a change, a cumulative sum): the years it
   * runs over (2016–2020, from the base year 2015).
   */
  readonly period?: Period;
  /**
   * What the value is over the period: `annual-average` ({@link evaluateRateTarget}),
   * `change`, `relative-change` or `cumulative` ({@link evaluatePeriodTarget}); `level` (or
   * none) is a value of the target's year.
   */
  readonly form?: TargetForm;
  /** The direction of the target's indicator: how an `approximately` target is judged by default. */
  readonly direction?: Direction;
  /** The source's word for the comparator (`'以上'`, `'above'`, `'左右'` …). */
  readonly wording?: Wording;
}

/** Options of {@link evaluateTarget}. @category Progress */
export interface EvaluateTargetOptions {
  /**
   * Tolerance for an `approximately` target, used instead of the target's own (the report
   * says "about 25 percent" without saying how much "about" is). The verdict then carries a
   * `tolerance` caveat.
   */
  readonly tolerance?: ToleranceInput;
  /**
   * How an `approximately` target is judged: `'directional'` (default: in the direction of the
   * target's indicator, so overshooting an increase target meets it; two-sided when the target
   * gives no direction, or `'target'`) or `'two-sided'` (within the tolerance on both sides).
   */
  readonly approximately?: ApproximatelyReading;
}

/**
 * The verdict on one value against one target.
 *
 * - `met`: whether the value satisfies the comparator (`approximately`: within the tolerance
 *   on both sides, or, read in the direction of the indicator, at the value minus the
 *   tolerance or beyond; see `reading`).
 * - `value`: the value, converted exactly into the target's unit.
 * - `threshold`: the target's value.
 * - `difference`: `value − threshold`, signed as it falls.
 * - `gap`: the distance to the threshold, positive when the value is beyond it in the good
 *   direction: `value − threshold` for `atLeast`/`above`, `threshold − value` for
 *   `atMost`/`below`; for `approximately` read two-sided the room left inside the band,
 *   `allowed − |value − threshold|` (negative: outside the band by that much), read in the
 *   direction the distance beyond the near edge of the band, `value − (threshold − allowed)`
 *   for an increase, `(threshold + allowed) − value` for a decrease. A met target has
 *   `gap ≥ 0`; a met `above`/`below` target has `gap > 0`.
 * - `attainment`: `value ÷ threshold` for `atLeast`/`above` and for `approximately` read as an
 *   increase, `threshold ÷ value` for `atMost`/`below` and `approximately` read as a decrease,
 *   `1 − |value − threshold| ÷ |threshold|` for `approximately` read two-sided; `null` where
 *   the ratio means nothing (the explanation says why): a threshold ≤ 0 for the one-sided
 *   readings, a value ≤ 0 for `threshold ÷ value`, a threshold of 0 for the two-sided one.
 *   Never `NaN`.
 * - `allowed`: for `approximately`, the largest allowed `|value − threshold|`.
 * - `reading`: for `approximately`, how it was judged: `'directional'` or `'two-sided'`;
 *   `null` for the other comparators.
 * - `caveats`: what a reader must know about the verdict: a `reading` caveat when an English
 *   wording was read as the Chinese word it renders ("above" as 以上), a `tolerance` caveat
 *   when the tolerance came from the options; for a rate target also those of its series
 *   (`partial-period`, `break`, `estimate`). Converting units is no caveat.
 *
 * @category Progress
 */
export interface TargetEvaluation {
  readonly met: boolean;
  readonly comparator: Comparator;
  readonly unit: UnitId;
  readonly value: Decimal;
  readonly threshold: Decimal;
  readonly difference: Decimal;
  readonly gap: Decimal;
  readonly attainment: Decimal | null;
  readonly allowed: Decimal | null;
  readonly reading: ApproximatelyReading | null;
  readonly caveats: readonly Caveat[];
  /**
   * Every input, intermediate value and note behind the verdict. Written when first read
   * (then the same frozen object on every read): judging many targets costs nothing for text
   * that is not looked at. An ordinary enumerable field to JSON, spreads and `Object.keys`.
   */
  readonly explanation: Explanation;
}

/** Options of {@link evaluateRateTarget}. @category Progress */
export interface RateTargetOptions extends EvaluateTargetOptions {
  /**
   * Evaluate the average from the period's base year to `through` instead of to the end of
   * the period ("has growth averaged 8 % so far?"). A year inside the period.
   */
  readonly through?: Year;
  /**
   * The series' values are themselves annual growth rates in percent (`10` = +10 % over the
   * year before), as statistical bulletins report them at comparable prices. The annual
   * average is then the geometric mean of the years' rates (水平法):
   * `(Π(1 + gᵢ/100))^(1/n) − 1`, and every year of the period must have a rate. Rates
   * published like-for-like bridge a break in the series (the verdict carries a `break` caveat).
   */
  readonly isGrowthRate?: boolean;
  /**
   * What to do with a point for part of a year (January–September): `'skip'` it (default; the
   * explanation says so) or `'use'` it as the year of its end (with a `partial-period` caveat).
   */
  readonly partialPeriods?: PartialPeriodPolicy;
}

/** A rate target's verdict, with the annual average it was judged on. @category Progress */
export interface RateTargetEvaluation extends TargetEvaluation {
  /** The period's base year (the year before `period.start`). */
  readonly fromYear: Year;
  /** The last year averaged over (`period.end`, or `through`). */
  readonly toYear: Year;
  /** Number of years averaged over: `toYear − fromYear`. */
  readonly years: number;
  /** The annual average as a ratio (`0.08` = 8 % a year); `value` is it in percent. */
  readonly averageGrowth: Decimal;
}

/** Options of {@link evaluatePeriodTarget}. @category Progress */
export interface PeriodTargetOptions extends EvaluateTargetOptions {
  /**
   * Judge the period from its base year to `through` instead of to its end ("how much of the
   * change is done so far?"). A year inside the period.
   */
  readonly through?: Year;
  /**
   * The series' values are each year's change over the year before, as bulletins publish them:
   * in percent for a `relative-change` target (chained: `Π(1 + rᵢ/100) − 1`), in the target's
   * unit for a `change` target (summed). Every year of the period must have one; changes
   * published like-for-like bridge a break in the series (a `break` caveat). Not for a
   * `cumulative` target, whose values are the yearly values it sums.
   */
  readonly yearlyChanges?: boolean;
  /**
   * What to do with a point for part of a year (January–September): `'skip'` it (default; the
   * explanation says so) or `'use'` it as the year of its end (with a `partial-period` caveat).
   */
  readonly partialPeriods?: PartialPeriodPolicy;
}

/**
 * What a period target's value was computed from: the `levels` at both ends, the
 * `yearly-changes` of every year, the `yearly-values` of every year (a cumulative sum), or a
 * `period-figure` published for exactly the target's period.
 *
 * @category Progress
 */
export type PeriodTargetInput = 'levels' | 'yearly-changes' | 'yearly-values' | 'period-figure';

/**
 * The verdict on a target over a period (a change, a relative change, a cumulative sum), with
 * the years and figures it was judged on.
 *
 * @category Progress
 */
export interface PeriodTargetEvaluation extends TargetEvaluation {
  readonly form: 'change' | 'relative-change' | 'cumulative';
  /** The period's base year (the year before `period.start`). */
  readonly fromYear: Year;
  /** The last year of the period judged (`period.end`, or `through`). */
  readonly toYear: Year;
  /** Number of years judged: `toYear − fromYear`. */
  readonly years: number;
  /** What `value` was computed from. */
  readonly judgedOn: PeriodTargetInput;
  /** With `judgedOn: 'levels'`: the level of `fromYear` (in percent for a change in points); else `null`. */
  readonly baseLevel: Decimal | null;
  /** With `judgedOn: 'levels'`: the level of `toYear`; else `null`. */
  readonly endLevel: Decimal | null;
}

/** A share target's verdict, with the share as a ratio. @category Progress */
export interface ShareTargetEvaluation extends TargetEvaluation {
  /** `part ÷ whole` as a ratio (`0.25`); `value` is it in percent. */
  readonly share: Decimal;
  readonly part: Decimal;
  /** The whole in the part's unit. */
  readonly whole: Decimal;
}

/** An intensity target's verdict, with the numerator and denominator used. @category Progress */
export interface IntensityTargetEvaluation extends TargetEvaluation {
  /** The numerator in tce. */
  readonly numerator: Decimal;
  /** The denominator in 10⁴ yuan. */
  readonly denominator: Decimal;
}

/**
 * One data point of a series: its year (or a period: a span of years counts as its first
 * year, so `2015-16` counts as 2015; a span of months for part of a year is skipped by
 * default) and its value. A `null` value means "no data for that year" and is skipped, as
 * Open SDG drops empty values. A plan's `Observation` fits.
 *
 * @category Progress
 */
export interface SeriesPoint {
  readonly year?: Year;
  /**
   * A span of years (its first year counts, as in Open SDG) or of months: whole years count
   * as their first year; part of a year (`{ start: '2019-01', end: '2019-09' }`) is skipped, or
   * with `partialPeriods: 'use'` counts as the year of its end.
   */
  readonly period?: Period | MonthPeriod;
  readonly value: DecimalInput | null;
  /**
   * The unit of `value`, converted exactly into the target's unit (or, for a bare decimal
   * target, into the unit of the earliest point that has one); a point without a unit is in
   * that unit already.
   */
  readonly unit?: UnitLike;
  /**
   * SDMX OBS_STATUS; `B` marks the first value after a break in the series (levels are never
   * compared across it); `E`, `P`, `F` (estimated, provisional, forecast) add an `estimate` caveat.
   */
  readonly status?: ObsStatus;
}

/** What every method's options share. @category Progress */
export interface AssessOptionsBase {
  /** The plan's base year (2015 for the 13th FYP). */
  readonly baseYear: Year;
  /** The year the target is for (2020). After `baseYear`. */
  readonly targetYear: Year;
  readonly direction: ProgressDirection;
  /**
   * What to do with a point for part of a year (January–September): `'skip'` it (default; the
   * explanation says so) or `'use'` it as the year of its end (with a note and a
   * `partial-period` caveat).
   */
  readonly partialPeriods?: PartialPeriodPolicy;
}

/**
 * Open SDG thresholds. With a target they apply to the ratio R (defaults 0.95 / 0.6 / 0);
 * without one to the observed CAGR, negated when lower is better (defaults 0.015 / 0.005 /
 * 0). Any of them may be given; the others keep their default. `high ≥ med ≥ low`.
 *
 * @category Progress
 */
export interface OpenSdgThresholds {
  readonly high?: DecimalInput;
  readonly med?: DecimalInput;
  readonly low?: DecimalInput;
}

/** Options of the Open SDG method. @category Progress */
export interface OpenSdgOptions extends AssessOptionsBase {
  /**
   * The target value at `targetYear`; absent or `null` for the no-target method. A decimal is
   * in the unit of the series; a quantity (`quantity(240, 'bn-yuan')`) sets the unit every
   * observation is converted into.
   */
  readonly target?: ValueInput | null;
  readonly thresholds?: OpenSdgThresholds;
}

/** UN Progress Chart thresholds on the score: `onTrack` (0.95) and `fair` (0.10), `onTrack ≥ fair`. @category Progress */
export interface UnsdThresholds {
  readonly onTrack?: DecimalInput;
  readonly fair?: DecimalInput;
}

/** Options of the UN Progress Chart method. @category Progress */
export interface UnsdOptions extends AssessOptionsBase {
  /**
   * The target value at `targetYear` (for a growth-rate series: the rate): a decimal in the
   * unit of the series, or a quantity whose unit every observation is converted into.
   */
  readonly target: ValueInput;
  readonly thresholds?: UnsdThresholds;
  /**
   * The series is itself a growth rate in percent (`8` = 8 % a year). It is then not put
   * through a CAGR: the average of its rates is compared with the target directly.
   */
  readonly isGrowthRate?: boolean;
}

/**
 * Time-progress thresholds on `taskProgress ÷ timeProgress`: at least `ahead` (default 1.1)
 * is 快于预期, at least `asExpected` (default 0.9) is 基本符合预期, below is 滞后. No numeric
 * threshold is official: these defaults are the library's. `ahead ≥ asExpected`.
 *
 * @category Progress
 */
export interface TimeProgressThresholds {
  readonly ahead?: DecimalInput;
  readonly asExpected?: DecimalInput;
}

/** Options of the time-progress method. @category Progress */
export interface TimeProgressOptions extends AssessOptionsBase {
  /** The target value at `targetYear`: a decimal in the unit of the series, or a quantity. */
  readonly target: ValueInput;
  readonly thresholds?: TimeProgressThresholds;
}

/** {@link assessProgress} options: one of the three methods. @category Progress */
export type AssessOptions =
  | ({ readonly method: 'opensdg' } & OpenSdgOptions)
  | ({ readonly method: 'unsd' } & UnsdOptions)
  | ({ readonly method: 'time-progress' } & TimeProgressOptions);

/**
 * A progress status in words, English and Chinese (the mid-term categories carry the
 * established names of Chinese mid-term evaluations: 提前实现, 快于预期, 基本符合预期, 滞后).
 *
 * @category Progress
 */
export interface StatusLabel {
  readonly en: string;
  readonly zh: string;
}

/** What every method's result shares. @category Progress */
export interface ProgressResultBase {
  readonly direction: ProgressDirection;
  /** The status in English and Chinese: `{ en: 'lagging', zh: '滞后' }`. */
  readonly label: StatusLabel;
  /** Why there is no assessment, when `status` is `not_assessable`; else `null`. */
  readonly reason: string | null;
  /** The base year used: the requested one, or the next year with data. `null` if none. */
  readonly baseYear: Year | null;
  readonly baseValue: Decimal | null;
  /** The latest year with data that the method uses. */
  readonly currentYear: Year | null;
  readonly currentValue: Decimal | null;
  readonly targetYear: Year;
  /** The target the method used, in `unit` (Open SDG: after 0 → 0.001); `null` without one. */
  readonly target: Decimal | null;
  /**
   * The unit of `baseValue`, `currentValue`, `target` (and of a projection): the target's,
   * else the series'; `null` when neither gave one.
   */
  readonly unit: UnitLike | null;
  /**
   * What a reader must know about the verdict or its absence: a `break` between the values
   * compared (or bridged by growth rates), a `partial-period` point used as its year, an
   * `estimate` among the values used. Converting units is no caveat.
   */
  readonly caveats: readonly Caveat[];
  readonly explanation: Explanation;
}

/** What every Open SDG verdict has. @category Progress */
export interface OpenSdgResultBase extends ProgressResultBase {
  readonly method: 'opensdg';
  readonly status: OpenSdgStatus;
  /** `(current ÷ base)^(1/(t − t₀)) − 1`. */
  readonly observedCagr: Decimal | null;
  /** `(target ÷ base)^(1/(T − t₀)) − 1`; `null` without a target. */
  readonly requiredCagr: Decimal | null;
  /** R = observed ÷ required (see {@link assessOpenSdg}); `null` without a target. */
  readonly ratio: Decimal | null;
  /** What was compared with the thresholds: R, or the direction-signed observed CAGR. */
  readonly progressValue: Decimal | null;
  readonly thresholds: { readonly high: Decimal; readonly med: Decimal; readonly low: Decimal };
}

/** An Open SDG verdict: the base and current values it rests on, no `reason`. @category Progress */
export interface OpenSdgAssessed extends OpenSdgResultBase {
  readonly status: Exclude<OpenSdgStatus, 'not_assessable'>;
  readonly reason: null;
  readonly baseYear: Year;
  readonly baseValue: Decimal;
  readonly currentYear: Year;
  readonly currentValue: Decimal;
}

/**
 * No Open SDG verdict: `reason` says why; the values found are kept (`observedCagr` when the
 * target could not be used), the ratio and what depends on it are `null`.
 *
 * @category Progress
 */
export interface OpenSdgNotAssessable extends OpenSdgResultBase {
  readonly status: 'not_assessable';
  readonly reason: string;
  readonly requiredCagr: null;
  readonly ratio: null;
  readonly progressValue: null;
}

/** The Open SDG verdict, told apart by `status`. @category Progress */
export type OpenSdgResult = OpenSdgAssessed | OpenSdgNotAssessable;

/** What every UN Progress Chart verdict has. @category Progress */
export interface UnsdResultBase extends ProgressResultBase {
  readonly method: 'unsd';
  readonly status: UnsdStatus;
  readonly target: Decimal;
  readonly isGrowthRate: boolean;
  /** Level series: the observed CAGR. Growth-rate series: `null`. */
  readonly observedCagr: Decimal | null;
  /** Level series: `v̂_T = v_t · (1 + CAGR)^(T − t)`. Growth-rate series: `null`. */
  readonly projectedValue: Decimal | null;
  /** Growth-rate series: the average of the observed rates, in the series' unit. Else `null`. */
  readonly averageRate: Decimal | null;
  /**
   * `(v̂_T − v_base) ÷ (v_T − v_base)`, or `averageRate ÷ target`; `null` where undefined (a
   * target not beyond the base: the status then says whether it is met).
   */
  readonly score: Decimal | null;
  readonly thresholds: { readonly onTrack: Decimal; readonly fair: Decimal };
}

/** A UN Progress Chart verdict on a level series: the trend projected from its base and current values. @category Progress */
export interface UnsdLevelAssessed extends UnsdResultBase {
  readonly status: Exclude<UnsdStatus, 'not_assessable'>;
  readonly isGrowthRate: false;
  readonly reason: null;
  readonly baseYear: Year;
  readonly baseValue: Decimal;
  readonly currentYear: Year;
  readonly currentValue: Decimal;
  readonly observedCagr: Decimal;
  readonly projectedValue: Decimal;
  readonly averageRate: null;
}

/**
 * A UN Progress Chart verdict on a series of growth rates: their average against the target
 * rate (`baseYear` is `null` when the base year has no rate).
 *
 * @category Progress
 */
export interface UnsdRateAssessed extends UnsdResultBase {
  readonly status: Exclude<UnsdStatus, 'not_assessable'>;
  readonly isGrowthRate: true;
  readonly reason: null;
  readonly currentYear: Year;
  readonly currentValue: Decimal;
  readonly observedCagr: null;
  readonly projectedValue: null;
  readonly averageRate: Decimal;
}

/** No UN Progress Chart verdict: `reason` says why; no projection, average or score. @category Progress */
export interface UnsdNotAssessable extends UnsdResultBase {
  readonly status: 'not_assessable';
  readonly reason: string;
  readonly observedCagr: null;
  readonly projectedValue: null;
  readonly averageRate: null;
  readonly score: null;
}

/** The UN Progress Chart verdict, told apart by `status` (and, when assessed, by `isGrowthRate`). @category Progress */
export type UnsdResult = UnsdLevelAssessed | UnsdRateAssessed | UnsdNotAssessable;

/** What every time-progress verdict has. @category Progress */
export interface TimeProgressResultBase extends ProgressResultBase {
  readonly method: 'time-progress';
  readonly status: TimeProgressStatus;
  readonly target: Decimal;
  /** `(t − t₀) ÷ (T − t₀)`. */
  readonly timeProgress: Decimal | null;
  /** `(current − base) ÷ (target − base)`; `null` for a target not beyond the base. */
  readonly taskProgress: Decimal | null;
  /** `taskProgress ÷ timeProgress`; `null` when the target is met or task progress is undefined. */
  readonly ratio: Decimal | null;
  readonly thresholds: { readonly ahead: Decimal; readonly asExpected: Decimal };
}

/** A time-progress verdict: the base and current values it rests on and the time gone. @category Progress */
export interface TimeProgressAssessed extends TimeProgressResultBase {
  readonly status: Exclude<TimeProgressStatus, 'not_assessable'>;
  readonly reason: null;
  readonly baseYear: Year;
  readonly baseValue: Decimal;
  readonly currentYear: Year;
  readonly currentValue: Decimal;
  readonly timeProgress: Decimal;
}

/** No time-progress verdict: `reason` says why; no progress computed. @category Progress */
export interface TimeProgressNotAssessable extends TimeProgressResultBase {
  readonly status: 'not_assessable';
  readonly reason: string;
  readonly timeProgress: null;
  readonly taskProgress: null;
  readonly ratio: null;
}

/** The time-progress verdict, told apart by `status`. @category Progress */
export type TimeProgressResult = TimeProgressAssessed | TimeProgressNotAssessable;

/** Any method's verdict. @category Progress */
export type ProgressResult = OpenSdgResult | UnsdResult | TimeProgressResult;
