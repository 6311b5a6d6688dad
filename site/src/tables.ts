/**
 * The projection of a scenario and the progress assessment, as tables.
 */
import { PROGRESS_STATUS_WORDS, unitLabel, type Locale, type Observation, type Plan, type ProgressResult, type Projection, type Target } from 'baotou-plan';
import { fill, h } from './dom.js';
import { goal, num } from './format.js';
import { UI, nameIn } from './i18n.js';
import { problemText } from './issues.js';
import { libraryText } from './language.js';
import { assessAll } from './observations.js';

/**
 * A target as a row names it: its indicator, its goal and its year.
 *
 * @param plan - The plan.
 * @param t - The target.
 * @param locale - The page's language.
 * @returns `industrial value added ≥ 240 billion yuan (2020)`.
 */
export function targetLabel(plan: Plan, t: Target, locale: Locale): string {
  const name = nameIn(plan.indicators.find((i) => i.id === t.indicator)?.name, locale) || t.indicator;
  return `${name} ${goal(t.comparator, t.value, t.unit, locale, t.form)} (${t.year})`;
}

/**
 * Write the head of a table: one column heading a word.
 *
 * @param table - The table.
 * @param headings - The headings.
 * @param locale - The page's language.
 */
export function fillHead(table: HTMLTableElement, headings: readonly Readonly<Record<Locale, string>>[], locale: Locale): void {
  fill(table.tHead as HTMLTableSectionElement, h('tr', {}, headings.map((w) => h('th', { scope: 'col' }, w[locale]))));
}

/**
 * The projection: every projected indicator (with its unit) by year.
 *
 * @param table - The table.
 * @param plan - The plan (names).
 * @param p - The projection.
 * @param locale - The page's language.
 */
export function renderProjection(table: HTMLTableElement, plan: Plan, p: Projection, locale: Locale): void {
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  fill(table.tHead as HTMLTableSectionElement, h('tr', {}, h('th', { scope: 'col' }, UI.indicator[locale]), p.years.map((y) => h('th', { scope: 'col', class: 'num' }, String(y)))));
  fill(
    table.tBodies[0] as HTMLTableSectionElement,
    Object.entries(p.indicators).map(([id, byYear]) => {
      const unit = p.units[id];
      return h(
        'tr',
        { 'data-indicator': id },
        h('th', { scope: 'row' }, nameIn(names.get(id), locale) || id, unit === undefined ? null : h('span', { class: 'muted' }, ` (${unitLabel(unit, { locale })})`)),
        p.years.map((y) => h('td', { class: 'num', 'data-year': y }, unit === undefined ? '–' : num(byYear[y], unit, locale))),
      );
    }),
  );
}

/** What a method compares with its thresholds: R, the score, or the ratio of task to time; 4 digits. */
function measureOf(r: ProgressResult): string {
  const x = r.method === 'opensdg' ? r.progressValue : r.method === 'unsd' ? r.score : r.ratio;
  return x === null ? '–' : x.toSignificantDigits(4).toFixed();
}

/**
 * The progress assessment: every target with observations, by each method.
 *
 * @param table - The table.
 * @param plan - The plan.
 * @param observations - The observations judged on.
 * @param locale - The page's language.
 */
export function renderAssessment(table: HTMLTableElement, plan: Plan, observations: readonly Observation[], locale: Locale): void {
  fillHead(table, [UI.target, UI.method, UI.status, UI.measure], locale);
  const rows = assessAll(plan, observations).map((a) => {
    const r = a.result;
    const status = r === null ? problemText(a.error, locale) : PROGRESS_STATUS_WORDS[r.status][locale];
    return h(
      'tr',
      { 'data-target': a.target.id, 'data-method': a.method, 'data-status': r?.status ?? 'error' },
      h('th', { scope: 'row' }, targetLabel(plan, a.target, locale)),
      h('td', {}, UI.methods[a.method][locale]),
      h('td', { class: 'status' }, status, r === null || r.reason === null ? null : h('span', { class: 'muted' }, ` — ${libraryText(r.reason, locale)}`)),
      h('td', { class: 'num' }, r === null ? '–' : measureOf(r)),
    );
  });
  fill(table.tBodies[0] as HTMLTableSectionElement, rows.length > 0 ? rows : h('tr', {}, h('td', { colspan: 4, class: 'muted' }, UI.noAssessment[locale])));
}
