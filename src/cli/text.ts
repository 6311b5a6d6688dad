/**
 * What the command line says besides its tables (summaries, notes), in English and Chinese.
 * Error messages live in `src/messages.ts`; statuses and comparators are the vocabulary's.
 *
 * @module
 */
import { SCORECARD_STATUS_WORDS, type Locale } from '../vocabulary.js';

/**
 * What the command line says besides the tables, by occasion.
 *
 * @example
 * ```ts
 * text.unmet(2); // → '2 targets are not met (--fail-on-unmet)'
 * text.scorecardSummary(1, 2, 11, { scenario: 'reported-trend' }, 'zh-CN'); // → '情景 reported-trend：已评价 2 个目标，1 个已实现；另有 9 个无数值或待评价'
 * ```
 */
export const text = {
  scorecardSummary: (met: number, judged: number, total: number, on: { scenario: string } | { observations: string }, locale: Locale) => {
    const zh = locale === 'zh-CN';
    const source =
      'scenario' in on
        ? zh
          ? `情景 ${on.scenario}`
          : `under scenario '${on.scenario}'`
        : zh
          ? `观测数据 ${on.observations}`
          : `on the observations in ${on.observations}`;
    const rest = total - judged;
    if (zh) {
      return `${source}：已评价 ${judged} 个目标，${met} 个${SCORECARD_STATUS_WORDS.met['zh-CN']}${rest > 0 ? `；另有 ${rest} 个无数值或待评价` : ''}`;
    }
    return `${met} of ${judged} targets judged are met ${source}${rest > 0 ? `; ${rest} more have no value or are pending` : ''}`;
  },
  behind: (count: number) => `${count} ${count === 1 ? 'assessment says' : 'assessments say'} a target is behind (--fail-on-unmet)`,
  unmet: (count: number) => `${count} ${count === 1 ? 'target is' : 'targets are'} not met (--fail-on-unmet)`,
  valid: (path: string, kind: string, what: string) => `${path}: valid ${kind} (${what})`,
  wrote: (path: string) => `wrote ${path}`,
  notAssessedUnknown: (ids: readonly string[]) =>
    `note: observations of ${ids.map((id) => `'${id}'`).join(', ')} are not of an indicator of the plan and were ignored`,
} as const;
