/**
 * The caveats of verdicts on observations: what a reader must know about the figures a
 * verdict rests on (their scope, prices, status, vintages, breaks), collected without
 * repeats. The rules: [docs/scenarios.md, "Caveats"](../../docs/scenarios.md#caveats).
 *
 * @internal
 * @module
 */
import { isFrozenData } from '../own.js';
import { describePeriod } from '../period.js';
import type { Year } from '../plan/types.js';
import { withUnit } from '../progress/explain.js';
import type { Caveat } from '../progress/types.js';
import { readArray, readChoice, readObject, readOptions, readString } from '../read.js';
import { unitIdOf } from '../units/index.js';
import { CAVEAT_CODES, OBS_STATUS_WORDS, type CaveatCode } from '../vocabulary.js';
import type { Reading } from './observations.js';
import type { Figure, Observed } from './observed.js';
import { caveatText as text } from './text.js';

/**
 * Caveats being collected: each code and message once, in the order first added.
 *
 * @example
 * ```ts
 * const c = new Caveats();
 * c.add('estimate', 'a figure expected before the year was over');
 * c.add('estimate', 'a figure expected before the year was over');
 * c.done().length; // → 1
 * ```
 */
export class Caveats {
  private readonly list: Caveat[] = [];

  /** Add a caveat unless it is there already. */
  add(code: CaveatCode, message: string): void {
    if (!this.list.some((c) => c.code === code && c.message === message)) this.list.push(Object.freeze({ code, message }));
  }

  /** Add caveats made elsewhere (a progress evaluation's, a projection's). */
  addAll(caveats: readonly Caveat[] | undefined): void {
    for (const c of caveats ?? []) this.add(c.code, c.message);
  }

  /** The caveats, frozen. */
  done(): readonly Caveat[] {
    return Object.freeze([...this.list]);
  }
}

/** A figure for people: `'gdp' 2020: 278.74 billion yuan`. */
export function describeReading(r: Reading): string {
  const unit = r.change ? (unitIdOf(r.unit) ?? r.node.unitId) : r.node.unitId;
  return `'${r.node.id}' ${r.period === null ? r.start : describePeriod(r.period)}: ${withUnit(r.value, unit)}`;
}

/** The status words that make a figure an estimate (OBS_STATUS `E`, `P`, `F`). */
const ESTIMATES = new Set<string>(['E', 'P', 'F']);

/** The caveats of one observation against its indicator: scope, price basis, estimate. */
export function readingCaveats(out: Caveats, r: Reading): void {
  const own = r.node.indicator.definition ?? {};
  const def = r.definition;
  if (def?.scope !== undefined && def.scope !== own.scope) out.add('scope', text.scope(r.node.id, def.scope, own.scope));
  if (def?.priceBasis !== undefined && def.priceBasis !== 'unspecified' && def.priceBasis !== own.priceBasis) {
    out.add('price-basis', text.priceBasis(r.node.id, def.priceBasis, own.priceBasis));
  }
  if (r.status !== undefined && ESTIMATES.has(r.status)) out.add('estimate', text.estimate(describeReading(r), r.status, OBS_STATUS_WORDS[r.status].en));
}

/** The caveats of a figure: those of its observation, and of the others of its year (vintages, sources). */
export function figureCaveats(out: Caveats, f: Figure): void {
  readingCaveats(out, f.reading);
  if (f.choice === 'latest-vintage') {
    const others = f.others.map((r) => `${describeReading(r)}${r.vintage === undefined ? '' : ` (published ${r.vintage})`}`);
    out.add('revised', text.vintage(describeReading(f.reading), f.reading.vintage ?? '', others));
  } else if (f.choice === 'preferred') {
    out.add('conflict', text.disagree(describeReading(f.reading), f.others.map(describeReading)));
  }
}

/** Breaks in words: `a break in the series of 'gdp' (OBS_STATUS B: 'gdp' 2020: 278.74 billion yuan)`. */
export function describeBreaks(breaks: readonly Reading[]): string {
  return breaks.map((b) => text.breakWord(b.node.id, describeReading(b))).join(' and ');
}

/**
 * A `break` caveat for a figure after a break that the target predates: a break in its series
 * (or a whole's) after the plan's base year, up to the figure's year.
 *
 * @returns The breaks found (none: no caveat).
 */
export function afterBreak(out: Caveats, r: Reading, observed: Observed, baseYear: Year): readonly Reading[] {
  const breaks = observed.breaks(r.node.id, baseYear, r.end);
  if (breaks.includes(r)) out.add('break', text.firstAfterBreak(describeReading(r), baseYear));
  else if (breaks.length > 0) out.add('break', text.afterBreak(describeReading(r), describeBreaks(breaks), baseYear));
  return breaks;
}

const CAVEAT = '{ code, message }, code one of CAVEAT_CODES';

/**
 * Read the caveats of a scenario or projection (`undefined`: none).
 *
 * @param x - The caveats: `{ code, message }[]`.
 * @param name - The argument, for errors (`'scenario.caveats'`).
 * @returns The caveats, frozen (a frozen list of frozen caveats as it is).
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a value that is not an array of
 *   `{ code, message }` with a code of `CAVEAT_CODES` and a non-empty message.
 *
 * @example
 * ```ts
 * readCaveats([{ code: 'estimate', message: 'expected (预计)' }], 'scenario.caveats')[0]?.code; // → 'estimate'
 * readCaveats([{ code: 'guess', message: 'm' }], 'scenario.caveats'); // throws PlanError INVALID_ARGUMENT
 * ```
 */
export function readCaveats(x: unknown, name: string): readonly Caveat[] {
  if (x === undefined) return NO_CAVEATS;
  if (checked.has(x as object)) return x as readonly Caveat[];
  const list = readArray(x, name).map((item, i) => {
    const at = `${name}[${i}]`;
    // As caveatSchema: exactly { code, message }, the message a non-empty string.
    const c = readOptions(readObject(item, at, CAVEAT), at, ['code', 'message']);
    return Object.freeze({ code: readChoice(c.code, `${at}.code`, CAVEAT_CODES), message: readString(c.message, `${at}.message`) });
  });
  // A frozen list of frozen caveats is kept as it is (a projection carries its scenario's).
  if (isFrozenData(x)) {
    checked.add(x as object);
    return x as readonly Caveat[];
  }
  return Object.freeze(list);
}

const NO_CAVEATS: readonly Caveat[] = /* @__PURE__ */ Object.freeze([]);
/** Frozen lists of caveats already checked. */
const checked = new WeakSet<object>();
