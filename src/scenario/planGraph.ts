/**
 * A plan read once into a dependency graph: its indicators with their units, how each
 * derived indicator (share, intensity, growth) is computed from others, and how each target
 * is judged. Frozen plans are read once and cached.
 *
 * @internal
 * @module
 */
import { shift, type Decimal } from '../decimal.js';
import { invalidArgument, isPlanError, validationError, type PlanIssue } from '../errors.js';
import { messages } from '../messages.js';
import { isFrozenData } from '../own.js';
import { readPlanArgument } from '../plan/readPlanArgument.js';
import type { Indicator, Period, Plan, Target, Year } from '../plan/types.js';
import type { TargetSpec } from '../progress/types.js';
import { isObject, isYear, readArray } from '../read.js';
import { UNITS, describeUnit, readUnit, unitIdOf, type Unit, type UnitId } from '../units/index.js';
import { MAX_YEAR, MIN_YEAR, TARGET_FORMS, type TargetForm } from '../vocabulary.js';

/** Kinds of indicator a scenario may drive directly; any other that the plan does not derive from others may be driven too. */
const DRIVABLE_KINDS: readonly string[] = ['level', 'count', 'rate'];

/** How a derived indicator is computed from others. */
export type Derivation =
  | {
      /** `share`, or `intensity` (numerator ÷ denominator). */
      readonly kind: 'share' | 'intensity';
      readonly numerator: string;
      readonly denominator: string;
      /** Powers of ten that bring numerator and denominator into the units of the quotient. */
      readonly numeratorShift: number;
      readonly denominatorShift: number;
      /** × 100 (the quotient is in percent). */
      readonly percent: boolean;
    }
  | {
      readonly kind: 'growth';
      readonly of: string;
      /**
       * `'annual'`: the annual average (CAGR) from the base year, for an indicator in
       * `percent-per-annum`; `'cumulative'`: the change since the base year, `level ÷ base − 1`,
       * for one in `percent` or `ratio` ("energy consumption fell 37.5 percent").
       */
      readonly measure: 'annual' | 'cumulative';
      /** × 100 (percent a year, or percent). */
      readonly percent: boolean;
    };

/** One indicator of the plan, read. */
export interface IndicatorNode {
  readonly id: string;
  readonly indicator: Indicator;
  readonly unit: Unit;
  readonly unitId: UnitId;
  /**
   * A scenario may drive it: a level, count or rate indicator, or any other the plan does not
   * derive from others (a share without its parts, a growth rate without `growthOf`).
   */
  readonly drivable: boolean;
  /** How it is derived, for shares, intensities and growth indicators with their inputs. */
  readonly derivation: Derivation | null;
  /**
   * The wholes that contain it (`partOf`, transitively), nearest first: for above-scale
   * industrial value added, industrial value added, then the secondary sector, then GDP.
   */
  readonly wholes: readonly string[];
}

/**
 * How a target is judged (see `scorecard`): on one value of a year (`value`, or on the parts of
 * a `share` or `intensity`), or over its period: an annual average (`rate`), a `change`, a
 * `relative-change` or a `cumulative` sum.
 */
export type TargetMode = 'value' | 'rate' | 'share' | 'intensity' | 'change' | 'relative-change' | 'cumulative';

/** The modes of targets over a period. */
export const PERIOD_MODES: ReadonlySet<TargetMode> = /* @__PURE__ */ new Set(['rate', 'change', 'relative-change', 'cumulative']);

/** One target of the plan, read. */
export interface TargetNode {
  readonly target: Target;
  /**
   * The target as the progress evaluations take it: the target itself, with the direction of
   * its indicator for an `approximately` target (judged in that direction by default).
   */
  readonly spec: TargetSpec;
  readonly node: IndicatorNode;
  /** What the target's value is: its `form`, or what a target without one reads as. */
  readonly form: TargetForm;
  readonly mode: TargetMode;
  /**
   * The target's period; for a target over it, the indicator whose levels it is judged on
   * (the indicator itself, or the one a growth indicator is the growth of), `null` for a
   * growth indicator of nothing the plan has (its own figures are rates or changes).
   */
  readonly period: Period | null;
  readonly levels: string | null;
  /** For `share` and `intensity`: the numerator and denominator. */
  readonly parts: { readonly numerator: IndicatorNode; readonly denominator: IndicatorNode } | null;
  /** Indicator ids whose values the verdict reads (for a sweep: which rows a driver changes). */
  readonly inputs: readonly string[];
}

