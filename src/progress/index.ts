/**
 * Target evaluation and progress assessment: does a value meet a target, and is the plan
 * on track (Open SDG, UN Progress Chart, 时间过半、任务过半), with the working shown.
 *
 * @module progress
 */
export { evaluateTarget } from './evaluateTarget.js';
export { evaluateRateTarget } from './rateTarget.js';
export { evaluatePeriodTarget } from './periodTarget.js';
export { evaluateShareTarget } from './shareTarget.js';
export { evaluateIntensityTarget } from './intensityTarget.js';
export { assessProgress } from './assess.js';
export { assessOpenSdg } from './opensdg.js';
export { assessUnsd } from './unsd.js';
export { assessTimeProgress, TIME_PROGRESS_THRESHOLDS } from './timeProgressMethod.js';
export type * from './types.js';
