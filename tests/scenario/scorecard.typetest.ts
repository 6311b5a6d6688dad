import { expectTypeOf, test } from 'vitest';
import { baotou13, baotouReported } from '../../src/data/baotou13/index.js';
import type { Decimal } from '../../src/decimal.js';
import type { TargetEvaluation } from '../../src/progress/types.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import { sweep } from '../../src/scenario/sweep.js';
import { scenarios } from '../../src/scenario/builtins.js';
import type { ScorecardBasis, ScorecardRow } from '../../src/scenario/types.js';

test('a scorecard row narrows on status', () => {
  const rows = scorecard(baotou13, baotouReported);
  const row = rows[0] as ScorecardRow;
  // before narrowing the value may be missing
  expectTypeOf(row.value).toEqualTypeOf<Decimal | null>();
  // @ts-expect-error the value may be null
  row.value.toFixed();
  if (row.status === 'met' || row.status === 'not_met') {
    expectTypeOf(row.value).toEqualTypeOf<Decimal>();
    expectTypeOf(row.evaluation).toEqualTypeOf<TargetEvaluation>();
    expectTypeOf(row.met).toEqualTypeOf<boolean>();
    expectTypeOf(row.basis).toEqualTypeOf<ScorecardBasis>();
    expectTypeOf(row.valueYear).toEqualTypeOf<number>();
    row.value.toFixed();
  }
  if (row.status === 'met') {
    // after status === 'met' the value is a Decimal, the verdict true
    expectTypeOf(row.value).toEqualTypeOf<Decimal>();
    expectTypeOf(row.met).toEqualTypeOf<true>();
    row.value.toFixed();
  }
  if (row.status !== 'met') {
    // @ts-expect-error any other status may have no value
    row.value.toFixed();
  }
  if (row.status === 'not_met') expectTypeOf(row.met).toEqualTypeOf<false>();
  if (row.status === 'no_data' || row.status === 'not_projected') {
    expectTypeOf(row.value).toEqualTypeOf<null>();
    expectTypeOf(row.evaluation).toEqualTypeOf<null>();
    expectTypeOf(row.reason).toEqualTypeOf<string>();
    expectTypeOf(row.missing).toEqualTypeOf<readonly []>();
  }
  if (row.status === 'incomplete') {
    expectTypeOf(row.missing[0]).toEqualTypeOf<number>();
    expectTypeOf(row.value).toEqualTypeOf<null>();
    // @ts-expect-error an incomplete row has no evaluation
    row.evaluation.met;
  }
  if (row.status === 'pending') {
    expectTypeOf(row.met).toEqualTypeOf<null>();
    expectTypeOf(row.value).toEqualTypeOf<Decimal | null>();
  }
  // @ts-expect-error 'achieved' is no scorecard status
  if (row.status === 'achieved') void row;
});

test('a sweep row narrows on status too', () => {
  const r = sweep(baotou13, scenarios.reportedTrend, { driver: { series: 'industrial-value-added', field: 'growth' }, values: ['0.1'] });
  const row = r.points[0]?.rows[0];
  if (row?.status === 'met') {
    expectTypeOf(row.value).toEqualTypeOf<Decimal>();
    expectTypeOf(row.met).toEqualTypeOf<true>();
  }
  // @ts-expect-error a sweep row has no evaluation
  void row?.evaluation;
});
