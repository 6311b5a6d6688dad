/**
 * The integrity checks of a plan: what a structurally valid plan must also satisfy. No zod
 * here: `definePlan` runs the schema first, then these.
 *
 * @module
 */
import type { Decimal } from '../decimal.js';
import { formatPath, type PlanIssue } from '../errors.js';
import { messages } from '../messages.js';
import { hasOwn, isYear } from '../read.js';
import { closest } from '../suggest.js';
import { UNITS, UNIT_IDS, type Measure, type UnitId } from '../units/index.js';
import { MAX_YEAR, MIN_YEAR, WORDINGS, type Comparator, type Wording } from '../vocabulary.js';
import { formMeasure, targetForm } from './form.js';
import { readPlanArgument } from './readPlanArgument.js';
import { PLAN_LISTS } from './sections.js';
import type { Indicator, IndicatorKind, Period, Plan, TargetForm } from './types.js';

type Path = readonly (string | number)[];

/** The measures each kind of indicator may be in. */
const KIND_MEASURES: Readonly<Record<IndicatorKind, readonly Measure[]>> = {
  level: ['yuan', 'tce', 'years', 'mu', 'cubic-metre', 'tonne', 'microgram-per-cubic-metre'],
  share: ['percent', 'ratio'],
  intensity: ['tce-per-10k-yuan', 'yuan-per-person', 'count-per-10k-people', 'cubic-metre-per-10k-yuan', 'tonne-per-10k-yuan', 'ratio'],
  growth: ['percent', 'percent-per-annum', 'ratio'],
  count: ['count'],
  rate: ['percent', 'ratio'],
};

/** Which indicator kinds may name a numerator and denominator, or a series they grow. */
const PART_KINDS: readonly IndicatorKind[] = ['share', 'intensity'];
const GROWTH_KINDS: readonly IndicatorKind[] = ['growth'];
/** The kinds of indicator that add up, so that one may be part of another of its kind. */
const PART_OF_KINDS: readonly IndicatorKind[] = ['level', 'count'];

function unitOf(id: string): { measure: Measure } | undefined {
  return hasOwn(UNITS, id) ? UNITS[id as UnitId] : undefined;
}

/**
 * Why a target's comparator is not the one its source's wording means, or `undefined` when it
 * is (or there is no wording): 'above' and 以上 mean `atLeast` (Civil Code of the PRC, art.
 * 1259), 超过 means `above` … (`WORDINGS`).
 *
 * @param wording - The target's `wording`, if any.
 * @param comparator - The target's comparator.
 * @returns The message naming both and the convention, or `undefined`.
 * @internal
 */
export function wordingMismatch(wording: Wording | undefined, comparator: Comparator): string | undefined {
  if (wording === undefined || !hasOwn(WORDINGS, wording)) return undefined;
  const reading = WORDINGS[wording];
  return reading.comparator === comparator ? undefined : messages.wordingComparator(wording, comparator, reading.comparator, reading.renders);
}

function inside(period: Period, plan: Plan): boolean {
  return period.start >= plan.period.start && period.end <= plan.period.end;
}

/**
 * Check everything a plan must satisfy beyond its structure, and return every problem found
 * (an empty array for a sound plan): unique ids, references that exist, units that fit their
 * indicator and kind, targets in the unit of their form (an annual average in percent per
 * annum …) and over a period where their form needs one, values that fit (counts, shares),
 * commitments that name no more members than they count, targets, tasks and milestones inside
 * the plan period. The full list is in
 * [docs/validation.md, "Integrity checks"](../../docs/validation.md#integrity-checks).
 *
 * @param plan - A structurally valid plan (what `parsePlan` of `baotou-plan/schema` returns).
 * @returns Every problem, in the order of the plan's lists: a path from the plan
 *   (`['targets', 2, 'indicator']`) and a message naming the bad value and what is allowed.
 * @throws `PlanError` `INVALID_ARGUMENT` when `plan` does not have the shape of a plan.
 *
 * @example
 * ```ts
 * checkIntegrity(baotou13); // → []
 * const broken = { ...baotou13, targets: [{ ...baotou13.targets[0], indicator: 'iva' }] };
 * checkIntegrity(broken).map((issue) => issue.path); // → [['targets', 0, 'indicator']]
 * checkIntegrity(broken)[0]?.message;
 * // → "'iva' is not an indicator of this plan; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?"
 * ```
 *
 * @category Plan
 */