/** A plan read into a graph. */
export interface PlanModel {
  readonly plan: Plan;
  readonly id: string;
  /** The plan's base year: given, or the year before its period. */
  readonly baseYear: Year;
  readonly nodes: ReadonlyMap<string, IndicatorNode>;
  /** Ids of the indicators a scenario may drive, in plan order. */
  readonly drivable: readonly string[];
  /** Derived indicators in an order where inputs come first. */
  readonly derived: readonly IndicatorNode[];
  /** For every indicator, the derived indicators that depend on it (transitively). */
  readonly dependents: ReadonlyMap<string, ReadonlySet<string>>;
  readonly targets: readonly TargetNode[];
  readonly targetsById: ReadonlyMap<string, TargetNode>;
}

const planCache = new WeakMap<object, PlanModel>();

/**
 * Read a plan into a {@link PlanModel}: indicators with their units, derived indicators in
 * dependency order, targets with how they are judged. A plan of frozen data, getters nowhere
 * (`isFrozenData`: what `definePlan` returns, the embedded dataset), is read once and cached.
 *
 * @throws {@link PlanError} `INVALID_ARGUMENT` when `plan` is not a plan object;
 *   `VALIDATION` listing every broken reference, unit or cycle.
 */
export function readPlan(plan: unknown, name = 'plan'): PlanModel {
  if (typeof plan === 'object' && plan !== null) {
    const cached = planCache.get(plan);
    if (cached !== undefined) return cached;
  }
  const p = readPlanArgument(plan, name);
  const issues: PlanIssue[] = [];
  const issue = (path: (string | number)[], message: string): void => {
    issues.push({ path: [name, ...path], message });
  };
  const nodes = new Map<string, IndicatorNode>();
  const raw = new Map<string, { indicator: Indicator; unit: Unit; unitId: UnitId; index: number }>();
  p.indicators.forEach((indicator, index) => {
    if (!isObject(indicator) || typeof indicator.id !== 'string') {
      issue(['indicators', index], messages.schemaExpected('an indicator { id, unit, kind, … }', indicator));
      return;
    }
    if (raw.has(indicator.id)) {
      issue(['indicators', index, 'id'], messages.scenarioDuplicateId(indicator.id));
      return;
    }
    const unit = unitIssue(indicator.unit, (path, message) => issue(['indicators', index, ...path], message));
    if (unit !== undefined) raw.set(indicator.id, { indicator, unit, unitId: unitIdOf(unit) as UnitId, index });
  });
  for (const [id, { indicator, unit, unitId, index }] of raw) {
    const ref = (key: 'numerator' | 'denominator' | 'growthOf'): string | null => {
      const value = indicator[key];
      if (value === undefined) return null;
      if (typeof value !== 'string' || !raw.has(value)) {
        issue(['indicators', index, key], messages.scenarioUnknownReference(value, id));
        return null;
      }
      return value;
    };
    let derivation: Derivation | null = null;
    if (indicator.kind === 'share' || indicator.kind === 'intensity') {
      const numerator = ref('numerator');
      const denominator = ref('denominator');
      if (numerator !== null && denominator !== null) {
        const n = (raw.get(numerator) as { unit: Unit }).unit;
        const d = (raw.get(denominator) as { unit: Unit }).unit;
        const quotient = quotientUnits(unit, n, d);
        if (quotient === null) {
          const units = [describeUnit(unit), describeUnit(n), describeUnit(d)] as const;
          issue(['indicators', index, 'unit'], messages.scenarioDerivedUnits(id, indicator.kind, ...units));
        } else derivation = { kind: indicator.kind, numerator, denominator, ...quotient };
      }
    } else if (indicator.kind === 'growth') {
      const of = ref('growthOf');
      if (of !== null) {
        if (unit.measure !== 'percent-per-annum' && unit.measure !== 'percent' && unit.measure !== 'ratio') {
          issue(['indicators', index, 'unit'], messages.scenarioGrowthUnit(id, describeUnit(unit)));
        } else {
          const measure = unit.measure === 'percent-per-annum' ? 'annual' : 'cumulative';
          derivation = { kind: 'growth', of, measure, percent: unit.measure !== 'ratio' };
        }
      }
    }
    nodes.set(id, {
      id,
      indicator,
      unit,
      unitId,
      drivable: derivation === null || DRIVABLE_KINDS.includes(indicator.kind),
      derivation,
      wholes: wholesOf(id, raw, (path, message) => issue(['indicators', index, ...path], message)),
    });
  }
  const derived = order(nodes, (path) => issue(['indicators'], messages.scenarioCycle(path)));
  const targets: TargetNode[] = [];
  const targetsById = new Map<string, TargetNode>();
  p.targets.forEach((target, index) => {
    if (!isObject(target) || typeof target.id !== 'string') {
      issue(['targets', index], messages.schemaExpected('a target { id, indicator, year, … }', target));
      return;
    }
    const node = typeof target.indicator === 'string' ? nodes.get(target.indicator) : undefined;
    if (node === undefined) {
      if (!raw.has(target.indicator as string)) issue(['targets', index, 'indicator'], messages.scenarioTargetIndicator(target.indicator));
      return;
    }
    if (!isYear(target.year)) {
      issue(['targets', index, 'year'], messages.schemaExpected(messages.expected.year(MIN_YEAR, MAX_YEAR), target.year));
      return;
    }
    if (targetsById.has(target.id)) {
      issue(['targets', index, 'id'], messages.scenarioDuplicateId(target.id));
      return;
    }
    const t = readTargetNode(target, node, nodes);
    if (t.period === null && PERIOD_MODES.has(t.mode)) {
      issue(['targets', index, 'period'], messages.scenarioTargetPeriod(t.form, target.period));
      return;
    }
    targets.push(t);
    targetsById.set(target.id, t);
  });
  if (issues.length > 0) throw validationError(name, issues);
  const dependents = new Map<string, Set<string>>();
  for (const id of nodes.keys()) dependents.set(id, new Set());
  for (const node of derived) {
    for (const input of inputsOf(node.derivation as Derivation)) {
      // Inputs come first, so their own dependents are complete up to this node.
      for (const [id, set] of dependents) if (id === input || set.has(input)) set.add(node.id);
    }
  }
  const period = p.period;
  const model: PlanModel = {
    plan: p,
    id: typeof p.id === 'string' ? p.id : '',
    baseYear: isYear(p.baseYear) ? p.baseYear : isYear(period.start) ? period.start - 1 : MIN_YEAR,
    nodes,
    drivable: [...nodes.values()].filter((n) => n.drivable).map((n) => n.id),
    derived,
    dependents,
    targets,
    targetsById,
  };
  if (isFrozenData(plan)) planCache.set(plan as object, model);
  return model;
}

