/**
 * The shapes the chart builders take and return. Plain data only: a spec is a JSON object,
 * numbers are {@link DecimalInput}, names are {@link LocalizedText}.
 *
 * @module
 */
import type { DecimalInput } from '../decimal.js';
import type { Locale } from '../vocabulary.js';
import type { Comparator, LayoutZone, LocalizedText, ObsStatus, Year, ZoneDirection } from '../plan/types.js';
import type { ScorecardRow } from '../scenario/types.js';
import type { UnitLike } from '../units/index.js';

/**
 * The `$schema` of every spec the builders return: Vega-Lite 6.
 *
 * @example
 * ```ts
 * layoutChart(baotou13.layout).$schema === VEGA_LITE_SCHEMA; // → true
 * ```
 *
 * @category Charts
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * A Vega-Lite specification as plain JSON (`$schema` {@link VEGA_LITE_SCHEMA}). Typed
 * loosely on purpose: the builders need no Vega-Lite types at run time or compile time.
 * Render it with `vega-embed` in a page or notebook, or with {@link renderSvg}.
 *
 * @example
 * ```ts
 * const spec: VegaLiteSpec = layoutChart(baotou13.layout);
 * JSON.stringify(spec); // plain JSON, ready for vegaEmbed('#chart', spec)
 * ```
 *
 * @category Charts
 */
export type VegaLiteSpec = Record<string, unknown>;

/**
 * The language of a chart's titles, axes and labels: `'en'` or `'zh-CN'`.
 *
 * @example
 * ```ts
 * const locale: ChartLocale = 'zh-CN';
 * layoutChart(baotou13.layout, { locale });
 * ```
 *
 * @category Charts
 */
export type ChartLocale = Locale;

/**
 * Options every chart builder takes.
 *
 * @example
 * ```ts
 * const options: ChartOptions = { locale: 'en', width: 480, height: 300, title: 'Layout' };
 * layoutChart(baotou13.layout, options);
 * ```
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

/**
 * One value of a series in one year: in the chart's unit, or in `unit` (another unit of the
 * same measure, converted exactly: `{ value: '1153.0', unit: '100m-yuan' }` on a chart in
 * billion yuan); `status` `'B'` marks the first value after a break in the series (SDMX
 * OBS_STATUS), which a trajectory draws as a gap in the observed line.
 *
 * @example
 * ```ts
 * const point: YearValue = { year: 2020, value: '1153.0', unit: '100m-yuan', status: 'B' };
 * ```
 *
 * @category Charts
 */
export interface YearValue {
  readonly year: Year;
  readonly value: DecimalInput;
  readonly unit?: UnitLike;
  readonly status?: ObsStatus;
}

/**
 * The indicator a trajectory shows.
 *
 * @example
 * ```ts
 * const indicator: ChartIndicator = { id: 'industrial-value-added', name: { en: 'industrial value added', zh: '工业增加值' }, unit: 'bn-yuan' };
 * ```
 *
 * @category Charts
 */
export interface ChartIndicator {
  readonly id: string;
  readonly name: LocalizedText;
  /** A unit id (`'bn-yuan'`) or unit object: the unit of every value of the chart. */
  readonly unit: UnitLike;
}

/**
 * The target a trajectory shows: a value to reach by a year, in the indicator's unit.
 *
 * @example
 * ```ts
 * const target: ChartTarget = { year: 2020, value: '240', comparator: 'atLeast' };
 * ```
 *
 * @category Charts
 */
export interface ChartTarget {
  readonly year: Year;
  readonly value: DecimalInput;
  readonly comparator: Comparator;
  /** The unit of `value`, when not the chart's (of the same measure: converted exactly). */
  readonly unit?: UnitLike;
}

/**
 * What {@link trajectoryChart} draws.
 *
 * - `observations`: the observed values (at least one; one per year); a value with status
 *   `'B'` (the first after a break in the series) starts a new stretch of the observed line,
 *   with a gap before it and a marked rule labelled "Break in series" (序列断点).
 * - `target`: the value to reach by a year, in the indicator's unit.
 * - `baseYear`: where the required path starts: an observed year before the target's year
 *   (default: the last observed year before it).
 * - `requiredPath`: `'geometric'` to draw the constant-growth path from the base-year
 *   observation to the target (see {@link requiredPath}), or the points of a path worked
 *   out elsewhere; none by default.
 * - `projection`: values of a scenario, drawn dashed.
 * - `observationsAre`: what `observations` are: `'observed'` (default), figures that
 *   happened, labelled "Observed" (实际值); `'scenario-base'`, the base-year value a scenario
 *   starts from, which may never have been observed (what `planTrajectoryChart` draws
 *   without observations), labelled "Base year (scenario)" (基年（情景）).
 *
 * @example
 * ```ts
 * const input: TrajectoryInput = {
 *   indicator: { id: 'iva', name: { en: 'industrial value added' }, unit: 'bn-yuan' },
 *   observations: [{ year: 2015, value: '120' }],
 *   target: { year: 2020, value: '240', comparator: 'atLeast' },
 *   requiredPath: 'geometric',
 * };
 * trajectoryChart(input);
 * ```
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
  readonly observationsAre?: 'observed' | 'scenario-base';
}

/**
 * One target of a scorecard chart. A {@link ScorecardRow} from `scorecard` has this shape;
 * so does any `{ targetId, indicatorId, year, value, attainment, met }`.
 *
 * - `attainment`: a ratio (`1` is 100 %), as `evaluateTarget` gives it; `null` when there
 *   is none (no value, a threshold of 0).
 * - `met`: `true`, `false`, or `null` when not judged (pending, no value).
 * - `label`: the text on the axis (default: `targetId`).
 * - `gap`, `unit`: shown in the tooltip; `status`: a `ScorecardStatus` (`'pending'` …), shown
 *   in words, or any other text, shown as given.
 *
 * @example
 * ```ts
 * const row: ScorecardChartRow = {
 *   targetId: 'iva-2020', indicatorId: 'iva', year: 2020, value: '176.32', attainment: '0.7347', met: false,
 * };
 * scorecardChart([row]);
 * ```
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
 * @example
 * ```ts
 * const zone: LayoutChartZone = { direction: 'east', label: { en: 'east' }, industries: [{ en: 'aluminum' }] };
 * layoutChart([zone]);
 * ```
 *
 * @category Charts
 */
export interface LayoutChartZone {
  /**
   * Where the zone is: one of `ZONE_DIRECTIONS` (a plan's layout may hold other words, which
   * {@link layoutChart} cannot place and refuses).
   */
  readonly direction: ZoneDirection | (string & {});
  readonly label: LocalizedText;
  readonly industries: readonly LocalizedText[];
}
