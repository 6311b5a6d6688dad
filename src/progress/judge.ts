/**
 * The core of target evaluation: read a target, bring a value into its unit, and judge it.
 * Shared by {@link evaluateTarget} and the rate, share and intensity evaluations.
 *
 * @internal
 * @module
 */
import { D, EXACT, dec, finish, isDecimal, type Decimal, type DecimalInput } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Comparator } from '../plan/types.js';
import { UNIT_IDS, convert, readQuantity, readUnit, unitIdOf, type Quantity, type Unit, type UnitId } from '../units/index.js';
import { COMPARATOR_SYMBOL, draft, explanation, once, percent, plain, text, withUnit, type Step } from './explain.js';
import type { EvaluateTargetOptions, Explanation, TargetEvaluation, ValueInput } from './types.js';

const COMPARATORS: readonly Comparator[] = ['atLeast', 'above', 'atMost', 'below', 'approximately'];

/** A target read and checked. */
export interface ReadTarget {
  readonly comparator: Comparator;
  readonly value: Decimal;
  readonly unitId: UnitId;
  readonly unit: Unit;
  readonly tolerance: { readonly kind: 'relative' | 'absolute'; readonly value: Decimal } | null;
  readonly toleranceFromOptions: boolean;
}

/** Read and check a target (and the tolerance option for `approximately`). */
export function readTarget(target: unknown, options: unknown, name = 'target'): ReadTarget {
  if (typeof target !== 'object' || target === null || Array.isArray(target) || isDecimal(target)) {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(name, 'a target { comparator, value, unit }', target), {
      argument: name,
      received: target,
    });
  }
  const o =
    options === undefined
      ? {}
      : (() => {
          if (typeof options !== 'object' || options === null || Array.isArray(options)) {
            throw new PlanError('INVALID_ARGUMENT', messages.notOptions('options', options), {
              argument: 'options',
              received: options,
            });
          }
          return options as EvaluateTargetOptions;
        })();
  const t = target as { comparator?: unknown; value?: unknown; unit?: unknown; tolerance?: unknown };
  if (typeof t.comparator !== 'string' || !(COMPARATORS as readonly string[]).includes(t.comparator)) {
    throw new PlanError('INVALID_ARGUMENT', messages.unknownOption(`${name}.comparator`, t.comparator, COMPARATORS), {
      argument: `${name}.comparator`,
      received: t.comparator,
    });
  }
  const comparator = t.comparator as Comparator;
  const value = dec(t.value as DecimalInput, `${name}.value`);
  const unit = readUnit(t.unit, `${name}.unit`);
  const unitId = unitIdOf(unit);
  if (unitId === undefined) {
    throw new PlanError('UNKNOWN_UNIT', messages.unknownUnitId(`${name}.unit`, t.unit, UNIT_IDS), {
      argument: `${name}.unit`,
      received: t.unit,
    });
  }
  let tolerance: ReadTarget['tolerance'] = null;
  let toleranceFromOptions = false;
  if (comparator === 'approximately') {
    if (o.tolerance !== undefined) {
      tolerance = readTolerance(o.tolerance, 'options.tolerance');
      toleranceFromOptions = true;
    } else if (t.tolerance !== undefined) {
      tolerance = readTolerance(t.tolerance, `${name}.tolerance`);
    } else {
      throw new PlanError('INVALID_ARGUMENT', messages.progressToleranceRequired(`${name}.tolerance`), {
        argument: `${name}.tolerance`,
      });
    }
  }
  return { comparator, value, unitId, unit, tolerance, toleranceFromOptions };
}

function readTolerance(x: unknown, name: string): NonNullable<ReadTarget['tolerance']> {
  const bad = (): PlanError =>
    new PlanError('INVALID_ARGUMENT', messages.progressToleranceShape(name, x), { argument: name, received: x });
  if (typeof x !== 'object' || x === null || Array.isArray(x) || isDecimal(x)) throw bad();
  const { relative, absolute } = x as { relative?: unknown; absolute?: unknown };
  if ((relative === undefined) === (absolute === undefined)) throw bad();
  const kind = relative !== undefined ? 'relative' : 'absolute';
  const value = dec((relative ?? absolute) as DecimalInput, `${name}.${kind}`);
  if (value.isNegative()) {
    throw new PlanError('INVALID_ARGUMENT', messages.mustNotBeNegative(`${name}.${kind}`, value.toFixed(), 'for a tolerance'), {
      argument: `${name}.${kind}`,
      received: value.toFixed(),
    });
  }
  return { kind, value };
}

