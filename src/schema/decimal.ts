/**
 * The decimal codec: a decimal string or finite number in, a `Decimal` out, a plain-notation
 * string back.
 *
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import {
  DECIMAL_PATTERN,
  MAX_DECIMAL_LENGTH,
  MAX_EXPONENT,
  MAX_SIGNIFICANT_DIGITS,
  ZERO,
  dec,
  isDecimal,
  type Decimal,
  type DecimalInput,
} from '../decimal.js';
import { messages } from '../messages.js';
import { expecting } from './primitives.js';

/** {@link DECIMAL_PATTERN} without a minus sign: the strings of a decimal that is not negative. */
const NON_NEGATIVE_PATTERN = new RegExp(DECIMAL_PATTERN.source.replace('^[+-]?', '^\\+?'));

/**
 * A Decimal (of any copy of decimal.js, or only claiming to be one) read by `dec` from its
 * fields, never by calling its methods; `undefined` for anything else or a Decimal out of bounds.
 */
function readable(value: unknown): Decimal | undefined {
  if (!isDecimal(value)) return undefined;
  try {
    return dec(value);
  } catch {
    return undefined;
  }
}

function decimalInputOk(value: unknown, nonNegative: boolean): boolean {
  switch (typeof value) {
    case 'string':
      return value.length <= MAX_DECIMAL_LENGTH && (nonNegative ? NON_NEGATIVE_PATTERN : DECIMAL_PATTERN).test(value);
    case 'number':
      return Number.isFinite(value) && !(nonNegative && value < 0);
    case 'bigint':
      return !(nonNegative && value < 0n);
    case 'object': {
      const read = readable(value);
      return read !== undefined && !(nonNegative && read.isNegative());
    }
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
      // Bounded, so that a validator that reads 1e400 as infinity (Python's json) refuses it, as the library does.
      { type: 'number', minimum: nonNegative ? 0 : -Number.MAX_VALUE, maximum: Number.MAX_VALUE },
    ],
  };
}

/** What a decimal in bounds is, for the issue of one that is not. */
const BOUNDED = /* @__PURE__ */ messages.expected.decimalInBounds(MAX_SIGNIFICANT_DIGITS, MAX_EXPONENT);

function makeDecimalSchema(nonNegative: boolean) {
  const what = nonNegative ? messages.expected.nonNegativeDecimal : messages.expected.decimal;
  const input = z.custom<DecimalInput>((value) => decimalInputOk(value, nonNegative), { error: expecting(what) });
  // How the input side looks in JSON Schema (zod's documented `toJSONSchema` override hook).
  input._zod.toJSONSchema = () => decimalJsonSchema(nonNegative);
  const output = z.custom<Decimal>((value) => isDecimal(value), { error: expecting(messages.expected.decimal) });
  output._zod.toJSONSchema = () => decimalJsonSchema(nonNegative);
  return z.codec(input, output, {
    // A value of the grammar but out of bounds ('1e99999') is an issue, never an exception out of safeParse.
    decode: (value, payload) => {
      try {
        return dec(value);
      } catch {
        payload.issues.push({ code: 'custom', input: value, message: messages.schemaExpected(BOUNDED, value) });
        return ZERO;
      }
    },
    // Written in plain notation, which within the bounds takes at most about 10,000 characters.
    // Non-decimals pass through to fail the input check (zod may call this with `undefined` for an absent optional key).
    encode: (value, payload) => {
      if (!isDecimal(value)) return value as unknown as DecimalInput;
      const read = readable(value);
      if (read !== undefined) return read.toFixed();
      payload.issues.push({ code: 'custom', input: value, message: messages.schemaExpected(BOUNDED, value) });
      return '0';
    },
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
 * than 25,000 characters, and values beyond the library's bounds (`MAX_EXPONENT`,
 * `MAX_SIGNIFICANT_DIGITS`: `'1e10001'`, a thousand and one significant digits), as
 * `dec()` refuses them. Numbers must be finite.
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
