/**
 * A plan read once into a dependency graph: its indicators with their units, how each
 * derived indicator (share, intensity, growth) is computed from others, and how each target
 * is judged. Frozen plans are read once and cached.
 *
 * @internal
 * @module
 */
import { PlanError, type PlanIssue } from '../errors.js';
import { messages } from '../messages.js';
import type { Indicator, Period, Plan, Target } from '../plan/types.js';
import { readUnit, unitIdOf, type Unit, type UnitId } from '../units/index.js';
import { MAX_YEAR, MIN_YEAR, isObject, isYear } from './checks.js';

/** Kinds of indicator a scenario may drive directly. */
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
  /** A level, count or rate indicator: a scenario may drive it. */
  readonly drivable: boolean;
  /** How it is derived, for shares, intensities and growth indicators with their inputs. */
  readonly derivation: Derivation | null;
}

/** How a target is judged (see `scorecard`). */
export type TargetMode = 'value' | 'rate' | 'share' | 'intensity';

/** One target of the plan, read. */
export interface TargetNode {
  readonly target: Target;
  readonly node: IndicatorNode;
  readonly mode: TargetMode;
  /** For `rate`: the period, and the indicator whose levels are averaged. */
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

function planIssue(path: (string | number)[], message: string): PlanIssue {
  return { path, message };
}

/**
 * Read a plan into a {@link PlanModel}: indicators with their units, derived indicators in
 * dependency order, targets with how they are judged. A frozen plan (what `definePlan`
 * returns and the embedded dataset) is read once and cached.
 *
 * @throws {@link PlanError} `INVALID_ARGUMENT` when `plan` is not a plan object;
 *   `VALIDATION` listing every broken reference, unit or cycle.
 */
export function readPlan(plan: unknown, name = 'plan'): PlanModel {
  if (typeof plan === 'object' && plan !== null) {
    const cached = planCache.get(plan);
    if (cached !== undefined) return cached;
  }
  if (!isObject(plan) || !Array.isArray(plan.indicators) || !Array.isArray(plan.targets)) {
    throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(name, 'a plan { id, indicators, targets, … }', plan), {
      argument: name,
      received: plan,
    });
  }
  const p = plan as unknown as Plan;
  const issues: PlanIssue[] = [];
  const nodes = new Map<string, IndicatorNode>();
  const raw = new Map<string, { indicator: Indicator; unit: Unit; unitId: UnitId; index: number }>();
  p.indicators.forEach((indicator, index) => {
    const at = `${name}.indicators[${index}]`;
    if (!isObject(indicator) || typeof indicator.id !== 'string') {
      issues.push(planIssue([name, 'indicators', index], messages.expectedGot(at, 'an indicator { id, unit, kind, … }', indicator)));
      return;
    }
    if (raw.has(indicator.id)) {
      issues.push(planIssue([name, 'indicators', index, 'id'], messages.scenarioDuplicateId(`${at}.id`, indicator.id)));
      return;
    }
    let unit: Unit;
    try {
      unit = readUnit(indicator.unit, `${at}.unit`);
    } catch (error) {
      issues.push(planIssue([name, 'indicators', index, 'unit'], (error as Error).message));
      return;
    }
    raw.set(indicator.id, { indicator, unit, unitId: unitIdOf(unit) as UnitId, index });
  });
  for (const [id, { indicator, unit, unitId, index }] of raw) {
    const at = `${name}.indicators[${index}]`;
    const ref = (key: 'numerator' | 'denominator' | 'growthOf'): string | null => {
      const value = indicator[key];
      if (value === undefined) return null;
      if (typeof value !== 'string' || !raw.has(value)) {
        issues.push(planIssue([name, 'indicators', index, key], messages.scenarioUnknownReference(`${at}.${key}`, value, id)));
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
          issues.push(
            planIssue(
              [name, 'indicators', index, 'unit'],
              messages.scenarioDerivedUnits(`${at}.unit`, id, indicator.kind, describe(unit), describe(n), describe(d)),
            ),
          );
        } else derivation = { kind: indicator.kind, numerator, denominator, ...quotient };
      }
    } else if (indicator.kind === 'growth') {
      const of = ref('growthOf');
      if (of !== null) {
        if (unit.measure !== 'percent-per-annum' && unit.measure !== 'percent' && unit.measure !== 'ratio') {
          issues.push(
            planIssue([name, 'indicators', index, 'unit'], messages.scenarioGrowthUnit(`${at}.unit`, id, describe(unit))),
          );
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
      drivable: DRIVABLE_KINDS.includes(indicator.kind),
      derivation,
    });
  }
  const derived = order(nodes, name, issues);
  const targets: TargetNode[] = [];
  const targetsById = new Map<string, TargetNode>();
  p.targets.forEach((target, index) => {
    const at = `${name}.targets[${index}]`;
    if (!isObject(target) || typeof target.id !== 'string') {
      issues.push(planIssue([name, 'targets', index], messages.expectedGot(at, 'a target { id, indicator, year, … }', target)));
      return;
    }
    const node = typeof target.indicator === 'string' ? nodes.get(target.indicator) : undefined;
    if (node === undefined) {
      if (!raw.has(target.indicator as string)) {
        issues.push(planIssue([name, 'targets', index, 'indicator'], messages.scenarioTargetIndicator(`${at}.indicator`, target.indicator)));
      }
      return;
    }
    if (!isYear(target.year)) {
      issues.push(planIssue([name, 'targets', index, 'year'], messages.notInteger(`${at}.year`, target.year, MIN_YEAR, MAX_YEAR)));
      return;
    }
    if (targetsById.has(target.id)) {
      issues.push(planIssue([name, 'targets', index, 'id'], messages.scenarioDuplicateId(`${at}.id`, target.id)));
      return;
    }
    const t = readTargetNode(target, node, nodes);
    targets.push(t);
    targetsById.set(target.id, t);
  });
  if (issues.length > 0) {
    throw new PlanError(
      'VALIDATION',
      messages.validationSummary(
        issues.slice(0, 5).map((i) => i.message),
        issues.length,
      ),
      { argument: name },
      issues,
    );
  }
  const dependents = new Map<string, Set<string>>();
  for (const id of nodes.keys()) dependents.set(id, new Set());
  for (const node of derived) {
    for (const input of inputsOf(node.derivation as Derivation)) {
      // Inputs come first, so their own dependents are complete up to this node.
      for (const [id, set] of dependents) if (id === input || set.has(input)) set.add(node.id);
    }
  }
  const model: PlanModel = {
    plan: p,
    id: typeof p.id === 'string' ? p.id : '',
    nodes,
    drivable: [...nodes.values()].filter((n) => n.drivable).map((n) => n.id),
    derived,
    dependents,
    targets,
    targetsById,
  };
  if (Object.isFrozen(plan)) planCache.set(plan, model);
  return model;
}

