/**
 * The argument readers: each accepts what it should, returns it unchanged (never a copy) and
 * refuses everything else with `INVALID_ARGUMENT` (`INVALID_DECIMAL` for decimals) and a
 * message that names the argument, says what is allowed and quotes what it got.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dec } from '../src/decimal.js';
import { describeThrown, describeValue } from '../src/messages.js';
import {
  hasOwn,
  isObject,
  isYear,
  optional,
  readArray,
  readBoolean,
  readChoice,
  readDecimal,
  readFiniteNumber,
  readInteger,
  readNullableDecimal,
  readObject,
  readOptions,
  readText,
  reading,
  readYear,
  unknownKey,
} from '../src/read.js';
import { planError } from './_lib/errors.js';
import { deepFreeze } from './_lib/freeze.js';

/** The error `fn` throws: its code, message and details. */
function refusal(fn: () => unknown): { code: string; message: string; details: Readonly<Record<string, unknown>> } {
  const { code, message, details } = planError(fn);
  return { code, message, details };
}

describe('hasOwn and isObject', () => {
  it('tells own keys from inherited ones, also on objects without a prototype', () => {
    expect(hasOwn({ a: 1 }, 'a')).toBe(true);
    expect(hasOwn({ a: 1 }, 'toString')).toBe(false);
    expect(hasOwn(Object.create({ a: 1 }) as object, 'a')).toBe(false);
    const bare = Object.create(null) as Record<string, unknown>;
    bare['a'] = 1;
    expect(hasOwn(bare, 'a')).toBe(true);
    expect(hasOwn({ hasOwnProperty: () => true }, 'x')).toBe(false);
  });
  it('takes objects, not null, arrays, Decimals or functions', () => {
    expect(isObject({})).toBe(true);
    expect(isObject(Object.create(null))).toBe(true);
    for (const x of [null, undefined, [], dec('1'), new Decimal(1), () => 1, 'a', 1, 1n, true]) expect(isObject(x)).toBe(false);
  });
});

describe('readObject and readOptions', () => {
  it('readObject returns the object itself, readOptions a copy read once', () => {
    const o = deepFreeze({ a: 1 });
    expect(readObject(o, 'x')).toBe(o);
    const copy = readOptions(o, 'options', ['a']);
    expect(copy).toEqual({ a: 1 });
    expect(copy).not.toBe(o);
    expect(readOptions(undefined, 'options', ['a'])).toEqual({});
    let reads = 0;
    const counted = {
      get a() {
        reads += 1;
        return reads;
      },
    };
    expect(readOptions(counted, 'options', ['a'])).toEqual({ a: 1 });
    expect(reads).toBe(1);
  });
  it('readOptions turns what a getter or a Proxy throws into a PlanError naming the options', () => {
    const getter = {
      get asOf(): never {
        throw Object.create(null);
      },
    };
    expect(refusal(() => readOptions(getter, 'options', ['asOf'])).message).toBe(
      'options: could not be read (a thrown object); pass plain data: objects, arrays, strings, numbers and Decimals, without getters that throw',
    );
    const proxy = new Proxy({}, { ownKeys: () => { throw new TypeError('no keys'); } });
    expect(refusal(() => readOptions(proxy, 'options', ['asOf'])).message).toMatch(/^options: could not be read \(TypeError: no keys\)/);
  });
  it('refuse what is no object, naming it', () => {
    expect(refusal(() => readObject('plan', 'plan'))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: "plan: expected an object, got 'plan'",
      details: { argument: 'plan', received: 'plan' },
    });
    expect(refusal(() => readObject(null, 'plan', 'a plan')).message).toBe('plan: expected a plan, got null');
    expect(refusal(() => readOptions(null, 'options', [])).message).toBe('options: expected an options object or undefined, got null');
    expect(refusal(() => readOptions([], 'query', [])).message).toBe('query: expected an options object or undefined, got an array of length 0');
  });
  it('refuse a key that is not allowed, suggesting the closest', () => {
    expect(refusal(() => readOptions({ asof: 2018 }, 'options', ['asOf', 'baseYear']))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: "options: unknown key 'asof'; did you mean 'asOf'? allowed keys: asOf, baseYear",
      details: { argument: 'options', received: 'asof' },
    });
    expect(refusal(() => readOptions({ basYear: 2015 }, 'options', ['asOf', 'baseYear'])).message).toBe(
      "options: unknown key 'basYear'; did you mean 'baseYear'? allowed keys: asOf, baseYear",
    );
    expect(refusal(() => readOptions({ zzzzzz: 1 }, 'options', ['asOf', 'baseYear'])).message).toBe(
      "options: unknown key 'zzzzzz'; allowed keys: asOf, baseYear",
    );
    // An own '__proto__' key (as JSON.parse makes) is a key like any other.
    expect(refusal(() => readOptions(JSON.parse('{"__proto__": 1}'), 'options', ['asOf'])).message).toBe(
      "options: unknown key '__proto__'; allowed keys: asOf",
    );
  });
  it('check own keys only, and copy the allowed keys an object inherits (a class getter)', () => {
    const inherited = Object.create({ extra: 1 }) as Record<string, unknown>;
    expect(readOptions(inherited, 'options', ['asOf'])).toEqual({});
    class Options {
      get asOf(): number {
        return 2018;
      }
    }
    expect(readOptions(new Options(), 'options', ['asOf'])).toEqual({ asOf: 2018 });
  });
  it('unknownKey builds the same error', () => {
    expect(unknownKey('query', 'yaer', ['year', 'indicator']).message).toBe(
      "query: unknown key 'yaer'; did you mean 'year'? allowed keys: year, indicator",
    );
  });
});

