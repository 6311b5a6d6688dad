/**
 * What the command line says besides its tables (summaries, notes), in English and Chinese.
 * Error messages live in `src/messages.ts`; statuses and comparators are the vocabulary's.
 *
 * @module
 */
import { SCORECARD_STATUS_WORDS, type Locale, type ScorecardBasis, type Words } from '../vocabulary.js';

/**
 * What a scorecard was judged on: a scenario's projection, observations in a file, or the
 * figures reported for Baotou.
 *
 * @example
 * ```ts
 * const on: JudgedOn = { reported: true };
 * ```
 */
export type JudgedOn = { readonly scenario: string } | { readonly observations: string } | { readonly reported: true };

/**
 * What a verdict rests on, in words.
 *
 * @example
 * ```ts
 * BASIS_WORDS.bound['zh-CN']; // → '界限'
 * ```
 */
export const BASIS_WORDS: Readonly<Record<ScorecardBasis, Words>> = {
  observed: { en: 'observed', 'zh-CN': '实际值' },
  bound: { en: 'bound', 'zh-CN': '界限' },
  projected: { en: 'projected', 'zh-CN': '预测值' },
};

/**
 * What the command line says besides the tables, by occasion.
 *
 * @example
 * ```ts
 * text.unmet(2); // → '2 targets are not met (--fail-on-unmet)'
 * text.scorecardSummary(1, 2, 11, { scenario: 'reported-trend' }, 'zh-CN'); // → '情景 reported-trend：已评价 2 个目标，1 个已实现；另有 9 个无数值、数据不全或待评价'
 * ```
 */
export const text = {
  scorecardSummary: (met: number, judged: number, total: number, on: JudgedOn, locale: Locale) => {
    const zh = locale === 'zh-CN';
    const source =
      'scenario' in on
        ? zh
          ? `情景 ${on.scenario}`
          : `under scenario '${on.scenario}'`
        : 'observations' in on
          ? zh
            ? `观测数据 ${on.observations}`
            : `on the observations in ${on.observations}`
          : zh
            ? '包头市公布数据'
            : 'on the figures reported for Baotou';
    const rest = total - judged;
    if (zh) {
      return `${source}：已评价 ${judged} 个目标，${met} 个${SCORECARD_STATUS_WORDS.met['zh-CN']}${rest > 0 ? `；另有 ${rest} 个无数值、数据不全或待评价` : ''}`;
    }
    return `${met} of ${judged} targets judged are met ${source}${rest > 0 ? `; ${rest} more have no value, are incomplete or are pending` : ''}`;
  },
  note: (n: number, label: string, message: string, locale: Locale) => (locale === 'zh-CN' ? `${n}. ${label}：${message}` : `${n}. ${label}: ${message}`),
  why: { en: 'why', 'zh-CN': '说明' } as Words,
  behind: (count: number) => `${count} ${count === 1 ? 'assessment says' : 'assessments say'} a target is behind (--fail-on-unmet)`,
  unmet: (count: number) => `${count} ${count === 1 ? 'target is' : 'targets are'} not met (--fail-on-unmet)`,
  valid: (path: string, kind: string, what: string) => `${path}: valid ${kind} (${what})`,
  wrote: (path: string) => `wrote ${path}`,
  notAssessedUnknown: (ids: readonly string[]) =>
    `note: observations of ${ids.map((id) => `'${id}'`).join(', ')} are not of an indicator of the plan and were ignored`,
} as const;
