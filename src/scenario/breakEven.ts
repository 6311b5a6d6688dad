import { requiredGrowth } from '../calc/requiredGrowth.js';
import { D, EXACT, ONE, finish, nextDown, nextUp, shift, type Decimal } from '../decimal.js';
import { argumentError, domainError, isPlanError, notFoundError } from '../errors.js';
import { messages } from '../messages.js';
import type { Plan } from '../plan/types.js';
import { draft, explanation } from '../progress/explain.js';
import type { TargetEvaluation } from '../progress/types.js';
import { UNITS } from '../units/index.js';
import type { TargetNode } from './planGraph.js';
import { judgeRow } from './scorecard.js';
import { working as text } from './text.js';
import type { BreakEvenOptions, BreakEvenResult, ScenarioLike } from './types.js';
import { prepare, type Varied } from './vary.js';

const TWO = /* @__PURE__ */ new D(2);
const MINUS_ONE = /* @__PURE__ */ new D(-1);
const HALF = /* @__PURE__ */ new D('0.5');
/** Most steps a closed form may be moved to sit on the boundary of the rounded projection. */
const MAX_NUDGES = 40;
/** Most doublings while looking for a bracket, and most halvings of a bisection. */
const MAX_DOUBLINGS = 400;
const MAX_HALVINGS = 2000;

/** A predicate on driver values that is false then true as the value rises (`rising`), or true then false. */
interface Side {
  readonly test: (v: Decimal) => boolean;
  readonly rising: boolean;
  /** The judged value at which it switches, for a closed form. */
  readonly level: Decimal;
}

/**
 * The driver value at which a target switches between met and not met, exact to 34
 * significant digits: the smallest value that meets it (`kind: 'minimum'`) or the largest
 * (`'maximum'`), by a closed form where one exists or by bisection
 * ([docs/scenarios.md, "Break-even"](../../docs/scenarios.md#break-even)).
 *
 * @param plan - The plan.
 * @param scenario - The scenario; it must drive `driver.series`.
 * @param options - `driver` `{ series, field }`, `targetId`, and as for `sweep`: `prices`,
 *   `asOf`, `defaultTolerance`, `approximately`.
 * @returns `{ targetId, driver, value, kind, upper, method, explanation }`, frozen; `upper`
 *   is the upper end of the band of an `approximately` target read two-sided.
 * @throws {@link PlanError} `NOT_FOUND` for an unknown target or a series the scenario does
 *   not drive; `INVALID_ARGUMENT` when the target does not depend on the driver; `DOMAIN`
 *   when the target does not change with the driver, is met for every value or for none, or
 *   has no value under the scenario.
 *
 * @example
 * ```ts
 * // 120 bn yuan in 2015: what constant growth reaches 240 bn in 2020?
 * const r = breakEven(baotou13, scenarios.reportedTrend, {
 *   driver: { series: 'industrial-value-added', field: 'growth' },
 *   targetId: 'industrial-value-added-2020',
 * });
 * r.value.toString(); // → '0.1486983549970350067986269467779276'
 * r.kind;             // → 'minimum'
 * r.method;           // → 'closed-form'
 * ```
 *
 * @category Scenarios
 */
