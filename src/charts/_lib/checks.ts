/**
 * Input checks shared by the chart builders: every bad input becomes a {@link PlanError}
 * that names it.
 *
 * @internal
 * @module
 */
import { dec, type Decimal, type DecimalInput } from '../../decimal.js';
import { PlanError } from '../../errors.js';
import { LOCALES } from '../../format/number.js';
import { messages } from '../../messages.js';
import type { LocalizedText, Year } from '../../plan/types.js';
import type { ChartLocale } from '../types.js';

/** Smallest and largest width or height of a chart, in pixels. */
export const MIN_SIZE = 50;
export const MAX_SIZE = 4000;

/** Smallest and largest year a chart accepts. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** The options every builder shares, read and checked. */
export interface ChartStyle {
  readonly locale: ChartLocale;
  readonly width: number;
  readonly height: number;
  readonly title: string | undefined;
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function invalid(name: string, what: string, value: unknown): PlanError {
  return new PlanError('INVALID_ARGUMENT', messages.expectedGot(name, what, value), { argument: name, received: value });
}

/** An object (not null, not an array). */
export function readRecord(x: unknown, name: string): Record<string, unknown> {
  if (!isRecord(x)) throw invalid(name, 'an object', x);
  return x;
}

/** A non-empty array. */
export function readList(x: unknown, name: string, what: string): readonly unknown[] {
  if (!Array.isArray(x)) throw new PlanError('INVALID_ARGUMENT', messages.notArray(name, x), { argument: name, received: x });
  if (x.length === 0) throw new PlanError('INVALID_ARGUMENT', messages.chartEmpty(name, what), { argument: name });
  return x;
}

/** A non-empty string. */
export function readText(x: unknown, name: string): string {
  if (typeof x !== 'string' || x.trim() === '') throw invalid(name, 'a non-empty string', x);
  return x;
}

/** `{ en, zh? }` with a non-empty `en`. */
export function readLocalized(x: unknown, name: string): LocalizedText {
  const o = readRecord(x, name);
  const en = readText(o.en, `${name}.en`);
  if (o.zh === undefined) return { en };
  return { en, zh: readText(o.zh, `${name}.zh`) };
}

/** The text of a name in a locale: Chinese where given, else English. */
export function localized(text: LocalizedText, locale: ChartLocale): string {
  return locale === 'zh-CN' && text.zh !== undefined ? text.zh : text.en;
}

/** An integer year from 1 to 9999. */
export function readYear(x: unknown, name: string): Year {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < MIN_YEAR || x > MAX_YEAR) {
    throw new PlanError('INVALID_ARGUMENT', messages.notInteger(name, x, MIN_YEAR, MAX_YEAR), { argument: name, received: x });
  }
  return x;
}

/** A decimal (through {@link dec}, which names the input in its error). */
export function readDecimal(x: unknown, name: string): Decimal {
  return dec(x as DecimalInput, name);
}

/** A decimal or `null` (`undefined` is read as `null`). */
export function readNullableDecimal(x: unknown, name: string): Decimal | null {
  return x === null || x === undefined ? null : dec(x as DecimalInput, name);
}

/** A value of a closed list. */
export function readChoice<T extends string>(x: unknown, name: string, allowed: readonly T[]): T {
  if (typeof x !== 'string' || !(allowed as readonly string[]).includes(x)) {
    throw new PlanError('INVALID_ARGUMENT', messages.unknownOption(name, x, allowed), { argument: name, received: x });
  }
  return x as T;
}

/** A value of a year, with the name of where it was given (`input.observations[2]`). */
export interface NamedYearValue {
  readonly year: Year;
  readonly value: Decimal;
  readonly name: string;
}

/** `{ year, value }[]`, sorted by year (a new array), one value a year. */
export function readYearValues(x: unknown, name: string, what: string): NamedYearValue[] {
  const list = readList(x, name, what);
  const seen = new Map<Year, number>();
  const points = list.map((item, index) => {
    const at = `${name}[${index}]`;
    const o = readRecord(item, at);
    const year = readYear(o.year, `${at}.year`);
    const value = readDecimal(o.value, `${at}.value`);
    const first = seen.get(year);
    if (first !== undefined) {
      throw new PlanError('INVALID_ARGUMENT', messages.chartDuplicateYear(`${at}.year`, year, `${name}[${first}]`), {
        argument: `${at}.year`,
        received: year,
      });
    }
    seen.set(year, index);
    return { year, value, name: at };
  });
  return points.sort((a, b) => a.year - b.year);
}

function readSize(x: unknown, name: string, fallback: number): number {
  if (x === undefined) return fallback;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < MIN_SIZE || x > MAX_SIZE) {
    throw new PlanError('INVALID_ARGUMENT', messages.notInteger(name, x, MIN_SIZE, MAX_SIZE), { argument: name, received: x });
  }
  return x;
}

/** Read `options` of a builder: locale, width, height, title. */
export function readStyle(options: unknown, size: { width: number; height: number }): ChartStyle {
  if (options === undefined) return { locale: 'en', ...size, title: undefined };
  if (!isRecord(options)) {
    throw new PlanError('INVALID_ARGUMENT', messages.notOptions('options', options), { argument: 'options', received: options });
  }
  const locale = options.locale === undefined ? 'en' : readChoice(options.locale, 'options.locale', LOCALES);
  return {
    locale,
    width: readSize(options.width, 'options.width', size.width),
    height: readSize(options.height, 'options.height', size.height),
    title: options.title === undefined ? undefined : readText(options.title, 'options.title'),
  };
}
