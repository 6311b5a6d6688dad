/**
 * Two plans side by side: the targets of one beside the targets of the other that measure the
 * same thing (or a related one), with their values put in one unit and one form where that can
 * be done exactly, and what keeps them from being like for like where it cannot.
 *
 * @module
 */
import { EXACT, ONE, finish, shift, type Decimal } from '../decimal.js';
import { compound } from '../calc/compound.js';
import { hasOwn } from '../read.js';
import { UNITS, valueIn, type UnitId } from '../units/index.js';
import { CONCEPT_WORDS, TARGET_FORM_WORDS, type Concept, type TargetForm } from '../vocabulary.js';
import { targetForm } from './form.js';
import { readPlanArgument } from './readPlanArgument.js';
import type { Indicator, Period, Plan, Target } from './types.js';

/**
 * What stands between two aligned targets and a like-for-like comparison:
 *
 * - `concept`: they measure related things, not the same (industrial value added is part of GDP);
 * - `form`: one is a level, the other a rate or a change, and one cannot be turned into the
 *   other without a figure neither target gives (the level of the base year);
 * - `unit`: their units are of different measures;
 * - `year` / `period`: they are for different years, or run over different periods;
 * - `price-basis`: their indicators are at different prices (or one does not say);
 * - `scope`: their indicators have different statistical scopes.
 *
 * @category Plan
 */
export type AlignmentDifferenceCode = 'concept' | 'form' | 'unit' | 'year' | 'period' | 'price-basis' | 'scope';

/** One thing that keeps two aligned targets from being like for like. @category Plan */
export interface AlignmentDifference {
  readonly code: AlignmentDifferenceCode;
  readonly message: string;
}

/** One side of an alignment: a plan's target, its indicator, and the form its value is in. @category Plan */
export interface AlignedTarget {
  /** The plan's id. */
  readonly plan: string;
  readonly target: Target;
  readonly indicator: Indicator;
  /** The form the target is read in (`targetForm`: its `form`, or the default for its indicator). */
  readonly form: TargetForm;
  /** The concept it is about: its indicator's, or for a growth rate, the concept of what grows. */
  readonly concept: Concept;
}

/** Two targets' values in one form and one unit (the first target's unit, or percent). @category Plan */
export interface CommonTerms {
  readonly form: TargetForm;
  readonly unit: UnitId;
  /** The first target's value, in `unit` and `form`. */
  readonly a: Decimal;
  /** The second target's value, in `unit` and `form`. */
  readonly b: Decimal;
  /** How a value was converted, where one was. */
  readonly conversions: readonly string[];
}

/**
 * Two targets lined up: the same concept (`'same'`) or related ones (`'related'`), their values
 * in common terms where that can be done exactly (`common`), and every difference that remains;
 * `comparable` when there is none.
 *
 * @category Plan
 */
export interface TargetAlignment {
  readonly relation: 'same' | 'related';
  readonly a: AlignedTarget;
  readonly b: AlignedTarget;
  readonly common: CommonTerms | null;
  readonly differences: readonly AlignmentDifference[];
  readonly comparable: boolean;
}

/** A growth concept and the concept of what grows. */
const GROWTH_OF: Readonly<Partial<Record<Concept, Concept>>> = {
  'gdp-growth': 'gdp',
  'industrial-value-added-growth': 'industrial-value-added',
  'labour-productivity-growth': 'labour-productivity',
};

/** Concepts that are related, not the same, and how. */
const RELATED: readonly (readonly [Concept, Concept, string])[] = [
  ['industrial-value-added', 'gdp', 'industrial value added is part of GDP (through the secondary sector)'],
  ['secondary-sector-value-added', 'gdp', 'the secondary sector is part of GDP'],
  ['industrial-value-added', 'secondary-sector-value-added', 'industry is part of the secondary sector (with construction)'],
  [
    'energy-intensity-industry',
    'energy-intensity-gdp',
    'energy per unit of industrial value added is industry’s energy use over industry’s value added, not the whole economy’s over GDP',
  ],
  ['producer-services-share', 'services-share', 'producer services are part of services; both are shares of GDP'],
];

/** How two concepts relate, or `undefined` when they do not. */
function relation(a: Concept, b: Concept): { readonly relation: 'same' | 'related'; readonly how?: string } | undefined {
  if (a === b) return { relation: 'same' };
  const pair = RELATED.find(([x, y]) => (x === a && y === b) || (x === b && y === a));
  return pair === undefined ? undefined : { relation: 'related', how: pair[2] };
}

