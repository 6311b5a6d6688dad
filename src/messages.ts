/**
 * Every message the library can throw, in one place (as dinero.js keeps
 * `core/checks/messages.ts`). Tests pin these texts.
 *
 * @internal
 * @module
 */

const MAX_QUOTE = 60;

/**
 * A received value written out for a message (a decimal's digits), cut at 60 characters as
 * {@link describeValue} cuts a string: no message quotes more than a short prefix of an input.
 */
export function cut(text: string): string {
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
}

/** Quote a received value for a message: strings in quotes, cut at 60 characters. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'string':
      return `'${cut(value)}'`;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      try {
        if (!Array.isArray(value)) return 'an object';
      } catch {
        return 'an object'; // a revoked Proxy
      }
      try {
        return `an array of length ${value.length}`;
      } catch {
        return 'an array'; // a Proxy whose traps throw
      }
  }
}

/**
 * Describe what a caller's code threw (a getter, a Proxy's trap) for a message: an `Error` by
 * its name and message, a string as it is (each cut at 60 characters), anything else by its
 * type, never by converting it to a string, which may throw too.
 */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) {
      const message = String(thrown.message);
      return `${String(thrown.name)}: ${message.length > MAX_QUOTE ? `${message.slice(0, MAX_QUOTE)}…` : message}`;
    }
  } catch {
    // a getter of the error threw in turn
  }
  if (typeof thrown === 'string') return thrown.length > MAX_QUOTE ? `${thrown.slice(0, MAX_QUOTE)}…` : thrown;
  return typeof thrown === 'object' || typeof thrown === 'function' ? `a thrown ${thrown === null ? 'null' : typeof thrown}` : `a thrown ${describeValue(thrown)}`;
}

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`. */
function quoteOr(items: readonly string[]): string {
  const quoted = items.map((item) => `'${item}'`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1] ?? ''}`;
}

/** At most ten quoted items, then how many more. */
function quoteSome(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).map((item) => `'${item}'`).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

export const DECIMAL_ACCEPTED =
  "a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal";

/**
 * The English catalogue, as written; the library uses {@link messages}, the same builders
 * remembering what each text was built from (src/messages.zh.ts writes it in Chinese).
 */
