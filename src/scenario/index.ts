/**
 * Scenarios: the driver model, projections, scorecards, sweeps, break-evens and the
 * consistency of targets given a baseline.
 *
 * @module scenario
 */
export { project } from './project.js';
export { scorecard } from './scorecard.js';
export { sweep } from './sweep.js';
export { breakEven } from './breakEven.js';
export { consistency } from './consistency.js';
export { planPathScenario } from './planPath.js';
export { reportedTrendScenario } from './reportedTrend.js';
export { scenarios } from './builtins.js';
export type * from './types.js';
