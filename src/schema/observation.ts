/**
 * Observations: one data point of an indicator, as notebooks load them.
 *
 * @module
 */
import * as z from 'zod/mini';
import { formatPath, validationError, type PlanIssue } from '../errors.js';
import { messages } from '../messages.js';
import { DUPLICATE_POLICIES, findDuplicates, observationKey, type DuplicatePolicy } from '../plan/duplicates.js';
import { readPlanArgument } from '../plan/readPlanArgument.js';
import type { Observation, Plan } from '../plan/types.js';
import { optional, readChoice, readOptions, reading } from '../read.js';
import { closest } from '../suggest.js';
import { OBS_STATUSES, QUALIFIERS } from '../vocabulary.js';
import { decimalSchema } from './decimal.js';
import { parseList } from './issues.js';
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
 * Options of {@link parseObservations} and `parseObservationsCsv`.
 *
 * @typeParam I - The indicator ids of `plan` (for a plan typed with its ids, such as
 *   `baotou13`, the parsed observations' `indicator` is one of them).
 *
 * @category Schemas
 */
export interface ParseObservationsOptions<I extends string = string> {
  /**
   * What to do with duplicates, observations of one indicator and period with the same vintage
   * and source: `'error'` (default) refuses them, naming both; `'first'` keeps the first of
   * each set, `'last'` the last. Figures that differ in vintage (a revision) or source (sources
   * that disagree) are never duplicates: they are all kept.
   */
  readonly duplicates?: DuplicatePolicy;
  /**
   * The plan the observations are of (`baotou13`, or what `definePlan` returns): each
   * indicator the plan lacks is a problem, named once at its first observation with the
   * plan's closest ids (or, when none is close, the ids it has). Default: any indicator.
   */
  readonly plan?: Plan<I, string>;
}

/**
 * The options of a parse of observations, read: the duplicate policy, and the plan if any.
 *
 * @internal
 */
export interface ParseSettings {
  readonly policy: DuplicatePolicy;
  readonly plan: Plan | undefined;
}

/**
 * The options of {@link parseObservations} and `parseObservationsCsv`, checked.
 *
 * @internal
 */
export function readParseOptions(options: unknown): ParseSettings {
  const o = readOptions(options, 'options', ['duplicates', 'plan']);
  return {
    policy: optional(o.duplicates, (x) => readChoice(x, 'options.duplicates', DUPLICATE_POLICIES), 'error'),
    plan: optional(o.plan, (x) => readPlanArgument(x, 'options.plan')),
  };
}

/**
 * Parsed observations checked against the options: a `VALIDATION` error for each indicator
 * the plan lacks (once, at its first observation), else the observations the duplicate
 * policy keeps (or a `VALIDATION` error naming every duplicate and the observation it
 * repeats).
 *
 * @param observations - Parsed observations.
 * @param settings - What {@link readParseOptions} read.
 * @param input - What was parsed, for the error (`'observations'`, `'csv'`).
 * @param where - Where the `i`-th observation is, as an issue's path.
 * @param label - Writes a path for a message (default {@link formatPath}).
 * @internal
 */
export function checkObservations(
  observations: Observation[],
  settings: ParseSettings,
  input: string,
  where: (i: number) => (string | number)[],
  label: (path: readonly (string | number)[]) => string = formatPath,
): Observation[] {
  const unknown = settings.plan === undefined ? [] : unknownIndicators(observations, settings.plan, where);
  const { keep, issues } =
    unknown.length > 0
      ? { keep: null, issues: unknown }
      : findDuplicates(observations.length, (i) => observationKey(observations[i] as Observation), where, label, settings.policy);
  if (issues.length > 0) throw validationError(input, issues, (issue) => label(issue.path));
  return keep === null ? observations : keep.map((i) => observations[i] as Observation);
}

/** An issue for each indicator of the observations the plan lacks, at its first observation's `indicator`. */
function unknownIndicators(observations: readonly Observation[], plan: Plan, where: (i: number) => (string | number)[]): PlanIssue[] {
  const ids = reading('options.plan', () => plan.indicators.map((i) => i.id));
  const known = new Set<string>(ids);
  const issues: PlanIssue[] = [];
  observations.forEach((o, i) => {
    if (known.has(o.indicator)) return;
    known.add(o.indicator); // each unknown id once
    const message = messages.planUnknownId(o.indicator, 'an indicator', `plan '${plan.id}'`, closest(o.indicator, ids), ids);
    issues.push({ path: [...where(i), 'indicator'], message });
  });
  return issues;
}

/**
 * Validate a list of observations (from JSON, or code) and return them with decimals
 * decoded. Duplicates — observations of one indicator and period with the same vintage and
 * source — are refused, unless `options.duplicates` says which to keep. With `options.plan`,
 * every observation must be of one of the plan's indicators.
 *
 * @param input - Anything; typically parsed JSON.
 * @param options - `duplicates`: `'error'` (default), `'first'` or `'last'`; `plan`: the plan
 *   the observations are of (a plan typed with its ids narrows their `indicator`).
 * @returns The observations, values as `Decimal` (new objects; the input is not changed).
 * @throws `PlanError` `VALIDATION` listing every problem, paths from `observations`:
 *   `"observations[3].value: expected a decimal string or finite number, got 'n/a'"`,
 *   `"observations[1]: duplicates observations[0]: …"`, or
 *   `"observations[0].indicator: 'gpd' is not an indicator of plan 'baotou13'; did you mean 'gdp'?"`;
 *   `INVALID_ARGUMENT` for bad options (a `plan` that is not a plan).
 *
 * @example
 * ```ts
 * const [first] = parseObservations([{ indicator: 'gdp', year: 2020, value: '278.74' }]);
 * first?.value.toString(); // → '278.74'
 * parseObservations([{ indicator: 'gdp', year: 2020, value: 'n/a' }]); // throws PlanError VALIDATION
 * // → "observations[0].value: expected a decimal string or finite number, got 'n/a'"
 * const twice = [{ indicator: 'gdp', year: 2020, value: '278.74' }, { indicator: 'gdp', year: 2020, value: '277' }];
 * parseObservations(twice); // throws PlanError VALIDATION
 * parseObservations(twice, { duplicates: 'last' })[0]?.value.toString(); // → '277'
 * parseObservations([{ indicator: 'gpd', year: 2020, value: '2787.4' }], { plan: baotou13 }); // throws PlanError VALIDATION
 * // → "observations[0].indicator: 'gpd' is not an indicator of plan 'baotou13'; did you mean 'gdp'?"
 * ```
 *
 * @category Schemas
 */
export function parseObservations<I extends string = string>(input: unknown, options?: ParseObservationsOptions<I>): (Observation & { readonly indicator: I })[] {
  const settings = readParseOptions(options);
  const observations = parseList(observationSchema, input, 'observations', observationsSchema) as Observation[];
  return checkObservations(observations, settings, 'observations', (i) => ['observations', i]) as (Observation & { readonly indicator: I })[];
}
