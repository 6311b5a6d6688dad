import { expectTypeOf, test } from 'vitest';
import type { Decimal } from '../../src/decimal.js';
import { assessOpenSdg } from '../../src/progress/opensdg.js';
import { assessTimeProgress } from '../../src/progress/timeProgressMethod.js';
import { assessUnsd } from '../../src/progress/unsd.js';
import { assessProgress } from '../../src/progress/assess.js';
import { evaluatePeriodTarget } from '../../src/progress/periodTarget.js';
import type { PeriodTargetEvaluation, PeriodTargetInput, ProgressResult } from '../../src/progress/types.js';

const series = [{ year: 2015, value: 120 }, { year: 2017, value: '145.2' }];
const common = { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' } as const;

test('an Open SDG result narrows on status', () => {
  const r = assessOpenSdg(series, common);
  if (r.status === 'not_assessable') {
    expectTypeOf(r.reason).toEqualTypeOf<string>();
    expectTypeOf(r.ratio).toEqualTypeOf<null>();
    expectTypeOf(r.requiredCagr).toEqualTypeOf<null>();
    // the values found before the method gave up may be there
    expectTypeOf(r.baseValue).toEqualTypeOf<Decimal | null>();
  } else {
    expectTypeOf(r.reason).toEqualTypeOf<null>();
    expectTypeOf(r.baseValue).toEqualTypeOf<Decimal>();
    expectTypeOf(r.currentYear).toEqualTypeOf<number>();
    // @ts-expect-error an assessed result has no reason to read as a string
    r.reason.length;
  }
  // @ts-expect-error before narrowing the base value may be null
  r.baseValue.toFixed();
});

test('a UN Progress Chart result narrows on status, then on isGrowthRate', () => {
  const r = assessUnsd(series, common);
  expectTypeOf(r.target).toEqualTypeOf<Decimal>();
  if (r.status !== 'not_assessable') {
    if (r.isGrowthRate) {
      expectTypeOf(r.averageRate).toEqualTypeOf<Decimal>();
      expectTypeOf(r.projectedValue).toEqualTypeOf<null>();
    } else {
      expectTypeOf(r.observedCagr).toEqualTypeOf<Decimal>();
      expectTypeOf(r.projectedValue).toEqualTypeOf<Decimal>();
      expectTypeOf(r.averageRate).toEqualTypeOf<null>();
    }
    expectTypeOf(r.score).toEqualTypeOf<Decimal | null>();
  } else {
    expectTypeOf(r.reason).toEqualTypeOf<string>();
    expectTypeOf(r.score).toEqualTypeOf<null>();
    // @ts-expect-error no projection without an assessment
    r.projectedValue.toFixed();
  }
  if (r.status === 'on_track') expectTypeOf(r.currentValue).toEqualTypeOf<Decimal>();
  // @ts-expect-error before narrowing the current value may be null
  r.currentValue.toFixed();
});

test('a time-progress result narrows on status', () => {
  const r = assessTimeProgress(series, common);
  if (r.status === 'not_assessable') {
    expectTypeOf(r.timeProgress).toEqualTypeOf<null>();
    expectTypeOf(r.reason).toEqualTypeOf<string>();
  } else {
    expectTypeOf(r.timeProgress).toEqualTypeOf<Decimal>();
    expectTypeOf(r.taskProgress).toEqualTypeOf<Decimal | null>();
    expectTypeOf(r.status).toEqualTypeOf<'achieved_early' | 'ahead' | 'as_expected' | 'lagging'>();
    expectTypeOf(r.baseValue).toEqualTypeOf<Decimal>();
    expectTypeOf(r.currentValue).toEqualTypeOf<Decimal>();
  }
  if (r.status === 'achieved_early') r.currentValue.toFixed();
  // @ts-expect-error before narrowing the time gone may be null
  r.timeProgress.toFixed();
});

test('any result narrows on method, then on status', () => {
  const results: ProgressResult[] = [assessProgress(series, { method: 'opensdg', ...common })];
  const r = results[0] as ProgressResult;
  if (r.method === 'time-progress' && r.status === 'ahead') expectTypeOf(r.baseYear).toEqualTypeOf<number>();
  if (r.status === 'not_assessable') expectTypeOf(r.reason).toEqualTypeOf<string>();
  // every method's verdict has the values it rests on; none before narrowing
  if (r.status !== 'not_assessable') {
    expectTypeOf(r.currentValue).toEqualTypeOf<Decimal>();
    expectTypeOf(r.currentYear).toEqualTypeOf<number>();
    expectTypeOf(r.reason).toEqualTypeOf<null>();
  }
  if (r.status === 'on_track') expectTypeOf(r.currentValue).toEqualTypeOf<Decimal>();
  // @ts-expect-error the current value may be null until the status is narrowed
  r.currentValue.toFixed();
});

test('a period target is typed', () => {
  const target = { form: 'change', comparator: 'atLeast', value: '3.9', unit: 'percentage-points', period: { start: 2016, end: 2020 } } as const;
  const e = evaluatePeriodTarget(target, [{ year: 2015, value: '56.1' }, { year: 2020, value: 60 }], { through: 2020 });
  expectTypeOf(e).toEqualTypeOf<PeriodTargetEvaluation>();
  expectTypeOf(e.judgedOn).toEqualTypeOf<PeriodTargetInput>();
  expectTypeOf(e.form).toEqualTypeOf<'change' | 'relative-change' | 'cumulative'>();
  expectTypeOf(e.baseLevel).toEqualTypeOf<Decimal | null>();
  // @ts-expect-error a form is one of TARGET_FORMS
  evaluatePeriodTarget({ ...target, form: 'total' }, []);
  // @ts-expect-error yearlyChanges is a boolean
  evaluatePeriodTarget(target, [], { yearlyChanges: 'yes' });
  // @ts-expect-error isGrowthRate belongs to evaluateRateTarget
  evaluatePeriodTarget(target, [], { isGrowthRate: true });
});
