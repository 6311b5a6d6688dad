/**
 * Target forms: what a target's value is (a level, an annual average, a change, a relative
 * change or a cumulative sum over its period), and the measure each form is written in. The
 * one rule, for the integrity checks and for whatever judges a target.
 *
 * @internal
 * @module
 */
import { hasOwn } from '../read.js';
import { UNITS, isPercentMeasure, type Measure, type UnitId } from '../units/index.js';
import type { Indicator, Period, TargetForm } from './types.js';

/**
 * The form a target is read in: its `form`, or, where it has none, `annual-average` for a
 * target over a period of a `growth` indicator (an annual average rate, as the report's "an
 * annual average increase above 8 percent") and `level` for any other.
 *
 * @param target - The target's `form` and `period`.
 * @param indicator - Its indicator's `kind`, where known.
 * @returns The form.
 * @internal
 */
export function targetForm(
  target: { readonly form?: TargetForm | undefined; readonly period?: Period | undefined },
  indicator: Pick<Indicator, 'kind'> | undefined,
): TargetForm {
  if (target.form !== undefined) return target.form;
  return target.period !== undefined && indicator?.kind === 'growth' ? 'annual-average' : 'level';
}

/**
 * The measure a target of form `form` is written in, for an indicator in `unit`: its own
 * measure for a `level` and a `cumulative` sum; `'percent-per-annum'` for an `annual-average`
 * (of a growth rate, or the average growth of a level); `'percent'` for a `relative-change`;
 * for a `change`, the indicator's measure, or `'percentage-points'` for an indicator in a
 * percentage (percent, percent per annum, percentage points).
 *
 * @param form - The target's form.
 * @param unit - The indicator's unit id.
 * @returns The measure, or `undefined` when `unit` is not a unit id.
 * @internal
 */
export function formMeasure(form: TargetForm, unit: string): Measure | undefined {
  if (form === 'annual-average') return 'percent-per-annum';
  if (form === 'relative-change') return 'percent';
  if (!hasOwn(UNITS, unit)) return undefined;
  const measure = UNITS[unit as UnitId].measure;
  return form === 'change' && isPercentMeasure(measure) ? 'percentage-points' : measure;
}