/** A target's side: its indicator, form (a growth rate of one year is its annual average over that year) and concept. */
function side(plan: Plan, target: Target, indicators: ReadonlyMap<string, Indicator>): AlignedTarget | undefined {
  const indicator = indicators.get(target.indicator);
  if (indicator?.concept === undefined) return undefined;
  const form = targetForm(target, indicator);
  const growth = indicator.kind === 'growth';
  // The plan's own target and indicator, as they are (the side itself is frozen, not they).
  return Object.freeze({
    plan: plan.id,
    target,
    indicator,
    form: growth && form === 'level' ? 'annual-average' : form,
    concept: (growth ? GROWTH_OF[indicator.concept] : undefined) ?? indicator.concept,
  });
}

/** The years a target runs over: its period, or its year. */
const span = (t: AlignedTarget): Period => t.target.period ?? { start: t.target.year, end: t.target.year };
const years = (p: Period): number => p.end - p.start + 1;
const describe = (p: Period): string => (p.start === p.end ? `${p.start}` : `${p.start}–${p.end}`);
const name = (t: AlignedTarget): string => `'${t.target.id}' (${t.plan})`;
/** A form in words with its article: 'a level', 'an annual average'. */
const aForm = (form: TargetForm): string => {
  const words = TARGET_FORM_WORDS[form].en;
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
};
/** An indicator's prices in words. */
const prices = (t: AlignedTarget, basis: string): string =>
  `'${t.indicator.id}' (${t.plan}) ${basis === 'unspecified' ? 'does not state its prices' : `is at ${basis} prices`}`;

/**
 * An annual average rate in percent a year over `n` years as the relative change over them,
 * in percent: `((1 + r / 100)^n − 1) × 100`, correctly rounded to 34 digits.
 */
function averageAsChange(rate: Decimal, n: number): Decimal {
  const factor = compound(ONE, shift(rate, -2), n);
  return shift(finish(new EXACT(factor).minus(ONE)), 2);
}

/** The measure of a unit id, or `undefined` for one the registry lacks. */
const measureOf = (unit: string): string | undefined => (hasOwn(UNITS, unit) ? UNITS[unit as UnitId].measure : undefined);

/** The two values in one form and unit, where that can be done exactly; the differences it meets. */
function commonTerms(a: AlignedTarget, b: AlignedTarget, differences: AlignmentDifference[]): CommonTerms | null {
  const pa = span(a);
  const pb = span(b);
  const conversions: string[] = [];
  let form = a.form;
  let va = a.target.value;
  let vb = b.target.value;
  let unit = a.target.unit;
  let unitB = b.target.unit;
  if (a.form !== b.form) {
    const pair = [a.form, b.form].sort().join(' ');
    if (pair !== 'annual-average relative-change' || years(pa) !== years(pb)) {
      const message =
        pair === 'annual-average relative-change'
          ? `${name(a)} runs over ${describe(pa)} (${years(pa)} years), ${name(b)} over ${describe(pb)} (${years(pb)} years): an annual average is a relative change only over as many years`
          : `${name(a)} is ${aForm(a.form)}, ${name(b)} ${aForm(b.form)}: one cannot be put as the other without a level neither target gives`;
      differences.push({ code: 'form', message });
      return null;
    }
    // An annual average over n years is, exactly, a relative change over them.
    const average = a.form === 'annual-average' ? a : b;
    const change = averageAsChange(average.target.value, years(span(average)));
    conversions.push(`${name(average)}: ${average.target.value.toFixed()} % a year over ${years(span(average))} years = ${change.toFixed()} % over the period, ((1 + r/100)^n − 1) × 100`);
    if (average === a) va = change;
    else vb = change;
    form = 'relative-change';
    unit = 'percent';
    unitB = 'percent';
  }
  const ma = measureOf(unit);
  const mb = measureOf(unitB);
  if (ma === undefined || ma !== mb) {
    differences.push({ code: 'unit', message: `${name(a)} is in '${a.target.unit}', ${name(b)} in '${b.target.unit}': different measures` });
    return null;
  }
  if (unitB !== unit) {
    vb = valueIn(vb, UNITS[unitB as UnitId], UNITS[unit as UnitId], 'value');
    conversions.push(`${name(b)}: ${b.target.value.toFixed()} '${unitB}' = ${vb.toFixed()} '${unit}'`);
  }
  if (pa.start !== pb.start || pa.end !== pb.end) {
    differences.push(
      form === 'level'
        ? { code: 'year', message: `${name(a)} is for ${describe(pa)}, ${name(b)} for ${describe(pb)}` }
        : { code: 'period', message: `${name(a)} runs over ${describe(pa)}, ${name(b)} over ${describe(pb)}` },
    );
  }
  return { form, unit: unit as UnitId, a: va, b: vb, conversions };
}