export function breakEven(plan: Plan, scenario: ScenarioLike, options: BreakEvenOptions): BreakEvenResult {
  const { varied, o } = prepare(plan, scenario, options, ['targetId']);
  const { model, ref } = varied;
  const targetId = o.targetId;
  const t = typeof targetId === 'string' ? model.targetsById.get(targetId) : undefined;
  if (t === undefined) {
    const ids = [...model.targetsById.keys()];
    throw notFoundError('options.targetId', messages.scenarioUnknownTarget('options.targetId', targetId, model.id, ids), targetId, ids);
  }
  if (!varied.dependsOn(t)) {
    throw argumentError('INVALID_ARGUMENT', 'options.targetId', messages.scenarioTargetIndependent(t.target.id, ref.series, t.inputs), t.target.id);
  }
  const d = draft();
  d.inputs.targetId = t.target.id;
  d.inputs.series = ref.series;
  d.inputs.field = ref.field;
  d.inputs.comparator = t.target.comparator;
  d.inputs.threshold = t.target.value.toFixed();
  d.inputs.unit = t.target.unit;
  const evaluate = evaluator(varied, t);
  const [p0, p1] = probes(varied);
  const e0 = evaluate(p0);
  const e1 = evaluate(p1);
  const direction = e1.value.cmp(e0.value);
  if (direction === 0) {
    throw domainError('options.targetId', messages.scenarioTargetFlat(t.target.id, ref.series, ref.field, p0.toFixed(), p1.toFixed(), e0.value.toFixed()), t.target.id);
  }
  d.values.direction = direction > 0 ? 'rising' : 'falling';
  const sides = sidesOf(t, e0, direction > 0, evaluate);
  const closed = closedForm(varied, t);
  let method: 'closed-form' | 'bisection' = 'bisection';
  const found = sides.map((side) => {
    if (closed !== null) {
      const candidate = closed.solve(side.level);
      // A closed form beyond the bounds of the library's decimals (∞) is no candidate.
      if (candidate !== null && candidate.isFinite()) {
        d.working.push(text.closedLevel(closed.formula(side.level.toFixed()), candidate.toFixed()));
        const nudged = nudge(candidate, side);
        if (nudged !== null) {
          if (nudged.steps > 0) d.notes.push(text.nudged(nudged.steps));
          method = 'closed-form';
          return nudged.value;
        }
      }
    }
    method = 'bisection';
    return bisect(side, varied, p0, p1, t, d);
  });
  const value = found[0] as Decimal;
  const upper = found.length > 1 ? (found[1] as Decimal) : null;
  const first = sides[0] as Side;
  const kind = first.rising ? 'minimum' : 'maximum';
  d.values.value = value.toFixed();
  if (upper !== null) {
    d.values.upper = upper.toFixed();
    d.working.push(text.band(value.toFixed(), upper.toFixed()));
  }
  const other = kind === 'minimum' ? nextDown(value) : nextUp(value);
  d.working.push(text.checked(value.toFixed(), other.toFixed(), kind));
  const summary = text.breakEvenSummary(t.target.id, ref.series, ref.field, kind, value.toFixed());
  return Object.freeze({
    targetId: t.target.id,
    driver: ref,
    value,
    kind,
    upper,
    method,
    explanation: explanation(d, summary),
  });
}

/** The verdict on the target with the driver at `v`; a missing value is an error. */
function evaluator(varied: Varied, t: TargetNode): (v: Decimal) => TargetEvaluation {
  return (v) => {
    const row = judgeRow(t, varied.sourceAt(v, 'driver value'), varied.rowOptions);
    if (row.evaluation === null) {
      throw domainError('options.targetId', messages.scenarioNoValue(t.target.id, v.toFixed(), row.reason ?? ''), t.target.id);
    }
    return row.evaluation;
  };
}

/** Two driver values to find the direction with. */
function probes(varied: Varied): [Decimal, Decimal] {
  switch (varied.ref.field) {
    case 'growth':
      return [new D(0), new D('0.1')];
    case 'additions':
      return [new D(0), new D(1)];
    case 'base': {
      const base = varied.driver.base;
      const p0 = base.isZero() ? ONE : base;
      // Twice a base at the top of the bounds is beyond them: half of it instead.
      const twice = p0.times(TWO);
      return [p0, twice.isFinite() ? twice : p0.div(TWO)];
    }
  }
}

/**
 * The boundaries to find: one for a one-sided comparator (and `approximately` read in the
 * indicator's direction), two (lower and upper end of the band, in driver values) for
 * `approximately` read two-sided.
 */
