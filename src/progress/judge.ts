/**
 * The core of target evaluation: read a target (its comparator, the source's wording of it,
 * the indicator's direction), bring a value into its unit, and judge it. Shared by
 * {@link evaluateTarget} and the rate, share and intensity evaluations.
 *
 * @internal
 * @module
 */
import { outOfRange, quotient, result, subtract } from '../calc/_lib/exact.js';
import { D, EXACT, freezeValues, type Decimal } from '../decimal.js';
import { argumentError, type PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { isObject, optional, readChoice, readDecimal, readObject, readOptions } from '../read.js';
import { UNIT_IDS, describeUnit, readQuantity, readUnit, unitIdOf, valueIn, type Unit, type UnitId } from '../units/index.js';
import {
  APPROXIMATELY_READINGS,
  COMPARATORS,
  COMPARATOR_SYMBOLS,
  DIRECTIONS,
  WORDINGS,
  type ApproximatelyReading,
  type Comparator,
  type Direction,
  type Wording,
} from '../vocabulary.js';
import { draft, explanation, percent, plain, text, withUnit, type Draft, type Step } from './explain.js';
import { explainLater } from './lazyExplanation.js';
import type { Caveat, EvaluateTargetOptions, Explanation, TargetEvaluation, ValueInput } from './types.js';

/** A target read and checked. */
interface ReadTarget {
  readonly comparator: Comparator;
  readonly value: Decimal;
  readonly unitId: UnitId;
  readonly unit: Unit;
  readonly tolerance: { readonly kind: 'relative' | 'absolute'; readonly value: Decimal } | null;
  readonly toleranceFromOptions: boolean;
  readonly wording: Wording | null;
  readonly direction: Direction | null;
  /** How an `approximately` target is judged; `null` for the other comparators. */
  readonly reading: ApproximatelyReading | null;
  /** The reading `options.approximately` asked for, or `null`. */
  readonly asked: ApproximatelyReading | null;
  /** The caveats of the target itself: the reading of an English wording, a tolerance from the options. */
  readonly caveats: readonly Caveat[];
}

const WORDING_KEYS = /* @__PURE__ */ Object.keys(WORDINGS) as Wording[];
const NO_CAVEATS: readonly Caveat[] = /* @__PURE__ */ Object.freeze([]);

/** The words of the Civil Code of the PRC, art. 1259, that name whether a figure is included. */
const ART_1259: ReadonlySet<string> = /* @__PURE__ */ new Set(['以上', '以下', '以内', '超过', '不满']);

/** What a wording means, in words: `"'above' renders 以上, which includes the figure (…): atLeast (≥)"`. */
function wordingMeaning(wording: Wording): string {
  const { comparator, renders } = WORDINGS[wording];
  const chinese = renders ?? wording;
  const law = ART_1259.has(chinese) ? ' (Civil Code of the PRC, art. 1259)' : '';
  const rule =
    comparator === 'approximately'
      ? 'states a level to aim at'
      : `${comparator === 'atLeast' || comparator === 'atMost' ? 'includes' : 'excludes'} the figure${law}`;
  const head = renders === undefined ? `'${wording}' ${rule}` : `'${wording}' renders ${renders}, which ${rule}`;
  return `${head}: ${comparator} (${COMPARATOR_SYMBOLS[comparator]})`;
}

/** The `reading` caveat of each English wording, made when first needed. */
const READING_CAVEATS = /* @__PURE__ */ new Map<Wording, Caveat>();

function readingCaveat(wording: Wording): Caveat {
  let caveat = READING_CAVEATS.get(wording);
  if (caveat === undefined) {
    caveat = Object.freeze({ code: 'reading', message: text.readingCaveat(wordingMeaning(wording)) });
    READING_CAVEATS.set(wording, caveat);
  }
  return caveat;
}

/** The source's wording, which must mean the target's comparator. */
function readWording(x: unknown, comparator: Comparator): Wording {
  const wording = readChoice(x, 'target.wording', WORDING_KEYS);
  const { comparator: meaning, renders } = WORDINGS[wording];
  if (meaning !== comparator) {
    const message = `target.wording: ${messages.wordingComparator(wording, comparator, meaning, renders)}`;
    throw argumentError('INVALID_ARGUMENT', 'target.wording', message, wording);
  }
  return wording;
}

/** The keys of {@link EvaluateTargetOptions}. @internal */
export const TARGET_OPTION_KEYS: readonly string[] = ['tolerance', 'approximately'];

/**
 * Read and check a target, and the options of an `approximately` one: the tolerance (the
 * option wins over the target's own) and the reading (`'directional'` by default, in the
 * direction of the target's indicator, two-sided where it has none).
 *
 * @param target - `{ comparator, value, unit, tolerance?, wording?, direction? }`; `unit`
 *   must be a named unit; `wording` must mean `comparator` (`WORDINGS`).
 * @param options - {@link EvaluateTargetOptions} or `undefined`.
 * @param allowed - The option keys allowed (default {@link TARGET_OPTION_KEYS}).
 * @returns The target, read.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a target or options that are not objects,
 *   an option key outside `allowed`,
 *   an unknown comparator, wording, direction or reading, a wording that means another
 *   comparator, or a missing or bad tolerance; `INVALID_DECIMAL` for a bad value;
 *   `UNKNOWN_UNIT` for a unit that is not a named unit.
 */
export function readTarget(target: unknown, options: unknown, allowed: readonly string[] = TARGET_OPTION_KEYS): ReadTarget {
  const t = readObject(target, 'target', 'a target { comparator, value, unit }');
  const o = readOptions(options, 'options', allowed) as EvaluateTargetOptions;
  const comparator = readChoice(t.comparator, 'target.comparator', COMPARATORS);
  const wording = optional(t.wording, (x) => readWording(x, comparator), null);
  const direction = optional(t.direction, (x) => readChoice(x, 'target.direction', DIRECTIONS), null);
  const asked = optional(o.approximately, (x) => readChoice(x, 'options.approximately', APPROXIMATELY_READINGS), null);
  const value = readDecimal(t.value, 'target.value');
  const unit = readUnit(t.unit, 'target.unit');
  const unitId = unitIdOf(unit);
  if (unitId === undefined) {
    throw argumentError('UNKNOWN_UNIT', 'target.unit', messages.unknownUnitId('target.unit', t.unit, UNIT_IDS), t.unit);
  }
  let tolerance: ReadTarget['tolerance'] = null;
  let toleranceFromOptions = false;
  let reading: ApproximatelyReading | null = null;
  if (comparator === 'approximately') {
    if (o.tolerance !== undefined) {
      tolerance = readTolerance(o.tolerance, 'options.tolerance');
      toleranceFromOptions = true;
    } else if (t.tolerance !== undefined) {
      tolerance = readTolerance(t.tolerance, 'target.tolerance');
    } else {
      throw argumentError('INVALID_ARGUMENT', 'target.tolerance', messages.progressToleranceRequired('target.tolerance'));
    }
    reading = asked !== 'two-sided' && (direction === 'increase' || direction === 'decrease') ? 'directional' : 'two-sided';
  }
  let caveats = NO_CAVEATS;
  const english = wording !== null && WORDINGS[wording].renders !== undefined;
  if (english || toleranceFromOptions) {
    const list: Caveat[] = [];
    if (english) list.push(readingCaveat(wording));
    if (tolerance !== null && toleranceFromOptions) {
      list.push(Object.freeze({ code: 'tolerance', message: text.toleranceCaveat(tolerance.kind, plain(tolerance.value)) }));
    }
    caveats = Object.freeze(list);
  }
  return { comparator, value, unitId, unit, tolerance, toleranceFromOptions, wording, direction, reading, asked, caveats };
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
export function readTargetIn(
  target: unknown,
  options: unknown,
  unitId: UnitId,
  kind: string,
  allowed: readonly string[] = TARGET_OPTION_KEYS,
): ReadTarget {
  const t = readTarget(target, options, allowed);
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

/** What the judge computes, as `DOMAIN` errors name it when it is beyond the bounds of the library's decimals. */
const DIFFERENCE = 'the difference value − threshold';
const GAP = 'the gap';
const ATTAINMENT_FLOOR = 'attainment (value ÷ threshold)';
const ATTAINMENT_CEILING = 'attainment (threshold ÷ value)';

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
 * The attainment of a one-sided reading: `value ÷ threshold` for a floor, `threshold ÷ value`
 * for a ceiling; `null` for a threshold ≤ 0, or a value ≤ 0 under a ceiling.
 */
function oneSidedAttainment(increase: boolean, v: Decimal, threshold: Decimal): Decimal | null {
  if (!threshold.isPositive() || threshold.isZero()) return null;
  if (increase) return quotient(v, threshold, ATTAINMENT_FLOOR);
  return v.isPositive() && !v.isZero() ? quotient(threshold, v, ATTAINMENT_CEILING) : null;
}

/** What a verdict on an `approximately` target is made of. */
interface Approximate {
  readonly met: boolean;
  readonly gap: Decimal;
  readonly attainment: Decimal | null;
  readonly allowed: Decimal;
  /** The near edge of the band, for the directional reading; else `null`. */
  readonly limit: Decimal | null;
}

/** Judge an `approximately` target: within the band, or beyond its near edge in the indicator's direction. */
function approximate(t: ReadTarget, value: Decimal, threshold: Decimal): Approximate {
  const tolerance = t.tolerance as NonNullable<ReadTarget['tolerance']>;
  const allowedExact =
    tolerance.kind === 'relative' ? new EXACT(tolerance.value).times(new EXACT(threshold).abs()) : new EXACT(tolerance.value);
  const allowed = result(allowedExact, 'the tolerance allowed (tolerance × |threshold|)');
  if (t.reading === 'directional') {
    const increase = t.direction === 'increase';
    const edge = increase ? new EXACT(threshold).minus(allowedExact) : new EXACT(threshold).plus(allowedExact);
    const beyond = increase ? new EXACT(value).minus(edge) : edge.minus(value);
    const v = value.constructor === D ? value : new D(value);
    return {
      met: !beyond.isNegative() || beyond.isZero(),
      gap: result(beyond, GAP),
      attainment: oneSidedAttainment(increase, v, threshold),
      allowed,
      limit: result(edge, 'the near edge of the band (threshold ∓ allowed)'),
    };
  }
  const deviation = new EXACT(value).minus(threshold).abs();
  const attainment = threshold.isZero() ? null : quotient(subtract(threshold.abs(), deviation), threshold.abs(), 'attainment (1 − |value − threshold| ÷ |threshold|)');
  return { met: deviation.lte(allowedExact), gap: result(subtract(allowedExact, deviation), GAP), attainment, allowed, limit: null };
}

/** How a wording shows beside the comparator in a summary: `'以上'`, `'"above" as 以上'`. */
function wordingTag(wording: Wording | null): string | null {
  if (wording === null) return null;
  const { renders } = WORDINGS[wording];
  return renders === undefined ? wording : `"${wording}" as ${renders}`;
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
 * @param caveats - Caveats of the working (a series' partial period, a break bridged), before the target's own.
 * @returns The frozen {@link TargetEvaluation} with `extra`.
 */
export function judge<E extends object = object>(
  t: ReadTarget,
  value: Decimal,
  steps: readonly Step[] = [],
  extra?: E,
  caveats: readonly Caveat[] = NO_CAVEATS,
): TargetEvaluation & E {
  const threshold = t.value;
  // In the library's context (34 digits, half-even) a difference and a quotient are the exact
  // ones rounded once, as `finish` would round them.
  const v = value.constructor === D ? value : new D(value);
  let difference: Decimal;
  let met: boolean;
  let gap: Decimal;
  let attainment: Decimal | null;
  let approx: Approximate | null = null;
  if (t.comparator === 'approximately') {
    difference = result(subtract(value, threshold), DIFFERENCE);
    approx = approximate(t, value, threshold);
    ({ met, gap, attainment } = approx);
  } else {
    // One rounding in the library's context; an overflow, or an underflow of values that differ, is out of range.
    difference = nonNegativeZero(v.minus(threshold));
    if (!difference.isFinite() || (difference.isZero() && !value.eq(threshold))) throw outOfRange(DIFFERENCE);
    met = isMet(t.comparator, value, threshold);
    const increase = t.comparator === 'atLeast' || t.comparator === 'above';
    // Half-even rounds symmetrically: −round(x) = round(−x).
    gap = increase || difference.isZero() ? difference : difference.neg();
    attainment = oneSidedAttainment(increase, v, threshold);
  }
  const allowed = approx?.allowed ?? null;
  const all = caveats.length === 0 ? t.caveats : t.caveats.length === 0 ? caveats : Object.freeze([...caveats, ...t.caveats]);
  const fields = { met, comparator: t.comparator, unit: t.unitId, value, threshold, difference, gap, attainment, allowed, reading: t.reading, caveats: all };
  const write = (): Explanation => {
    const d = draft();
    for (const step of steps) step(d);
    d.inputs.comparator = t.comparator;
    if (t.wording !== null) {
      d.inputs.wording = t.wording;
      d.notes.push(text.wordingNote(wordingMeaning(t.wording)));
    }
    d.inputs.threshold = plain(threshold);
    d.inputs.unit = t.unitId;
    d.inputs.value = plain(value);
    const shownAttainment = attainment === null ? null : percent(attainment);
    const tag = wordingTag(t.wording);
    let summary: string;
    if (approx !== null) {
      summary = explainApproximately(d, t, value, approx, shownAttainment, tag);
    } else {
      if (attainment === null) {
        if (!threshold.isPositive() || threshold.isZero()) d.notes.push(text.attainmentUndefinedThreshold(plain(threshold)));
        else d.notes.push(text.attainmentUndefinedValue(plain(value)));
      }
      summary = text.targetSummary(
        withUnit(value, t.unitId),
        COMPARATOR_SYMBOLS[t.comparator],
        withUnit(threshold, t.unitId),
        met,
        shownAttainment,
        withUnit(gap, t.unitId),
        tag,
      );
    }
    d.values.met = String(met);
    d.values.difference = plain(difference);
    d.values.gap = plain(gap);
    d.values.attainment = attainment === null ? 'undefined' : plain(attainment);
    if (allowed !== null) d.values.allowed = plain(allowed);
    if (approx !== null && approx.limit !== null) d.values.limit = plain(approx.limit);
    return explanation(d, summary);
  };
  return Object.freeze(Object.assign(explainLater(freezeValues(fields), write), extra === undefined ? extra : freezeValues(extra)));
}

/** The inputs, notes and summary of an `approximately` verdict. */
function explainApproximately(d: Draft, t: ReadTarget, value: Decimal, a: Approximate, attainment: string | null, tag: string | null): string {
  const { unitId: unit, value: threshold } = t;
  const tolerance = t.tolerance as NonNullable<ReadTarget['tolerance']>;
  d.inputs[`tolerance${tolerance.kind === 'relative' ? 'Relative' : 'Absolute'}`] = plain(tolerance.value);
  if (t.direction !== null) d.inputs.direction = t.direction;
  d.inputs.reading = t.reading ?? 'two-sided';
  if (t.toleranceFromOptions) d.notes.push(text.toleranceFromOptions);
  const low = withUnit(EXACT.sub(threshold, a.allowed), unit);
  const high = withUnit(EXACT.add(threshold, a.allowed), unit);
  const shown = [withUnit(value, unit), withUnit(threshold, unit), withUnit(a.allowed, unit)] as const;
  if (a.limit !== null) {
    const increase = t.direction === 'increase';
    d.notes.push(text.directionalNote(increase, withUnit(a.limit, unit), low, high));
    if (a.attainment === null) {
      if (!threshold.isPositive() || threshold.isZero()) d.notes.push(text.attainmentUndefinedThreshold(plain(threshold)));
      else d.notes.push(text.attainmentUndefinedValue(plain(value)));
    }
    return text.directionalSummary(shown[0], increase, withUnit(a.limit, unit), shown[1], shown[2], tag, a.met, attainment, withUnit(a.gap, unit));
  }
  d.notes.push(text.twoSidedNote(t.asked, t.direction, low, high));
  if (threshold.isZero()) d.notes.push(text.attainmentUndefinedZero);
  return text.approximatelySummary(shown[0], shown[1], shown[2], a.met, attainment, tag);
}
