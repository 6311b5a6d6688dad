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
import { quantity, type Quantity, type UnitLike } from '../../src/units/index.js';
import { evaluateTarget } from '../../src/progress/evaluateTarget.js';
import type { ApproximatelyReading, CaveatCode } from '../../src/vocabulary.js';

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

test('units, partial periods, wording and caveats are typed', () => {
  // a target may be a quantity; points may carry a unit, a month period and a status
  const points: SeriesPoint[] = [
    { year: 2015, value: 1200, unit: '100m-yuan', status: 'E' },
    { period: { start: '2019-01', end: '2019-09' }, value: 1400, unit: { measure: 'yuan', multiplier: 8 } },
  ];
  const r = assessProgress(points, { method: 'unsd', target: quantity(240, 'bn-yuan'), partialPeriods: 'use', ...common });
  expectTypeOf(r.unit).toEqualTypeOf<UnitLike | null>();
  expectTypeOf(r.caveats[0]?.code).toEqualTypeOf<CaveatCode | undefined>();
  // @ts-expect-error partialPeriods is 'skip' or 'use'
  assessProgress(points, { method: 'opensdg', partialPeriods: 'drop', ...common });
  // @ts-expect-error a status is an SDMX OBS_STATUS
  const bad: SeriesPoint = { year: 2015, value: 1, status: 'X' };
  void bad;
  const e = evaluateTarget({ comparator: 'atLeast', wording: '以上', value: 20, unit: 'percent', direction: 'increase' }, 20, { approximately: 'two-sided' });
  expectTypeOf(e.reading).toEqualTypeOf<ApproximatelyReading | null>();
  // @ts-expect-error an unknown wording
  evaluateTarget({ comparator: 'atLeast', wording: '至少', value: 20, unit: 'percent' }, 20);
});

test('plan types fit the progress inputs', () => {
  expectTypeOf<Target>().toExtend<TargetSpec>();
  expectTypeOf<TargetInput>().toExtend<TargetSpec>();
  expectTypeOf<readonly Observation[]>().toExtend<readonly SeriesPoint[]>();
  expectTypeOf<Quantity<'yuan'>>().toExtend<ValueInput>();
});
