/**
 * The words of projections, scorecards, break-evens and consistency findings: notes,
 * reasons, working lines and summaries, in one place. (Error messages live in
 * `src/messages.ts`; these are not errors.)
 *
 * Each catalogue remembers what its texts are built from once a reader may ask for Chinese
 * (`rememberedTexts`); src/text.zh.ts writes them in Chinese, key for key.
 *
 * @internal
 * @module
 */
import { rememberedTexts } from '../messages.js';

/** Notes of a projection. */
export const notes = /* @__PURE__ */ rememberedTexts({
  zeroDenominator: (id: string, denominator: string, offset: number) =>
    `${id}: not projected for base year + ${offset}, because ${denominator} is 0 there`,
  growthUndefined: (id: string, of: string, base: string, level: string, offset: number) =>
    `${id}: not projected for base year + ${offset}: the growth of ${of} from ${base} to ${level} is undefined (the base must be greater than 0, the level not negative)`,
} as const, 'scenario.notes.');

/** Why a scorecard row has no value (or, for a bound, what the verdict rests on). */
export const reasons = /* @__PURE__ */ rememberedTexts({
  notDriven: (ids: readonly string[]) =>
    `not projected: the scenario drives none of ${ids.map((id) => `'${id}'`).join(', ')}`,
  beyondHorizon: (year: number, from: number, to: number) =>
    `not projected: ${year} is outside the projection's years ${from}–${to}`,
  noObservation: (what: string) => `no observation of ${what}`,
  notYet: (asOf: number, start: number) => `pending: the period starts in ${start}, after ${asOf}`,
  known: (what: string, known: readonly string[]) => (known.length === 0 ? what : `${what}; known: ${known.join('; ')}`),
  bound: (id: string, year: number, whole: string, figure: string, threshold: string, met: boolean) =>
    `no observation of '${id}' for ${year}; it is part of '${whole}' (partOf), which was ${figure} in ${year}, so '${id}' was at most that: ${
      met ? `within ${threshold}, met` : `below ${threshold}, not met`
    }`,
  undecided: (whole: string, figure: string, year: number) =>
    `'${whole}', which contains it, was ${figure} in ${year}, which does not decide the target (the part may be anything up to it)`,
  incomplete: (id: string, missing: readonly number[], start: number, end: number, mode: string) =>
    `no annual figure of '${id}' for ${missing.join(', ')} (of the period ${start}–${end}), nor ${
      mode === 'rate' ? 'an average' : mode === 'cumulative' ? 'a total' : 'a change'
    } over the period`,
  levelsAcrossBreak: (id: string, from: number, to: number, breaks: string) =>
    `the levels of '${id}' for ${from} and ${to} are not on one basis: ${breaks} lies between them`,
  noLevels: (id: string, from: number, to: number) => `nor levels of '${id}' for ${from} and ${to}`,
  levelsAtOtherPrices: (levels: string, from: number, to: number, levelsBasis: string, id: string, basis: string | undefined) =>
    `the levels of '${levels}' for ${from} and ${to} are at ${pricesOf(levelsBasis)} and '${id}' is at ${pricesOf(basis)}: computed from them it would include the change in prices, so it is not`,
  partialSum: (id: string, start: number, end: number, figure: string, threshold: string, met: boolean) =>
    `no figure of '${id}' for the whole period ${start}–${end}; ${figure} covers part of it, and a count is never negative, so the total over the period was at least that: ${
      met ? `at least ${threshold}, met` : `beyond ${threshold}, not met`
    }`,
  knownFigure: (figure: string) => figure,
  knownPartial: (figure: string) => `${figure} (part of a year)`,
  knownSpan: (figure: string, average: boolean) => `${figure} (${average ? 'an average over' : 'a figure for'} the span)`,
} as const, 'scenario.reasons.');

/** How a price basis is said. */
function pricesOf(b: string | undefined): string {
  return b === undefined || b === 'unspecified' ? 'a price basis not stated' : `${b} prices`;
}

