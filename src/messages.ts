/**
 * Every message the library can throw, in one place (as dinero.js keeps
 * `core/checks/messages.ts`). Tests pin these texts.
 *
 * @internal
 * @module
 */

const MAX_QUOTE = 60;

/** Quote a received value for a message: strings in quotes, cut at 60 characters. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'string': {
      const cut = value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}…` : value;
      return `'${cut}'`;
    }
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
      if (Array.isArray(value)) return `an array of length ${value.length}`;
      return 'an object';
  }
}

export const DECIMAL_ACCEPTED =
  "a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal";

export const messages = {
  invalidDecimal: (name: string, value: unknown) =>
    `${name}: expected ${DECIMAL_ACCEPTED}, got ${describeValue(value)}`,
  notFiniteDecimal: (name: string, value: unknown) =>
    `${name}: expected a finite decimal, got ${describeValue(value)}`,
  notInteger: (name: string, value: unknown, min: number, max: number) =>
    `${name}: expected an integer from ${min} to ${max}, got ${describeValue(value)}`,
  notFiniteNumber: (name: string, value: unknown) =>
    `${name}: expected a finite number, got ${describeValue(value)}`,
  unknownOption: (name: string, value: unknown, allowed: readonly string[]) =>
    `${name}: expected one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(value)}`,
  notArray: (name: string, value: unknown) => `${name}: expected an array, got ${describeValue(value)}`,
  mustBePositive: (name: string, value: string, what: string) =>
    `${name}: must be greater than 0 ${what}, got ${value}`,
  mustNotBeNegative: (name: string, value: string, what: string) =>
    `${name}: must not be negative ${what}, got ${value}`,
  mustNotBeZero: (name: string, what: string) => `${name}: must not be 0 ${what}`,
  rateAtLeastMinusOne: (name: string, value: string) =>
    `${name}: a growth rate must be at least -1 (a fall of 100 %), got ${value}`,
  rateAboveMinusOne: (name: string, value: string, what: string) =>
    `${name}: a growth rate must be greater than -1 ${what}, got ${value}`,
  mustDiffer: (a: string, b: string, value: string, what: string) =>
    `${a} and ${b}: must differ ${what}, both are ${value}`,
  emptyList: (name: string, what: string) => `${name}: must not be empty ${what}`,
  neverReached: (current: string, target: string) =>
    `rate: is 0, so ${target} is never reached from ${current}`,
} as const;