const withCache = new WeakMap<object, WeakMap<object, PlanModel>>();

/**
 * {@link readPlan} with indicators that observations use and the plan does not define
 * (`baotouReportedIndicators` beside `baotou13`): they join the plan's own, which win where
 * an id is in both. Read once for a plan and a list of frozen data.
 *
 * @param indicators - The indicators, or `undefined` for the plan alone.
 * @param name - The argument, for errors (`'options.indicators'`).
 * @throws {@link PlanError} as {@link readPlan}; `INVALID_ARGUMENT` when `indicators` is not
 *   an array of indicators.
 */
export function readPlanWith(plan: unknown, indicators: unknown, name: string): PlanModel {
  const base = readPlan(plan);
  if (indicators === undefined) return base;
  const list = readArray(indicators, name);
  const frozen = isFrozenData(plan) && isFrozenData(indicators);
  const cached = frozen ? withCache.get(plan as object)?.get(indicators as object) : undefined;
  if (cached !== undefined) return cached;
  const extra = list.filter((indicator, i) => {
    if (!isObject(indicator) || typeof indicator.id !== 'string') throw invalidArgument(`${name}[${i}]`, 'an indicator { id, unit, kind, … }', indicator);
    return !base.nodes.has(indicator.id);
  });
  const model = readPlan({ ...base.plan, indicators: [...base.plan.indicators, ...extra] });
  if (frozen) {
    let byList = withCache.get(plan as object);
    if (byList === undefined) withCache.set(plan as object, (byList = new WeakMap()));
    byList.set(indicators as object, model);
  }
  return model;
}

