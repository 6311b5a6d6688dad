/**
 * What the command line says besides its tables (notes, lines on stderr), and the
 * words of the plan's own vocabularies it shows, in English and Chinese. Error messages live
 * in `src/messages.ts` (and `src/messages.zh.ts`); statuses and comparators are the
 * vocabulary's.
 *
 * @module
 */
import type { CommitmentKind, Locale, ProgressMethod, ScorecardBasis, Words, ZoneDirection } from '../vocabulary.js';

// What the sentence under a scorecard is judged on; the sentence itself is format/scorecardSummary.ts's.

/** Words in both languages. */
const words = (en: string, zh: string): Words => ({ en, 'zh-CN': zh });

/**
 * What a verdict rests on, in words.
 *
 * @example
 * ```ts
 * BASIS_WORDS.bound['zh-CN']; // → '界限'
 * ```
 */
export const BASIS_WORDS: Readonly<Record<ScorecardBasis, Words>> = {
  observed: words('observed', '实际值'),
  bound: words('bound', '界限'),
  projected: words('projected', '预测值'),
};

/**
 * The progress methods by name: Open SDG, the UN Progress Chart, and the Chinese mid-term rule
 * 时间过半、任务过半 (time progress).
 *
 * @example
 * ```ts
 * METHOD_WORDS['time-progress']['zh-CN']; // → '时间过半、任务过半'
 * ```
 */
export const METHOD_WORDS: Readonly<Record<ProgressMethod, Words>> = {
  opensdg: words('Open SDG', 'Open SDG'),
  unsd: words('UN Progress Chart', '联合国进展图'),
  'time-progress': words('time progress', '时间过半、任务过半'),
};

/**
 * The directions of Baotou's layout zones in words; a plan's other directions are shown as
 * they are.
 *
 * @example
 * ```ts
 * DIRECTION_WORDS['both-wings']['zh-CN']; // → '两翼'
 * ```
 */
export const DIRECTION_WORDS: Readonly<Record<ZoneDirection, Words>> = {
  east: words('east', '东'),
  west: words('west', '西'),
  south: words('south', '南'),
  north: words('north', '北'),
  'both-wings': words('both wings', '两翼'),
  'northern-mountain': words('northern mountain', '北山'),
};

/**
 * The kinds of Baotou's counted commitments in words; a plan's other kinds are shown as they are.
 *
 * @example
 * ```ts
 * COMMITMENT_WORDS.cluster['zh-CN']; // → '产业集群'
 * ```
 */
export const COMMITMENT_WORDS: Readonly<Record<CommitmentKind, Words>> = {
  base: words('base', '基地'),
  chain: words('chain', '产业链'),
  industry: words('industry', '产业'),
  cluster: words('cluster', '产业集群'),
  park: words('park', '园区'),
};

/**
 * A word of an open vocabulary in the language asked for: its words where the list has them,
 * else the value as it is.
 *
 * @param list - The words of the known values.
 * @param value - The value.
 * @param locale - `'en'` or `'zh-CN'`.
 * @returns The word.
 *
 * @example
 * ```ts
 * wordOf(DIRECTION_WORDS, 'east', 'zh-CN'); // → '东'
 * wordOf(DIRECTION_WORDS, 'upriver', 'zh-CN'); // → 'upriver'
 * ```
 */
export function wordOf(list: Readonly<Record<string, Words>>, value: string, locale: Locale): string {
  return Object.hasOwn(list, value) ? (list[value] as Words)[locale] : value;
}

/**
 * What the command line says besides the tables, by occasion.
 *
 * @example
 * ```ts
 * text.unmet(2, 'en'); // → '2 targets are not met (--fail-on-unmet)'
 * text.behind(1, 'zh-CN'); // → '有 1 项评估认为目标进度落后（--fail-on-unmet）'
 * ```
 */
export const text = {
  note: (n: number, label: string, message: string, locale: Locale) => (locale === 'zh-CN' ? `${n}. ${label}：${message}` : `${n}. ${label}: ${message}`),
  why: words('why', '说明'),
  /** The first word of an error on stderr. */
  error: words('error: ', '错误：'),
  /** What an empty table shows. */
  none: words('none', '无'),
  yes: words('yes', '是'),
  no: words('no', '否'),
  behind: (count: number, locale: Locale) =>
    locale === 'zh-CN'
      ? `有 ${count} 项评估认为目标进度落后（--fail-on-unmet）`
      : `${count} ${count === 1 ? 'assessment says' : 'assessments say'} a target is behind (--fail-on-unmet)`,
  unmet: (count: number, locale: Locale) =>
    locale === 'zh-CN' ? `有 ${count} 个目标未实现（--fail-on-unmet）` : `${count} ${count === 1 ? 'target is' : 'targets are'} not met (--fail-on-unmet)`,
  valid: (path: string, kind: string, planId: string | undefined, what: string, locale: Locale) => {
    if (locale === 'zh-CN') {
      const kinds: Readonly<Record<string, string>> = { plan: '规划', scenario: '情景', observations: '观测数据' };
      return `${path}：${planId === undefined ? '' : `对照规划 '${planId}'，`}是有效的${kinds[kind] ?? kind}（${what}）`;
    }
    return `${path}: valid ${kind}${planId === undefined ? '' : ` for plan '${planId}'`} (${what})`;
  },
  planHolds: (indicators: number, targets: number, locale: Locale) =>
    locale === 'zh-CN' ? `${indicators} 个指标，${targets} 个目标` : `${indicators} indicators, ${targets} targets`,
  scenarioHolds: (from: number, to: number, series: number, locale: Locale) =>
    locale === 'zh-CN' ? `${from}–${to}，${series} 个序列` : `${from}–${to}, ${series} series`,
  observationsHold: (observations: number, indicators: number, locale: Locale) =>
    locale === 'zh-CN' ? `${indicators} 个指标的 ${observations} 个观测值` : `${observations} observations of ${indicators} indicators`,
  wrote: (path: string, locale: Locale) => (locale === 'zh-CN' ? `已写入 ${path}` : `wrote ${path}`),
  /** Said on stderr when a command projects a plan that has no reported figures on its own path. */
  planPathDefault: (planId: string, locale: Locale) =>
    locale === 'zh-CN'
      ? `注：本库没有规划 '${planId}' 的公布数据，因此按规划自身路径预测（--scenario plan-path）；给出 --observations <文件> 可预测公布数据的趋势`
      : `note: the library has no figures reported for plan '${planId}', so it is projected on its own path (--scenario plan-path); give --observations <file> to project the reported trend`,
} as const;
