import { D, EXACT, HUNDRED, ONE, ZERO, freezeValues, nextDown, nextUp, shift, type Decimal } from '../decimal.js';
import { isPlanError } from '../errors.js';
import type { Plan, Year } from '../plan/types.js';
import { UNITS } from '../units/index.js';
import { evaluateOver } from './observedRow.js';
import { horizonOf, levelTargets, readPlan, thresholdIn, type IndicatorNode, type PlanModel, type TargetNode } from './planGraph.js';
import { project } from './project.js';
import { readBuilderOptions } from './readScenario.js';
import { scorecard } from './scorecard.js';
import { planPath as text } from './text.js';
import type { Scenario, SeriesDriver } from './types.js';

/** The level of a whole that no target or figure determines: an index. */
const INDEX = HUNDRED;

/** Most single-unit steps that move a value onto the boundary of a target. */
const MAX_STEPS = 40;

/** A path in the indicator's unit: a base and a constant growth (none: flat), or a level for every year after the base. */
interface Path {
  readonly base: Decimal;
  readonly growth: Decimal | null;
  readonly values?: Readonly<Record<Year, Decimal>>;
}

/** The smallest (or largest) value that meets a target, given its threshold: on the boundary. */
function meeting(t: TargetNode, value: Decimal, whole: boolean): Decimal {
  switch (t.target.comparator) {
    case 'above':
      return whole ? value.floor().plus(ONE) : nextUp(value);
    case 'below':
      return whole ? value.ceil().minus(ONE) : nextDown(value);
    default:
      return value;
  }
}

/** Whether a target wants its value high (a floor) or low (a ceiling); `null` for `approximately`. */
function floorOf(t: TargetNode): boolean | null {
  const c = t.target.comparator;
  return c === 'approximately' ? null : c === 'atLeast' || c === 'above';
}

/** `(1 + g)^n`, exact. */
function power(g: Decimal, n: number): Decimal {
  let f: Decimal = new EXACT(1);
  const base = EXACT.add(ONE, g);
  for (let i = 0; i < n; i++) f = EXACT.mul(f, base);
  return f;
}

/**
 * The base from which `(1 + g)^n` reaches a level that meets the target: `V ÷ (1 + g)^n`,
 * rounded to 34 digits and moved by single units so that the exact level meets it (up for
 * `atLeast` and `above`, down for `atMost` and `below`).
 */
function impliedBaseMeeting(t: TargetNode, v: Decimal, factor: Decimal): Decimal {
  let base = new D(v).div(factor);
  const comparator = t.target.comparator;
  if (comparator === 'approximately') return base;
  const up = comparator === 'atLeast' || comparator === 'above';
  const strict = comparator === 'above' || comparator === 'below';
  // How the exact level compares with V, seen from the side the target wants: > 0 meets.
  const side = (b: Decimal): number => (up ? 1 : -1) * EXACT.mul(b, factor).cmp(v);
  while (strict ? side(base) <= 0 : side(base) < 0) base = up ? nextUp(base) : nextDown(base);
  return base;
}

/**
 * `candidate`, or the nearest 34-digit value in the direction `toward` (`nextUp` or
 * `nextDown`) at which the target is met as its progress evaluation judges it: a value
 * rounded to 34 digits may sit a unit short of the boundary.
 */
function settle(candidate: Decimal, meets: (v: Decimal) => boolean, toward: (v: Decimal) => Decimal): Decimal {
  let v = candidate;
  for (let i = 0; i < MAX_STEPS && !meets(v); i++) v = toward(v);
  return v;
}

/**
 * Whether the target is met on these points of `series` (its progress evaluation, as a
 * scorecard judges it; a value that breaks a formula is not met).
 */
function metOn(t: TargetNode, series: IndicatorNode, points: readonly { year: Year; value: Decimal }[], yearly: boolean): boolean {
  try {
    return evaluateOver(t, points.map((p) => ({ ...p, unit: series.unitId })), {}, yearly).met;
  } catch (error) {
    if (isPlanError(error)) return false;
    throw error;
  }
}

/**
 * The plan's own path: a scenario under which every target of the plan's last year is met,
 * each on its boundary, on paths from the base the targets imply; the `description` names any
 * target of that year it cannot meet, and why. For any plan; `scenarios.planPath` is this for
 * the embedded plan. The rules:
 * [docs/scenarios.md, "The plan's own path"](../../docs/scenarios.md#the-plans-own-path).
 *
 * @param plan - The plan.
 * @param options - `id` of the scenario (default `'plan-path'`).
 * @returns A frozen {@link Scenario} from the plan's base year to its last target year, its
 *   `description` listing every choice.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a bad `options` (an unknown key, an `id`
 *   that is no id as `parseScenario` reads it); `VALIDATION` for a broken plan.
 *
 * @example
 * ```ts
 * const s = planPathScenario(baotou13);
 * scorecard(baotou13, project(baotou13, s)).filter((r) => r.year === 2020).every((r) => r.met); // → true
 * s.series['industrial-value-added']?.growth?.toString(); // → '0.08'
 * planPathScenario(baotou13, { id: 'a path' }); // throws PlanError INVALID_ARGUMENT
 * ```
 *
 * @category Scenarios
 */