/**
 * The unit of an indicator, or `undefined` after reporting why there is none: the units
 * module's message, its argument (`unit`, `unit.measure` …) moved into the path.
 */
function unitIssue(unit: unknown, report: (path: string[], message: string) => void): Unit | undefined {
  try {
    return readUnit(unit, 'unit');
  } catch (error) {
    if (!isPlanError(error)) throw error;
    const argument = typeof error.details.argument === 'string' ? error.details.argument : 'unit';
    const prefix = `${argument}: `;
    report(argument.split('.'), error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message);
    return undefined;
  }
}

/** A target's threshold in the unit of `node` (a unit of the same measure), exactly. */
export function thresholdIn(t: TargetNode, node: IndicatorNode): Decimal {
  return shift(t.target.value, UNITS[t.target.unit].multiplier - node.unit.multiplier);
}

/** The last year of a plan: the end of its period, or the year of a later target. */
export function horizonOf(model: PlanModel): Year {
  return model.targets.reduce<Year>((y, t) => Math.max(y, t.target.year), model.plan.period.end);
}

/** The growth indicator of a series: its annual average growth, in percent a year (`growthOf` it), if the plan has one. */
export function growthIndicatorOf(model: PlanModel, id: string): IndicatorNode | undefined {
  for (const node of model.nodes.values()) {
    const d = node.derivation;
    if (d !== null && d.kind === 'growth' && d.of === id && d.measure === 'annual' && node.unit.measure === 'percent-per-annum') return node;
  }
  return undefined;
}

/** The value targets of `series` in `year`, in a unit of its measure (its level targets). */
export function levelTargets(model: PlanModel, series: IndicatorNode, year: Year): TargetNode[] {
  return model.targets.filter(
    (t) => t.mode === 'value' && t.node === series && t.target.year === year && UNITS[t.target.unit].measure === series.unit.measure,
  );
}

/**
 * The shifts that bring a numerator and a denominator into the units of a quotient in
 * `unit`: percent or ratio of two quantities of one measure (the denominator into the
 * numerator's unit), or tce per 10⁴ yuan (energy in tce over money in 10⁴ yuan).
 */
function quotientUnits(
  unit: Unit,
  n: Unit,
  d: Unit,
): { numeratorShift: number; denominatorShift: number; percent: boolean } | null {
  if ((unit.measure === 'percent' || unit.measure === 'ratio') && n.measure === d.measure) {
    // percent: × 100, and the result in the unit's own multiplier (always 0 for named units).
    return { numeratorShift: 0, denominatorShift: d.multiplier - n.multiplier, percent: unit.measure === 'percent' };
  }
  if (unit.measure === 'tce-per-10k-yuan' && n.measure === 'tce' && d.measure === 'yuan') {
    return { numeratorShift: n.multiplier - unit.multiplier, denominatorShift: d.multiplier - 4, percent: false };
  }
  return null;
}

/**
 * The wholes of an indicator (`partOf`, followed), nearest first; a whole that is not an
 * indicator, of another measure, or a cycle is reported and ends the chain.
 */
