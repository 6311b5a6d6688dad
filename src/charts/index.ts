/**
 * Charts, also importable alone as `baotou-plan/charts`: Vega-Lite specifications as plain
 * JSON (no runtime dependency: show them with vega-embed in a page or notebook), and
 * {@link renderSvg}, which renders one to SVG with the optional packages vega and
 * vega-lite, loaded only when it is called.
 *
 * @module charts
 */
export { trajectoryChart } from './trajectory.js';
export { scorecardChart } from './scorecard.js';
export { layoutChart } from './layout.js';
export { requiredPath } from './requiredPath.js';
export type { RequiredPathPoint } from './requiredPath.js';
export { planTrajectoryChart, planScorecardChart, planLayoutChart } from './fromPlan.js';
export type { PlanTrajectoryOptions } from './fromPlan.js';
export { renderSvg } from './render.js';
export { VEGA_LITE_SCHEMA } from './types.js';
export type {
  VegaLiteSpec,
  ChartLocale,
  ChartOptions,
  YearValue,
  ChartIndicator,
  ChartTarget,
  TrajectoryInput,
  ScorecardChartRow,
  LayoutChartZone,
} from './types.js';
