/**
 * The plan model: integrity checks, materialising literals, queries. (`definePlan`, which
 * needs zod, is in the schema entry.)
 *
 * @module
 */
export { checkIntegrity } from './integrity.js';
export { materializePlan, materializeObservations } from './materialize.js';
export { indicator, target, fact, task, targetsOf, factsOf, commitment, zone } from './query.js';
export type { FactQuery } from './query.js';
export { alignTargets } from './compare.js';
export type { AlignedTarget, AlignmentDifference, AlignmentDifferenceCode, CommonTerms, TargetAlignment } from './compare.js';