export function planPathScenario(plan: Plan, options?: { readonly id?: string }): Scenario {
  const model = readPlan(plan);
  const { id } = readBuilderOptions(options, 'plan-path');
  const baseYear = model.baseYear;
  const horizon = horizonOf(model);
  const n = horizon - baseYear;
  const paths = new Map<string, Path>();
  const lines: string[] = [];
  const last = model.targets.filter((t) => t.target.year === horizon);
  // 1. Rate targets, with the level target of the same series; a growth indicator of nothing
  // the plan has is driven at the rate itself.
  for (const rate of last) {
    if (rate.mode !== 'rate') continue;
    const g = meeting(rate, rate.target.value, false);
    if (rate.levels === null) {
      if (!rate.node.drivable || paths.has(rate.node.id)) continue;
      paths.set(rate.node.id, { base: g, growth: null });
      lines.push(text.flat(rate.node.id, g.toFixed(), rate.target.id));
      continue;
    }
    if (paths.has(rate.levels)) continue;
    const series = model.nodes.get(rate.levels) as IndicatorNode;
    if (!series.drivable) continue;
    const growth = g.div(HUNDRED);
    const level = levelTargets(model, series, horizon)[0];
    if (level === undefined) {
      paths.set(series.id, { base: INDEX, growth });
      lines.push(text.rateIndex(series.id, growth.toFixed(), rate.target.id));
      continue;
    }
    const base = impliedBaseMeeting(level, thresholdIn(level, series), power(growth, n));
    paths.set(series.id, { base, growth });
    lines.push(text.rate(series.id, growth.toFixed(), rate.target.id, base.toFixed(), level.target.id, baseYear));
  }
  // 2. Changes and relative changes over a period, with the level target of the same series.
  for (const t of last) {
    if (t.mode !== 'change' && t.mode !== 'relative-change') continue;
    const seriesId = t.levels ?? t.node.id;
    const series = model.nodes.get(seriesId) as IndicatorNode;
    if (!series.drivable || paths.has(seriesId)) continue;
    const path = t.levels === null ? yearlyChangePath(t, baseYear, horizon, lines) : changePath(model, t, series, baseYear, horizon, lines);
    if (path !== null) paths.set(seriesId, path);
  }
  // 3. Cumulative targets: the same value every year, the smallest (or largest) whose sum meets it.
  for (const t of last) {
    if (t.mode !== 'cumulative' || !t.node.drivable || paths.has(t.node.id)) continue;
    const path = cumulativePath(t);
    paths.set(t.node.id, path);
    lines.push(text.cumulative(t.node.id, path.base.toFixed(), t.target.id));
  }
  // 4. Value targets of drivable series.
  for (const t of last) {
    if (t.mode !== 'value' || !t.node.drivable || paths.has(t.node.id)) continue;
    if (UNITS[t.target.unit].measure !== t.node.unit.measure) continue;
    const value = meeting(t, thresholdIn(t, t.node), t.node.unit.measure === 'count');
    paths.set(t.node.id, { base: value, growth: null });
    lines.push(text.flat(t.node.id, value.toFixed(), t.target.id));
  }
  // 5. Shares and intensities: the part follows the whole.
  for (const t of last) {
    if ((t.mode !== 'share' && t.mode !== 'intensity') || t.parts === null) continue;
    const { numerator, denominator } = t.parts;
    if (paths.has(numerator.id) || !numerator.drivable || !denominator.drivable) continue;
    let whole = paths.get(denominator.id);
    if (whole === undefined) {
      whole = { base: INDEX, growth: null };
      paths.set(denominator.id, whole);
      lines.push(text.index(denominator.id, t.target.id));
    }
    if (whole.values !== undefined) continue;
    const value = meeting(t, t.target.value, false);
    paths.set(numerator.id, { base: partOf(t, value, whole.base, numerator, denominator), growth: whole.growth });
    lines.push(text.part(numerator.id, value.toFixed(), t.target.unit, denominator.id, t.target.id));
  }
  const series: Record<string, SeriesDriver> = {};
  for (const node of model.nodes.values()) {
    const path = paths.get(node.id);
    if (path === undefined) continue;
    const driver = path.values !== undefined ? { base: path.base, values: Object.freeze(freezeValues({ ...path.values })) } : path.growth === null ? { base: path.base } : { base: path.base, growth: path.growth };
    series[node.id] = Object.freeze(freezeValues(driver));
  }
  const scenario = { id, name: Object.freeze({ en: text.name }), baseYear, horizon, series: Object.freeze(series) };
  // What the path cannot meet, said precisely: every target of the last year judged on it.
  const missed = scorecard(plan, project(plan, scenario))
    .filter((row) => row.year === horizon && row.status !== 'met')
    .map((row) => text.missed(row.targetId, row.status, row.reason ?? text.notMetOnPath));
  return Object.freeze({ ...scenario, description: text.description(model.id, horizon, lines, missed) });
}

