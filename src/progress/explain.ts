/**
 * The words of explanations: notes, working lines and one-line summaries, in one place,
 * and the builder that freezes an {@link Explanation}. (Error messages live in
 * `src/messages.ts`; these are not errors.)
 *
 * @internal
 * @module
 */
import { D, EXACT, HUNDRED, type Decimal } from '../decimal.js';
import { rememberedTexts } from '../messages.js';
import type { UnitId } from '../units/index.js';
import type { ApproximatelyReading, Direction } from '../vocabulary.js';
import type { Explanation, ProgressDirection } from './types.js';

/** An explanation while a verdict is worked out: its parts are filled in, then frozen by {@link explanation}. */
export interface Draft {
  readonly inputs: Record<string, string>;
  readonly values: Record<string, string>;
  readonly working: string[];
  readonly notes: string[];
}

/**
 * An empty draft.
 *
 * @returns A draft with no inputs, values, working or notes.
 */
export function draft(): Draft {
  return { inputs: {}, values: {}, working: [], notes: [] };
}

/**
 * Freeze a draft with its summary: the {@link Explanation} of a result.
 *
 * @param d - The draft (copied, so it may be changed afterwards without effect).
 * @param summary - The one-line summary.
 * @returns The frozen explanation.
 */
export function explanation(d: Draft, summary: string): Explanation {
  return Object.freeze({
    summary,
    inputs: Object.freeze({ ...d.inputs }),
    values: Object.freeze({ ...d.values }),
    working: Object.freeze([...d.working]),
    notes: Object.freeze([...d.notes]),
  });
}

/**
 * A piece of a target evaluation's explanation, written into the draft only when the
 * explanation is read (see `lazyExplanation.ts`).
 */
export type Step = (d: Draft) => void;

/**
 * A decimal in exact plain notation (never exponent notation).
 *
 * @param x - The decimal.
 * @returns All its digits: `'240000000000'`, `'0.000000001'`.
 */
export function plain(x: Decimal): string {
  return x.toFixed();
}

/**
 * A decimal for display in working lines and summaries: at most `places` decimals, half-up.
 *
 * @param x - The decimal, of any context (a bound of a band may lie just beyond the bounds of
 *   a result; it is shown all the same).
 * @param places - Decimals at most (default 4).
 * @returns The rounded value in plain notation: `show(dec('0.67250239'))` is `'0.6725'`.
 */
export function show(x: Decimal, places = 4): string {
  const rounded = x.toDecimalPlaces(places, D.ROUND_HALF_UP);
  return rounded.isZero() ? '0' : rounded.toFixed();
}

/**
 * A ratio as a percentage for display.
 *
 * @param ratio - The ratio (`0.148698…`).
 * @param places - Decimals of the percentage at most (default 2).
 * @returns The percentage with its sign: `'14.87 %'`.
 */
export function percent(ratio: Decimal, places = 2): string {
  return `${show(new EXACT(ratio).times(HUNDRED), places)} %`;
}

/** How the units show after a value in explanations; any other unit shows as its id (`' years'`). */
const UNIT_SUFFIX: Readonly<Partial<Record<UnitId, string>>> = {
  yuan: ' yuan',
  '10k-yuan': ' × 10,000 yuan',
  '100m-yuan': ' × 100 million yuan',
  'bn-yuan': ' billion yuan',
  tce: ' tce',
  '10k-tce': ' × 10,000 tce',
  'tce-per-10k-yuan': ' tce per 10,000 yuan',
  percent: ' %',
  'percent-per-annum': ' % a year',
  'percentage-points': ' percentage points',
  count: '',
  rank: '',
  ratio: '',
  'yuan-per-person': ' yuan per person',
  '10k-yuan-per-person': ' × 10,000 yuan per person',
  'count-per-10k-people': ' per 10,000 people',
  years: ' years',
  mu: ' mu',
  '10k-mu': ' × 10,000 mu',
  '100m-mu': ' × 100 million mu',
  'cubic-metre': ' cubic metres',
  '100m-cubic-metres': ' × 100 million cubic metres',
  'cubic-metre-per-10k-yuan': ' cubic metres per 10,000 yuan',
  tonne: ' tonnes',
  '10k-tonnes': ' × 10,000 tonnes',
  'tonne-per-10k-yuan': ' tonnes per 10,000 yuan',
  'microgram-per-cubic-metre': ' μg/m³',
};