describe('readArray', () => {
  it('returns the array itself', () => {
    const list = deepFreeze(['0.1']);
    expect(readArray(list, 'rates')).toBe(list);
    expect(readArray([], 'rates')).toEqual([]);
  });
  it('refuses what is no array, and an empty one when asked', () => {
    expect(refusal(() => readArray('0.1', 'rates'))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: "rates: expected an array, got '0.1'",
      details: { argument: 'rates', received: '0.1' },
    });
    expect(refusal(() => readArray({ length: 1 }, 'rates')).message).toBe('rates: expected an array, got an object');
    expect(refusal(() => readArray([], 'rates', 'rate')).message).toBe('rates: expected at least one rate, got an array of length 0');
  });
  it('refuses a Proxy of an array whose traps throw', () => {
    const proxy = new Proxy([], { get: () => { throw new RangeError('trap'); } });
    expect(refusal(() => readArray(proxy, 'rates')).message).toMatch(/^rates: could not be read \(RangeError: trap\)/);
  });
});

describe('reading', () => {
  it('passes a value and a PlanError through, and turns anything else thrown into a PlanError', () => {
    expect(reading('x', () => 1)).toBe(1);
    expect(refusal(() => reading('x', () => readYear(20, 'asOf'))).message).toBe('asOf: expected an integer year from 1900 to 2100, got 20');
    expect(refusal(() => reading('plan', () => { throw 'text'; }))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: "plan: could not be read (text); pass plain data: objects, arrays, strings, numbers and Decimals, without getters that throw",
      details: { argument: 'plan' },
    });
  });
});

describe('numbers', () => {
  it('readFiniteNumber takes finite numbers only', () => {
    expect(readFiniteNumber(2.5, 'years')).toBe(2.5);
    expect(readFiniteNumber(-1e300, 'years')).toBe(-1e300);
    expect(refusal(() => readFiniteNumber(Number.NaN, 'years')).message).toBe('years: expected a finite number, got NaN');
    expect(refusal(() => readFiniteNumber(-Infinity, 'years')).message).toBe('years: expected a finite number, got -Infinity');
    expect(refusal(() => readFiniteNumber('5', 'years')).message).toBe("years: expected a finite number, got '5'");
    expect(refusal(() => readFiniteNumber(5n, 'years')).message).toBe('years: expected a finite number, got 5n');
  });
  it('readInteger takes integers in its range, -0 as 0', () => {
    expect(readInteger(0, 'places', 0, 10)).toBe(0);
    expect(readInteger(10, 'places', 0, 10)).toBe(10);
    expect(Object.is(readInteger(-0, 'places', 0, 10), 0)).toBe(true);
    for (const bad of [-1, 11, 2.5, Number.NaN, Infinity, '3', null]) {
      expect(() => readInteger(bad, 'places', 0, 10)).toThrowPlanError('INVALID_ARGUMENT', 'places: expected an integer from 0 to 10, got ');
    }
    expect(refusal(() => readInteger(2.5, 'places', 0, 10)).message).toBe('places: expected an integer from 0 to 10, got 2.5');
  });
  it('readYear and isYear take integers from 1900 to 2100', () => {
    expect(readYear(1900, 'asOf')).toBe(1900);
    expect(readYear(2100, 'asOf')).toBe(2100);
    for (const bad of [1899, 2101, 2020.5, '2020', Number.NaN, undefined]) {
      expect(isYear(bad)).toBe(false);
      expect(() => readYear(bad, 'asOf')).toThrowPlanError('INVALID_ARGUMENT');
    }
    expect(isYear(2020)).toBe(true);
    expect(refusal(() => readYear('2020', 'options.asOf'))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: "options.asOf: expected an integer year from 1900 to 2100, got '2020'",
      details: { argument: 'options.asOf', received: '2020' },
    });
  });
});

