import { D, EXACT, HUNDRED, ONE, freezeValues, nextDown, nextUp, shift, type Decimal } from '../decimal.js';
import type { Plan } from '../plan/types.js';
import { UNITS } from '../units/index.js';
import { horizonOf, levelTargets, readPlan, thresholdIn, type IndicatorNode, type TargetNode } from './planGraph.js';
import { readBuilderOptions } from './readScenario.js';
import { planPath as text } from './text.js';
import type { Scenario, SeriesDriver } from './types.js';

/** The level of a whole that no target or figure determines: an index. */
const INDEX = HUNDRED;

/** A path in the indicator's unit: a base and a constant growth (none: flat). */
interface Path {
  readonly base: Decimal;
  readonly growth: Decimal | null;
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
 * The plan's own path: a scenario under which every target of the plan's last year is met,
 * each on its boundary, on geometric paths from the base the targets imply. For any plan;
 * `scenarios.planPath` is this for the embedded plan. The rules:
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
 * ```
 *
 * @category Scenarios
 */
export function planPathScenario(plan: Plan, options?: { readonly id?: string }): Scenario {
  const model = readPlan(plan);
  const { id } = readBuilderOptions(options, 'plan-path');
  const baseYear = model.plan.baseYear;
  const horizon = horizonOf(model);
  const n = horizon - baseYear;
  const paths = new Map<string, Path>();
  const lines: string[] = [];
  const last = model.targets.filter((t) => t.target.year === horizon);
  // 1. Rate targets, with the level target of the same series.
  for (const rate of last) {
    if (rate.mode !== 'rate' || rate.levels === null || paths.has(rate.levels)) continue;
    const series = model.nodes.get(rate.levels) as IndicatorNode;
    if (!series.drivable) continue;
    const g = meeting(rate, rate.target.value, false).div(HUNDRED);
    const level = levelTargets(model, series, horizon)[0];
    if (level === undefined) {
      paths.set(series.id, { base: INDEX, growth: g });
      lines.push(text.rateIndex(series.id, g.toFixed(), rate.target.id));
      continue;
    }
    const factor = power(g, n);
    const base = impliedBaseMeeting(level, thresholdIn(level, series), factor);
    paths.set(series.id, { base, growth: g });
    lines.push(text.rate(series.id, g.toFixed(), rate.target.id, base.toFixed(), level.target.id, baseYear));
  }
  // 2. Value targets of drivable series.
  for (const t of last) {
    if (t.mode !== 'value' || !t.node.drivable || paths.has(t.node.id)) continue;
    if (UNITS[t.target.unit].measure !== t.node.unit.measure) continue;
    const value = meeting(t, thresholdIn(t, t.node), t.node.unit.measure === 'count');
    paths.set(t.node.id, { base: value, growth: null });
    lines.push(text.flat(t.node.id, value.toFixed(), t.target.id));
  }
  // 3. Shares and intensities: the part follows the whole.
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
    const value = meeting(t, t.target.value, false);
    paths.set(numerator.id, { base: partOf(t, value, whole.base, numerator, denominator), growth: whole.growth });
    lines.push(text.part(numerator.id, value.toFixed(), t.target.unit, denominator.id, t.target.id));
  }
  const series: Record<string, SeriesDriver> = {};
  for (const node of model.nodes.values()) {
    const path = paths.get(node.id);
    if (path === undefined) continue;
    series[node.id] = Object.freeze(freezeValues(path.growth === null ? { base: path.base } : { base: path.base, growth: path.growth }));
  }
  return Object.freeze({
    id,
    name: Object.freeze({ en: text.name }),
    description: text.description(model.id, horizon, lines),
    baseYear,
    horizon,
    series: Object.freeze(series),
  });
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
