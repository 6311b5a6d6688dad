/**
 * The indicator formulas, exact to 34 significant digits. Also exported from the package
 * root; import from `baotou-plan/calc` to get the formulas alone.
 *
 * @module calc
 */
export { averageGrowth } from './averageGrowth.js';
export { cagr } from './cagr.js';
export { chainGrowth } from './chainGrowth.js';
export { compound } from './compound.js';
export { deflate } from './deflate.js';
export { growthRate } from './growthRate.js';
export { impliedBase } from './impliedBase.js';
export { intensity } from './intensity.js';
export { intensityChange } from './intensityChange.js';
export { percentagePointChange } from './percentagePointChange.js';
export { realGrowth } from './realGrowth.js';
export { requiredGrowth } from './requiredGrowth.js';
export { share } from './share.js';
export { taskProgress } from './taskProgress.js';
export { timeProgress } from './timeProgress.js';
export { yearsToReach } from './yearsToReach.js';
export { MAX_YEARS } from './_lib/checks.js';
