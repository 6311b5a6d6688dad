import { expectTypeOf, test } from 'vitest';
import { assessProgress } from '../../src/progress/assess.js';
import type { Observation, Target, TargetInput } from '../../src/plan/types.js';
import type {
  OpenSdgResult,
  SeriesPoint,
  TargetSpec,
  TimeProgressResult,
  UnsdResult,
  ValueInput,
} from '../../src/progress/types.js';
import type { Quantity } from '../../src/units/index.js';

const series = [{ year: 2015, value: 120 }];
const common = { baseYear: 2015, targetYear: 2020, direction: 'increase' } as const;

test('assessProgress narrows its result by method', () => {
  expectTypeOf(assessProgress(series, { method: 'opensdg', ...common })).toEqualTypeOf<OpenSdgResult>();
  expectTypeOf(assessProgress(series, { method: 'unsd', target: 240, ...common })).toEqualTypeOf<UnsdResult>();
  expectTypeOf(assessProgress(series, { method: 'time-progress', target: 240, ...common })).toEqualTypeOf<TimeProgressResult>();
  // @ts-expect-error unsd needs a target
  assessProgress(series, { method: 'unsd', ...common });
  // @ts-expect-error unknown method
  assessProgress(series, { method: 'sdg', ...common });
  // @ts-expect-error 'target' is not a progress direction here (a plan indicator's direction can be)
  assessProgress(series, { method: 'opensdg', baseYear: 2015, targetYear: 2020, direction: 'target' });
  // @ts-expect-error opensdg results have no score
  assessProgress(series, { method: 'opensdg', ...common }).score;
  // every status has its Chinese word
  expectTypeOf(assessProgress(series, { method: 'opensdg', ...common }).label.zh).toEqualTypeOf<string>();
});

test('plan types fit the progress inputs', () => {
  expectTypeOf<Target>().toExtend<TargetSpec>();
  expectTypeOf<TargetInput>().toExtend<TargetSpec>();
  expectTypeOf<readonly Observation[]>().toExtend<readonly SeriesPoint[]>();
  expectTypeOf<Quantity<'yuan'>>().toExtend<ValueInput>();
});
