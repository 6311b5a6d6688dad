/**
 * Formatting for people: numbers and quantities in English and Simplified Chinese.
 *
 * @module
 */
export { formatDecimal } from './number.js';
export type { FormatDecimalOptions } from './number.js';
export { formatQuantity } from './quantity.js';
export type { FormatQuantityOptions } from './quantity.js';
export { unitLabel } from './unitLabel.js';
export type { UnitLabelOptions } from './unitLabel.js';