/** The messages of caveats (see `CAVEAT_CODES`). */
export const caveatText = /* @__PURE__ */ rememberedTexts({
  scope: (id: string, scope: string, own: string | undefined) =>
    `figures of '${id}' used here cover ${scope}; '${id}' as the plan defines it covers ${own ?? 'a scope the plan does not state'}`,
  priceBasis: (id: string, basis: string, own: string | undefined) =>
    `figures of '${id}' used here are at ${pricesOf(basis)}; '${id}' as the plan defines it is at ${pricesOf(own)}`,
  estimate: (figure: string, status: string, word: string) => `${figure} is ${word} (OBS_STATUS ${status}), not a final figure`,
  vintage: (figure: string, vintage: string, others: readonly string[]) =>
    `${figure}, published ${vintage}, is used: it revises ${others.join(', ')}`,
  disagree: (figure: string, others: readonly string[]) =>
    `sources disagree: ${figure} is used rather than ${others.join(', ')} (a final figure before an estimate, an exact one before a rounded one, then the more precise, then the first given)`,
  partial: (figure: string, year: number) => `${figure} covers part of a year: it is not a figure for ${year}`,
  afterBreak: (figure: string, breaks: string, baseYear: number) =>
    `${figure} is after ${breaks}; the target was set on the basis of ${baseYear}, before it, so the figure and the target may not be on one basis`,
  firstAfterBreak: (figure: string, baseYear: number) =>
    `${figure} is the first figure after a break in its series (OBS_STATUS B: a statistical revision); the target was set on the basis of ${baseYear}, before it, so the figure and the target may not be on one basis`,
  breakFlip: (year: number, cut: string, factor: string, whole: string, threshold: string, met: boolean) =>
    `on the basis the target was set on, the verdict would turn only if the revision had cut the whole's ${year} level by more than ${cut} (a revision factor, revised ÷ earlier level, below ${whole} ÷ ${threshold} = ${factor}): the target is ${
      met ? 'met' : 'missed'
    } under any smaller cut`,
  breakBridged: (breaks: string) =>
    `${breaks} lies in the period; annual growth rates are published like-for-like (按可比口径) and bridge it, levels across it would not`,
  breakWord: (id: string, figure: string) => `a break in the series of '${id}' (OBS_STATUS B: ${figure})`,
  derivedParts: (numerator: string, denominator: string) =>
    `computed from its parts '${numerator}' and '${denominator}', not a published figure`,
  derivedRates: (start: number, end: number) =>
    `the annual average over ${start}–${end} is computed from the growth rate of each year (geometric mean), not a published figure`,
  derivedLevels: (from: number, to: number, average: boolean) =>
    `the ${average ? 'annual average' : 'change'} is computed from the levels of ${from} and ${to}, not a published figure`,
  partialSum: (figure: string, period: string) =>
    `${figure} covers part of the period ${period}: the verdict rests on the total over the period being at least it (a count is never negative)`,
  levelsPrices: (id: string, basis: string, levels: string) =>
    `'${id}' is at ${pricesOf(basis)}; it is computed here from levels of '${levels}' at a price basis not stated, so it may include the change in prices`,
  derivedYears: (start: number, end: number, cumulative: boolean) =>
    cumulative
      ? `the total over ${start}–${end} is the sum of the figures of each year, not a published figure`
      : `the change over ${start}–${end} is computed from the change of each year, not a published figure`,
  breakSummed: (breaks: string) =>
    `${breaks} lies in the period; the yearly figures on both sides of it are summed as published, and if the break changed what is counted the total mixes two definitions`,
} as const, 'scenario.caveatText.');

/** Working lines and summaries of break-even and consistency. */
export const working = /* @__PURE__ */ rememberedTexts({
  closedLevel: (formula: string, value: string) => `closed form: ${formula} = ${value}`,
  checked: (value: string, below: string, kind: 'minimum' | 'maximum') =>
    kind === 'minimum'
      ? `checked: met at ${value}, not met at ${below} (one unit of the 34th digit below)`
      : `checked: met at ${value}, not met at ${below} (one unit of the 34th digit above)`,
  nudged: (steps: number) => `the closed form, rounded to 34 digits, was moved by ${steps} unit(s) of the 34th digit onto the boundary`,
  bracket: (lo: string, hi: string) => `bracket: not met at one end, met at the other: [${lo}, ${hi}]`,
  bisection: (steps: number) => `bisection: ${steps} halvings to adjacent 34-digit values`,
  breakEvenSummary: (target: string, series: string, field: string, kind: string, value: string) =>
    `${target}: ${kind} ${series}.${field} = ${value}`,
  band: (lower: string, upper: string) => `met on the band [${lower}, ${upper}]`,
  formulaRate: (level: string) => `growth = ${level} % ÷ 100`,
  formulaGrowth: (level: string, base: string, years: number) => `growth = (${level} ÷ ${base})^(1/${years}) − 1`,
  formulaAdditions: (level: string, base: string, years: number) => `additions = (${level} − ${base}) ÷ ${years}`,
  formulaBase: (level: string, factor: string) => `base = ${level} ÷ ${factor}`,
  formulaBaseAdditions: (level: string, total: string) => `base = ${level} − ${total}`,
} as const, 'scenario.working.');

