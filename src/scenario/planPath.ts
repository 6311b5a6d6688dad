import { D, EXACT, nextDown, nextUp, shift, type Decimal } from '../decimal.js';
import type { Plan, Year } from '../plan/types.js';
import { UNITS } from '../units/index.js';
import { readOptions } from './checks.js';
import { readPlan, type IndicatorNode, type TargetNode } from './planGraph.js';
import { planPath as text } from './text.js';
import type { Scenario, SeriesDriver } from './types.js';

const ONE = /* @__PURE__ */ new D(1);
const HUNDRED = /* @__PURE__ */ new D(100);
/** The level of a whole that no target or figure determines: an index. */
const INDEX = /* @__PURE__ */ new D(100);

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

/** A target's threshold in the unit of `node`. */
function thresholdIn(t: TargetNode, node: IndicatorNode): Decimal {
  const unit = UNITS[t.target.unit];
  return unit.multiplier === node.unit.multiplier ? t.target.value : shift(t.target.value, unit.multiplier - node.unit.multiplier);
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
 * rounded to 34 digits and moved by single units so that the exact level meets it.
 */
function impliedBaseMeeting(t: TargetNode, v: Decimal, factor: Decimal): Decimal {
  let base = new D(v).div(factor);
  const level = (b: Decimal): Decimal => EXACT.mul(b, factor);
  switch (t.target.comparator) {
    case 'atLeast':
      while (level(base).lt(v)) base = nextUp(base);
      break;
    case 'above':
      while (level(base).lte(v)) base = nextUp(base);
      break;
    case 'atMost':
      while (level(base).gt(v)) base = nextDown(base);
      break;
    case 'below':
      while (level(base).gte(v)) base = nextDown(base);
      break;
    case 'approximately':
      break;
  }
  return base;
}

/**
 * The plan's own path: a scenario under which every target of the plan's last year is met,
 * each on its boundary, on geometric paths from the base the targets imply. For any plan;
 * `scenarios.planPath` is this for the embedded plan.
 *
 * The rules, in order:
 * 1. A series with a rate target ("an annual average increase above 8 percent") grows at
 *    the smallest rate that meets it: the target rate, or for `above` the next 34-digit
 *    decimal above it. Its base is the one its level target implies:
 *    `target ÷ (1 + g)^n` (`calc/impliedBase`), rounded so that the exact level meets the
 *    target (up for `atLeast`). The level in the target year and the annual average then
 *    both hold exactly. Without a level target, the base is an index of 100.
 * 2. A series with only a value target (a count, a utilisation rate) stays at the value
 *    that meets it from the base year on: the target, or for `above` one more (counts are
 *    whole) or the next 34-digit decimal.
 * 3. The numerator of a share or intensity target is that share (or intensity) of its
 *    denominator every year, growing as the denominator does, so the share is constant and
 *    meets its target: 25 % of industrial value added, or energy use of 1.3 tce per 10⁴ yuan
 *    of it. A denominator that no target determines (GDP, the whole of producer services'
 *    share) is an index of 100 in its unit every year: only the share is meaningful then,
 *    and the scenario's description says so.
 *
 * Targets of earlier years are not forced; the path meets them where its constant shares
 * and flat values do (the 2016 share above 20 % is met by the 2020 share of 25 %). Levels
 * are exact, so that shares and rates measured on them are exactly the chosen values.
 *
 * @param plan - The plan.
 * @param options - `id` of the scenario (default `'plan-path'`).
 * @returns A frozen {@link Scenario} from the plan's base year to its last target year, its
 *   `description` listing every choice.
 *
 * @example
 * ```ts
 * const s = planPathScenario(baotou13);
 * scorecard(baotou13, project(baotou13, s)).filter((r) => r.year === 2020).every((r) => r.met); // → true
 * ```
 *
 * @category Scenarios
 */
export function planPathScenario(plan: Plan, options?: { readonly id?: string }): Scenario {
  const model = readPlan(plan);
  const o = readOptions(options);
  const id = typeof o.id === 'string' && o.id !== '' ? o.id : 'plan-path';
  const baseYear = model.plan.baseYear;
  const horizon = model.targets.reduce<Year>((y, t) => Math.max(y, t.target.year), model.plan.period.end);
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
    const level = last.find((t) => t.mode === 'value' && t.node === series && UNITS[t.target.unit].measure === series.unit.measure);
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
    series[node.id] = Object.freeze(path.growth === null ? { base: path.base } : { base: path.base, growth: path.growth });
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
