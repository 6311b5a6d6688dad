/**
 * The sentence under a scorecard, in English and Chinese: how many targets were judged, how
 * many are met, how many more could not be judged, and on what. The command line and the
 * explorer page both say it with this one builder.
 *
 * @internal
 * @module
 */
import type { Plan } from '../plan/types.js';
import { SCORECARD_STATUS_WORDS, type Locale, type ScorecardStatus, type Words } from '../vocabulary.js';
import { localized } from './labels.js';

/**
 * What a scorecard was judged on: a scenario's projection, observations (from a file, or
 * `null` for observations given otherwise, such as pasted on a page), or the figures the
 * library has for the plan (`reported`: whose they are, in each language).
 *
 * @example
 * ```ts
 * const on: JudgedOn = { reported: { en: 'Baotou', 'zh-CN': '包头' } };
 * ```
 */
export type JudgedOn = { readonly scenario: string } | { readonly observations: string | null } | { readonly reported: Words };

/**
 * Whose the figures reported for a plan are, in words: its region, else its id (quoted).
 *
 * @param plan - The plan.
 * @returns `{ en, 'zh-CN' }`, as `JudgedOn`'s `reported` takes them.
 *
 * @example
 * ```ts
 * reportedBy(baotou13)['zh-CN']; // → '包头'
 * ```
 */
export function reportedBy(plan: Plan): Words {
  const region = plan.region;
  return region === undefined ? { en: `'${plan.id}'`, 'zh-CN': `'${plan.id}'` } : { en: localized(region, 'en'), 'zh-CN': localized(region, 'zh-CN') };
}

/** What a scorecard was judged on, in words: "on the figures reported for Baotou" / "包头公布数据". */
function judgedOn(on: JudgedOn, zh: boolean): string {
  if ('scenario' in on) return zh ? `情景 ${on.scenario}` : `under scenario '${on.scenario}'`;
  if ('observations' in on) {
    if (on.observations === null) return zh ? '所给观测数据' : 'on the observations given';
    return zh ? `观测数据 ${on.observations}` : `on the observations in ${on.observations}`;
  }
  return zh ? `${on.reported['zh-CN']}公布数据` : `on the figures reported for ${on.reported.en}`;
}

/**
 * The sentence under a scorecard: how many of its targets are judged (met or not met), how
 * many of those are met, and how many more have no value, are incomplete or are pending.
 *
 * @param rows - The scorecard's rows (what `scorecard` returns), of which only `status` is read.
 * @param on - What the rows were judged on.
 * @param locale - `'en'` or `'zh-CN'`.
 * @returns The sentence.
 *
 * @example
 * ```ts
 * const rows = [{ status: 'met' }, { status: 'not_met' }, { status: 'pending' }] as const;
 * scorecardSummary(rows, { scenario: 'reported-trend' }, 'en'); // → "1 of 2 targets judged are met under scenario 'reported-trend'; 1 more have no value, are incomplete or are pending"
 * scorecardSummary(rows, { reported: { en: 'Baotou', 'zh-CN': '包头' } }, 'zh-CN'); // → '包头公布数据：已评价 2 个目标，1 个已实现；另有 1 个无数值、数据不全或待评价'
 * scorecardSummary([{ status: 'no_data' }], { observations: 'obs.csv' }, 'en'); // → 'no target is judged on the observations in obs.csv: it has no value, is incomplete or is pending'
 * ```
 */
export function scorecardSummary(rows: readonly { readonly status: ScorecardStatus }[], on: JudgedOn, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const source = judgedOn(on, zh);
  const judged = rows.filter((r) => r.status === 'met' || r.status === 'not_met').length;
  const met = rows.filter((r) => r.status === 'met').length;
  const rest = rows.length - judged;
  if (judged === 0) {
    if (zh) return `${source}：没有可评价的目标；${rest} 个无数值、数据不全或待评价`;
    return `no target is judged ${source}: ${rest === 1 ? 'it has no value, is incomplete or is pending' : `all ${rest} have no value, are incomplete or are pending`}`;
  }
  if (zh) {
    return `${source}：已评价 ${judged} 个目标，${met} 个${SCORECARD_STATUS_WORDS.met['zh-CN']}${rest > 0 ? `；另有 ${rest} 个无数值、数据不全或待评价` : ''}`;
  }
  return `${met} of ${judged} targets judged are met ${source}${rest > 0 ? `; ${rest} more have no value, are incomplete or are pending` : ''}`;
}