const english = {
  /** A key an options object or a query may not have, with the closest allowed key. */
  unknownKey: (name: string, key: string, suggestion: string | undefined, allowed: readonly string[]) =>
    `${name}: unknown key ${describeValue(key)}; ${suggestion === undefined ? '' : `did you mean '${suggestion}'? `}allowed keys: ${allowed.join(', ')}`,
  /** The one "expected …, got …" message of a wrong argument. */
  expectedGot: (name: string, expected: string, value: unknown) =>
    `${name}: expected ${expected}, got ${describeValue(value)}`,
  /** An argument whose reading threw: a getter or a Proxy's trap of the caller's. */
  unreadable: (name: string, thrown: unknown) =>
    `${name}: could not be read (${describeThrown(thrown)}); pass plain data: objects, arrays, strings, numbers and Decimals, without getters that throw`,
  cyclic: (name: string) => `${name}: contains itself (a cycle); expected plain data, a tree of objects and arrays`,
  invalidDecimal: (name: string, value: unknown) =>
    `${name}: expected ${DECIMAL_ACCEPTED}, got ${describeValue(value)}`,
  notInteger: (name: string, value: unknown, min: number, max: number) =>
    `${name}: expected an integer from ${min} to ${max}, got ${describeValue(value)}`,
  unknownOption: (name: string, value: unknown, allowed: readonly string[]) =>
    `${name}: expected one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`,
  mustBePositive: (name: string, value: string, what: string) =>
    `${name}: must be greater than 0 ${what}, got ${cut(value)}`,
  mustNotBeNegative: (name: string, value: string, what: string) =>
    `${name}: must not be negative ${what}, got ${cut(value)}`,
  mustNotBeZero: (name: string, what: string) => `${name}: must not be 0 ${what}`,
  rateAtLeastMinusOne: (name: string, value: string) =>
    `${name}: a growth rate must be at least -1 (a fall of 100 %), got ${cut(value)}`,
  rateAboveMinusOne: (name: string, value: string, what: string) =>
    `${name}: a growth rate must be greater than -1 ${what}, got ${cut(value)}`,
  mustDiffer: (a: string, b: string, value: string, what: string) =>
    `${a} and ${b}: must differ ${what}, both are ${cut(value)}`,
  emptyList: (name: string, what: string) => `${name}: must not be empty ${what}`,
  neverReached: (current: string, target: string, rate: string) =>
    `rate: is ${cut(rate)}, so ${cut(target)} is never reached from ${cut(current)}${
      /^-?0$/.test(rate) ? '' : rate.startsWith('-') ? ': a fall moves away from a higher target' : ': a rise moves away from a lower target'
    }`,
  // ---- calc/ (formulas) ----
  resultOutOfRange: (formula: string) =>
    `${formula}: the result is outside the range of the library's decimals (exponents from -10000 to 10000)`,
  shiftedOutOfRange: (name: string, places: number) =>
    `${name}: × 10^${places} is outside the range of the library's decimals (exponents from -10000 to 10000)`,
  yearsAtMost: (name: string, value: string, max: number, what: string) => `${name}: must be at most ${max} ${what}, got ${value}`,
  decimalOutOfBounds: (name: string, value: unknown, digits: number, exponent: number) =>
    `${name}: expected a decimal of at most ${digits} significant digits with an exponent from -${exponent} to ${exponent}, got ${describeValue(value)}`,
  sealedContext:
    "the library's decimal context cannot be changed (its set and config are sealed); make your own with Decimal.clone()",
  // ---- schema/ (validation and interchange) ----
  /** What a schema expects, completing "expected …, got …". */
  expected: {
    decimal: 'a decimal string or finite number',
    nonNegativeDecimal: 'a decimal string or finite number that is not negative',
    decimalInBounds: (digits: number, exponent: number) =>
      `a decimal of at most ${digits} significant digits with an exponent from -${exponent} to ${exponent}`,
    string: 'a string',
    text: 'a non-empty string',
    id: (max: number) => `an id of 1 to ${max} letters, digits, '-', '_', '.', ':' or '/', starting with a letter or digit`,
    url: "an address starting with 'https://' or 'http://', without spaces",
    object: 'an object',
    array: 'an array',
    boolean: 'true or false',
    finiteNumber: 'a finite number',
    options: 'an options object or undefined',
    date: "a date 'YYYY-MM-DD'",
    partialDate: "a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'",
    year: (min: number, max: number) => `an integer year from ${min} to ${max}`,
    integer: (min: number, max: number) => `an integer from ${min} to ${max}`,
    yearKey: (min: number, max: number) => `a year from '${min}' to '${max}' as the key`,
    period: "a year (2015), a period string ('2016-2020' or '2015-16') or { start, end }",
    observationPeriod:
      "a year (2015), a period string ('2016-2020', '2015-16', or months '2019-01/2019-09') or { start, end } of years or of months 'YYYY-MM'",
    yearMonth: "a year and month 'YYYY-MM' from '1900-01' to '2100-12'",
    periodObject: "a period { start, end } of years from 1900 to 2100 or of months 'YYYY-MM', the end not before the start",
    count: (max: number) => `a whole number from 0 to ${max}`,
    oneOf: (allowed: readonly string[]) => `one of ${allowed.map((a) => `'${a}'`).join(', ')}`,
    sourceRef: "a source { kind: 'report', section, quote } or { kind: 'external', publication, confidence, … }",
    tolerance: '{ relative } or { absolute }',
    rateOrPerYear: 'a decimal string or finite number, or an object with one per year',
    multiplier: (min: number, max: number) => `an integer power of ten from ${min} to ${max}`,
    unitId: (ids: readonly string[]) => `a unit id (one of ${ids.map((id) => `'${id}'`).join(', ')})`,
    unit: (ids: readonly string[]) =>
      `a unit id (one of ${ids.map((id) => `'${id}'`).join(', ')}) or { measure, multiplier }`,
    snapshotVersion: (version: number) => `snapshot format version ${version}`,
    snapshotData: 'the value, as data',
    value: 'a value',
    presentValue: 'a value, or no key at all',
  },
  schemaExpected: (what: string, value: unknown) => `expected ${what}, got ${describeValue(value)}`,
  schemaMissing: (what: string) => `missing; expected ${what}`,
  schemaInvalid: (code: string, value: unknown) => `not valid (${code}), got ${describeValue(value)}`,
  unknownKeys: (keys: readonly string[], allowed: readonly string[]) =>
    `unknown ${keys.length === 1 ? 'key' : 'keys'} ${keys.map((k) => describeValue(k)).join(', ')}; allowed keys: ${allowed.join(', ')}`,
  notTogether: (key: string, other: string) => `not allowed together with '${other}'; give '${other}' or '${key}'`,
  yearOrPeriod: "give 'year' or 'period'",
  yearAndPeriod: "give 'year' or 'period', not both",
  periodReversed: (start: number, end: number) => `end ${end} is before start ${start}`,
  periodShortEnd: (text: string) =>
    `'${text}': a period 'YYYY-YY' must end after it starts, in the same century`,
  periodEndNotAfterStart: (text: string) => `'${text}': a period 'YYYY-YYYY' must end after it starts`,
  monthPeriodReversed: (start: string, end: string) => `end '${end}' is before start '${start}'`,
  wordingComparator: (wording: string, comparator: string, means: string, renders: string | undefined) =>
    `wording '${wording}'${renders === undefined ? '' : ` (rendering ${renders})`} means comparator '${means}', got comparator '${comparator}'; by the Civil Code of the PRC, art. 1259, 以上、以下、以内 include the figure and 超过、不满、以外 do not`,
  toleranceNotApproximately: (comparator: string) =>
    `only allowed with comparator 'approximately', got comparator '${comparator}'`,
  driverExclusive: (given: readonly string[]) =>
    `give at most one of growth, additions, values; got ${given.join(' and ')}`,
  horizonNotAfterBase: (baseYear: number, horizon: number) =>
    `must be after baseYear ${baseYear}, got ${horizon}`,
  yearsMissing: (missing: readonly number[], from: number, to: number) =>
    `missing ${missing.length === 1 ? 'year' : 'years'} ${missing.join(', ')}; give every year from ${from} to ${to}`,
  yearOutside: (year: number, from: number, to: number) => `year ${year} is outside ${from}–${to}`,
  growthNotAboveMinusOne: (value: string) =>
    `a growth rate must be greater than -1 (a fall of 100 %), got ${cut(value)}`,
  notPositive: (value: string) => `must be greater than 0, got ${cut(value)}`,
  protoKey: "unknown key '__proto__'; it is never allowed",
  validationSummary: (lines: readonly string[], total: number) =>
    total === 1
      ? (lines[0] ?? '')
      : `${total} problems: ${lines.join('; ')}${total > lines.length ? `; and ${total - lines.length} more` : ''}`,
  validationCrash: (detail: string) => `could not be validated: ${detail}`,
  stoppedReading: (problems: number, read: number, total: number) =>
    `stopped reading after ${problems} problems, in the first ${read} of ${total} items`,
  csvLocation: (line: number, column?: string) =>
    column === undefined ? `line ${line}` : `line ${line}, column ${describeValue(column)}`,
  csvEmpty: (columns: readonly string[]) =>
    `the first line must be a header naming the columns (${columns.join(', ')})`,
  csvUnknownColumn: (column: string, allowed: readonly string[]) =>
    `unknown column ${describeValue(column)}; allowed columns: ${allowed.join(', ')}`,
  csvDuplicateColumn: (column: string) => `column '${column}' appears more than once`,
  csvMissingColumn: (column: string) => `missing column '${column}'`,
  csvNoYearColumn: "needs a 'year' or a 'period' column",
  csvFieldCount: (expected: number, got: number) =>
    `expected ${expected} fields as in the header, got ${got}`,
  csvMalformed: (code: string) =>
    code === 'MissingQuotes'
      ? 'a quoted field is not closed'
      : code === 'InvalidQuotes'
        ? 'a quote is misplaced (inside a field, quote the whole field and double inner quotes)'
        : `malformed CSV (${code})`,
  duplicateObservation: (first: string, indicator: string, period: string) =>
    `duplicates ${first}: ${describeValue(indicator)} ${period}, with the same vintage, source and definition; give one figure, a vintage to tell a revision from the first release, or options.duplicates 'first' or 'last' (parseObservations, parseObservationsCsv)`,
  snapshotNotJson: (detail: string) => `not valid JSON: ${detail}`,
  snapshotUnknownValue: (value: unknown, types: readonly string[]) =>
    `cannot tell which kind of value ${describeValue(value)} is; pass { type } with one of ${types.map((t) => `'${t}'`).join(', ')}`,
  // units (src/units.ts) and formatting (src/format/)
  unknownUnitId: (name: string, value: unknown, known: readonly string[]) =>
    `${name}: expected a unit id (one of ${known.map((k) => `'${k}'`).join(', ')}) or a unit object { measure, multiplier }, got ${describeValue(value)}`,
  unknownMeasure: (name: string, value: unknown, known: readonly string[]) =>
    `${name}: expected a measure, one of ${known.map((k) => `'${k}'`).join(', ')}, got ${describeValue(value)}`,
  notQuantity: (name: string, value: unknown, bareDecimal?: string) =>
    `${name}: expected a quantity { value, unit } such as quantity(240, 'bn-yuan'), got ${bareDecimal === undefined ? describeValue(value) : `the bare decimal ${bareDecimal}`}`,
  unitName: (id: string | undefined, measure: string, multiplier: number) =>
    id === undefined ? `{ measure: '${measure}', multiplier: ${multiplier} }` : `'${id}'`,
  unitMismatch: (operation: string, a: string, aMeasure: string, b: string, bMeasure: string) =>
    `${operation}: a is in ${a} (measure '${aMeasure}') and b is in ${b} (measure '${bMeasure}'); only quantities of the same measure can be combined`,
  cannotConvert: (operation: string, from: string, fromMeasure: string, to: string, toMeasure: string) =>
    `${operation}: cannot convert ${from} (measure '${fromMeasure}') to ${to} (measure '${toMeasure}'); units convert only within one measure`,
  valueUnit: (name: string, unit: string, measure: string, subject: string, subjectMeasure: string) =>
    `${name}: ${unit} (measure '${measure}') does not fit ${subject} (measure '${subjectMeasure}'); only units of one measure convert`,
  percentRatioHint: '; between percent and ratio use toRatio() and fromRatio()',
  notPercentMeasure: (operation: string, name: string, unit: string, measure: string, allowed: readonly string[]) =>
    `${operation}: ${name} must be in a percentage measure (one of ${allowed.map((a) => `'${a}'`).join(', ')}), got ${unit} (measure '${measure}')`,
  unknownDisplayUnit: (name: string, value: unknown, known: readonly string[]) =>
    `${name}: expected 'auto' or a unit id (one of ${known.map((k) => `'${k}'`).join(', ')}), got ${describeValue(value)}`,
  // ---- progress/ (target evaluation and progress assessment) ----
  progressDuplicateYear: (year: number, first: string) => `year ${year} appears more than once (also at ${first})`,
  progressYearsOrder: (baseYear: number, targetYear: number) =>
    `baseYear and targetYear: baseYear must be before targetYear, got ${baseYear} and ${targetYear}`,
  progressTargetRequired: (method: string, value: unknown) =>
    `target: method '${method}' needs a target value, got ${describeValue(value)}`,
  progressThresholdsOrder: (name: string, order: string, got: string) =>
    `${name}: expected ${order}, got ${got}`,
  progressToleranceRequired: (name: string) =>
    `${name}: an 'approximately' target needs a tolerance { relative } or { absolute } (on the target or in options.tolerance), got undefined`,
  progressToleranceShape: (name: string, value: unknown) =>
    `${name}: expected { relative } or { absolute } with one decimal that is not negative, got ${describeValue(value)}`,
  progressTargetUnit: (name: string, kind: string, expected: string, got: string) =>
    `${name}: ${kind} targets must be in '${expected}', got ${got}`,
  progressPeriodRequired: (name: string, value: unknown) =>
    `${name}: a rate target needs the period its annual average runs over, { start, end }, got ${describeValue(value)}`,
  progressSeriesMissingYear: (name: string, year: number, role: string) =>
    `${name}: has no value for ${year}, ${role}`,
  progressRatePercent: (name: string, value: string) =>
    `${name}: a growth rate in percent must be greater than -100 (a fall of 100 %), got ${cut(value)}`,
  progressPartialSkipped: (at: string, period: string, year: number) =>
    `${at} (${period}) covers part of a year and is skipped; options.partialPeriods 'use' takes it as ${year}`,
  progressSeriesBreak: (name: string, breaks: string, from: number, to: number) =>
    `${name}: ${breaks}, between ${from} and ${to}: levels across a break are not comparable, so no annual average can be computed from them; give growth rates published like-for-like (options.isGrowthRate) or a period that starts after the break`,
  progressPeriodBreak: (name: string, breaks: string, from: number, to: number) =>
    `${name}: ${breaks}, between ${from} and ${to}: levels across a break are not comparable, so no change can be computed from them; give the yearly changes published like-for-like (options.yearlyChanges) or a figure for the whole period`,
  progressDuplicatePeriod: (start: number, end: number, first: string) =>
    `a second figure for the whole period ${start}–${end} (also at ${first})`,
  progressPeriodYears: (name: string, missing: readonly number[], start: number, end: number, cumulative: boolean) =>
    `${name}: has no value for ${missing.join(', ')} of the period ${start}–${end}; ${
      cumulative ? 'a cumulative target sums the value of every year' : 'yearly changes are needed for every year'
    }`,
  progressPeriodForm: (name: string, value: unknown) =>
    `${name}: evaluatePeriodTarget judges a 'change', 'relative-change' or 'cumulative' target (evaluateRateTarget an 'annual-average' one, evaluateTarget a 'level'), got ${describeValue(value)}`,
  progressRateForm: (name: string, value: unknown) =>
    `${name}: evaluateRateTarget judges an 'annual-average' target (evaluatePeriodTarget a 'change', 'relative-change' or 'cumulative' one), got ${describeValue(value)}`,
  progressPeriodNeeded: (name: string, form: string, value: unknown) =>
    `${name}: a '${form}' target needs the period it runs over, { start, end }, got ${describeValue(value)}`,
  progressYearlyChangesCumulative: (name: string) =>
    `${name}: a 'cumulative' target sums the yearly values themselves; yearlyChanges is for 'change' and 'relative-change' targets`,
  // ---- scenario/ (projection, scorecard, sweep, break-even, consistency) ----
  // Problems of a plan read into a graph: issues, whose path says where (no name in front).
  scenarioDuplicateId: (id: string) => `id '${id}' appears more than once`,
  scenarioUnknownReference: (value: unknown, id: string) =>
    `indicator '${id}' refers to ${describeValue(value)}, which is not an indicator of the plan`,
  scenarioTargetIndicator: (value: unknown) => `${describeValue(value)} is not an indicator of the plan`,
  scenarioDerivedUnits: (id: string, kind: string, unit: string, numerator: string, denominator: string) =>
    `${kind} indicator '${id}' in ${unit} cannot be derived from a numerator in ${numerator} and a denominator in ${denominator}; allowed: percent or ratio of one measure, or tce-per-10k-yuan from tce over yuan`,
  scenarioGrowthUnit: (id: string, unit: string) =>
    `growth indicator '${id}' must be in 'percent-per-annum', 'percent' or 'ratio', got ${unit}`,
  scenarioTargetPeriod: (form: string, value: unknown) =>
    `a target of form '${form}' needs the period it runs over, { start, end }, got ${describeValue(value)}`,
  scenarioCycle: (path: readonly string[]) =>
    `derived indicators refer to each other in a cycle: ${path.map((id) => `'${id}'`).join(' → ')}`,
  scenarioUnknownSeries: (name: string, id: string, planId: string, allowed: readonly string[]) =>
    `${name}: '${id}' is not an indicator of plan '${planId}'; drivable indicators: ${allowed.map((a) => `'${a}'`).join(', ')}`,
  scenarioDerivedSeries: (name: string, id: string, kind: string, allowed: readonly string[]) =>
    `${name}: '${id}' is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} indicator, which project derives from its inputs and a scenario cannot drive; drivable indicators: ${allowed.map((a) => `'${a}'`).join(', ')}`,
  scenarioDriverUnit: (name: string, unit: string, measure: string, id: string, indicatorUnit: string, indicatorMeasure: string) =>
    `${name}: ${unit} (measure '${measure}') does not fit indicator '${id}' in ${indicatorUnit} (measure '${indicatorMeasure}'); a driver's unit may differ only in its multiplier`,
  scenarioYearKey: (name: string, key: string, from: number, to: number) =>
    `${name}: key '${key}' is not a year from ${from} to ${to}`,
  scenarioNoDeflator: (name: string, scenarioId: string) =>
    `${name}: 'comparable' needs a deflator (a price index per year, base year = 100) in scenario '${scenarioId}', which has none`,
  scenarioNoDriver: (name: string, series: string, scenarioId: string, driven: readonly string[]) =>
    `${name}: scenario '${scenarioId}' has no driver for '${series}'; it drives ${driven.length === 0 ? 'nothing' : driven.map((d) => `'${d}'`).join(', ')}`,
  scenarioUnknownTarget: (name: string, value: unknown, planId: string, ids: readonly string[]) =>
    `${name}: ${describeValue(value)} is not a target of plan '${planId}'; targets: ${ids.map((id) => `'${id}'`).join(', ')}`,
  scenarioTargetIndependent: (targetId: string, series: string, inputs: readonly string[]) =>
    `options.targetId: target '${targetId}' does not depend on '${series}'; it reads ${inputs.map((id) => `'${id}'`).join(', ')}`,
  scenarioTargetFlat: (targetId: string, series: string, field: string, a: string, b: string, value: string) =>
    `options.targetId: target '${targetId}' has the value ${cut(value)} both at ${series}.${field} = ${cut(a)} and = ${cut(b)}; it does not change with this driver, so there is no break-even`,
  scenarioNoValue: (targetId: string, value: string, reason: string) =>
    `options.targetId: target '${targetId}' has no value with the driver at ${cut(value)} (${reason})`,
  scenarioBaselineIndicator: (name: string, id: string, planId: string, ids: readonly string[]) =>
    `${name}: '${id}' is not an indicator of plan '${planId}'; indicators: ${ids.map((i) => `'${i}'`).join(', ')}`,
  scenarioNoBoundary: (targetId: string, series: string, field: string, when: 'never' | 'always') =>
    `options.targetId: target '${targetId}' is ${when === 'never' ? 'not met for any' : 'met for every'} value of ${series}.${field} tried, so there is no break-even`,
  // ---- plan/ (definePlan integrity checks and queries) ----
  planUnknownId: (value: unknown, what: string, where: string, suggestions: readonly string[], known: readonly string[]) =>
    `${describeValue(value)} is not ${what} of ${where}; ${
      suggestions.length > 0
        ? `did you mean ${quoteOr(suggestions)}?`
        : known.length === 0
          ? 'it has none'
          : `it has ${known.length}: ${quoteSome(known)}`
    }`,
  planDuplicateId: (id: string, first: string) => `'${id}' is already the id of ${first}; ids must be unique in their list`,
  planDuplicateDirection: (direction: string, first: string) =>
    `'${direction}' is already the direction of ${first}; a plan has one zone per direction`,
  planSelfReference: (id: string) => `'${id}' is this indicator itself; name another indicator`,
  planPartOfKind: (kind: string, whole: string, wholeKind: string) =>
    `a '${kind}' indicator cannot be part of '${whole}', a '${wholeKind}' indicator: a part and its whole are the same kind of quantity, a level in a level or a count in a count`,
  planPartOfMeasure: (whole: string, wholeUnit: string, wholeMeasure: string, unit: string, measure: string) =>
    `'${whole}' is in '${wholeUnit}' (measure '${wholeMeasure}') and this indicator in '${unit}' (measure '${measure}'); a part and its whole have the same measure`,
  planPartOfCycle: (path: readonly string[]) =>
    `partOf runs in a circle: ${path.join(' → ')}; a whole cannot be part of its own part`,
  planReferenceNotAllowed: (kind: string, allowed: readonly string[]) =>
    `only allowed on ${quoteOr(allowed)} indicators, and this one is a '${kind}'`,
  planUnknownUnit: (value: unknown, known: readonly string[]) =>
    `${describeValue(value)} is not a unit id; expected one of ${known.map((k) => `'${k}'`).join(', ')}`,
  planKindUnit: (kind: string, unit: string, measure: string, allowed: readonly string[]) =>
    `a '${kind}' indicator must be in a unit of measure ${quoteOr(allowed)}, got '${unit}' (measure '${measure}')`,
  planUnitMismatch: (unit: string, measure: string, indicator: string, indicatorUnit: string, indicatorMeasure: string) =>
    `'${unit}' (measure '${measure}') does not fit indicator '${indicator}', which is in '${indicatorUnit}' (measure '${indicatorMeasure}'); give a unit of measure '${indicatorMeasure}'`,
  planPartsMeasure: (numerator: string, numeratorMeasure: string, denominator: string, denominatorMeasure: string) =>
    `the numerator '${numerator}' (measure '${numeratorMeasure}') and the denominator '${denominator}' (measure '${denominatorMeasure}') of a share must have the same measure`,
  planMembersExceedCount: (named: number, count: number) =>
    `names ${named} members but the commitment counts ${count}; it cannot name more members than it counts`,
  planEnumerated: (enumerated: boolean, named: number, count: number) =>
    enumerated
      ? `is true but only ${named} of ${count} members are named; it is true only when every member is named`
      : `is false but all ${count} members are named; set it to true`,
  planBaseYear: (baseYear: number, start: number) =>
    `must be before the plan period, which starts in ${start}, got ${baseYear}`,
  planYearOutside: (year: number, start: number, end: number) =>
    `${year} is outside the plan period ${start}–${end}`,
  planPeriodOutside: (start: number, end: number, planStart: number, planEnd: number) =>
    `${start === end ? start : `${start}–${end}`} is not inside the plan period ${planStart}–${planEnd}`,
  planDateOutside: (date: string, start: number, end: number) =>
    `'${date}' is outside the plan period ${start}–${end}`,
  planYearNotPeriodEnd: (year: number, start: number, end: number) =>
    `${year} is not the last year of the target's period ${start}–${end}; a target over a period is due at the end of its period`,
  planRateTargetPeriod: (indicator: string) =>
    `a target of the growth indicator '${indicator}' needs the period its annual average runs over, { start, end }`,
  planFormPeriod: (form: string) =>
    `a target of form '${form}' runs over a period: give its period { start, end } (its base year is the year before it)`,
  planFormUnit: (form: string, implicit: boolean, unit: string, measure: string, expected: string, indicator: string, indicatorUnit: string) =>
    implicit
      ? `a target over a period of the growth indicator '${indicator}' reads as an annual average (form 'annual-average'), in a unit of measure '${expected}', got '${unit}' (measure '${measure}'); give its form ('change', 'relative-change' or 'cumulative') if it is not an annual average`
      : `a target of form '${form}' of indicator '${indicator}' (in '${indicatorUnit}') is in a unit of measure '${expected}', got '${unit}' (measure '${measure}')`,
  planToleranceRequired: "an 'approximately' target needs a tolerance { relative } or { absolute }",
  planShareRange: (value: string, unit: string, max: string) =>
    `a share or rate in '${unit}' must be from 0 to ${max}, got ${cut(value)}`,
  planCountValue: (value: string) => `a count must be a whole number that is not negative, got ${cut(value)}`,
  planFactNoUnit: (value: string) => `a fact with a value (${cut(value)}) needs a unit`,
  planFactEmpty: 'a fact needs a value or a statement',
  planNotPlan: (name: string, value: unknown) =>
    `${name}: expected a plan (what definePlan returns, or baotou13), got ${describeValue(value)}`,
  planNotDecimal: (name: string, value: unknown) =>
    `${name}: expected a Decimal, got ${describeValue(value)}; a plan read from JSON has its numbers as strings: read it with definePlan or parsePlan (baotou-plan/schema), which validate it, or materializePlan`,
  planNotFound: (name: string, text: string) => `${name}: ${text}`,
  planAmbiguous: (name: string, value: unknown, what: string, ids: readonly string[]) =>
    `${name}: ${describeValue(value)} matches ${ids.length} ${what}s (${ids.map((id) => `'${id}'`).join(', ')}); pass an id`,
  // ---- export/ (tidy rows, CSV, data package, Markdown) ----
  csvCell: (column: string, row: number, value: unknown) =>
    `rows[${row}].${column}: expected a string, a finite number, a bigint, a boolean, a Decimal or null, got ${describeValue(value)}`,
  // ---- cli/ (the command line) ----
  cliUnknownCommand: (name: string, known: readonly string[]) =>
    `unknown command ${describeValue(name)}; commands: ${known.join(', ')}`,
  cliUnknownOption: (option: string, command: string, known: readonly string[]) =>
    `unknown option '${option}' for ${command}; options: ${known.join(', ')}`,
  cliOptionTakesNoValue: (option: string) => `option '${option}' takes no value`,
  cliOptionNeedsValue: (option: string, value: string) => `option '${option}' needs a value: ${option} ${value}`,
  cliUnexpectedArgument: (argument: string, command: string) => `unexpected argument ${describeValue(argument)} for ${command}`,
  cliMissingArgument: (command: string, what: string, choices?: readonly string[]) =>
    `${command} needs ${what}${choices === undefined ? '' : `: one of ${choices.join(', ')}`}`,
  cliMissingOption: (command: string, what: string) => `${command} needs ${what}`,
  cliHelpHint: (command: string) => `run '${command} --help' for usage and examples`,
  cliInternal: (text: string) =>
    `internal error: ${text} (this is a bug in baotou-plan; run with BAOTOU_PLAN_DEBUG=1 for the stack trace)`,
  cliInFile: (path: string, message: string) => `${path}: ${message}`,
  cliFileNotFound: (path: string) => `${path}: no such file`,
  cliFileFailed: (path: string, action: string, reason: string) => `${path}: could not ${action} (${reason})`,
  cliWriteFailed: (stream: string, reason: string) => `could not write to ${stream} (${reason}); the output is incomplete`,
  cliUnknownFileKind: (kinds: readonly string[]) =>
    `cannot tell which kind of file it is (${kinds.join(', ')}); say which with --kind`,
  cliOptionsExclusive: (a: string, b: string) => `${a} and ${b} cannot be given together: give one`,
  cliChartOut: (path: string) => `--out: expected a file ending in .svg or .json, got ${describeValue(path)}`,
  cliCsvOneTable: (command: string, hint: string) =>
    `--format csv writes one table, and ${command} prints several${hint === '' ? '' : `; ${hint}`}`,
  cliCsvNamePart: (example: string) => `name one part, e.g. '${example}'`,
  cliUnknownPlan: (value: string, names: readonly string[]) =>
    `--plan: expected a built-in plan (${names.map((n) => `'${n}'`).join(', ')}) or a plan JSON file, got ${describeValue(value)}`,
  cliNothingToJudge: (planId: string, projection: boolean) =>
    `the library has no figures reported for plan '${planId}' to judge: give --observations <file> (your figures)${projection ? ' or --scenario <name|file.json> (a projection)' : ''}`,
  cliTrendNeedsObservations: (planId: string, trend: string, planPath: string) =>
    `scenario '${trend}' continues the figures reported for a plan, and the library has none for plan '${planId}': give --observations <file> with your figures, or --scenario ${planPath} or a scenario file`,
  cliNothingAssessed: (planId: string, file: string | undefined, indicators: readonly string[]) =>
    `no target of plan '${planId}' can be assessed: ${file === undefined ? 'the figures reported for it have' : `the observations in ${file} have`} no figure of the indicators its targets are set on (${indicators.map((id) => `'${id}'`).join(', ')})`,
  // ---- charts/ (Vega-Lite spec builders and SVG rendering) ----
  chartDuplicateYear: (name: string, year: number, first: string) =>
    `${name}: year ${year} is already given at ${first}; give one value a year`,
  chartDuplicateId: (name: string, id: string, first: string) =>
    `${name}: '${id}' is already given at ${first}; give one row a target`,
  chartDuplicateDirection: (name: string, direction: string, first: string) =>
    `${name}: direction '${direction}' is already given at ${first}; a layout has one zone per direction`,
  chartYearNotAfter: (name: string, year: number, baseYear: number) =>
    `${name}: must be after the base year ${baseYear}, got ${year}`,
  chartYearNotBefore: (name: string, year: number, targetYear: number) =>
    `${name}: must be before the target's year ${targetYear}, got ${year}`,
  chartPathNeedsTarget: (name: string) => `${name}: 'geometric' needs a target to run to; give input.target`,
  chartNoObservationBefore: (name: string, targetYear: number) =>
    `${name}: a geometric required path starts from an observation before the target's year ${targetYear}, and there is none`,
  chartNoObservation: (name: string, year: number, years: readonly number[]) =>
    `${name}: there is no observation in ${year} to start the required path from; observed years: ${years.join(', ')}`,
  chartNotProjected: (name: string, id: string, scenarioId: string) =>
    `${name}: the projection of scenario '${scenarioId}' has no values for '${id}'; drive it or one of the series it derives from`,
  chartNoObservations: (name: string, id: string) => `${name}: has no observation of '${id}' with a year`,
  chartNoLayout: (name: string, planId: string) =>
    `${name}: plan '${planId}' has no layout (its layout is empty), so there is nothing to draw; planLayoutChart draws the zones of plan.layout`,
  chartNoBaseValue: (name: string, id: string, baseYear: number) =>
    `${name}: has no value of '${id}' in its base year ${baseYear} to start from; give options.observations with observations of '${id}'`,
  chartRenderMissing: (reason: string) =>
    `rendering SVG needs the optional packages vega and vega-lite, which could not be loaded (${reason}); install them with: npm install vega@6 vega-lite@6`,
  chartInvalidSpec: (reason: string) => `spec: not a Vega-Lite specification that renders (${reason})`,
} as const;