describe('choices, booleans and text', () => {
  it('readChoice takes one of its list', () => {
    expect(readChoice('zh-CN', 'locale', ['en', 'zh-CN'])).toBe('zh-CN');
    expect(refusal(() => readChoice('zh', 'locale', ['en', 'zh-CN'])).message).toBe("locale: expected one of 'en', 'zh-CN', got 'zh'");
    expect(refusal(() => readChoice('toString', 'locale', ['en'])).message).toBe("locale: expected one of 'en', got 'toString'");
    expect(refusal(() => readChoice(1, 'locale', ['en'])).message).toBe("locale: expected one of 'en', got 1");
  });
  it('readBoolean takes true and false only', () => {
    expect(readBoolean(false, 'strict')).toBe(false);
    expect(refusal(() => readBoolean('true', 'strict')).message).toBe("strict: expected true or false, got 'true'");
    expect(refusal(() => readBoolean(0, 'strict')).message).toBe('strict: expected true or false, got 0');
  });
  it('readText takes a non-blank string, untrimmed', () => {
    expect(readText(' a ', 'title')).toBe(' a ');
    expect(refusal(() => readText('', 'title')).message).toBe("title: expected a non-empty string, got ''");
    expect(refusal(() => readText(' \n', 'title')).message).toBe("title: expected a non-empty string, got ' \n'");
    expect(refusal(() => readText(undefined, 'title')).message).toBe('title: expected a non-empty string, got undefined');
  });
  it('quotes a long value short, and keeps 200 characters of it in details', () => {
    const long = 'x'.repeat(300);
    const { message, details } = refusal(() => readBoolean(long, 'flag'));
    expect(message).toBe(`flag: expected true or false, got '${'x'.repeat(60)}…'`);
    expect(details['received']).toBe(`${'x'.repeat(200)}…`);
  });
});

describe('decimals', () => {
  it('readDecimal reads exactly, naming the argument in its error', () => {
    expect(readDecimal('2.40', 'value').toString()).toBe('2.4');
    expect(readDecimal(10n ** 40n, 'value').toFixed()).toBe(`1${'0'.repeat(40)}`);
    const error = refusal(() => readDecimal('1,000', 'target.value'));
    expect(error.code).toBe('INVALID_DECIMAL');
    expect(error.message.startsWith("target.value: expected a decimal string like '240'")).toBe(true);
    expect(error.details).toEqual({ argument: 'target.value', received: '1,000' });
  });
  it('readNullableDecimal reads null and undefined as null', () => {
    expect(readNullableDecimal(null, 'value')).toBeNull();
    expect(readNullableDecimal(undefined, 'value')).toBeNull();
    expect(readNullableDecimal(0.1, 'value')?.toString()).toBe('0.1');
    expect(() => readNullableDecimal('', 'value')).toThrowPlanError('INVALID_DECIMAL', "value: expected a decimal string like '240'");
  });
});

describe('optional', () => {
  it('reads a given value and falls back for undefined only', () => {
    const year = (x: unknown) => readYear(x, 'asOf');
    expect(optional(undefined, year)).toBeUndefined();
    expect(optional(undefined, year, 2020)).toBe(2020);
    expect(optional(2018, year, 2020)).toBe(2018);
    expect(() => optional(null, year, 2020)).toThrowPlanError('INVALID_ARGUMENT', 'asOf: expected an integer year from 1900 to 2100, got null');
  });
});

describe('messages survive what they quote', () => {
  it('describeValue and describeThrown never convert a value to a string that may throw', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy([], { get: trap, getPrototypeOf: trap, ownKeys: trap });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const bare = Object.create(null) as object;
    for (const value of [proxy, bare, revoked.proxy, Symbol('s')]) {
      expect(typeof describeValue(value)).toBe('string');
      expect(typeof describeThrown(value)).toBe('string');
    }
    expect(describeValue(proxy)).toBe('an array');
    expect(describeThrown(bare)).toBe('a thrown object');
    const error = new Error('x'.repeat(100));
    Object.defineProperty(error, 'name', { get: trap });
    expect(describeThrown(error)).toBe('a thrown object');
    expect(describeThrown(new RangeError('y'.repeat(100)))).toBe(`RangeError: ${'y'.repeat(60)}…`);
    expect(describeValue('z'.repeat(1_000_000))).toHaveLength(63);
  });
});