/** A unit for a message: its id, or its measure and multiplier. */
export function describe(unit: Unit): string {
  return messages.unitName(unitIdOf(unit), unit.measure, unit.multiplier);
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

function inputsOf(derivation: Derivation): string[] {
  return derivation.kind === 'growth' ? [derivation.of] : [derivation.numerator, derivation.denominator];
}

/** Derived nodes in dependency order; cycles are issues. */
function order(nodes: ReadonlyMap<string, IndicatorNode>, name: string, issues: PlanIssue[]): IndicatorNode[] {
  const result: IndicatorNode[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: IndicatorNode, path: string[]): boolean => {
    const s = state.get(node.id);
    if (s === 'done') return true;
    if (s === 'visiting') {
      issues.push(planIssue([name, 'indicators'], messages.scenarioCycle([...path, node.id])));
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
  const derivation = node.derivation;
  const period = isObject(target.period) ? (target.period as Period) : null;
  if (period !== null && target.unit === 'percent-per-annum') {
    const levels = derivation?.kind === 'growth' ? derivation.of : node.drivable ? node.id : null;
    return { target, node, mode: 'rate', period, levels, parts: null, inputs: levels === null ? [node.id] : [levels, node.id] };
  }
  if (derivation !== null && derivation.kind !== 'growth') {
    const mode = derivation.kind === 'share' && target.unit === 'percent' ? 'share'
      : derivation.kind === 'intensity' && target.unit === 'tce-per-10k-yuan' ? 'intensity' : null;
    if (mode !== null) {
      const parts = {
        numerator: nodes.get(derivation.numerator) as IndicatorNode,
        denominator: nodes.get(derivation.denominator) as IndicatorNode,
      };
      return { target, node, mode, period, levels: null, parts, inputs: [derivation.numerator, derivation.denominator, node.id] };
    }
  }
  return { target, node, mode: 'value', period, levels: null, parts: null, inputs: [node.id] };
}