// ---- what a message was built from, so that it can be written in another language ----

/**
 * What a message text was built from: the key of its builder (`'expectedGot'`,
 * `'expected.year'`; `'@located'` for a validation line `where: message`, `'@joined'` for texts
 * written one after the other) and its arguments, with the templates of the arguments that are
 * messages themselves. src/messages.zh.ts writes it again in Chinese.
 */
export interface MessageTemplate {
  readonly key: string;
  readonly args: readonly unknown[];
  /** The text in English. */
  readonly text: string;
  /** The templates of the string arguments that are messages themselves, by their text. */
  readonly parts: ReadonlyMap<string, MessageTemplate>;
}

/** How many texts built last are remembered: enough for the issues of one validation (1,000) and more. */
const REMEMBERED = 2048;
/** The texts built last, with their templates, oldest first. */
const recent = new Map<string, MessageTemplate>();
/** The constant texts of the catalogue, with their keys. */
const constantKeys = new Map<string, string>();
const NO_PARTS: ReadonlyMap<string, MessageTemplate> = new Map();
/** A string argument is kept cut to this length (a message quotes at most 60 characters of one). */
const KEPT_ARGUMENT = 2000;
/** How many texts built last a text may start with (`message + '; ' + hint`). */
const LOOK_BACK = 8;
/** The texts built last, newest first. */
const latest: string[] = [];