/**
 * The path of a change or relative change over a period on levels: the level target of the
 * same series (if any) at the end, the base the change implies in the year before the period
 * (else an index of 100 at the base and the change added to it), a straight line between them
 * and flat before.
 */
function changePath(model: PlanModel, t: TargetNode, series: IndicatorNode, baseYear: Year, horizon: Year, lines: string[]): Path | null {
  const period = t.period as NonNullable<TargetNode['period']>;
  const from = Math.max(period.start - 1, baseYear);
  const floor = floorOf(t);
  const c = meeting(t, t.target.value, false);
  const level = levelTargets(model, series, horizon)[0];
  const relative = t.mode === 'relative-change';
  // A change in percent or in points of a level in percent is as it is; any other is brought into the level's unit.
  const unit = UNITS[t.target.unit];
  const change = relative || unit.measure === 'percentage-points' ? c : shift(c, unit.multiplier - series.unit.multiplier);
  let start: Decimal;
  let end: Decimal;
  if (level !== undefined) {
    end = meeting(level, thresholdIn(level, series), series.unit.measure === 'count');
    const implied = relative ? new D(end).div(EXACT.add(ONE, shift(change, -2))) : new D(EXACT.sub(end, change));
    // The base moves the change the other way: down to raise it, up to lower it.
    start = floor === null ? implied : settle(implied, (b) => metOn(t, series, [{ year: from, value: b }, { year: horizon, value: end }], false), floor ? nextDown : nextUp);
  } else {
    // From an index of 100 a relative change in percent and a change are both added to it: 100 × (1 + c/100) = 100 + c.
    start = INDEX;
    end = new D(EXACT.add(INDEX, change));
    if (floor !== null) end = settle(end, (e) => metOn(t, series, [{ year: from, value: start }, { year: horizon, value: e }], false), floor ? nextUp : nextDown);
  }
  if (start.isNegative() && !start.isZero()) return null;
  const values: Record<Year, Decimal> = {};
  const steps = horizon - from;
  for (let y = baseYear + 1; y <= horizon; y++) {
    values[y] = y <= from ? start : y === horizon ? end : new D(EXACT.add(start, EXACT.mul(EXACT.sub(end, start), new EXACT(y - from)).div(steps)));
  }
  lines.push(
    level === undefined
      ? text.changeIndex(series.id, start.toFixed(), end.toFixed(), from, horizon, t.target.id)
      : text.change(series.id, start.toFixed(), end.toFixed(), from, horizon, t.target.id, level.target.id),
  );
  return { base: start, growth: null, values };
}

/**
 * A change or relative change of a growth indicator of nothing the plan has: its own figures
 * are each year's change, so the whole change falls in the first year of the period, none in
 * the others.
 */
function yearlyChangePath(t: TargetNode, baseYear: Year, horizon: Year, lines: string[]): Path {
  const period = t.period as NonNullable<TargetNode['period']>;
  const c = meeting(t, t.target.value, false);
  const first = Math.max(period.start, baseYear + 1);
  const values: Record<Year, Decimal> = {};
  for (let y = baseYear + 1; y <= horizon; y++) values[y] = y === first ? c : ZERO;
  lines.push(text.yearlyChange(t.node.id, c.toFixed(), first, t.target.id));
  return { base: ZERO, growth: null, values };
}

/** The same value every year whose sum over the period meets a cumulative target. */
function cumulativePath(t: TargetNode): Path {
  const period = t.period as NonNullable<TargetNode['period']>;
  const years = period.end - period.start + 1;
  const total = meeting(t, thresholdIn(t, t.node), false);
  const candidate = new D(total).div(years);
  const floor = floorOf(t);
  const yearly = (v: Decimal): { year: Year; value: Decimal }[] => Array.from({ length: years }, (_, k) => ({ year: period.start + k, value: v }));
  const value = floor === null ? candidate : settle(candidate, (v) => metOn(t, t.node, yearly(v), true), floor ? nextUp : nextDown);
  return { base: value, growth: null };
}

/** The numerator that makes `value` the share (or intensity) of `whole`, in the numerator's unit. */
function partOf(t: TargetNode, value: Decimal, whole: Decimal, numerator: IndicatorNode, denominator: IndicatorNode): Decimal {
  if (t.mode === 'share') {
    // part = value ÷ 100 × whole, the whole in the part's unit (percent) or as is (ratio).
    const w = shift(whole, denominator.unit.multiplier - numerator.unit.multiplier);
    const ratio = t.node.unit.measure === 'percent' ? shift(value, -2) : value;
    return new D(EXACT.mul(ratio, w));
  }
  // energy (tce) = intensity (tce per 10⁴ yuan) × whole (10⁴ yuan); then in the numerator's unit.
  const whole10k = shift(whole, denominator.unit.multiplier - 4);
  return shift(new D(EXACT.mul(value, whole10k)), -numerator.unit.multiplier);
}
