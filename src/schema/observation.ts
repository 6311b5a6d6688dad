/**
 * Observations: one data point of an indicator, as notebooks load them.
 *
 * @module
 */
import * as z from 'zod/mini';
import { messages } from '../messages.js';
import type { Observation } from '../plan/types.js';
import { OBS_STATUSES, QUALIFIERS } from '../vocabulary.js';
import { decimalSchema } from './decimal.js';
import { parseOrThrow } from './issues.js';
import { indicatorDefinitionSchema } from './indicator.js';
import { list, oneOf, strict, text } from './primitives.js';
import { unitIdSchema } from './quantity.js';
import { idSchema, partialDateSchema, sourceRefSchema } from './source.js';
import { observationPeriodSchema, yearSchema } from './time.js';

/**
 * A value's qualifier: one of `QUALIFIERS` (`'exact' | 'about' | 'moreThan' | 'lessThan'`).
 *
 * @example
 * ```ts
 * qualifierSchema.parse('about'); // → 'about'
 * ```
 *
 * @category Schemas
 */
export const qualifierSchema = oneOf(QUALIFIERS);

/**
 * An SDMX `OBS_STATUS` code, one of `OBS_STATUSES` (`'A'` normal, `'B'` break in series,
 * `'E'` estimated, `'P'` provisional, `'F'` forecast …).
 *
 * @example
 * ```ts
 * obsStatusSchema.parse('P'); // → 'P'
 * obsStatusSchema.safeParse('X').success; // → false
 * ```
 *
 * @category Schemas
 */
export const obsStatusSchema = oneOf(OBS_STATUSES);

/**
 * One observation: `{ indicator, year | period, value, unit?, qualifier?, status?, source?,
 * definition?, vintage?, note? }`, with exactly one of `year` and `period`. The period is one
 * of years or of months (`'2019-01/2019-09'`, see {@link observationPeriodSchema}); `vintage`
 * is the date the figure was published, `'YYYY'`, `'YYYY-MM'` or `'YYYY-MM-DD'`.
 *
 * @example
 * ```ts
 * const observation = observationSchema.parse({ indicator: 'gdp', year: 2020, value: '2787.4', unit: '100m-yuan', status: 'B', vintage: '2021-04-06' });
 * observation.value.toFixed(); // → '2787.4'
 * observationSchema.parse({ indicator: 'sei-share', period: '2019-01/2019-09', value: '22.3' }).period;
 * // → { start: '2019-01', end: '2019-09' }
 * ```
 *
 * @category Schemas
 */
export const observationSchema = strict({
  indicator: idSchema,
  year: z.exactOptional(yearSchema),
  period: z.exactOptional(observationPeriodSchema),
  value: decimalSchema,
  unit: z.exactOptional(unitIdSchema),
  qualifier: z.exactOptional(qualifierSchema),
  status: z.exactOptional(obsStatusSchema),
  source: z.exactOptional(sourceRefSchema),
  definition: z.exactOptional(indicatorDefinitionSchema),
  vintage: z.exactOptional(partialDateSchema),
  note: z.exactOptional(text()),
}).check(
  z.superRefine((observation, ctx) => {
    const hasYear = observation.year !== undefined;
    const hasPeriod = observation.period !== undefined;
    if (hasYear === hasPeriod) {
      ctx.addIssue({
        code: 'custom',
        message: hasYear ? messages.yearAndPeriod : messages.yearOrPeriod,
        input: observation,
        path: hasYear ? ['period'] : [],
      });
    }
  }),
);

/**
 * A list of observations (see {@link observationSchema}).
 *
 * @example
 * ```ts
 * observationsSchema.parse([{ indicator: 'gdp', year: 2020, value: 278.74 }]).length; // → 1
 * ```
 *
 * @category Schemas
 */
export const observationsSchema = list(observationSchema);

/**
 * Validate a list of observations (from JSON, or code) and return them with decimals
 * decoded.
 *
 * @param input - Anything; typically parsed JSON.
 * @returns The observations, values as `Decimal` (new objects; the input is not changed).
 * @throws `PlanError` `VALIDATION` listing every problem, paths from `observations`:
 *   `"observations[3].value: expected a decimal string or finite number, got 'n/a'"`.
 *
 * @example
 * ```ts
 * const [first] = parseObservations([{ indicator: 'gdp', year: 2020, value: '278.74' }]);
 * first?.value.toString(); // → '278.74'
 * parseObservations([{ indicator: 'gdp', year: 2020, value: 'n/a' }]); // throws PlanError VALIDATION
 * // → "observations[0].value: expected a decimal string or finite number, got 'n/a'"
 * ```
 *
 * @category Schemas
 */
export function parseObservations(input: unknown): Observation[] {
  return parseOrThrow(observationsSchema, input, 'observations');
}