/** Remember the template of a text just built. */
export function rememberMessage(template: MessageTemplate): void {
  recent.delete(template.text);
  if (recent.size >= REMEMBERED) recent.delete(recent.keys().next().value as string);
  recent.set(template.text, template);
  latest.unshift(template.text);
  if (latest.length > LOOK_BACK) latest.pop();
}

/** The template of a text that is a message itself: one built lately, or a constant of the catalogue. */
function known(text: string): MessageTemplate | undefined {
  const found = recent.get(text);
  if (found !== undefined) return found;
  const key = constantKeys.get(text);
  return key === undefined ? undefined : { key, args: [], text, parts: NO_PARTS };
}

/** The templates of the string arguments that are messages themselves. */
export function partsOf(args: readonly unknown[]): ReadonlyMap<string, MessageTemplate> {
  let parts: Map<string, MessageTemplate> | undefined;
  for (const arg of args) {
    if (typeof arg !== 'string') continue;
    const template = known(arg);
    if (template !== undefined) (parts ??= new Map()).set(arg, template);
  }
  return parts ?? NO_PARTS;
}


/**
 * The template of a message text: one a builder made lately, a constant of the catalogue, or
 * two of them written one after the other (with `'; '` between them or nothing); `undefined`
 * for any other text.
 */
