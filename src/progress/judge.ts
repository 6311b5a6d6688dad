/**
 * The core of target evaluation: read a target, bring a value into its unit, and judge it.
 * Shared by {@link evaluateTarget} and the rate, share and intensity evaluations.
 *
 * @internal
 * @module
 */
import { D, EXACT, finish, type Decimal } from '../decimal.js';
import { argumentError, type PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { isObject, readChoice, readDecimal, readObject, readOptions } from '../read.js';
import { UNIT_IDS, describeUnit, readQuantity, readUnit, unitIdOf, valueIn, type Unit, type UnitId } from '../units/index.js';
import { COMPARATORS, COMPARATOR_SYMBOLS, type Comparator } from '../vocabulary.js';
import { draft, explanation, percent, plain, text, withUnit, type Step } from './explain.js';
import { explainLater } from './lazyExplanation.js';
import type { EvaluateTargetOptions, Explanation, TargetEvaluation, ValueInput } from './types.js';

/** A target read and checked. */
interface ReadTarget {
  readonly comparator: Comparator;
  readonly value: Decimal;
  readonly unitId: UnitId;
  readonly unit: Unit;
  readonly tolerance: { readonly kind: 'relative' | 'absolute'; readonly value: Decimal } | null;
  readonly toleranceFromOptions: boolean;
}

/**
 * Read and check a target, and the tolerance option for an `approximately` one (the option
 * wins over the target's own tolerance).
 *
 * @param target - `{ comparator, value, unit, tolerance? }`; `unit` must be a named unit.
 * @param options - {@link EvaluateTargetOptions} or `undefined`.
 * @returns The target, read.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a target or options that are not objects,
 *   an unknown comparator, or a missing or bad tolerance; `INVALID_DECIMAL` for a bad value;
 *   `UNKNOWN_UNIT` for a unit that is not a named unit.
 */
export function readTarget(target: unknown, options: unknown): ReadTarget {
  const t = readObject(target, 'target', 'a target { comparator, value, unit }');
  const o = readOptions(options) as EvaluateTargetOptions;
  const comparator = readChoice(t.comparator, 'target.comparator', COMPARATORS);
  const value = readDecimal(t.value, 'target.value');
  const unit = readUnit(t.unit, 'target.unit');
  const unitId = unitIdOf(unit);
  if (unitId === undefined) {
    throw argumentError('UNKNOWN_UNIT', 'target.unit', messages.unknownUnitId('target.unit', t.unit, UNIT_IDS), t.unit);
  }
  let tolerance: ReadTarget['tolerance'] = null;
  let toleranceFromOptions = false;
  if (comparator === 'approximately') {
    if (o.tolerance !== undefined) {
      tolerance = readTolerance(o.tolerance, 'options.tolerance');
      toleranceFromOptions = true;
    } else if (t.tolerance !== undefined) {
      tolerance = readTolerance(t.tolerance, 'target.tolerance');
    } else {
      throw argumentError('INVALID_ARGUMENT', 'target.tolerance', messages.progressToleranceRequired('target.tolerance'));
    }
  }
  return { comparator, value, unitId, unit, tolerance, toleranceFromOptions };
}

/**
 * {@link readTarget} for a target that must be in one unit (a rate, share or intensity target).
 *
 * @param target - The target.
 * @param options - {@link EvaluateTargetOptions} or `undefined`.
 * @param unitId - The one unit allowed.
 * @param kind - What the target is, for the message (`'rate'`, `'share'` …).
 * @returns The target, read.
 * @throws {@link PlanError} `UNIT_MISMATCH` for a target in another unit, and what
 *   {@link readTarget} throws.
 */
export function readTargetIn(target: unknown, options: unknown, unitId: UnitId, kind: string): ReadTarget {
  const t = readTarget(target, options);
  if (t.unitId !== unitId) {
    throw argumentError('UNIT_MISMATCH', 'target.unit', messages.progressTargetUnit('target.unit', kind, unitId, `'${t.unitId}'`), t.unitId);
  }
  return t;
}

function readTolerance(x: unknown, name: string): NonNullable<ReadTarget['tolerance']> {
  const bad = (): PlanError => argumentError('INVALID_ARGUMENT', name, messages.progressToleranceShape(name, x), x);
  if (!isObject(x)) throw bad();
  const { relative, absolute } = x;
  if ((relative === undefined) === (absolute === undefined)) throw bad();
  const kind = relative !== undefined ? 'relative' : 'absolute';
  const value = readDecimal(relative ?? absolute, `${name}.${kind}`);
  if (value.isNegative()) {
    const at = `${name}.${kind}`;
    throw argumentError('INVALID_ARGUMENT', at, messages.mustNotBeNegative(at, plain(value), 'for a tolerance'), plain(value));
  }
  return { kind, value };
}

/**
 * Read `x` as a value in `unit`: a plain decimal is taken to be in `unit` already; a quantity
 * of the same measure is converted exactly (`units/valueIn`), and the conversion is noted in
 * the explanation.
 *
 * @param x - A decimal, or a quantity (`{ value, unit }` or `quantity(…)`).
 * @param unit - The unit wanted.
 * @param name - The argument, for messages and the note (`'value'`, `'numerator'` …).
 * @param steps - Where the note is added.
 * @param owner - What `unit` is the unit of, for the error (`'the target'`: "… does not fit
 *   the target in 'bn-yuan'"); default: the unit alone.
 * @returns The value in `unit`.
 * @throws {@link PlanError} `UNIT_MISMATCH` for a quantity of another measure;
 *   `INVALID_DECIMAL`, `UNKNOWN_UNIT`, `INVALID_ARGUMENT` for a bad number, unit or quantity.
 */
export function readValue(x: ValueInput, unit: Unit, name: string, steps: Step[], owner?: string): Decimal {
  if (!isObject(x)) return readDecimal(x, name);
  const q = readQuantity(x, name);
  const value = valueIn(q.value, q.unit, unit, name, owner === undefined ? undefined : `${owner} in ${describeUnit(unit)}`);
  if (q.unit.multiplier !== unit.multiplier) {
    steps.push((d) => d.notes.push(text.converted(name, `${plain(q.value)} ${describeUnit(q.unit)}`, `${plain(value)} ${describeUnit(unit)}`)));
  }
  return value;
}

/** `x`, with −0 as 0. */
function nonNegativeZero(x: Decimal): Decimal {
  return x.isZero() && x.isNegative() ? new D(0) : x;
}

/** Whether the exact `value` satisfies the comparator. */
function isMet(comparator: Exclude<Comparator, 'approximately'>, value: Decimal, threshold: Decimal): boolean {
  switch (comparator) {
    case 'atLeast':
      return value.gte(threshold);
    case 'above':
      return value.gt(threshold);
    case 'atMost':
      return value.lte(threshold);
    case 'below':
      return value.lt(threshold);
  }
}

/**
 * Judge `value` (already in the target's unit) against the target: the frozen evaluation,
 * with `extra` fields after `explanation`. `steps` write the working that led to the value
 * (a share, an annual average) into the explanation, before the verdict's own lines; nothing
 * is written until the explanation is read.
 *
 * @param t - The target, read.
 * @param value - The value, in the target's unit.
 * @param steps - The working that led to `value`.
 * @param extra - Fields of a derived evaluation (`share`, `averageGrowth` …).
 * @returns The frozen {@link TargetEvaluation} with `extra`.
 */
export function judge<E extends object = object>(t: ReadTarget, value: Decimal, steps: readonly Step[] = [], extra?: E): TargetEvaluation & E {
  const threshold = t.value;
  // In the library's context (34 digits, half-even) a difference and a quotient are the exact
  // ones rounded once, as `finish` would round them.
  const v = value.constructor === D ? value : new D(value);
  let difference: Decimal;
  let met: boolean;
  let gap: Decimal;
  let attainment: Decimal | null = null;
  let allowed: Decimal | null = null;
  if (t.comparator === 'approximately') {
    const differenceExact = new EXACT(value).minus(threshold);
    difference = finish(differenceExact);
    const tolerance = t.tolerance as NonNullable<ReadTarget['tolerance']>;
    const allowedExact =
      tolerance.kind === 'relative' ? new EXACT(tolerance.value).times(new EXACT(threshold).abs()) : new EXACT(tolerance.value);
    const deviation = differenceExact.abs();
    met = deviation.lte(allowedExact);
    allowed = finish(allowedExact);
    gap = finish(allowedExact.minus(deviation));
    if (!threshold.isZero()) attainment = new D(new EXACT(threshold).abs().minus(deviation)).div(threshold.abs());
  } else {
    difference = nonNegativeZero(v.minus(threshold));
    met = isMet(t.comparator, value, threshold);
    const increase = t.comparator === 'atLeast' || t.comparator === 'above';
    // Half-even rounds symmetrically: −round(x) = round(−x).
    gap = increase || difference.isZero() ? difference : difference.neg();
    if (threshold.isPositive() && !threshold.isZero()) {
      if (increase) attainment = v.div(threshold);
      else if (v.isPositive() && !v.isZero()) attainment = new D(threshold).div(v);
    }
  }
  const fields = { met, comparator: t.comparator, unit: t.unitId, value, threshold, difference, gap, attainment, allowed };
  const write = (): Explanation => {
    const d = draft();
    for (const step of steps) step(d);
    d.inputs.comparator = t.comparator;
    d.inputs.threshold = plain(threshold);
    d.inputs.unit = t.unitId;
    d.inputs.value = plain(value);
    const shownAttainment = attainment === null ? null : percent(attainment);
    let summary: string;
    if (t.comparator === 'approximately') {
      const tolerance = t.tolerance as NonNullable<ReadTarget['tolerance']>;
      d.inputs[`tolerance${tolerance.kind === 'relative' ? 'Relative' : 'Absolute'}`] = plain(tolerance.value);
      if (t.toleranceFromOptions) d.notes.push(text.toleranceFromOptions);
      if (threshold.isZero()) d.notes.push(text.attainmentUndefinedZero);
      summary = text.approximatelySummary(
        withUnit(value, t.unitId),
        withUnit(threshold, t.unitId),
        withUnit(allowed as Decimal, t.unitId),
        met,
        shownAttainment,
      );
    } else {
      if (!threshold.isPositive() || threshold.isZero()) d.notes.push(text.attainmentUndefinedThreshold(plain(threshold)));
      else if (attainment === null) d.notes.push(text.attainmentUndefinedValue(plain(value)));
      summary = text.targetSummary(
        withUnit(value, t.unitId),
        COMPARATOR_SYMBOLS[t.comparator],
        withUnit(threshold, t.unitId),
        met,
        shownAttainment,
        withUnit(gap, t.unitId),
      );
    }
    d.values.met = String(met);
    d.values.difference = plain(difference);
    d.values.gap = plain(gap);
    d.values.attainment = attainment === null ? 'undefined' : plain(attainment);
    if (allowed !== null) d.values.allowed = plain(allowed);
    return explanation(d, summary);
  };
  return Object.freeze(Object.assign(explainLater(fields, write), extra));
}