/** A price basis in words. */
function basis(b: string | undefined): string {
  return b === undefined || b === 'unspecified' ? 'a price basis it does not state' : `${b} prices`;
}

/** Findings of `consistency`. */
export const findings = /* @__PURE__ */ rememberedTexts({
  levelRateContradiction: (p: {
    level: string;
    levelTarget: string;
    year: number;
    baseline: string;
    baseYear: number;
    required: string;
    stated: string;
    reached: string;
  }) =>
    `${p.levelTarget} needs ${p.required} a year from ${p.baseline} in ${p.baseYear}, not the ${p.stated} the plan states; at ${p.stated} a year the level in ${p.year} is ${p.reached}, short of ${p.level}`,
  levelRateConsistent: (p: { levelTarget: string; required: string; stated: string; reached: string; level: string }) =>
    `${p.levelTarget} needs ${p.required} a year, no more than the ${p.stated} the plan states: at ${p.stated} a year the level reaches ${p.reached}, at least ${p.level}`,
  levelRateUpper: (p: { levelTarget: string; required: string; stated: string }) =>
    `${p.levelTarget} allows at most ${p.required} a year; the plan states ${p.stated}`,
  coverage: (impliedBase: string, baseYear: number, share: string, levelScope: string | null, baselineScope: string | null) =>
    `coverage: if the level target covers a wider scope than the baseline (all industry rather than industry above designated size, 规模以上; the baseline is of ${baselineScope ?? 'a scope it does not state'}, the level target of ${levelScope ?? 'a scope the plan does not state'}), both targets hold with a base-year level of ${impliedBase} in ${baseYear}, of which the baseline would be ${share}`,
  prices: (rise: string, index: string, year: number, levelBasis: string | undefined, rateBasis: string | undefined) =>
    `prices: if the level is at current prices and the rate at comparable prices (the plan defines the level at ${basis(levelBasis)} and the rate at ${basis(rateBasis)}), both hold with prices rising ${rise} a year, a price index of ${index} in ${year} (base year = 100)`,
  base: (impliedBase: string, baseYear: number) =>
    `base: the two targets agree on a base-year level of ${impliedBase} in ${baseYear}; a different baseline figure (a revision, another source) of that size reconciles them`,
  sharePart: (share: string, part: string, whole: string, wholeSource: string) =>
    `a share of ${share} needs ${part} of ${whole} (${wholeSource})`,
  sharePartGrowth: (part: string, baseline: string, rate: string) => `${part} from ${baseline} needs ${rate} a year`,
  shareBaseline: (share: string, target: string, met: boolean) =>
    `the baseline share is ${share}; the target ${target} is ${met ? 'already met' : 'not yet met'} in the base year`,
  intensityCap: (cap: string, denominator: string, source: string) =>
    `energy use can be at most ${cap} with value added of ${denominator} (${source})`,
  intensityBaseline: (value: string, rate: string) =>
    `the baseline intensity is ${value}; reaching the target needs a change of ${rate} a year`,
  noBaseline: (ids: readonly string[]) => `no baseline value for ${ids.join(', ')}`,
  levelRateImplication: (level: string, year: number, stated: string, implied: string, baseYear: number) =>
    `${level} in ${year} at ${stated} a year implies a base of ${implied} in ${baseYear}; with no baseline value the targets cannot be checked against each other`,
  requiredLine: (target: string, base: string, years: number, result: string) =>
    `required growth = (${target} ÷ ${base})^(1/${years}) − 1 = ${result}`,
  reachedLine: (base: string, rate: string, years: number, result: string) =>
    `level at the stated rate = ${base} × (1 + ${rate})^${years} = ${result}`,
  impliedBaseLine: (target: string, rate: string, years: number, result: string) =>
    `implied base = ${target} ÷ (1 + ${rate})^${years} = ${result}`,
  priceRiseLine: (required: string, rate: string, result: string) =>
    `implied price rise = (1 + ${required}) ÷ (1 + ${rate}) − 1 = ${result}`,
  priceIndexLine: (target: string, reached: string, result: string) =>
    `implied price index = ${target} ÷ ${reached} × 100 = ${result}`,
  baselineShareLine: (baseline: string, implied: string, result: string) =>
    `baseline share of the implied base = ${baseline} ÷ ${implied} = ${result}`,
  partLine: (share: string, whole: string, result: string) => `part = ${share} % × ${whole} ÷ 100 = ${result}`,
  capLine: (intensity: string, whole: string, result: string) =>
    `energy cap = ${intensity} tce per 10,000 yuan × ${whole} × 10,000 yuan = ${result} tce`,
  nothingImplied: (missing: readonly string[]) =>
    missing.length > 0 ? `no baseline value for ${missing.join(', ')}, and no target gives the whole in that year` : 'no target gives the whole in that year',
  sourceLevelTarget: (id: string) => `the level target ${id}`,
  sourceStatedRate: (rate: string) => `the baseline grown at the stated ${rate} a year`,
  sourceBaseline: 'the baseline',
  breakFactor: (rate: string) => `(1 + ${rate} %)`,
  breakNoRate: (year: number) => `(1 + 0 %, assumed for ${year})`,
  breakAssumed: (growth: string, year: number) => `no figure of ${growth} for ${year}: no growth assumed for that year`,
  noGrowthIndicator: (id: string) => `the growth of '${id}' (the plan has no growth indicator of it; options.indicators may give one)`,
  breakEstimate: (figure: string) => `${figure} is an estimate or a provisional figure`,
  breakFlatYears: 'the chained level is a lower bound if the series grew in the years assumed flat',
  breakPrices: (year: number) =>
    `the rates are at comparable prices, so the chained level is at ${year} prices: with prices rising it is below the level at current prices, a lower bound again`,
  breakChainLine: (base: string, factors: readonly string[], result: string) => `chained level = ${base} × ${factors.join(' × ')} = ${result}`,
  breakFactorLine: (reported: string, chained: string, result: string) => `revision factor = ${reported} ÷ ${chained} = ${result}`,
  breakBaseLine: (year: number, reported: string, growth: string, result: string) =>
    `implied ${year} level on the new basis = ${reported} ÷ ${growth} = ${result}`,
  breakSummary: (p: { id: string; year: number; reported: string; chained: string; before: string; beforeYear: number; factor: string; cut: string }) =>
    `'${p.id}' ${p.year}: ${p.reported} reported after a break in the series (status B), against ${p.chained} from ${p.before} in ${p.beforeYear} grown at the published rates: the levels before and after the break are not one series (revision factor ${p.factor}, a cut of ${p.cut})`,
  excess: (part: string, level: string, year: number, whole: string) =>
    `'${part}' at ${level} in ${year}, above ${whole}, a whole that contains it`,
  excessLine: (level: string, whole: string, result: string) => `excess = ${level} − ${whole} = ${result}`,
  excessSummary: (scenarioId: string, excess: string) =>
    `the projection of scenario '${scenarioId}' puts ${excess}: a part cannot exceed its whole, so the projection and the figures are not on one basis or scope`,
} as const, 'scenario.findings.');