function sidesOf(t: TargetNode, e: TargetEvaluation, valueRises: boolean, evaluate: (v: Decimal) => TargetEvaluation): Side[] {
  const threshold = e.threshold;
  switch (t.target.comparator) {
    case 'atLeast':
    case 'above':
      return [{ test: (v) => evaluate(v).met, rising: valueRises, level: threshold }];
    case 'atMost':
    case 'below':
      return [{ test: (v) => evaluate(v).met, rising: !valueRises, level: threshold }];
    case 'approximately': {
      const allowed = e.allowed as Decimal;
      const low = finish(EXACT.sub(threshold, allowed));
      const high = finish(EXACT.add(threshold, allowed));
      // Read in the indicator's direction, "about" is one-sided: met from the near edge of the band on.
      if (e.reading === 'directional') {
        return t.node.indicator.direction === 'decrease'
          ? [{ test: (v) => evaluate(v).met, rising: !valueRises, level: high }]
          : [{ test: (v) => evaluate(v).met, rising: valueRises, level: low }];
      }
      const atLeastLow = (v: Decimal): boolean => evaluate(v).value.gte(low);
      const atMostHigh = (v: Decimal): boolean => evaluate(v).value.lte(high);
      return valueRises
        ? [
            { test: atLeastLow, rising: true, level: low },
            { test: atMostHigh, rising: false, level: high },
          ]
        : [
            { test: atMostHigh, rising: true, level: high },
            { test: atLeastLow, rising: false, level: low },
          ];
    }
  }
}

/** A closed form for the driver value at which the judged value is `level`, where there is one. */
function closedForm(
  varied: Varied,
  t: TargetNode,
): { solve: (level: Decimal) => Decimal | null; formula: (level: string) => string } | null {
  const { scenario: s, driver, ref, prices, rowOptions } = varied;
  const node = driver.node;
  if (prices === 'comparable' && node.unit.measure === 'yuan') return null;
  const year = rowOptions.asOf !== undefined && rowOptions.asOf < t.target.year ? rowOptions.asOf : t.target.year;
  const base = driver.base;
  if (t.mode === 'rate' && t.levels === driver.series && ref.field === 'growth') {
    return { solve: (level) => level.div(100), formula: (level) => text.formulaRate(level) };
  }
  if (t.mode !== 'value' || t.node.id !== driver.series) return null;
  const k = year - s.baseYear;
  if (k < 0 || k > s.span) return null;
  const targetUnit = UNITS[t.target.unit];
  const inDriverUnit = (level: Decimal): Decimal => shift(level, targetUnit.multiplier - driver.unit.multiplier);
  switch (ref.field) {
    case 'growth':
      if (k === 0 || !base.isPositive() || base.isZero()) return null;
      return {
        solve: (level) => {
          const l = inDriverUnit(level);
          return l.isNegative() ? null : requiredGrowth(base, l, k);
        },
        formula: (level) => text.formulaGrowth(level, base.toFixed(), k),
      };
    case 'additions':
      if (k === 0) return null;
      return {
        solve: (level) => new D(EXACT.sub(inDriverUnit(level), base)).div(k),
        formula: (level) => text.formulaAdditions(level, base.toFixed(), k),
      };
    case 'base': {
      const ev = driver.evolution;
      if (k === 0 || ev.kind === 'constant') return { solve: inDriverUnit, formula: (level) => level };
      if (ev.kind === 'growth') {
        let factor: Decimal = new EXACT(1);
        for (let i = 0; i < k; i++) factor = EXACT.mul(factor, EXACT.add(ONE, ev.rates[i] as Decimal));
        const f = factor;
        return {
          solve: (level) => new D(inDriverUnit(level)).div(f),
          formula: (level) => text.formulaBase(level, f.toFixed()),
        };
      }
      if (ev.kind === 'additions') {
        let sum: Decimal = new EXACT(0);
        for (let i = 0; i < k; i++) sum = EXACT.add(sum, ev.amounts[i] as Decimal);
        const total = sum;
        return {
          solve: (level) => finish(EXACT.sub(inDriverUnit(level), total)),
          formula: (level) => text.formulaBaseAdditions(level, total.toFixed()),
        };
      }
      return null;
    }
  }
}

