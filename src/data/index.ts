/**
 * The embedded data, also importable alone as `baotou-plan/data`: Baotou's 13th FYP
 * industrial plan and the figures reported for Baotou; the national 13th FYP's main
 * indicators and the figures reported for them. No zod is loaded.
 *
 * @module data
 */
export { baotou13, baotouReported, baotouReportedIndicators } from './baotou13/index.js';
export { china13, china13Reported } from './china13/index.js';
export type { Baotou13IndicatorId, Baotou13TargetId } from './baotou13/ids.js';
export type { China13IndicatorId, China13TargetId } from './china13/ids.js';