/** The description of the plan path. */
export const planPath = /* @__PURE__ */ rememberedTexts({
  name: "The plan's own path: every target of its last year met on its boundary",
  description: (planId: string, horizon: number, lines: readonly string[], missed: readonly string[]) =>
    `Plan '${planId}' on its own path to ${horizon}: ${
      missed.length === 0 ? `every target of ${horizon} met exactly` : `the targets of ${horizon} met exactly where a path can meet them`
    }, on its boundary, on paths from the base the targets imply. ${[...lines, ...missed].join(' ')}`,
  missed: (targetId: string, status: string, reason: string) => `Not met on this path: ${targetId} (${status.replace('_', ' ')}: ${reason}).`,
  notMetOnPath: 'the paths that meet the other targets of its series or inputs do not meet it',
  change: (id: string, base: string, end: string, from: number, horizon: number, target: string, levelTarget: string) =>
    `${id}: ${base} in ${from}, then in a straight line to ${end} in ${horizon}, the level that meets ${levelTarget}; ${base} is the level from which that meets ${target}.`,
  changeIndex: (id: string, base: string, end: string, from: number, horizon: number, target: string) =>
    `${id}: an index of ${base} in ${from} (no target gives its level), then in a straight line to ${end} in ${horizon}, which meets ${target}.`,
  yearlyChange: (id: string, change: string, year: number, target: string) =>
    `${id}: a change of ${change} in ${year} and none in any other year (its figures are each year's change), which meets ${target}.`,
  cumulative: (id: string, value: string, target: string) =>
    `${id}: ${value} in every year, the value whose sum over the period meets ${target}.`,
  rate: (id: string, growth: string, rateTarget: string, base: string, levelTarget: string, baseYear: number) =>
    `${id}: grows ${growth} a year, the smallest rate that meets ${rateTarget}, from ${base} in ${baseYear}, the base from which that rate meets ${levelTarget}.`,
  rateIndex: (id: string, growth: string, rateTarget: string) =>
    `${id}: grows ${growth} a year, the smallest rate that meets ${rateTarget}, from an index of 100 (no target gives its level).`,
  flat: (id: string, value: string, target: string) => `${id}: ${value} in every year, the value that meets ${target}.`,
  index: (id: string, target: string) =>
    `${id}: no target or figure gives its level, so it is an index of 100 in its unit in every year; only the share ${target} measures with it is meaningful, not its level.`,
  part: (id: string, value: string, unit: string, whole: string, target: string) =>
    `${id}: ${value} ${unit === 'percent' ? '%' : unit} of ${whole} in every year, which meets ${target}.`,
} as const, 'scenario.planPath.');