/**
 * Read `x` (a decimal, or a quantity) as a value in `unit`: a plain decimal is taken to be in
 * `unit` already; a quantity of the same measure is converted exactly; another measure
 * throws `UNIT_MISMATCH`.
 */
export function valueIn(x: ValueInput, unit: Unit, unitId: UnitId, name: string, steps: Step[]): Decimal {
  if (typeof x !== 'object' || x === null || isDecimal(x)) return dec(x as DecimalInput, name);
  const q = readQuantity(x, name);
  if (q.unit.measure !== unit.measure) {
    throw new PlanError(
      'UNIT_MISMATCH',
      messages.progressValueUnit(name, messages.unitName(unitIdOf(q.unit), q.unit.measure, q.unit.multiplier), q.unit.measure, `'${unitId}'`, unit.measure),
      { argument: name, received: q.unit.measure, expected: unit.measure },
    );
  }
  if (q.unit.multiplier === unit.multiplier) return q.value;
  const converted = convert(q as Quantity, unit as never).value;
  steps.push((d) =>
    d.notes.push(
      text.converted(
        `${plain(q.value)} ${messages.unitName(unitIdOf(q.unit), q.unit.measure, q.unit.multiplier)}`,
        `${plain(converted)} '${unitId}'`,
      ),
    ),
  );
  return converted;
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

/** A verdict's numbers, and its explanation written on first call. */
export interface Verdict extends Omit<TargetEvaluation, 'explanation'> {
  readonly explain: () => Explanation;
}

/**
 * Judge `value` (already in the target's unit) against the target. `steps` write the working
 * that led to the value (a share, an annual average) into the explanation, before the
 * verdict's own lines; nothing is written until the explanation is asked for.
 */
export function verdict(t: ReadTarget, value: Decimal, steps: readonly Step[] = []): Verdict {
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
  const explain = once(() => {
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
        COMPARATOR_SYMBOL[t.comparator],
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
  });
  return { met, comparator: t.comparator, unit: t.unitId, value, threshold, difference, gap, attainment, allowed, explain };
}

/** Where an evaluation keeps the writer of its explanation (not enumerable). */
const EXPLAIN = /* @__PURE__ */ Symbol('explain');

/**
 * One getter for every evaluation. (A getter written in each object literal would give each
 * evaluation a hidden class of its own: slow to make, and garbage for the full collector.)
 */
const EXPLANATION: PropertyDescriptor = {
  enumerable: true,
  get(this: { readonly [EXPLAIN]: () => Explanation }): Explanation {
    return this[EXPLAIN]();
  },
};

/**
 * The evaluation of a verdict, not yet frozen (an evaluation adds its own fields, then
 * freezes it). `explanation` is an enumerable getter: an ordinary read-only field to
 * `JSON.stringify`, spreads and `Object.keys`, written out on first read and the same frozen
 * object on every read after.
 */
export function evaluationOf(v: Verdict): TargetEvaluation {
  const e = {
    met: v.met,
    comparator: v.comparator,
    unit: v.unit,
    value: v.value,
    threshold: v.threshold,
    difference: v.difference,
    gap: v.gap,
    attainment: v.attainment,
    allowed: v.allowed,
  };
  Object.defineProperty(e, 'explanation', EXPLANATION);
  Object.defineProperty(e, EXPLAIN, { value: v.explain });
  return e as TargetEvaluation;
}

/** {@link verdict} as a frozen {@link TargetEvaluation}. */
export function judge(t: ReadTarget, value: Decimal, steps: readonly Step[] = []): TargetEvaluation {
  return Object.freeze(evaluationOf(verdict(t, value, steps)));
}
