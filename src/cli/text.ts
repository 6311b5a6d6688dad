/**
 * The words of the command line's results (headings, statuses, summaries), in English and
 * Chinese. Error messages live in `src/messages.ts`; these are not errors.
 *
 * @module
 */
import type { Comparator } from '../plan/types.js';
import type { ScorecardStatus } from '../scenario/types.js';
import type { Lang } from './args.js';

type Words = Readonly<Record<Lang, string>>;
const w = (en: string, zh: string): Words => ({ en, zh });

/** Scorecard statuses for people. */
export const STATUS: Readonly<Record<ScorecardStatus, Words>> = {
  met: w('met', '达成'),
  not_met: w('not met', '未达成'),
  pending: w('pending', '待定'),
  not_projected: w('not projected', '未预测'),
  no_data: w('no data', '无数据'),
};

/** Comparators as symbols, as plans write them. */
export const COMPARATOR: Readonly<Record<Comparator, string>> = {
  atLeast: '≥',
  above: '>',
  atMost: '≤',
  below: '<',
  approximately: '≈',
};

/** What the command line says besides the tables. */
export const text = {
  scorecardSummary: (met: number, judged: number, total: number, on: { scenario: string } | { observations: string }, lang: Lang) => {
    const source =
      'scenario' in on
        ? lang === 'zh'
          ? `情景 ${on.scenario}`
          : `under scenario '${on.scenario}'`
        : lang === 'zh'
          ? `观测数据 ${on.observations}`
          : `on the observations in ${on.observations}`;
    const rest = total - judged;
    if (lang === 'zh') return `${source}：已评价 ${judged} 个目标，${met} 个达成${rest > 0 ? `；另有 ${rest} 个无数值或待定` : ''}`;
    return `${met} of ${judged} targets judged are met ${source}${rest > 0 ? `; ${rest} more have no value or are pending` : ''}`;
  },
  behind: (count: number) => `${count} ${count === 1 ? 'assessment says' : 'assessments say'} a target is behind (--fail-on-unmet)`,
  unmet: (count: number) => `${count} ${count === 1 ? 'target is' : 'targets are'} not met (--fail-on-unmet)`,
  valid: (path: string, kind: string, what: string) => `${path}: valid ${kind} (${what})`,
  wrote: (path: string) => `wrote ${path}`,
  notAssessedUnknown: (ids: readonly string[]) =>
    `note: observations of ${ids.map((id) => `'${id}'`).join(', ')} are not of an indicator of the plan and were ignored`,
} as const;
