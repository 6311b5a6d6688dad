/**
 * The schemas and the domain types must not drift apart: if a field is added to `Plan`,
 * `Observation`, `Scenario` … and not to its schema (or the other way round), this file
 * stops compiling.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { Decimal } from '../../src/decimal.js';
import type {
  Fact,
  FactInput,
  Indicator,
  IndicatorInput,
  Observation,
  ObservationInput,
  Plan,
  PlanInput,
  Target,
  TargetInput,
} from '../../src/plan/types.js';
import type { indicatorSchema } from '../../src/schema/indicator.js';
import type { observationSchema } from '../../src/schema/observation.js';
import type { factSchema, planSchema } from '../../src/schema/plan.js';
import type { scenarioSchema, seriesDriverSchema } from '../../src/schema/scenario.js';
import type { targetSchema } from '../../src/schema/target.js';
import type { Scenario, ScenarioInput, SeriesDriver, SeriesDriverInput } from '../../src/scenario/types.js';

/** Strip `readonly` deeply (the domain types are readonly, zod's outputs are not). */
type Mutable<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? Mutable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Mutable<T[K]> }
      : T;

/** The keys of `T` that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** Exact type equality (also optional vs required, and `?: T` vs `?: T | undefined`). */
type Equal<X, Y> = (<V>() => V extends X ? 1 : 2) extends <V>() => V extends Y ? 1 : 2 ? true : false;

describe('schemas and domain types agree', () => {
  it('plan: output is Plan (sections filled), input accepts PlanInput with the same keys, the same ones required', () => {
    expectTypeOf<Equal<z.output<typeof planSchema>, Plan>>().toEqualTypeOf<true>();
    expectTypeOf<PlanInput>().toExtend<z.input<typeof planSchema>>();
    expectTypeOf<keyof z.input<typeof planSchema>>().toEqualTypeOf<keyof PlanInput>();
    expectTypeOf<RequiredKeys<z.input<typeof planSchema>>>().toEqualTypeOf<RequiredKeys<PlanInput>>();
    expectTypeOf<RequiredKeys<PlanInput>>().toEqualTypeOf<'id' | 'title' | 'period' | 'indicators' | 'targets'>();
  });
  it('target', () => {
    expectTypeOf<Equal<Mutable<z.output<typeof targetSchema>>, Mutable<Target>>>().toEqualTypeOf<true>();
    expectTypeOf<TargetInput>().toExtend<z.input<typeof targetSchema>>();
  });
  it('fact', () => {
    expectTypeOf<Equal<Mutable<z.output<typeof factSchema>>, Mutable<Fact>>>().toEqualTypeOf<true>();
    expectTypeOf<FactInput>().toExtend<z.input<typeof factSchema>>();
  });
  it('indicator', () => {
    expectTypeOf<Equal<Mutable<z.output<typeof indicatorSchema>>, Mutable<Indicator>>>().toEqualTypeOf<true>();
    expectTypeOf<IndicatorInput>().toExtend<z.input<typeof indicatorSchema>>();
  });
  it('observation', () => {
    expectTypeOf<Equal<Mutable<z.output<typeof observationSchema>>, Mutable<Observation>>>().toEqualTypeOf<true>();
    expectTypeOf<ObservationInput>().toExtend<z.input<typeof observationSchema>>();
    expectTypeOf<keyof z.input<typeof observationSchema>>().toEqualTypeOf<keyof ObservationInput>();
  });
  it('scenario and series driver', () => {
    expectTypeOf<Equal<Mutable<z.output<typeof scenarioSchema>>, Mutable<Scenario>>>().toEqualTypeOf<true>();
    expectTypeOf<ScenarioInput>().toExtend<z.input<typeof scenarioSchema>>();
    expectTypeOf<keyof z.input<typeof scenarioSchema>>().toEqualTypeOf<keyof ScenarioInput>();
    expectTypeOf<Equal<Mutable<z.output<typeof seriesDriverSchema>>, Mutable<SeriesDriver>>>().toEqualTypeOf<true>();
    expectTypeOf<SeriesDriverInput>().toExtend<z.input<typeof seriesDriverSchema>>();
    expectTypeOf<keyof z.input<typeof seriesDriverSchema>>().toEqualTypeOf<keyof SeriesDriverInput>();
  });
});
