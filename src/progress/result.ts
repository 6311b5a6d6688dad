/**
 * What the three progress methods write alike when they finish a result.
 *
 * @internal
 * @module
 */
import type { Decimal } from '../decimal.js';
import type { Year } from '../plan/types.js';
import { plain, type Draft } from './explain.js';
import type { Point } from './series.js';

/** The base and current points as fields of a result. */
export interface PointFields {
  readonly baseYear: Year | null;
  readonly baseValue: Decimal | null;
  readonly currentYear: Year | null;
  readonly currentValue: Decimal | null;
}

/**
 * Write the base and the current point (where there is one) into the explanation's values,
 * and return them as the fields of a result.
 */
export function pointFields(d: Draft, base: Point | null, current: Point | null): PointFields {
  if (base !== null) {
    d.values.baseYear = String(base.year);
    d.values.baseValue = plain(base.value);
  }
  if (current !== null) {
    d.values.currentYear = String(current.year);
    d.values.currentValue = plain(current.value);
  }
  return {
    baseYear: base?.year ?? null,
    baseValue: base?.value ?? null,
    currentYear: current?.year ?? null,
    currentValue: current?.value ?? null,
  };
}

/** The end of a summary: `': <reason>'` when the result is not assessable, else `detail`. */
export function summaryDetail(status: string, reason: string | undefined, detail: string | undefined): string {
  return status === 'not_assessable' ? `: ${reason ?? ''}` : (detail ?? '');
}
