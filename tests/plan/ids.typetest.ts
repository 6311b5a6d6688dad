/**
 * Typed ids: a plan typed with its ids (baotou13, or a plan written `as const` and passed
 * through definePlan) takes only those ids in the look-ups; a misspelt id does not compile. A
 * plan read from JSON is a `Plan<string, string>`: any id compiles, and the look-up checks it
 * when it runs (tests/plan/query.test.ts).
 *
 * Compiled by `npm run typecheck`: every `@ts-expect-error` must meet an error.
 */
import { expectTypeOf, test } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import type { Baotou13IndicatorId, Baotou13TargetId } from '../../src/data/baotou13/ids.js';
import { materializePlan } from '../../src/plan/materialize.js';
import { factsOf, indicator, target, targetsOf } from '../../src/plan/query.js';
import type { Indicator, IndicatorIdOf, Plan, PlanInput, PlanLiteral, Target, TargetIdOf } from '../../src/plan/types.js';
import { definePlan } from '../../src/schema/define.js';

const source = { kind: 'report', section: 'table 1', quote: 'main indicators' } as const;

/** A plan written `as const`: its ids are literal types. */
const nation = {
  id: 'nation',
  title: { en: 'A national plan' },
  period: { start: 2016, end: 2020 },
  indicators: [
    { id: 'gdp', name: { en: 'GDP' }, unit: '100m-yuan', direction: 'increase', kind: 'level', nature: 'anticipatory', definition: {} },
    { id: 'gdp-growth', name: { en: 'GDP growth' }, unit: 'percent-per-annum', direction: 'increase', kind: 'growth', nature: 'anticipatory', growthOf: 'gdp', definition: {} },
  ],
  targets: [
    { id: 'gdp-growth-2020', indicator: 'gdp-growth', year: 2020, period: { start: 2016, end: 2020 }, comparator: 'atLeast', value: '6.5', unit: 'percent-per-annum', source },
  ],
} as const;

test('baotou13 takes only its own ids', () => {
  expectTypeOf<IndicatorIdOf<typeof baotou13>>().toEqualTypeOf<Baotou13IndicatorId>();
  expectTypeOf<TargetIdOf<typeof baotou13>>().toEqualTypeOf<Baotou13TargetId>();
  expectTypeOf(indicator(baotou13, 'industrial-value-added')).toEqualTypeOf<Indicator<Baotou13IndicatorId>>();
  expectTypeOf(target(baotou13, 'industrial-value-added-2020').indicator).toEqualTypeOf<Baotou13IndicatorId>();
  expectTypeOf(targetsOf(baotou13, 'gdp')).toEqualTypeOf<readonly Target<Baotou13TargetId, Baotou13IndicatorId>[]>();
  factsOf(baotou13, 'industrial-value-added-growth');
  factsOf(baotou13, { indicator: 'industrial-waste-utilisation-rate', period: 2011 });

  // @ts-expect-error a misspelt indicator id
  indicator(baotou13, 'industrial-value-add');
  // @ts-expect-error a misspelt target id
  target(baotou13, 'industrial-value-added-2021');
  // @ts-expect-error an indicator id is not a target id
  target(baotou13, 'industrial-value-added');
  // @ts-expect-error a misspelt indicator id
  targetsOf(baotou13, 'gpd');
  // @ts-expect-error a misspelt indicator id
  factsOf(baotou13, 'industrial-value-add');
  // @ts-expect-error a misspelt indicator id in a query
  factsOf(baotou13, { indicator: 'industrial-value-add' });
  // @ts-expect-error an id computed as a plain string is not known to be one of the plan's
  indicator(baotou13, String('gdp'));
});

test('a plan written as const, through definePlan, takes only its own ids', () => {
  expectTypeOf(nation).toExtend<PlanLiteral>();
  const plan = definePlan(nation);
  expectTypeOf(plan).toEqualTypeOf<Plan<'gdp' | 'gdp-growth', 'gdp-growth-2020'>>();
  expectTypeOf(indicator(plan, 'gdp-growth').growthOf).toEqualTypeOf<'gdp' | 'gdp-growth' | undefined>();
  expectTypeOf(target(plan, 'gdp-growth-2020').id).toEqualTypeOf<'gdp-growth-2020'>();

  // @ts-expect-error a misspelt indicator id
  indicator(plan, 'gpd');
  // @ts-expect-error a misspelt target id
  target(plan, 'gdp-2020');
  // @ts-expect-error an id of another plan
  targetsOf(plan, 'industrial-value-added');
  // @ts-expect-error a misspelt indicator id in a query
  factsOf(plan, { indicator: 'gpd' });
});

test('a plan written inline in the call is typed with its ids too', () => {
  const plan = definePlan({
    id: 'inline',
    title: { en: 'A plan' },
    period: { start: 2021, end: 2025 },
    indicators: [{ id: 'jobs', name: { en: 'new urban jobs' }, unit: 'count', direction: 'increase', kind: 'count', nature: 'anticipatory', definition: {} }],
    targets: [],
  });
  expectTypeOf<IndicatorIdOf<typeof plan>>().toEqualTypeOf<'jobs'>();
  indicator(plan, 'jobs');
  // @ts-expect-error a misspelt indicator id
  indicator(plan, 'job');
});

test('an editor completes the input: a misspelt key or a wrong value does not compile', () => {
  // @ts-expect-error 'indicator' is required of a target… and 'indicatr' is no key
  definePlan({ ...nation, targets: [{ ...nation.targets[0], indicator: undefined, indicatr: 'gdp' }] } satisfies PlanLiteral);
  // @ts-expect-error a comparator that is not one of COMPARATORS
  const _bad: PlanLiteral = { ...nation, targets: [{ ...nation.targets[0], comparator: 'min' }] };
  const open: PlanLiteral = {
    ...nation,
    layout: [{ id: 'coast', direction: 'coast', label: { en: 'the coast' }, industries: [], source }],
    commitments: [{ id: 'zones', kind: 'special-economic-zone', count: 3, theme: { en: 'zones' }, members: [], enumerated: false, sources: [] }],
  };
  expectTypeOf(open).toExtend<PlanLiteral>();
});

test('a plan read from JSON is a Plan<string, string>: any id compiles, and is checked at run time', () => {
  const fromJson = definePlan(JSON.parse('{}'));
  expectTypeOf(fromJson).toEqualTypeOf<Plan>();
  const fromUnknown = definePlan({} as unknown);
  expectTypeOf(fromUnknown).toEqualTypeOf<Plan<string, string>>();
  indicator(fromJson, 'industrial-value-add');
  target(fromJson, 'anything');
  targetsOf(fromJson, 'gpd');
  factsOf(fromJson, { indicator: 'nope' });
  // A PlanInput with plain string ids gives a plan with plain string ids.
  const input = {} as PlanInput;
  expectTypeOf(definePlan(input)).toEqualTypeOf<Plan>();
  expectTypeOf(materializePlan(input)).toEqualTypeOf<Plan>();
  // A typed plan is a Plan: every function that takes a plan takes it.
  const plain: Plan = baotou13;
  indicator(plain, 'industrial-value-add');
});
