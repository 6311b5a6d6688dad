/**
 * The plan model: `definePlan`, integrity checks, queries.
 *
 * @module
 */
export { definePlan } from './define.js';
export { checkIntegrity } from './integrity.js';
export { materializePlan, materializeObservations } from './materialize.js';
export { indicator, target, fact, task, targetsOf, factsOf, commitment, zone } from './query.js';
export type { FactQuery } from './query.js';