/** Move a candidate by single 34-digit units until it sits on the boundary; `null` if it does not. */
function nudge(candidate: Decimal, side: Side): { value: Decimal; steps: number } | null {
  let c = finish(candidate);
  const towardMet = side.rising ? nextUp : nextDown;
  const awayFromMet = side.rising ? nextDown : nextUp;
  for (let steps = 0; steps <= MAX_NUDGES; steps++) {
    try {
      if (!side.test(c)) c = towardMet(c);
      else {
        const beyond = awayFromMet(c);
        if (side.test(beyond)) c = beyond;
        else return { value: c, steps };
      }
    } catch (error) {
      if (isPlanError(error)) return null;
      throw error;
    }
  }
  return null;
}

/** Bisection on 34-digit decimals between a value where `side` fails and one where it holds. */
function bisect(side: Side, varied: Varied, p0: Decimal, p1: Decimal, t: TargetNode, d: ReturnType<typeof draft>): Decimal {
  // Find `bad` (test false) and `good` (test true).
  let good: Decimal | null = null;
  let bad: Decimal | null = null;
  for (const p of [p0, p1]) {
    if (side.test(p)) good ??= p;
    else bad ??= p;
  }
  // Values that meet lie above the boundary when rising, below when falling.
  const metDirection: 1 | -1 = side.rising ? 1 : -1;
  if (good === null) good = search(side, bad as Decimal, metDirection, true, varied, t);
  if (bad === null) bad = search(side, good, metDirection === 1 ? -1 : 1, false, varied, t);
  d.working.push(text.bracket(lower(bad, good).toFixed(), higher(bad, good).toFixed()));
  let steps = 0;
  for (; steps < MAX_HALVINGS; steps++) {
    let mid = finish(EXACT.mul(EXACT.add(bad, good), HALF));
    if (bad.isNegative() !== good.isNegative() && !bad.isZero() && !good.isZero()) mid = new D(0);
    if (mid.eq(bad) || mid.eq(good)) break;
    if (side.test(mid)) good = mid;
    else bad = mid;
  }
  d.working.push(text.bisection(steps));
  return good;
}

const lower = (a: Decimal, b: Decimal): Decimal => (a.lt(b) ? a : b);
const higher = (a: Decimal, b: Decimal): Decimal => (a.gt(b) ? a : b);

/** From `start`, step in `direction` (doubling the step) until `side.test` is `want`. */
function search(side: Side, start: Decimal, direction: 1 | -1, want: boolean, varied: Varied, t: TargetNode): Decimal {
  const { ref } = varied;
  let step = start.isZero() ? ONE : start.abs();
  let p = start;
  for (let i = 0; i < MAX_DOUBLINGS; i++) {
    let next = finish(direction > 0 ? EXACT.add(p, step) : EXACT.sub(p, step));
    // Growth stays above −1 (halving the distance to it), a base at 0 or more.
    if (ref.field === 'growth' && next.lte(MINUS_ONE)) next = finish(EXACT.add(MINUS_ONE, EXACT.mul(EXACT.add(p, ONE), HALF)));
    if (ref.field === 'base' && next.isNegative()) next = new D(0);
    // Beyond the bounds of the library's decimals there is nothing more to search.
    if (!next.isFinite() || next.eq(p) || (ref.field === 'growth' && next.lte(MINUS_ONE))) break;
    p = next;
    if (side.test(p) === want) return p;
    step = step.times(TWO);
  }
  throw domainError('options.targetId', messages.scenarioNoBoundary(t.target.id, ref.series, ref.field, want ? 'never' : 'always'), t.target.id);
}