export function checkIntegrity(plan: Plan): PlanIssue[] {
  plan = readPlanArgument(plan);
  const issues: PlanIssue[] = [];
  const add = (path: Path, message: string): void => {
    issues.push({ path: [...path], message });
  };

  if (!isYear(plan.baseYear)) add(['baseYear'], messages.schemaExpected(messages.expected.year(MIN_YEAR, MAX_YEAR), plan.baseYear));
  else if (plan.baseYear >= plan.period.start) add(['baseYear'], messages.planBaseYear(plan.baseYear, plan.period.start));

  for (const list of PLAN_LISTS) uniqueIds(plan[list], [list], add);
  const directions = new Map<string, number>();
  plan.layout.forEach((zone, i) => {
    const first = directions.get(zone.direction);
    if (first === undefined) directions.set(zone.direction, i);
    else add(['layout', i, 'direction'], messages.planDuplicateDirection(zone.direction, `layout[${first}]`));
  });

  const indicators = new Map<string, Indicator>();
  for (const indicator of plan.indicators) if (!indicators.has(indicator.id)) indicators.set(indicator.id, indicator);
  const indicatorIds = [...indicators.keys()];
  const indicatorRef = (value: string, path: Path): Indicator | undefined => {
    const found = indicators.get(value);
    if (found === undefined) {
      add(path, messages.planUnknownId(value, 'an indicator', 'this plan', closest(value, indicatorIds), indicatorIds));
    }
    return found;
  };
  const knownUnit = (unit: string, path: Path): { measure: Measure } | undefined => {
    const found = unitOf(unit);
    if (found === undefined) add(path, messages.planUnknownUnit(unit, UNIT_IDS));
    return found;
  };
  const unitFits = (unit: string, indicator: Indicator | undefined, path: Path): void => {
    const own = knownUnit(unit, path);
    const theirs = indicator === undefined ? undefined : unitOf(indicator.unit);
    if (own !== undefined && indicator !== undefined && theirs !== undefined && own.measure !== theirs.measure) {
      add(path, messages.planUnitMismatch(unit, own.measure, indicator.id, indicator.unit, theirs.measure));
    }
  };
  const formUnitFits = (form: TargetForm, implicit: boolean, unit: string, indicator: Indicator | undefined, path: Path): void => {
    const own = knownUnit(unit, path);
    const expected = indicator === undefined ? undefined : formMeasure(form, indicator.unit);
    if (own !== undefined && indicator !== undefined && expected !== undefined && own.measure !== expected) {
      add(path, messages.planFormUnit(form, implicit, unit, own.measure, expected, indicator.id, indicator.unit));
    }
  };
  const valueFits = (value: Decimal, unit: string, indicator: Indicator | undefined, path: Path): void => {
    if (indicator === undefined) return;
    if (indicator.kind === 'count' && (!value.isInteger() || value.isNegative())) {
      add(path, messages.planCountValue(value.toFixed()));
    }
    if (indicator.kind === 'share' || indicator.kind === 'rate') {
      const max = unit === 'ratio' ? '1' : unit === 'percent' ? '100' : undefined;
      if (max !== undefined && (value.isNegative() || value.greaterThan(max))) {
        add(path, messages.planShareRange(value.toFixed(), unit, max));
      }
    }
  };

  plan.indicators.forEach((indicator, i) => {
    const unit = knownUnit(indicator.unit, ['indicators', i, 'unit']);
    const allowed = KIND_MEASURES[indicator.kind];
    if (unit !== undefined && !allowed.includes(unit.measure)) {
      add(['indicators', i, 'unit'], messages.planKindUnit(indicator.kind, indicator.unit, unit.measure, allowed));
    }
    const parts: Partial<Record<'numerator' | 'denominator', Indicator>> = {};
    for (const key of ['numerator', 'denominator', 'growthOf'] as const) {
      const ref = indicator[key];
      if (ref === undefined) continue;
      const kinds = key === 'growthOf' ? GROWTH_KINDS : PART_KINDS;
      if (!kinds.includes(indicator.kind)) {
        add(['indicators', i, key], messages.planReferenceNotAllowed(indicator.kind, kinds));
      } else if (ref === indicator.id) {
        add(['indicators', i, key], messages.planSelfReference(ref));
      } else {
        const found = indicatorRef(ref, ['indicators', i, key]);
        if (found !== undefined && key !== 'growthOf') parts[key] = found;
      }
    }
    const { numerator, denominator } = parts;
    if (indicator.kind === 'share' && numerator !== undefined && denominator !== undefined) {
      const n = unitOf(numerator.unit);
      const d = unitOf(denominator.unit);
      if (n !== undefined && d !== undefined && n.measure !== d.measure) {
        add(['indicators', i, 'denominator'], messages.planPartsMeasure(numerator.id, n.measure, denominator.id, d.measure));
      }
    }
  });

  partOfIssues(plan.indicators, indicators, indicatorRef, add);

  plan.targets.forEach((target, i) => {
    const indicator = indicatorRef(target.indicator, ['targets', i, 'indicator']);
    const form = targetForm(target, indicator);
    if (form === 'level') {
      unitFits(target.unit, indicator, ['targets', i, 'unit']);
      valueFits(target.value, target.unit, indicator, ['targets', i, 'value']);
    } else {
      formUnitFits(form, target.form === undefined, target.unit, indicator, ['targets', i, 'unit']);
    }
    if (target.year < plan.period.start || target.year > plan.period.end) {
      add(['targets', i, 'year'], messages.planYearOutside(target.year, plan.period.start, plan.period.end));
    }
    if (target.period !== undefined) {
      if (!inside(target.period, plan)) {
        add(['targets', i, 'period'], messages.planPeriodOutside(target.period.start, target.period.end, plan.period.start, plan.period.end));
      }
      if (target.period.end !== target.year) {
        add(['targets', i, 'year'], messages.planYearNotPeriodEnd(target.year, target.period.start, target.period.end));
      }
    } else if (form !== 'level') {
      add(['targets', i, 'period'], messages.planFormPeriod(form));
    } else if (target.form === undefined && indicator?.kind === 'growth' && indicator.unit === 'percent-per-annum') {
      add(['targets', i, 'period'], messages.planRateTargetPeriod(indicator.id));
    }
    if (target.comparator === 'approximately' && target.tolerance === undefined) {
      add(['targets', i, 'tolerance'], messages.planToleranceRequired);
    }
    if (target.comparator !== 'approximately' && target.tolerance !== undefined) {
      add(['targets', i, 'tolerance'], messages.toleranceNotApproximately(target.comparator));
    }
    const mismatch = wordingMismatch(target.wording, target.comparator);
    if (mismatch !== undefined) add(['targets', i, 'comparator'], mismatch);
  });

  plan.facts.forEach((fact, i) => {
    const indicator = fact.indicator === undefined ? undefined : indicatorRef(fact.indicator, ['facts', i, 'indicator']);
    if (fact.period.end < fact.period.start) {
      add(['facts', i, 'period', 'end'], messages.periodReversed(fact.period.start, fact.period.end));
    }
    if (fact.value === undefined) {
      if (fact.statement === undefined) add(['facts', i, 'statement'], messages.planFactEmpty);
      if (fact.unit !== undefined) knownUnit(fact.unit, ['facts', i, 'unit']);
      return;
    }
    if (fact.unit === undefined) {
      add(['facts', i, 'unit'], messages.planFactNoUnit(fact.value.toFixed()));
      return;
    }
    unitFits(fact.unit, indicator, ['facts', i, 'unit']);
    valueFits(fact.value, fact.unit, indicator, ['facts', i, 'value']);
  });

  plan.commitments.forEach((commitment, i) => {
    uniqueIds(commitment.members, ['commitments', i, 'members'], add);
    const named = commitment.members.length;
    if (named > commitment.count) {
      add(['commitments', i, 'members'], messages.planMembersExceedCount(named, commitment.count));
    } else if (commitment.enumerated !== (named === commitment.count)) {
      add(['commitments', i, 'enumerated'], messages.planEnumerated(commitment.enumerated, named, commitment.count));
    }
  });

  plan.tasks.forEach((task, i) => {
    if (!inside(task.period, plan)) {
      add(['tasks', i, 'period'], messages.planPeriodOutside(task.period.start, task.period.end, plan.period.start, plan.period.end));
    }
  });

  const taskIds = plan.tasks.map((task) => task.id);
  plan.milestones.forEach((milestone, i) => {
    if (milestone.task !== undefined && !taskIds.includes(milestone.task)) {
      add(['milestones', i, 'task'], messages.planUnknownId(milestone.task, 'a task', 'this plan', closest(milestone.task, taskIds), taskIds));
    }
    const year = Number(milestone.due.slice(0, 4));
    if (!(year >= plan.period.start && year <= plan.period.end)) {
      add(['milestones', i, 'due'], messages.planDateOutside(milestone.due, plan.period.start, plan.period.end));
    }
  });

  return issues;
}