export function templateOf(text: string): MessageTemplate | undefined {
  if (typeof text !== 'string') return undefined;
  const found = known(text);
  if (found !== undefined) return found;
  for (const first of latest) {
    if (!text.startsWith(first) || text.length === first.length) continue;
    const rest = text.slice(first.length);
    const args = known(rest) !== undefined ? [first, rest] : rest.startsWith('; ') && known(rest.slice(2)) !== undefined ? [first, '; ', rest.slice(2)] : undefined;
    if (args !== undefined) return { key: '@joined', args, text, parts: partsOf(args) };
  }
  return undefined;
}

/**
 * Whether the texts of explanations, scorecards and projections (`rememberedTexts`) are
 * remembered: only once a reader may ask for them in Chinese (`rememberTexts`), so that a
 * program that reads English only never pays for it.
 */
let textsRemembered = false;

/**
 * Remember from now on what each text of explanations, scorecards and projections is built
 * from, so that `chinese` (src/messages.zh.ts) can write it in Chinese. Called by the command
 * line and the page, which may be asked for Chinese after the texts are made.
 *
 * @example
 * ```ts
 * rememberTexts();
 * ```
 */
export function rememberTexts(): void {
  textsRemembered = true;
}

/**
 * The builders of a catalogue, each remembering what its texts are built from, keys prefixed:
 * always (`always`, the messages of errors), or once `rememberTexts` was called; a text equal to
 * one of its arguments (`knownFigure`) is not remembered, so that it stays the argument's.
 */
