/**
 * The decimal codec: a decimal string or finite number in, a `Decimal` out, a plain-notation
 * string back.
 *
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { DECIMAL_PATTERN, MAX_DECIMAL_LENGTH, dec, isDecimal, type Decimal, type DecimalInput } from '../decimal.js';
import { argumentError } from '../errors.js';
import { messages } from '../messages.js';
import { expecting } from './primitives.js';

/** {@link DECIMAL_PATTERN} without a minus sign: the strings of a decimal that is not negative. */
const NON_NEGATIVE_PATTERN = new RegExp(DECIMAL_PATTERN.source.replace('^[+-]?', '^\\+?'));

function decimalInputOk(value: unknown, nonNegative: boolean): boolean {
  switch (typeof value) {
    case 'string':
      return value.length <= MAX_DECIMAL_LENGTH && (nonNegative ? NON_NEGATIVE_PATTERN : DECIMAL_PATTERN).test(value);
    case 'number':
      return Number.isFinite(value) && !(nonNegative && value < 0);
    case 'bigint':
      return !(nonNegative && value < 0n);
    case 'object':
      if (!isDecimal(value) || !value.isFinite()) return false;
      return !(nonNegative && value.isNegative() && !value.isZero());
    default:
      return false;
  }
}

/** The JSON Schema of a decimal as a file holds it: a string of the grammar, or a number. */
function decimalJsonSchema(nonNegative: boolean): core.JSONSchema.BaseSchema {
  return {
    anyOf: [
      {
        type: 'string',
        pattern: (nonNegative ? NON_NEGATIVE_PATTERN : DECIMAL_PATTERN).source,
        maxLength: MAX_DECIMAL_LENGTH,
      },
      nonNegative ? { type: 'number', minimum: 0 } : { type: 'number' },
    ],
  };
}

/** The longest exponent written out in plain notation (the longest decimal string read). */
const MAX_PLAIN_EXPONENT = MAX_DECIMAL_LENGTH;

/**
 * A decimal in plain notation (`'240000000000'`, `'0.08'`, never `'2.4e+11'`), the form
 * decimals take in JSON; `PlanError` `INVALID_DECIMAL` when it would take more than 100,000
 * characters (the longest decimal string read back).
 */
function plainString(value: Decimal): string {
  const exponent = value.e;
  // Checked before writing, so a huge exponent is never written out.
  const plain = Math.abs(exponent) > MAX_PLAIN_EXPONENT ? undefined : value.toFixed();
  if (plain === undefined || plain.length > MAX_DECIMAL_LENGTH) {
    throw argumentError('INVALID_DECIMAL', 'value', messages.tooLongForPlain(exponent), exponent);
  }
  return plain;
}

function makeDecimalSchema(nonNegative: boolean) {
  const what = nonNegative ? messages.expected.nonNegativeDecimal : messages.expected.decimal;
  const input = z.custom<DecimalInput>((value) => decimalInputOk(value, nonNegative), { error: expecting(what) });
  // How the input side looks in JSON Schema (zod's documented `toJSONSchema` override hook).
  input._zod.toJSONSchema = () => decimalJsonSchema(nonNegative);
  const output = z.custom<Decimal>((value) => isDecimal(value) && value.isFinite(), {
    error: expecting(messages.expected.decimal),
  });
  output._zod.toJSONSchema = () => decimalJsonSchema(nonNegative);
  return z.codec(input, output, {
    decode: (value) => dec(value),
    // Non-decimals pass through to fail the input check (zod may call this with `undefined` for an absent optional key).
    encode: (value) => (isDecimal(value) ? plainString(value) : (value as unknown as DecimalInput)),
  });
}

/**
 * A decimal: accepts a decimal string in plain or exponent notation or a finite number (and,
 * from code, a bigint or a `Decimal`); decodes to an exact `Decimal`; encodes (`z.encode`)
 * to a plain-notation string.
 *
 * Strings follow `DECIMAL_PATTERN`, as `dec()` does: `'240'`, `'-0.08'`, `'.5'`,
 * `'7.'`, `'+7'`, `'1.3e2'`, `'1e400'` (decimals are not floats) are accepted; `'-0'`
 * decodes to `0`. Rejected: `' 12 '` (spaces), `'1,000'`, `'1_000'`, `'0x10'`, `''`,
 * `'NaN'`, `'Infinity'`, exponents of six or more digits (`'1e100000'`), strings longer
 * than 100,000 characters. Numbers must be finite.
 *
 * It composes into classic zod and `zod/mini` schemas (`z.object({ value: decimalSchema })`),
 * and `z.encode(decimalSchema, d)` writes `d` back as a plain-notation string.
 *
 * @example
 * ```ts
 * decimalSchema.parse('2.4e11').toFixed(); // → '240000000000'
 * toSnapshot(decimalSchema.parse(0.1)).data; // → '0.1' (encoded with this schema)
 * decimalSchema.safeParse('1,000').success; // → false
 * ```
 *
 * @category Schemas
 */
export const decimalSchema = makeDecimalSchema(false);

/**
 * A decimal that is not negative (tolerances, base levels): as {@link decimalSchema}, but
 * strings with a minus sign (also `'-0'`) and negative numbers are rejected.
 *
 * @example
 * ```ts
 * nonNegativeDecimalSchema.parse('0.05').toString(); // → '0.05'
 * nonNegativeDecimalSchema.safeParse('-1').success; // → false
 * ```
 *
 * @category Schemas
 */
export const nonNegativeDecimalSchema = makeDecimalSchema(true);
