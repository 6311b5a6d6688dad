/**
 * The embedded data, also importable alone as `baotou-plan/data`: Baotou's 13th FYP
 * industrial plan and the figures reported for Baotou. No zod is loaded.
 *
 * @module data
 */
export { baotou13, baotouReported, baotouReportedIndicators } from './baotou13/index.js';