function remembering<T extends object>(catalogue: T, prefix: string, always = true): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(catalogue)) {
    const key = `${prefix}${name}`;
    if (typeof value === 'function') {
      const build = value as (...args: unknown[]) => string;
      const built = (...args: unknown[]): string => {
        const text = build(...args);
        if (!always && (!textsRemembered || args.includes(text))) return text;
        const kept = args.map((a) => (typeof a === 'string' && a.length > KEPT_ARGUMENT ? a.slice(0, KEPT_ARGUMENT) : a));
        rememberMessage({ key, args: kept, text, parts: partsOf(args) });
        return text;
      };
      Object.defineProperty(built, 'length', { value: build.length });
      out[name] = built;
    } else if (typeof value === 'string') {
      constantKeys.set(value, key);
      out[name] = value;
    } else {
      out[name] = remembering(value as object, `${key}.`, always);
    }
  }
  return out as T;
}

/**
 * The builders of a catalogue of texts that are not errors (notes, reasons, working lines),
 * keys prefixed (`'scenario.reasons.'`): each text is remembered with its key and arguments once
 * `rememberTexts` was called, and not before; constant texts are known by their keys.
 *
 * @param catalogue - The English builders.
 * @param prefix - The prefix of their keys.
 * @returns The same builders, remembering.
 *
 * @example
 * ```ts
 * const words = rememberedTexts({ hello: (name: string) => `hello ${name}` }, 'demo.');
 * words.hello('Baotou'); // → 'hello Baotou'
 * ```
 */
export function rememberedTexts<T extends object>(catalogue: T, prefix: string): T {
  return remembering(catalogue, prefix, false);
}

/**
 * Every message text of the library, by key: constants, and builders that take the values a
 * message names. Each text a builder makes is remembered with its key and arguments for a
 * while ({@link templateOf}), so that a `PlanError` can be written in Chinese.
 */
export const messages: typeof english = /* @__PURE__ */ remembering(english, '');
