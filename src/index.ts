/**
 * baotou-plan: Baotou's industrial plan for the 13th Five-Year Plan (2016–2020) as typed
 * data, with exact decimal indicator calculations.
 *
 * @module baotou-plan
 */
export { PlanError, isPlanError } from './errors.js';
export type { PlanErrorCode, PlanIssue } from './errors.js';
export { dec, isDecimal, round, toPlain, PRECISION } from './decimal.js';
export type { Decimal, DecimalInput, RoundingMode } from './decimal.js';
export { MEASURES, UNITS, UNIT_IDS } from './units.js';
export type { Measure, Unit, UnitId } from './units.js';
export * from './calc/index.js';
export type * from './plan/types.js';
