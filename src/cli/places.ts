/**
 * How many decimal places a table shows of a computed value, by unit. Tables are for
 * reading; JSON and CSV carry every digit.
 *
 * @module
 */
import { UNITS } from '../internal/library.js';
import type { UnitId } from '../units/index.js';

/**
 * Decimal places for a computed value in `unit`: money and energy 2 (in the unit the value
 * is shown in), energy intensity 3, percentages and percentage points 2, counts and ranks 1.
 *
 * @param unit - The value's unit.
 * @returns The decimal places a table shows.
 *
 * @example
 * ```ts
 * displayPlaces('tce-per-10k-yuan'); // → 3
 * displayPlaces('bn-yuan'); // → 2
 * ```
 */
export function displayPlaces(unit: UnitId): number {
  switch (UNITS[unit].measure) {
    case 'tce-per-10k-yuan':
      return 3;
    case 'count':
    case 'rank':
      return 1;
    default:
      return 2;
  }
}