/**
 * The problems of the indicators' `partOf`: a whole that is not an indicator of the plan, the
 * indicator itself, a kind that does not add up (a part and its whole are both levels or both
 * counts), another measure, or a circle (reported once, at its first indicator, with its path).
 */
function partOfIssues(
  list: readonly Indicator[],
  indicators: ReadonlyMap<string, Indicator>,
  indicatorRef: (value: string, path: Path) => Indicator | undefined,
  add: (path: Path, message: string) => void,
): void {
  list.forEach((indicator, i) => {
    const ref = indicator.partOf;
    if (ref === undefined) return;
    const path = ['indicators', i, 'partOf'];
    if (ref === indicator.id) return add(path, messages.planSelfReference(ref));
    const whole = indicatorRef(ref, path);
    if (whole === undefined) return;
    if (!PART_OF_KINDS.includes(indicator.kind) || whole.kind !== indicator.kind) {
      return add(path, messages.planPartOfKind(indicator.kind, whole.id, whole.kind));
    }
    const own = unitOf(indicator.unit);
    const theirs = unitOf(whole.unit);
    if (own !== undefined && theirs !== undefined && own.measure !== theirs.measure) {
      add(path, messages.planPartOfMeasure(whole.id, whole.unit, theirs.measure, indicator.unit, own.measure));
    }
  });
  // Circles: follow each chain; a chain that comes back to where it started is reported at
  // the first of its indicators in the plan's order.
  const reported = new Set<string>();
  list.forEach((indicator, i) => {
    const path = [indicator.id];
    let next = indicator.partOf;
    while (next !== undefined && next !== indicator.id && !path.includes(next) && indicators.has(next)) {
      path.push(next);
      next = indicators.get(next)?.partOf;
    }
    if (next !== indicator.id || path.length < 2 || path.some((id) => reported.has(id))) return;
    for (const id of path) reported.add(id);
    add(['indicators', i, 'partOf'], messages.planPartOfCycle([...path, indicator.id]));
  });
}

function uniqueIds(items: readonly { readonly id: string }[], path: Path, add: (path: Path, message: string) => void): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else add([...path, i, 'id'], messages.planDuplicateId(item.id, formatPath([...path, first])));
  });
}
