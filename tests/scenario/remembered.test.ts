/**
 * The texts of scorecards and explanations are remembered (for `chinese`) only once
 * `rememberTexts` was called: a program that reads English only keeps nothing of them.
 */
import { describe, expect, it } from 'vitest';
import { rememberTexts, templateOf } from '../../src/messages.js';
import { text } from '../../src/progress/explain.js';
import { reasons } from '../../src/scenario/text.js';

describe('rememberTexts', () => {
  it('before it, no text is remembered; after it, each with its key and arguments', () => {
    const before = reasons.notYet(2018, 2021);
    expect(before).toBe('pending: the period starts in 2021, after 2018');
    expect(templateOf(before)).toBeUndefined();
    expect(templateOf(text.noDataUpToTarget(2020))).toBeUndefined();
    rememberTexts();
    const after = reasons.notYet(2017, 2021);
    expect(after).toBe('pending: the period starts in 2021, after 2017');
    expect(templateOf(after)).toMatchObject({ key: 'scenario.reasons.notYet', args: [2017, 2021] });
    expect(templateOf(text.noDataUpToTarget(2020))).toMatchObject({ key: 'progress.noDataUpToTarget', args: [2020] });
    // a constant is known by its key, remembered or not
    expect(templateOf(text.noData)).toMatchObject({ key: 'progress.noData', args: [] });
  });

  it('a text equal to its argument (a figure kept as it is) is not remembered: it stays the argument’s', () => {
    rememberTexts();
    const figure = "'gdp' 2020: 1 %";
    expect(reasons.knownFigure(figure)).toBe(figure);
    expect(templateOf(figure)).toBeUndefined();
  });
});