/** The differences of the indicators' definitions: concept, price basis, scope. */
function definitionDifferences(a: AlignedTarget, b: AlignedTarget, how: string | undefined, differences: AlignmentDifference[]): void {
  if (how !== undefined) {
    differences.push({ code: 'concept', message: `${CONCEPT_WORDS[a.concept].en} beside ${CONCEPT_WORDS[b.concept].en}: ${how}` });
  }
  const priceA = a.indicator.definition.priceBasis ?? 'unspecified';
  const priceB = b.indicator.definition.priceBasis ?? 'unspecified';
  if (priceA !== priceB) {
    differences.push({ code: 'price-basis', message: `${prices(a, priceA)}; ${prices(b, priceB)}` });
  }
  const scopeA = a.indicator.definition.scope;
  const scopeB = b.indicator.definition.scope;
  if (scopeA !== scopeB) {
    differences.push({ code: 'scope', message: `'${a.indicator.id}' (${a.plan}) has the scope ${scopeA ?? 'not stated'}, '${b.indicator.id}' (${b.plan}) ${scopeB ?? 'not stated'}` });
  }
}

/** A plan's targets whose indicators carry a concept, as sides. */
function sides(plan: Plan): AlignedTarget[] {
  const indicators = new Map(plan.indicators.map((i) => [i.id as string, i as Indicator]));
  return plan.targets.flatMap((t) => side(plan, t as Target, indicators) ?? []);
}

/**
 * Line up the targets of two plans that measure the same concept, or related ones: every pair
 * of a target of `a` and a target of `b` whose indicators carry concepts (`indicator.concept`)
 * that are the same or related, with both targets, their values in one form and unit where
 * that can be done exactly, and what keeps them from being like for like.
 *
 * A growth rate is about what grows (`'gdp-growth'` about `'gdp'`, so a GDP growth target lines
 * up with a GDP level target, as a rate beside a level); its target is an annual average. An
 * annual average over n years and a relative change over n years are put in one form exactly:
 * `((1 + r/100)^n − 1) × 100` % over the period. Values of one measure are put in the first
 * target's unit by an exact shift (`bn-yuan` and `100m-yuan`). Related concepts
 * (industrial value added and GDP; energy per unit of industrial value added and per unit of
 * GDP; producer services' and services' shares) are lined up with a `concept` difference
 * saying how they relate. The rules: [docs/plans.md](../../docs/plans.md#two-plans-side-by-side).
 *
 * @param a - A plan (`baotou13`, `china13`, or what `definePlan` returns).
 * @param b - Another plan.
 * @returns The alignments (frozen; the targets and indicators are the plans' own), in the order of `a`'s targets, then of `b`'s; empty when no
 *   concept is shared.
 * @throws `PlanError` `INVALID_ARGUMENT` when `a` or `b` is not a plan (naming it).
 *
 * @example
 * ```ts
 * import { alignTargets, baotou13, china13 } from 'baotou-plan';
 * const pairs = alignTargets(baotou13, china13);
 * const growth = pairs.find((p) => p.a.target.id === 'industrial-value-added-growth-2020' && p.b.target.id === 'gdp-growth-2020');
 * [growth?.common?.form, growth?.common?.a.toFixed(), growth?.common?.b.toFixed()]; // → ['annual-average', '8', '6.5']
 * growth?.differences.map((d) => d.code); // → ['concept']
 * const energy = pairs.find((p) => p.a.target.id === 'industrial-energy-intensity-2020');
 * [energy?.b.target.id, energy?.common, energy?.differences.map((d) => d.code)];
 * // → ['energy-intensity-gdp-2020', null, ['concept', 'price-basis', 'form']]
 * alignTargets(baotou13, 'china13'); // throws PlanError INVALID_ARGUMENT
 * ```
 *
 * @category Plan
 */
export function alignTargets(a: Plan, b: Plan): readonly TargetAlignment[] {
  const planA = readPlanArgument(a, 'a');
  const planB = readPlanArgument(b, 'b');
  const right = sides(planB);
  const out: TargetAlignment[] = [];
  for (const x of sides(planA)) {
    for (const y of right) {
      const related = relation(x.concept, y.concept);
      if (related === undefined) continue;
      const differences: AlignmentDifference[] = [];
      definitionDifferences(x, y, related.how, differences);
      const common = commonTerms(x, y, differences);
      out.push(
        Object.freeze({
          relation: related.relation,
          a: x,
          b: y,
          common: common === null ? null : Object.freeze({ ...common, conversions: Object.freeze(common.conversions) }),
          differences: Object.freeze(differences.map((d) => Object.freeze(d))),
          comparable: differences.length === 0,
        }),
      );
    }
  }
  return Object.freeze(out);
}
