/**
 * Hostile calls of every formula, for tests/calc/hostile.test.ts: decimals at the largest and
 * smallest exponents the number gate accepts (±10,000), mantissas of up to 1,000 digits, `-0`,
 * rates next to −1 and next to 0, and years from 0 to the limit of 10,000 (fractions too).
 *
 * Plain JavaScript, so that a child process (tests/_lib/isolated.ts) can import it with the
 * library bundle: `evaluate(lib, seed, count)` samples `count` calls with fast-check and runs
 * each, timing it; what it returns is checked against Python's `decimal` by the test.
 */
import fc from 'fast-check';

const MAX_EXPONENT = 10_000;

/** A run of digits, not starting with 0: up to 1,000 of them, mostly short. */
const mantissa = fc
  .oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 34 }) },
    { weight: 1, arbitrary: fc.integer({ min: 35, max: 1000 }) },
  )
  .chain((length) =>
    fc.tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length - 1, maxLength: length - 1 })),
  )
  .map(([first, rest]) => `${first}${rest.join('')}`);

/** The exponent of the leading digit: mostly near 0, often at the bounds. */
const exponent = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -40, max: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(-MAX_EXPONENT, -MAX_EXPONENT + 1, MAX_EXPONENT - 1, MAX_EXPONENT) },
  { weight: 1, arbitrary: fc.integer({ min: -MAX_EXPONENT, max: MAX_EXPONENT }) },
);

/** `d.ddd…e±x` with the leading digit's exponent in the bounds. */
const scientific = fc.tuple(mantissa, exponent).map(([m, e]) => `${m[0]}${m.length > 1 ? `.${m.slice(1)}` : ''}e${e}`);

const signed = (arb) => fc.tuple(fc.boolean(), arb).map(([negative, x]) => (negative ? `-${x}` : x));

/** Any decimal: hostile or ordinary. */
const decimal = fc.oneof(
  { weight: 6, arbitrary: signed(scientific) },
  { weight: 1, arbitrary: fc.constantFrom('0', '-0', '1e-10000', '-1e-10000', '9.99e10000', '1e10000', '-9.99e10000', '120', '240', '0.08') },
);

/** A positive decimal (most of the time: the formulas also meet the other kind). */
const positive = fc.oneof({ weight: 5, arbitrary: scientific }, { weight: 1, arbitrary: decimal });

/** A growth rate: next to −1 (−0.99…9 with up to 999 nines, −1 + 10^−k), next to 0, ordinary, or hostile. */
const rate = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 999 }).map((k) => `-0.${'9'.repeat(k)}`) },
  // At the digit bound: 1,000 nines are read, 1,001 are refused at the door.
  { weight: 1, arbitrary: fc.integer({ min: 995, max: 1001 }).map((k) => `-0.${'9'.repeat(k)}`) },
  { weight: 2, arbitrary: fc.tuple(mantissa, fc.integer({ min: -MAX_EXPONENT, max: -7 })).map(([m, e]) => `${m[0]}.${m.slice(1) || '0'}e${e}`) },
  { weight: 2, arbitrary: signed(fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 4 })).map(([n, e]) => `${n}e-${e}`)) },
  { weight: 1, arbitrary: fc.constantFrom('-1', '-0', '0', '9.99e10000', '1e-10000', '-1e-10000', '1', '0.08') },
  { weight: 1, arbitrary: decimal },
);

/** A number of years: whole or fractional, from just above 0 to the limit, and a little beyond. */
const years = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 30 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, 2.5, 1e-3, 1 / 3, 9999.5, 10_000, 10_001) },
);

const rates = fc.array(rate, { minLength: 1, maxLength: 8 });

/** Every formula with the arbitrary of its arguments. */
const CALLS = {
  growthRate: fc.tuple(positive, decimal),
  share: fc.tuple(decimal, decimal),
  intensity: fc.tuple(decimal, decimal),
  percentagePointChange: fc.tuple(decimal, decimal),
  intensityChange: fc.tuple(rate, rate),
  realGrowth: fc.tuple(rate, rate),
  deflate: fc.tuple(decimal, positive, positive),
  taskProgress: fc.tuple(decimal, decimal, decimal),
  cagr: fc.tuple(positive, positive, years),
  requiredGrowth: fc.tuple(positive, positive, years),
  compound: fc.tuple(decimal, rate, years),
  impliedBase: fc.tuple(decimal, rate, years),
  yearsToReach: fc.tuple(positive, positive, rate),
  chainGrowth: fc.tuple(rates),
  averageGrowth: fc.tuple(rates),
};

/** One call: `{ formula, args }`. */
export const call = fc.oneof(...Object.entries(CALLS).map(([formula, args]) => args.map((a) => ({ formula, args: a }))));

/**
 * Sample `count` calls (fast-check, `seed`) and run each: its value (`toString()`), or the
 * error's name and code, and how long it took.
 */
export function evaluate(lib, seed, count) {
  return fc.sample(call, { seed, numRuns: count }).map(({ formula, args }) => {
    const started = performance.now();
    let result;
    try {
      const value = lib[formula](...args);
      result = { value: value.toString(), digits: value.sd(), own: Object.isFrozen(value) };
    } catch (error) {
      result = { name: error?.name, code: error?.code, message: String(error?.message).slice(0, 300) };
    }
    return { formula, args, ...result, ms: performance.now() - started };
  });
}
