/**
 * The shapes the chart builders take and return. Plain data only: a spec is a JSON object,
 * numbers are {@link DecimalInput}, names are {@link LocalizedText}.
 *
 * @module
 */
import type { DecimalInput } from '../decimal.js';
import type { Locale } from '../format/number.js';
import type { Comparator, LocalizedText, Year, ZoneDirection } from '../plan/types.js';
import type { UnitLike } from '../units.js';

/** The `$schema` of every spec the builders return: Vega-Lite 6. @category Charts */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * A Vega-Lite specification as plain JSON (`$schema` {@link VEGA_LITE_SCHEMA}). Typed
 * loosely on purpose: the builders need no Vega-Lite types at run time or compile time.
 * Render it with `vega-embed` in a page or notebook, or with {@link renderSvg}.
 *
 * @category Charts
 */
export type VegaLiteSpec = Record<string, unknown>;

/** The language of a chart's titles, axes and labels: `'en'` or `'zh-CN'`. @category Charts */
export type ChartLocale = Locale;

/**
 * Options every chart builder takes.
 *
 * @category Charts
 */
export interface ChartOptions {
  /** `'en'` (default) or `'zh-CN'`. A name without a Chinese form is shown in English. */
  readonly locale?: ChartLocale;
  /** Width of the plotting area in pixels, an integer from 50 to 4000. */
  readonly width?: number;
  /** Height of the plotting area in pixels, an integer from 50 to 4000. */
  readonly height?: number;
  /** A title replacing the built-in one (a non-empty string). */
  readonly title?: string;
}

/** One value of a series in one year. @category Charts */
export interface YearValue {
  readonly year: Year;
  readonly value: DecimalInput;
}

/** The indicator a trajectory shows. @category Charts */
export interface ChartIndicator {
  readonly id: string;
  readonly name: LocalizedText;
  /** A unit id (`'bn-yuan'`) or unit object: the unit of every value of the chart. */
  readonly unit: UnitLike;
}

/** The target a trajectory shows: a value to reach by a year, in the indicator's unit. @category Charts */
export interface ChartTarget {
  readonly year: Year;
  readonly value: DecimalInput;
  readonly comparator: Comparator;
}

/**
 * What {@link trajectoryChart} draws.
 *
 * - `observations`: the observed values (at least one; one per year).
 * - `target`: the value to reach by a year, in the indicator's unit.
 * - `baseYear`: where the required path starts: an observed year before the target's year
 *   (default: the last observed year before it).
 * - `requiredPath`: `'geometric'` to draw the constant-growth path from the base-year
 *   observation to the target (see {@link requiredPath}), or the points of a path worked
 *   out elsewhere; none by default.
 * - `projection`: values of a scenario, drawn dashed.
 *
 * @category Charts
 */
export interface TrajectoryInput {
  readonly indicator: ChartIndicator;
  readonly observations: readonly YearValue[];
  readonly target?: ChartTarget;
  readonly baseYear?: Year;
  readonly requiredPath?: readonly YearValue[] | 'geometric';
  readonly projection?: readonly YearValue[];
}

/**
 * One target of a scorecard chart. A {@link ScorecardRow} from `scorecard` has this shape;
 * so does any `{ targetId, indicatorId, year, value, attainment, met }`.
 *
 * - `attainment`: a ratio (`1` is 100 %), as `evaluateTarget` gives it; `null` when there
 *   is none (no value, a threshold of 0).
 * - `met`: `true`, `false`, or `null` when not judged (pending, no value).
 * - `label`: the text on the axis (default: `targetId`).
 *
 * @category Charts
 */
export interface ScorecardChartRow {
  readonly targetId: string;
  readonly indicatorId: string;
  readonly label?: string | LocalizedText;
  readonly year: Year;
  readonly value: DecimalInput | null;
  readonly attainment: DecimalInput | null;
  readonly met: boolean | null;
  readonly gap?: DecimalInput | null;
  /** The unit of `value` and `gap`, for the tooltip. */
  readonly unit?: UnitLike;
  readonly status?: string;
}

/**
 * One zone of a layout chart: a {@link LayoutZone} of a plan has this shape.
 *
 * @category Charts
 */
export interface LayoutChartZone {
  readonly direction: ZoneDirection;
  readonly label: LocalizedText;
  readonly industries: readonly LocalizedText[];
}
