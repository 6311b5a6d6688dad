/**
 * A plan typed with its ids narrows the `indicator` of the observations parsed against it;
 * without a plan (or with a plan read from JSON) it is a string.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { baotou13, type IndicatorIdOf, type Plan } from '../../src/index.js';
import { parseObservations, parseObservationsCsv } from '../../src/schema/index.js';

describe('parseObservations and parseObservationsCsv with a plan', () => {
  it("type the indicator of each observation as one of the plan's ids", () => {
    expectTypeOf(parseObservations([], { plan: baotou13 })[0]!.indicator).toEqualTypeOf<IndicatorIdOf<typeof baotou13>>();
    expectTypeOf(parseObservationsCsv('', { plan: baotou13 })[0]!.indicator).toEqualTypeOf<IndicatorIdOf<typeof baotou13>>();
    expectTypeOf(parseObservations([])[0]!.indicator).toEqualTypeOf<string>();
    const read: Plan = baotou13;
    expectTypeOf(parseObservations([], { plan: read, duplicates: 'first' })[0]!.indicator).toEqualTypeOf<string>();
    // @ts-expect-error: a plan's option is a plan
    parseObservations([], { plan: 'baotou13' });
  });
});