/**
 * A value with its unit, for display.
 *
 * @param x - The value, in `unit`.
 * @param unit - Its unit.
 * @param places - Decimals at most (default 4).
 * @returns `'240 billion yuan'`, `'8 % a year'`.
 */
export function withUnit(x: Decimal, unit: UnitId, places = 4): string {
  return `${show(x, places)}${UNIT_SUFFIX[unit] ?? ` ${unit}`}`;
}

const better = (direction: ProgressDirection): string => (direction === 'increase' ? '≥' : '≤');

/**
 * The notes, working lines and summaries of explanations (English), each remembering what its
 * text is built from once a reader may ask for Chinese (src/text.zh.ts writes them, key for key).
 */
export const text = /* @__PURE__ */ rememberedTexts({
  // ---- evaluateTarget ----
  converted: (name: string, from: string, to: string) => `${name} converted exactly from ${from} to ${to}`,
  attainmentUndefinedThreshold: (threshold: string) =>
    `attainment is not defined: the threshold ${threshold} is not greater than 0`,
  attainmentUndefinedValue: (value: string) =>
    `attainment is not defined: threshold ÷ value needs a value greater than 0, got ${value}`,
  attainmentUndefinedZero: 'attainment is not defined: the threshold is 0',
  toleranceFromOptions: 'tolerance taken from options, not from the target',
  toleranceCaveat: (kind: 'relative' | 'absolute', value: string) =>
    `the tolerance of 'approximately' (${kind} ${value}) is the caller's (options.tolerance), not the target's`,
  wordingNote: (meaning: string) => `wording ${meaning}`,
  readingCaveat: (meaning: string) => `${meaning}; an English rendering, read as the Chinese word it stands for`,
  directionalNote: (increase: boolean, limit: string, low: string, high: string) =>
    `'approximately' read in the direction of the indicator (${increase ? 'increase' : 'decrease'}): met at ${limit} or ${
      increase ? 'more' : 'less'
    }, since overshooting a level aimed at is no failure; options.approximately 'two-sided' asks for the band ${low} to ${high}`,
  twoSidedNote: (asked: ApproximatelyReading | null, direction: Direction | null, low: string, high: string) =>
    `'approximately' read two-sided: met from ${low} to ${high} (${
      asked === 'two-sided'
        ? 'options.approximately asks so'
        : direction === 'target'
          ? "the indicator is aimed at a value, direction 'target'"
          : 'the target gives no direction of its indicator to read it in'
    })`,
  targetSummary: (value: string, symbol: string, threshold: string, met: boolean, attainment: string | null, gap: string, tag: string | null = null) =>
    `${value} ${symbol} ${threshold}${tag === null ? '' : ` (${tag})`}: ${met ? 'met' : 'not met'} (${
      attainment === null ? 'attainment not defined' : `attainment ${attainment}`
    }, gap ${gap})`,
  approximatelySummary: (value: string, threshold: string, allowed: string, met: boolean, attainment: string | null, tag: string | null) =>
    `${value} ≈ ${threshold} ± ${allowed}${tag === null ? '' : ` (${tag})`}: ${met ? 'met' : 'not met'} (${
      attainment === null ? 'attainment not defined' : `attainment ${attainment}`
    })`,
  directionalSummary: (
    value: string,
    increase: boolean,
    limit: string,
    threshold: string,
    allowed: string,
    tag: string | null,
    met: boolean,
    attainment: string | null,
    gap: string,
  ) =>
    `${value} ${increase ? '≥' : '≤'} ${limit} (${tag ?? 'about'} ${threshold} ± ${allowed}, read as ${increase ? 'an increase' : 'a decrease'}): ${
      met ? 'met' : 'not met'
    } (${attainment === null ? 'attainment not defined' : `attainment ${attainment}`}, gap ${gap})`,
  // ---- derived targets ----
  cagrLine: (name: string, to: string, from: string, years: number, result: string) =>
    `${name} = (${to} ÷ ${from})^(1/${years}) − 1 = ${result}`,
  chainLine: (rates: readonly string[], years: number, result: string) =>
    `annual average = (${rates.map((r) => `(1 + ${r}/100)`).join(' × ')})^(1/${years}) − 1 = ${result}`,
  toPercentLine: (ratio: string, pct: string) => `in percent: ${ratio} × 100 = ${pct}`,
  beyondBounds: "beyond the bounds of the library's decimals (exponents from -10000 to 10000)",
  shareLine: (part: string, whole: string, result: string) => `share = ${part} ÷ ${whole} = ${result}`,
  intensityLine: (numerator: string, denominator: string, result: string) =>
    `intensity = ${numerator} tce ÷ ${denominator} × 10,000 yuan = ${result} tce per 10,000 yuan`,
  throughNote: (through: number, end: number) =>
    `averaged to ${through}, before the end of the period ${end}: progress so far, not the final verdict`,
  throughPeriodNote: (through: number, end: number) =>
    `judged to ${through}, before the end of the period ${end}: progress so far, not the final verdict`,
  periodFigure: (at: string, period: string, what: string) =>
    `${at} is a figure for the whole period ${period}: read as the ${what} over it`,
  periodFigureUnused: (at: string, period: string, through: number) =>
    `${at}, a figure for the whole period ${period}, is not used: the period is judged to ${through}, before its end`,
  changeLine: (to: string, from: string, result: string) => `change = ${to} − ${from} = ${result}`,
  relativeLine: (to: string, from: string, result: string) => `relative change = (${to} ÷ ${from} − 1) × 100 = ${result} %`,
  chainedChangeLine: (rates: readonly string[], result: string) =>
    `relative change = (${rates.map((r) => `(1 + ${r}/100)`).join(' × ')} − 1) × 100 = ${result} %`,
  sumLine: (name: string, values: readonly string[], result: string) => `${name} = ${values.join(' + ')} = ${result}`,
  breakSummed: (breaks: string) =>
    `${breaks}: the yearly values on both sides of it are summed as published; if the break changed what is counted, the sum mixes two definitions`,
  // ---- series ----
  seriesUnitOwner: (unit: string, at: string) => `the unit of ${at}, ${unit}`,
  levelsOfPoints: 'levels in percent, whose change is in percentage points',
  convertedPoint: (at: string, year: number, from: string, to: string) => `${at} (${year}) ${from} → ${to}`,
  convertedSeries: (unit: string, items: readonly string[]) => `values converted exactly to ${unit}: ${items.join('; ')}`,
  targetInSeriesUnit: (target: string, unit: string) => `target ${target} read in ${unit}, the unit of the series`,
  partialUsed: (at: string, period: string, year: number) =>
    `${at} (${period}) covers part of a year and is used as ${year} (partialPeriods 'use'): not a figure for the whole year`,
  estimateCaveat: (at: string, year: number | string, status: string, words: string) => `${at} (${year}) is ${words} (OBS_STATUS '${status}')`,
  breakAcross: (breaks: string, base: number, current: number, restart: number | null) =>
    `${breaks}, between the base value (${base}) and the current value (${current}): levels across a break are not comparable; ${
      restart === null ? 'too few values follow it to assess from' : `give baseYear ${restart} to assess from the values after it`
    }`,
  breakCaveat: (breaks: string) => `${breaks}: levels before and after it are not comparable`,
  breakBridged: (breaks: string) =>
    `${breaks}: growth rates published like-for-like bridge it, so they are used; levels across it would not compare`,
  // ---- progress: shared ----
  skippedNull: (years: readonly number[]) =>
    `no data (null) for ${years.join(', ')}: skipped`,
  afterTargetIgnored: (years: readonly number[], targetYear: number) =>
    `observations after the target year ${targetYear} are not used: ${years.join(', ')}`,
  baseMoved: (requested: number, used: number) =>
    `base year ${requested} has no data: used ${used}, the next year with data`,
  noData: 'there is no data',
  noDataUpToTarget: (targetYear: number) => `there is no data up to the target year ${targetYear}`,
  baseAfterData: (baseYear: number, latest: number) =>
    `the base year ${baseYear} is after the latest year with data ${latest}`,
  tooFewYears: (year: number) => `fewer than two years of data from the base year on (only ${year})`,
  baseNotPositive: (base: string) => `the base value ${base} is not greater than 0, so no growth rate can be computed`,
  currentNegative: (current: string) => `the current value ${current} is negative, so no growth rate can be computed`,
  baseAtOrAfterTarget: (base: number, targetYear: number) =>
    `the base year used (${base}) is not before the target year ${targetYear}`,
  targetNegative: (target: string) =>
    `the target ${target} is negative, so no required growth rate can be computed`,
  meetsLine: (current: string, direction: ProgressDirection, target: string, met: boolean) =>
    `target met? ${current} ${better(direction)} ${target}: ${met ? 'yes' : 'no'}`,
  statusLine: (name: string, value: string, status: string) => `${name} ${value} → ${status}`,
  // ---- Open SDG ----
  targetZero: 'target 0 replaced by 0.001 (Open SDG rule)',
  requiredZero:
    'required CAGR is 0 (target equals base value) and the target is not met, so the value has moved away from it: deterioration (R undefined)',
  wrongSide: (target: string, base: string, direction: ProgressDirection) =>
    `the target ${target} is not beyond the base value ${base} in the ${direction} direction; R = d · observed ÷ |required| keeps the sign of the movement (sdg-build 2.x)`,
  ratioLine: (d: string, observed: string, required: string, result: string) =>
    `R = ${d} × ${observed} ÷ |${required}| = ${result}`,
  signedGrowthLine: (d: string, observed: string, result: string) =>
    `progress value = ${d} × observed CAGR ${observed} = ${result}`,
  openSdgSummary: (status: string, detail: string) => `Open SDG: ${status}${detail}`,
  // ---- UNSD ----
  projectionLine: (current: string, cagr: string, years: number, result: string) =>
    `projected value = ${current} × (1 + ${cagr})^${years} = ${result}`,
  scoreLine: (projected: string, base: string, target: string, result: string) =>
    `score = (${projected} − ${base}) ÷ (${target} − ${base}) = ${result}`,
  rateScoreLine: (average: string, target: string, result: string) =>
    `score = average ${average} ÷ target ${target} = ${result}`,
  notBeyondBase: (target: string, base: string, direction: ProgressDirection) =>
    `the target ${target} is not beyond the base value ${base} in the ${direction} direction: score undefined; status from whether the value meets the target`,
  rateTargetNotBeyondZero: (target: string, direction: ProgressDirection) =>
    `the target rate ${target} is not beyond 0 in the ${direction} direction: score undefined; status from whether the average meets the target`,
  growthRateSeries:
    'the series is itself a growth rate: not put through a CAGR; its geometric annual average is compared with the target directly',
  rateGaps: (years: readonly number[]) => `no rate for ${years.join(', ')}: averaged over the years with data`,
  noRates: (baseYear: number, targetYear: number) => `no growth rate after the base year ${baseYear} up to ${targetYear}`,
  rateBelowMinus100: (year: number, rate: string) =>
    `the rate for ${year} is ${rate} %, a fall of more than 100 %, so no average can be computed`,
  unsdSummary: (status: string, detail: string) => `UN Progress Chart: ${status}${detail}`,
  // ---- time progress ----
  timeLine: (asOf: number, base: number, target: number, result: string) =>
    `time progress = (${asOf} − ${base}) ÷ (${target} − ${base}) = ${result}`,
  taskLine: (current: string, base: string, target: string, result: string) =>
    `task progress = (${current} − ${base}) ÷ (${target} − ${base}) = ${result}`,
  ratioTimeLine: (task: string, time: string, result: string) => `ratio = ${task} ÷ ${time} = ${result}`,
  notBeyondBaseLagging: (target: string, base: string, direction: ProgressDirection) =>
    `the target ${target} is not beyond the base value ${base} in the ${direction} direction and is not met: lagging (task progress undefined)`,
  defaultThresholds:
    'thresholds are the library defaults (no numeric threshold is official); pass thresholds to override',
  timeSummary: (status: string, zh: string | undefined, detail: string) =>
    `time progress: ${status}${zh === undefined ? '' : ` (${zh})`}${detail}`,
} as const, 'progress.');
