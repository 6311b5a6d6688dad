/**
 * The sentence under a scorecard (the command line's and the explorer page's), in both
 * languages; the expected sentences are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { baotou13, china13 } from '../../src/index.js';
import { definePlan } from '../../src/schema/index.js';
import { reportedBy, scorecardSummary } from '../../src/format/scorecardSummary.js';
import type { ScorecardStatus } from '../../src/vocabulary.js';

const rows = (...statuses: ScorecardStatus[]) => statuses.map((status) => ({ status }));
const BAOTOU = { reported: { en: 'Baotou', 'zh-CN': '包头' } } as const;

describe('scorecardSummary', () => {
  it('counts the targets judged (met or not met), those met, and the rest', () => {
    const some = rows('met', 'not_met', 'met', 'pending', 'incomplete', 'not_projected', 'no_data');
    expect(scorecardSummary(some, BAOTOU, 'en')).toBe(
      '2 of 3 targets judged are met on the figures reported for Baotou; 4 more have no value, are incomplete or are pending',
    );
    expect(scorecardSummary(some, BAOTOU, 'zh-CN')).toBe('包头公布数据：已评价 3 个目标，2 个已实现；另有 4 个无数值、数据不全或待评价');
  });

  it('says nothing of the rest when every target is judged', () => {
    expect(scorecardSummary(rows('met', 'not_met'), { scenario: 'plan-path' }, 'en')).toBe("1 of 2 targets judged are met under scenario 'plan-path'");
    expect(scorecardSummary(rows('met', 'not_met'), { scenario: 'plan-path' }, 'zh-CN')).toBe('情景 plan-path：已评价 2 个目标，1 个已实现');
  });

  it('says when no target is judged, never "0 of 0"', () => {
    expect(scorecardSummary(rows('pending', 'no_data'), { observations: 'obs.csv' }, 'en')).toBe(
      'no target is judged on the observations in obs.csv: all 2 have no value, are incomplete or are pending',
    );
    expect(scorecardSummary(rows('pending'), { observations: 'obs.csv' }, 'en')).toBe(
      'no target is judged on the observations in obs.csv: it has no value, is incomplete or is pending',
    );
    expect(scorecardSummary(rows('pending', 'no_data'), { observations: 'obs.csv' }, 'zh-CN')).toBe('观测数据 obs.csv：没有可评价的目标；2 个无数值、数据不全或待评价');
  });

  it('names observations given without a file (pasted on a page)', () => {
    expect(scorecardSummary(rows('met', 'pending'), { observations: null }, 'en')).toBe(
      '1 of 1 targets judged are met on the observations given; 1 more have no value, are incomplete or are pending',
    );
    expect(scorecardSummary(rows('met', 'pending'), { observations: null }, 'zh-CN')).toBe('所给观测数据：已评价 1 个目标，1 个已实现；另有 1 个无数值、数据不全或待评价');
  });
});

describe('reportedBy', () => {
  it("is the plan's region in each language, else its id", () => {
    expect(reportedBy(baotou13)).toEqual({ en: 'Baotou, Inner Mongolia', 'zh-CN': '包头' });
    expect(reportedBy(china13)).toEqual({ en: 'People’s Republic of China', 'zh-CN': '中华人民共和国' });
    const plain = definePlan({ id: 'mini', title: { en: 'A plan' }, period: { start: 2021, end: 2025 }, indicators: [], targets: [] });
    expect(reportedBy(plain)).toEqual({ en: "'mini'", 'zh-CN': "'mini'" });
  });
});