function wholesOf(
  id: string,
  raw: ReadonlyMap<string, { indicator: Indicator; unit: Unit; unitId: UnitId }>,
  report: (path: string[], message: string) => void,
): string[] {
  const wholes: string[] = [];
  const own = raw.get(id) as { indicator: Indicator; unit: Unit; unitId: UnitId };
  let current = own.indicator.partOf;
  while (current !== undefined) {
    const whole = typeof current === 'string' ? raw.get(current) : undefined;
    if (whole === undefined) {
      if (wholes.length === 0) report(['partOf'], messages.scenarioUnknownReference(current, id));
      break;
    }
    if (current === id || wholes.includes(current)) {
      // A cycle is reported once, by its member that sorts first.
      if (current === id && wholes.every((w) => id < w)) report(['partOf'], messages.planPartOfCycle([id, ...wholes, id]));
      break;
    }
    if (whole.unit.measure !== own.unit.measure) {
      if (wholes.length === 0) report(['partOf'], messages.planPartOfMeasure(current, whole.unitId, whole.unit.measure, own.unitId, own.unit.measure));
      break;
    }
    wholes.push(current);
    current = whole.indicator.partOf;
  }
  return wholes;
}

function inputsOf(derivation: Derivation): string[] {
  return derivation.kind === 'growth' ? [derivation.of] : [derivation.numerator, derivation.denominator];
}

/** Derived nodes in dependency order; a cycle is reported (its ids, the first repeated at the end). */
function order(nodes: ReadonlyMap<string, IndicatorNode>, cycle: (path: string[]) => void): IndicatorNode[] {
  const result: IndicatorNode[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: IndicatorNode, path: string[]): boolean => {
    const s = state.get(node.id);
    if (s === 'done') return true;
    if (s === 'visiting') {
      cycle([...path, node.id]);
      return false;
    }
    if (node.derivation === null) {
      state.set(node.id, 'done');
      return true;
    }
    state.set(node.id, 'visiting');
    for (const input of inputsOf(node.derivation)) {
      if (!visit(nodes.get(input) as IndicatorNode, [...path, node.id])) return false;
    }
    state.set(node.id, 'done');
    result.push(node);
    return true;
  };
  for (const node of nodes.values()) if (!visit(node, [])) break;
  return result;
}

function readTargetNode(target: Target, node: IndicatorNode, nodes: ReadonlyMap<string, IndicatorNode>): TargetNode {
  return { ...modeOf(target, node, nodes), target, spec: specOf(target, node) };
}

/** The target with its indicator's direction where the evaluation reads it (an `approximately` target). */
function specOf(target: Target, node: IndicatorNode): TargetSpec {
  return target.comparator === 'approximately' && node.indicator.direction !== undefined
    ? Object.freeze({ ...target, direction: node.indicator.direction })
    : target;
}

/** What a target's value is: its form, else an annual average for a rate over a period (or a growth indicator's target over one), else a level. */
function formOf(target: Target, node: IndicatorNode, period: Period | null): TargetForm {
  const form = target.form;
  if (typeof form === 'string' && (TARGET_FORMS as readonly string[]).includes(form)) return form;
  return period !== null && (target.unit === 'percent-per-annum' || node.indicator.kind === 'growth') ? 'annual-average' : 'level';
}

function modeOf(target: Target, node: IndicatorNode, nodes: ReadonlyMap<string, IndicatorNode>): Omit<TargetNode, 'target' | 'spec'> {
  const derivation = node.derivation;
  const period = isObject(target.period) ? (target.period as Period) : null;
  const form = formOf(target, node, period);
  if (form !== 'level') {
    const levels = derivation?.kind === 'growth' ? derivation.of : node.indicator.kind === 'growth' ? null : node.id;
    const mode = form === 'annual-average' ? 'rate' : form;
    return { node, form, mode, period, levels, parts: null, inputs: levels === null || levels === node.id ? [node.id] : [levels, node.id] };
  }
  if (derivation !== null && derivation.kind !== 'growth') {
    const mode = derivation.kind === 'share' && target.unit === 'percent' ? 'share'
      : derivation.kind === 'intensity' && target.unit === 'tce-per-10k-yuan' ? 'intensity' : null;
    if (mode !== null) {
      const parts = {
        numerator: nodes.get(derivation.numerator) as IndicatorNode,
        denominator: nodes.get(derivation.denominator) as IndicatorNode,
      };
      return { node, form, mode, period, levels: null, parts, inputs: [derivation.numerator, derivation.denominator, node.id] };
    }
  }
  return { node, form, mode: 'value', period, levels: null, parts: null, inputs: [node.id] };
}
