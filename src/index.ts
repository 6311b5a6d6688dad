/**
 * baotou-plan: Baotou's industrial plan for the 13th Five-Year Plan (2016–2020) as typed
 * data, with exact decimal indicator calculations.
 *
 * The root entry holds everything except `definePlan` and the zod schemas
 * (`baotou-plan/schema`: importing the root does not load zod), the
 * command line and the charts (`baotou-plan/charts`). `baotou-plan/calc` holds the
 * formulas alone.
 *
 * @module baotou-plan
 */
export { PlanError, isPlanError } from './errors.js';
export type { PlanErrorCode, PlanIssue } from './errors.js';
export {
  dec,
  isDecimal,
  round,
  toPlain,
  PRECISION,
  MAX_PLACES,
  DECIMAL_PATTERN,
  MAX_DECIMAL_LENGTH,
  MAX_EXPONENT,
  MAX_SIGNIFICANT_DIGITS,
} from './decimal.js';
export type { Decimal, DecimalInput, RoundingMode } from './decimal.js';
export {
  MEASURES,
  UNITS,
  UNIT_IDS,
  MIN_MULTIPLIER,
  MAX_MULTIPLIER,
  quantity,
  convert,
  add,
  subtract,
  compare,
  toRatio,
  fromRatio,
  toUnit,
  unitIdOf,
  isQuantity,
} from './units/index.js';
export type {
  Measure,
  Unit,
  UnitId,
  UnitLike,
  MeasureOf,
  UnitIdOf,
  UnitOf,
  Quantity,
  PercentMeasure,
  MeasureById,
} from './units/index.js';
export {
  MIN_YEAR,
  MAX_YEAR,
  MAX_ID_LENGTH,
  MAX_COUNT,
  LOCALES,
  COMPARATORS,
  COMPARATOR_SYMBOLS,
  COMPARATOR_WORDS,
  QUALIFIERS,
  QUALIFIER_SYMBOLS,
  DIRECTIONS,
  PROGRESS_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_NATURES,
  PRICE_BASES,
  OBS_STATUSES,
  OBS_STATUS_WORDS,
  CONFIDENCES,
  ZONE_DIRECTIONS,
  COMMITMENT_KINDS,
  STRATEGY_SCOPES,
  PROGRESS_METHODS,
  OPENSDG_STATUSES,
  UNSD_STATUSES,
  TIME_PROGRESS_STATUSES,
  PROGRESS_STATUS_WORDS,
  SCORECARD_STATUSES,
  SCORECARD_STATUS_WORDS,
  SCORECARD_BASES,
  WORDINGS,
  APPROXIMATELY_READINGS,
  CAVEAT_CODES,
  CAVEAT_WORDS,
  PARTIAL_PERIOD_POLICIES,
  TARGET_FORMS,
  TARGET_FORM_WORDS,
  CONCEPTS,
  CONCEPT_WORDS,
} from './vocabulary.js';
export type {
  Words,
  ProgressStatus,
  Locale,
  WordingReading,
  ApproximatelyReading,
  CaveatCode,
  PartialPeriodPolicy,
  ScorecardBasis,
  TargetForm,
  Concept,
} from './vocabulary.js';
export { YEAR_MONTH_PATTERN, isMonthPeriod, isPartialPeriod, wholeYears, describePeriod, endYear } from './period.js';
export { formatDecimal, formatQuantity, unitLabel } from './format/index.js';
export type { FormatDecimalOptions, FormatQuantityOptions, UnitLabelOptions } from './format/index.js';
export * from './calc/index.js';
export type * from './plan/types.js';
export * from './progress/index.js';
export * from './scenario/index.js';
export {
  checkIntegrity,
  materializePlan,
  materializeObservations,
  indicator,
  target,
  fact,
  task,
  targetsOf,
  factsOf,
  commitment,
  zone,
  alignTargets,
} from './plan/index.js';
export type { FactQuery, AlignedTarget, AlignmentDifference, AlignmentDifferenceCode, CommonTerms, TargetAlignment } from './plan/index.js';
export { baotou13, baotouReported, baotouReportedIndicators, china13, china13Reported } from './data/index.js';
export type { Baotou13IndicatorId, Baotou13TargetId, China13IndicatorId, China13TargetId } from './data/index.js';
export { toTidyRows, TIDY_COLUMNS, toCsv, toDataPackage, toMarkdown } from './export/index.js';
export type {
  TidyRow,
  CsvCell,
  CsvOptions,
  DataPackage,
  DataPackageDescriptor,
  DataPackageOptions,
  DataResource,
  TableSchema,
  TableSchemaField,
  MarkdownOptions,
} from './export/index.js';
