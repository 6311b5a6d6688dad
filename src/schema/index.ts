/**
 * Validation and interchange: `definePlan`, zod schemas for every input of the library, JSON
 * Schema files, CSV import of observations, and snapshots. Import from `baotou-plan/schema`;
 * this is the only part of the library that needs zod (a peer dependency, `^4`).
 *
 * The schemas are built on `zod/mini` (zod 4 core schemas) from the constants of the
 * library's vocabulary (`COMPARATORS`, `OBS_STATUSES` …, re-exported here), so they compose
 * into schemas of both classic `zod` and `zod/mini`:
 *
 * ```ts
 * import * as z from 'zod';
 * import { observationSchema } from 'baotou-plan/schema';
 * const upload = z.object({ user: z.string(), rows: z.array(observationSchema) });
 * ```
 *
 * @module schema
 */
export {
  QUALIFIERS,
  OBS_STATUSES,
  DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_NATURES,
  PRICE_BASES,
  COMPARATORS,
  ZONE_DIRECTIONS,
  COMMITMENT_KINDS,
  CONFIDENCES,
  WORDINGS,
  TARGET_FORMS,
  CONCEPTS,
  ID_PATTERN,
} from '../vocabulary.js';
export { definePlan } from './define.js';
export { decimalSchema, nonNegativeDecimalSchema } from './decimal.js';
export { yearSchema, yearKeySchema, periodSchema, observationPeriodSchema } from './time.js';
export { unitIdSchema, unitSchema, quantitySchema } from './quantity.js';
export { idSchema, localizedTextSchema, dateSchema, partialDateSchema, sourceRefSchema } from './source.js';
export { qualifierSchema, obsStatusSchema, observationSchema, observationsSchema, parseObservations } from './observation.js';
export type { ParseObservationsOptions } from './observation.js';
export type { DuplicatePolicy } from '../plan/duplicates.js';
export { indicatorDefinitionSchema, indicatorSchema } from './indicator.js';
export { comparatorSchema, wordingSchema, toleranceSchema, targetFormSchema, targetSchema } from './target.js';
export {
  sourceDocumentSchema,
  principleSchema,
  strategySchema,
  goalSchema,
  layoutZoneSchema,
  commitmentMemberSchema,
  commitmentSchema,
  factSchema,
  taskSchema,
  milestoneSchema,
  erratumSchema,
  planSchema,
  parsePlan,
} from './plan.js';
export { perYearSchema, seriesDriverSchema, caveatSchema, scenarioSchema, parseScenario } from './scenario.js';
export { CSV_COLUMNS, parseObservationsCsv } from './csv.js';
export { JSON_SCHEMA_NAMES, toJsonSchema, toJsonSchemas } from './jsonSchema.js';
export type { JsonSchemaName } from './jsonSchema.js';
export { SNAPSHOT_VERSION, SNAPSHOT_TYPES, toSnapshot, fromSnapshot } from './snapshot.js';
export type { Snapshot, SnapshotOptions, SnapshotType, SnapshotValue, SnapshotValues } from './snapshot.js';
