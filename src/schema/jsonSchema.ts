/**
 * JSON Schema files generated from the zod schemas, describing what a file may contain
 * (the input side), so apps in other languages validate the same files.
 *
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { readChoice } from '../read.js';
import { decimalSchema, nonNegativeDecimalSchema } from './decimal.js';
import { indicatorSchema } from './indicator.js';
import { observationSchema, observationsSchema } from './observation.js';
import { planSchema } from './plan.js';
import { quantitySchema, unitIdSchema, unitSchema } from './quantity.js';
import { perYearSchema, scenarioSchema, seriesDriverSchema } from './scenario.js';
import { idSchema, localizedTextSchema, sourceRefSchema } from './source.js';
import { COMPARATORS, TARGET_FORMS } from '../vocabulary.js';
import { targetFormSchema, targetSchema, toleranceSchema, wordingSchema, wordingsMeaning } from './target.js';
import { observationPeriodSchema, periodSchema, yearSchema } from './time.js';

/**
 * The name of a JSON Schema file shipped in `schemas/` (`schemas/plan.json` …): one of
 * `JSON_SCHEMA_NAMES`.
 *
 * @category Schemas
 */
export type JsonSchemaName =
  | 'decimal'
  | 'period'
  | 'unit'
  | 'quantity'
  | 'source'
  | 'observation'
  | 'observations'
  | 'indicator'
  | 'target'
  | 'plan'
  | 'scenario';

/** What each file describes. */
const FILES = {
  decimal: [decimalSchema, 'A decimal: a decimal string (plain or exponent notation) or a finite number.'],
  period: [periodSchema, "A period: a year (2015), '2016-2020', '2015-16' or { start, end }."],
  unit: [unitSchema, 'A unit: a unit id or { measure, multiplier }.'],
  quantity: [quantitySchema, 'A quantity: { value, unit }.'],
  source: [sourceRefSchema, 'Where a piece of data comes from: a section of the report, or an external publication.'],
  observation: [observationSchema, 'One observation of an indicator.'],
  observations: [observationsSchema, 'A list of observations.'],
  indicator: [indicatorSchema, 'An indicator of a plan.'],
  target: [targetSchema, 'A target of a plan.'],
  plan: [planSchema, 'A whole plan, as baotou-plan definePlan() takes it.'],
  scenario: [scenarioSchema, 'A scenario: base year, horizon and a driver per series.'],
} as const satisfies Record<JsonSchemaName, readonly [core.$ZodType, string]>;

/**
 * Every JSON Schema file name, in a fixed order: `decimal`, `period`, `unit`, `quantity`,
 * `source`, `observation`, `observations`, `indicator`, `target`, `plan`, `scenario`.
 *
 * @example
 * ```ts
 * JSON_SCHEMA_NAMES.length; // → 11
 * ```
 *
 * @category Schemas
 */
export const JSON_SCHEMA_NAMES = /* @__PURE__ */ Object.freeze(Object.keys(FILES)) as readonly JsonSchemaName[];

/** Shared parts, written once under `$defs` with these names. */
function definitions(): core.$ZodRegistry<{ id?: string }> {
  const registry = z.registry<{ id?: string }>();
  const named: [core.$ZodType, string][] = [
    [decimalSchema, 'decimal'],
    [nonNegativeDecimalSchema, 'nonNegativeDecimal'],
    [yearSchema, 'year'],
    [periodSchema, 'period'],
    [observationPeriodSchema, 'observationPeriod'],
    [idSchema, 'id'],
    [localizedTextSchema, 'localizedText'],
    [unitIdSchema, 'unitId'],
    [sourceRefSchema, 'source'],
    [toleranceSchema, 'tolerance'],
    [wordingSchema, 'wording'],
    [targetFormSchema, 'targetForm'],
    [perYearSchema, 'perYear'],
    [indicatorSchema, 'indicator'],
    [targetSchema, 'target'],
    [observationSchema, 'observation'],
    [seriesDriverSchema, 'seriesDriver'],
  ];
  for (const [schema, id] of named) registry.add(schema, { id });
  return registry;
}

/** Rules zod checks in code that JSON Schema can state too, added to the generated schema. */
function addRules(ctx: { zodSchema: core.$ZodType; jsonSchema: core.JSONSchema.BaseSchema }): void {
  const json = ctx.jsonSchema;
  if (ctx.zodSchema === observationSchema) {
    // Exactly one of year and period.
    json.oneOf = [{ required: ['year'] }, { required: ['period'] }];
  } else if (ctx.zodSchema === seriesDriverSchema) {
    // At most one of growth, additions, values.
    json.not = {
      anyOf: [
        { required: ['growth', 'additions'] },
        { required: ['growth', 'values'] },
        { required: ['additions', 'values'] },
      ],
    };
  } else if (ctx.zodSchema === targetSchema) {
    // A tolerance only with comparator 'approximately'; a wording only with the comparator it
    // means; a period with a form other than 'level'.
    json.allOf = [
      { if: { required: ['tolerance'] }, then: { properties: { comparator: { const: 'approximately' } } } },
      {
        if: { required: ['form'], properties: { form: { enum: TARGET_FORMS.filter((form) => form !== 'level') } } },
        then: { required: ['period'] },
      },
      ...COMPARATORS.map((comparator) => ({
        if: { required: ['wording'], properties: { wording: { enum: wordingsMeaning(comparator) } } },
        then: { properties: { comparator: { const: comparator } } },
      })),
    ];
  }
}

/**
 * The JSON Schema (draft 2020-12) of one file kind, as a plain object: what a JSON file may
 * contain (the input side: decimals as strings or numbers, periods in every accepted form).
 *
 * A few rules need code and are checked only by the library (`parsePlan`, `parseScenario`
 * …), not by the JSON Schema: a period's end after its start (years or months), a scenario's horizon after its
 * base year and per-year maps covering every year, growth rates greater than -1, deflators
 * greater than 0. docs/validation.md lists them.
 *
 * @param name - Which file: one of `JSON_SCHEMA_NAMES`.
 * @returns The JSON Schema, a new plain object; shared parts are under `$defs`.
 * @throws `PlanError` `INVALID_ARGUMENT` for a name that is not one of `JSON_SCHEMA_NAMES`.
 *
 * @example
 * ```ts
 * const schema = toJsonSchema('observation');
 * schema.$ref; // → '#/$defs/observation'
 * schema.$defs.observation.required; // → ['indicator', 'value']
 * toJsonSchema('plans'); // throws PlanError INVALID_ARGUMENT
 * ```
 *
 * @category Schemas
 */
export function toJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const [schema, description] = FILES[readChoice(name, 'name', JSON_SCHEMA_NAMES)];
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: definitions(),
    override: addRules,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, title: `baotou-plan ${name}`, description, ...rest };
}

/**
 * Every JSON Schema file, by name: what `schemas/*.json` in the package holds.
 *
 * @returns An object with one JSON Schema (as {@link toJsonSchema} gives it) per name of
 *   `JSON_SCHEMA_NAMES`, in that order.
 *
 * @example
 * ```ts
 * Object.keys(toJsonSchemas()).slice(0, 4); // → ['decimal', 'period', 'unit', 'quantity']
 * ```
 *
 * @category Schemas
 */
export function toJsonSchemas(): Record<JsonSchemaName, Record<string, unknown>> {
  return Object.fromEntries(JSON_SCHEMA_NAMES.map((name) => [name, toJsonSchema(name)])) as Record<
    JsonSchemaName,
    Record<string, unknown>
  >;
}