/** The description of the reported trend. */
export const reportedTrend = /* @__PURE__ */ rememberedTexts({
  name: 'The reported trend: the base year and the growth rates reported since',
  description: (planId: string, baseYear: number, horizon: number, lines: readonly string[]) =>
    `Plan '${planId}' from the figures reported for ${baseYear}, grown at the rates reported for ${baseYear + 1}–${horizon}. Levels are at current prices and growth rates at comparable prices, so the projected levels are at ${baseYear} prices; reported figures may have another scope than the plan's indicator. ${lines.join(' ')}`,
  series: (id: string, base: string, unit: string, baseYear: number, source: string, growth: string, rates: readonly string[]) =>
    `${id}: ${base} ${unit} in ${baseYear} (${source}), growing at the rates of ${growth}: ${rates.join('; ')}.`,
  rateLine: (year: number, rate: string, why: string, source: string) => `${year} ${rate} % (${why}, ${source})`,
  reported: 'reported for the year',
  average: (start: number, end: number) => `the annual average reported for ${start}–${end}`,
  carried: (year: number) => `no figure for the year: the rate of ${year} carried forward`,
  leftOut: (id: string, base: string, baseYear: number, noRates: string) => `${id}: ${base} reported for ${baseYear}, but left out: ${noRates}.`,
  noRates: 'no growth rate is reported for it',
  ratesShort: (rates: string, year: number) => `the rates of ${rates} reported give none for ${year} (nor one before it to carry forward)`,
  ownChanges: (id: string) => `its own reported changes (${id} in percent)`,
  levels: (id: string, base: string, unit: string, baseYear: number, source: string, years: readonly string[], noRates: string) =>
    `${id}: ${base} ${unit} in ${baseYear} (${source}), then the levels reported: ${years.join('; ')}; ${noRates}.`,
  levelLine: (year: number, value: string, source: string) => `${year} ${value} (${source})`,
  filledLevels: (id: string, years: readonly number[]) =>
    `no level of '${id}' is reported for ${years.join(', ')}: a straight line between the reported levels around it, or the last one carried forward, is assumed`,
  levelsAcrossBreak: (id: string, breaks: string) =>
    `the reported levels of '${id}' used lie on both sides of ${breaks}: the projected levels before and after it are not on one basis`,
  unsourced: 'source not given',
  atBasePrices: (id: string, baseYear: number) =>
    `'${id}' is grown at rates at comparable prices, so its projected levels are at ${baseYear} prices, not at current prices`,
  assumedRates: (id: string, years: readonly number[]) =>
    `no growth rate of '${id}' is reported for ${years.join(', ')}: the rate of a span that covers the year, or the last one reported before it, is assumed`,
  oldBasis: (base: string, breaks: string) =>
    `the projection starts from ${base}, on the basis before ${breaks}; no level on the revised basis is reported for its base year, so the projected levels continue the old basis and are not comparable with the figures reported after the break`,
  aboveWhole: (excess: string) => `the projection puts ${excess}: a part cannot exceed its whole`,
} as const, 'scenario.reportedTrend.');
