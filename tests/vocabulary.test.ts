/** The vocabulary: every list once, frozen, without repeats; words in both languages; types derived. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as vocabulary from '../src/vocabulary.js';
import {
  COMPARATORS,
  COMPARATOR_SYMBOLS,
  COMPARATOR_WORDS,
  LOCALES,
  MAX_YEAR,
  MIN_YEAR,
  OBS_STATUSES,
  OBS_STATUS_WORDS,
  OPENSDG_STATUSES,
  PROGRESS_DIRECTIONS,
  DIRECTIONS,
  PROGRESS_STATUS_WORDS,
  QUALIFIERS,
  QUALIFIER_SYMBOLS,
  SCORECARD_STATUSES,
  SCORECARD_STATUS_WORDS,
  TIME_PROGRESS_STATUSES,
  UNSD_STATUSES,
  type Comparator,
  type Locale,
  type ObsStatus,
  type ProgressDirection,
  type ProgressStatus,
  type ScorecardStatus,
  type Words,
} from '../src/vocabulary.js';

/** Every exported list (a frozen array of strings), by name. */
const LISTS = (Object.entries(vocabulary) as [string, unknown][]).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));

/** Each words record with the list of what it names. */
const WORDS: readonly [string, Readonly<Record<string, Words>>, readonly string[]][] = [
  ['COMPARATOR_WORDS', COMPARATOR_WORDS, COMPARATORS],
  ['OBS_STATUS_WORDS', OBS_STATUS_WORDS, OBS_STATUSES],
  ['PROGRESS_STATUS_WORDS', PROGRESS_STATUS_WORDS, [...new Set([...OPENSDG_STATUSES, ...UNSD_STATUSES, ...TIME_PROGRESS_STATUSES])]],
  ['SCORECARD_STATUS_WORDS', SCORECARD_STATUS_WORDS, SCORECARD_STATUSES],
];

describe('the lists', () => {
  it('are all found (a new list is checked too)', () => {
    expect(LISTS.length).toBeGreaterThanOrEqual(17);
  });
  it.each(LISTS)('%s is frozen, not empty, of distinct non-empty strings', (_name, list) => {
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list).size).toBe(list.length);
    for (const item of list) {
      expect(typeof item).toBe('string');
      expect(item.trim()).not.toBe('');
    }
  });
  it('progress directions are directions', () => {
    for (const d of PROGRESS_DIRECTIONS) expect(DIRECTIONS).toContain(d);
  });
  it('one year range, one spelling of each locale', () => {
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1900, 2100]);
    expect(LOCALES).toEqual(['en', 'zh-CN']);
  });
});

describe('the words', () => {
  it.each(WORDS)('%s names exactly its list, in both languages, without repeats', (_name, record, list) => {
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.keys(record).sort()).toEqual([...list].sort());
    for (const locale of LOCALES) {
      const words = list.map((key) => record[key]![locale]);
      for (const word of words) expect(word.trim()).not.toBe('');
      expect(new Set(words).size, `${locale} words repeat`).toBe(words.length);
    }
    for (const key of list) {
      expect(Object.keys(record[key]!)).toEqual([...LOCALES]);
      expect(Object.isFrozen(record[key])).toBe(true);
    }
  });
  it('the Chinese words are Chinese, the English ones are not', () => {
    for (const [, record, list] of WORDS) {
      for (const key of list) {
        expect(record[key]!['zh-CN']).toMatch(/\p{Script=Han}/u);
        expect(record[key]!.en).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });
  it('the comparators read as the plans write them', () => {
    expect(COMPARATOR_SYMBOLS).toEqual({ atLeast: '≥', above: '>', atMost: '≤', below: '<', approximately: '≈' });
    expect(Object.fromEntries(COMPARATORS.map((c) => [c, COMPARATOR_WORDS[c]['zh-CN']]))).toEqual({
      atLeast: '不低于',
      above: '超过',
      atMost: '不超过',
      below: '低于',
      approximately: '左右',
    });
    expect(Object.keys(QUALIFIER_SYMBOLS)).toEqual([...QUALIFIERS]);
    expect(new Set(Object.values(COMPARATOR_SYMBOLS)).size).toBe(COMPARATORS.length);
  });
});

describe('the types are derived from the lists', () => {
  it('so a new word is added in one place', () => {
    expectTypeOf<Comparator>().toEqualTypeOf<(typeof COMPARATORS)[number]>();
    expectTypeOf<Comparator>().toEqualTypeOf<'atLeast' | 'above' | 'atMost' | 'below' | 'approximately'>();
    expectTypeOf<Locale>().toEqualTypeOf<'en' | 'zh-CN'>();
    expectTypeOf<ObsStatus>().toEqualTypeOf<(typeof OBS_STATUSES)[number]>();
    expectTypeOf<ScorecardStatus>().toEqualTypeOf<(typeof SCORECARD_STATUSES)[number]>();
    expectTypeOf<ProgressDirection>().toEqualTypeOf<'increase' | 'decrease'>();
    expectTypeOf<ProgressStatus>().toEqualTypeOf<
      (typeof OPENSDG_STATUSES)[number] | (typeof UNSD_STATUSES)[number] | (typeof TIME_PROGRESS_STATUSES)[number]
    >();
    expectTypeOf<keyof typeof PROGRESS_STATUS_WORDS>().toEqualTypeOf<ProgressStatus>();
    expectTypeOf<Words>().toEqualTypeOf<Readonly<Record<Locale, string>>>();
  });
});
