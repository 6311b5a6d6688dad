/**
 * A scorecard as a table, as the command line shows it: every target with its indicator,
 * year, goal, value, verdict, what the verdict rests on (basis) and its caveats; each row
 * opens its explanation (a button with `aria-expanded`), which says why, shows the working,
 * the bound, every caveat in full and the plan's own words.
 */
import { CAVEAT_WORDS, SCORECARD_STATUS_WORDS, type Locale, type Plan, type ScorecardRow } from 'baotou-plan';
import { fill, h } from './dom.js';
import { goal, qty } from './format.js';
import { UI, nameIn } from './i18n.js';
import { libraryText } from './language.js';
import { fillHead } from './tables.js';

/** A scorecard table of the page. */
export interface ScorecardTable {
  readonly table: HTMLTableElement;
  /** Prefix of the ids of its explanation rows. */
  readonly prefix: string;
  /** The targets whose explanation is open; kept across updates. */
  readonly open: Set<string>;
}

/**
 * The ids of targets as element ids: letters, digits and `-` are kept, anything else
 * written as `_` and its code, so that two targets never share an id.
 */
function idOf(prefix: string, targetId: string): string {
  return `${prefix}-${targetId.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)?.toString(16) ?? ''}`)}`;
}

/** The caveat kinds of a row, each once. */
function caveatKinds(row: ScorecardRow, locale: Locale): string {
  const kinds = [...new Set(row.caveats.map((c) => c.code))];
  return kinds.map((k) => CAVEAT_WORDS[k][locale]).join(UI.comma[locale]);
}

/** The explanation of a row. */
function explanation(plan: Plan, row: ScorecardRow, locale: Locale): Node[] {
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const target = plan.targets.find((t) => t.id === row.targetId);
  const parts: Node[] = [];
  const evaluation = row.evaluation;
  if (evaluation !== null) parts.push(h('p', { class: 'summary-line' }, libraryText(evaluation.explanation.summary, locale)));
  if (row.reason !== null) parts.push(h('p', {}, h('strong', {}, `${UI.why[locale]}${UI.colon[locale]}`), libraryText(row.reason, locale)));
  if (row.bound !== null) {
    const b = row.bound;
    parts.push(
      h(
        'p',
        {},
        h('strong', {}, `${UI.boundOn[locale]}${UI.colon[locale]}`),
        `${nameIn(names.get(b.indicatorId), locale) || b.indicatorId}${b.year === null ? '' : ` ${b.year}`}${UI.colon[locale]}${qty(b.value, b.unit, locale, true)}`,
      ),
    );
  }
  if (evaluation !== null && evaluation.explanation.working.length > 0) {
    parts.push(h('p', {}, h('strong', {}, `${UI.working[locale]}${UI.colon[locale].trim()}`)), h('ol', { class: 'working' }, evaluation.explanation.working.map((line) => h('li', {}, libraryText(line, locale)))));
  }
  if (row.missing.length > 0) parts.push(h('p', {}, h('strong', {}, `${UI.missingYears[locale]}${UI.colon[locale]}`), row.missing.join(UI.comma[locale])));
  if (row.caveats.length > 0) {
    parts.push(
      h('p', {}, h('strong', {}, `${UI.caveats[locale]}${UI.colon[locale].trim()}`)),
      h(
        'ul',
        { class: 'caveats' },
        row.caveats.map((c) => h('li', {}, h('span', { class: 'caveat-kind' }, `${CAVEAT_WORDS[c.code][locale]}${UI.colon[locale]}`), libraryText(c.message, locale))),
      ),
    );
  }
  const source = target?.source;
  if (source?.kind === 'report') parts.push(h('p', { class: 'quote' }, `“${source.quote}” (${source.section})`));
  else if (source?.kind === 'external') parts.push(h('p', { class: 'quote' }, source.quote === undefined ? source.publication : `“${source.quote}” (${source.publication})`));
  return parts;
}

/**
 * Write the head and rows of a scorecard table; open explanations stay open, and a focused
 * row button keeps the focus.
 *
 * @param view - The table.
 * @param plan - The plan the rows were judged on (names, the plan's words).
 * @param rows - What `scorecard` returned.
 * @param locale - The page's language.
 */
export function renderScorecard(view: ScorecardTable, plan: Plan, rows: readonly ScorecardRow[], locale: Locale): void {
  const { table, prefix, open } = view;
  const focused = document.activeElement instanceof HTMLElement && table.contains(document.activeElement) ? document.activeElement.dataset.target : undefined;
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const forms = new Map(plan.targets.map((t) => [t.id, t.form]));
  const head = [UI.indicator, UI.year, UI.target, UI.value, UI.status, UI.basis, UI.caveats];
  fillHead(table, head, locale);
  const body = table.tBodies[0] as HTMLTableSectionElement;
  const out: HTMLTableRowElement[] = [];
  for (const row of rows) {
    const id = idOf(prefix, row.targetId);
    const isOpen = open.has(row.targetId);
    const name = nameIn(names.get(row.indicatorId), locale) || row.indicatorId;
    const button = h(
      'button',
      { type: 'button', class: 'disclosure', 'aria-expanded': isOpen ? 'true' : 'false', 'aria-controls': id, 'data-target': row.targetId, title: UI.showExplanation(name)[locale] },
      name,
    );
    button.addEventListener('click', () => {
      const now = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(now));
      const detail = document.getElementById(id);
      if (detail !== null) detail.hidden = !now;
      if (now) open.add(row.targetId);
      else open.delete(row.targetId);
    });
    out.push(
      h(
        'tr',
        { class: 'row', 'data-target': row.targetId, 'data-status': row.status, 'data-basis': row.basis ?? '' },
        h('th', { scope: 'row' }, button),
        h('td', { class: 'num' }, String(row.year)),
        h('td', { class: 'goal' }, goal(row.comparator, row.threshold, row.unit, locale, forms.get(row.targetId))),
        h('td', { class: 'num value' }, qty(row.value, row.unit, locale)),
        h('td', { class: `status status-${row.status}` }, SCORECARD_STATUS_WORDS[row.status][locale]),
        h('td', { class: 'basis' }, row.basis === null ? '–' : UI.basisWords[row.basis][locale]),
        h('td', { class: 'caveat-kinds' }, caveatKinds(row, locale)),
      ),
    );
    const detail = h('tr', { id, class: 'explanation', 'data-for': row.targetId }, h('td', { colspan: head.length }, explanation(plan, row, locale)));
    detail.hidden = !isOpen;
    out.push(detail);
  }
  fill(body, out);
  if (focused !== undefined) {
    const again = [...body.querySelectorAll<HTMLButtonElement>('button.disclosure')].find((b) => b.dataset.target === focused);
    again?.focus();
  }
}
