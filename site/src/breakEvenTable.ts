/**
 * The break-even rates of a scenario as a table: for each series and each target with a value
 * that depends on it, the constant growth a year at which the target turns (`breakEven`).
 * They take up to tens of milliseconds each, so they run a few at a time between frames, and
 * a newer scenario stops an older run. The rows are found on the first run and then kept, so
 * that the table does not change size as the rates change.
 */
import type { Locale, Plan, ScenarioLike } from 'baotou-plan';
import { fill, h } from './dom.js';
import { rate } from './format.js';
import { UI, nameIn } from './i18n.js';
import { problemText } from './issues.js';
import { breakEvenOf, type BreakEvenCell, type Outcome } from './scenario.js';
import { fillHead, targetLabel } from './tables.js';

/** A series and a target. */
interface Pair {
  readonly series: string;
  readonly targetId: string;
}

/** Time given to break-evens before the page gets a turn, in milliseconds. */
const SLICE = 12;

/** The latest run, of any table: one table is on the page, and a newer run (another plan's too) stops an older one. */
let latest = 0;

/** The break-even table of one plan's scenario editor. */
export interface BreakEvenTable {
  /** Compute the break-evens of a scenario (stopping a run in progress). */
  start(scenario: ScenarioLike, outcome: Outcome, locale: Locale): void;
}

function cellText(cell: BreakEvenCell, locale: Locale): string {
  if ('error' in cell) return problemText(cell.error, locale);
  const r = cell.result;
  if (r.upper !== null) return `${rate(r.value, locale)} – ${rate(r.upper, locale)}`;
  return `${r.kind === 'minimum' ? '≥' : '≤'} ${rate(r.value, locale)}`;
}

/**
 * A break-even table for a plan whose scenario drives `series`.
 *
 * @param table - The table element.
 * @param plan - The plan.
 * @param series - The driven series, in order.
 * @returns The table's runner.
 */
export function breakEvenTable(table: HTMLTableElement, plan: Plan, series: readonly string[]): BreakEvenTable {
  const body = table.tBodies[0] as HTMLTableSectionElement;
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  let pairs: Pair[] | null = null;

  const rowOf = (pair: Pair, cell: BreakEvenCell, locale: Locale): HTMLTableRowElement => {
    const t = plan.targets.find((x) => x.id === pair.targetId);
    const ok = 'result' in cell;
    return h(
      'tr',
      { 'data-series': pair.series, 'data-target': pair.targetId, 'data-kind': ok ? cell.result.kind : 'none' },
      h('th', { scope: 'row' }, nameIn(names.get(pair.series), locale) || pair.series),
      h('td', {}, t === undefined ? pair.targetId : targetLabel(plan, t, locale)),
      h('td', { class: ok ? 'rate num' : 'rate muted' }, cellText(cell, locale)),
    );
  };

  return {
    start(scenario, outcome, locale) {
      const mine = ++latest;
      fillHead(table, [UI.indicator, UI.target, UI.breakEven], locale);
      // Only targets with a value on the projection have a break-even; the verdicts say why the others have none.
      const valued = outcome.rows.filter((r) => r.value !== null).map((r) => r.targetId);
      const first = pairs === null;
      const queue: Pair[] = pairs ?? series.flatMap((s) => valued.map((targetId) => ({ series: s, targetId })));
      const found: Pair[] = [];
      if (first) fill(body);
      table.setAttribute('aria-busy', 'true');
      let i = 0;
      const step = (): void => {
        if (mine !== latest) return;
        const started = performance.now();
        while (i < queue.length && performance.now() - started < SLICE) {
          const pair = queue[i++] as Pair;
          const cell = breakEvenOf(plan, scenario, pair.series, pair.targetId);
          if (cell === null) continue;
          if (first) {
            found.push(pair);
            body.append(rowOf(pair, cell, locale));
          } else {
            [...body.rows].find((r) => r.dataset.series === pair.series && r.dataset.target === pair.targetId)?.replaceWith(rowOf(pair, cell, locale));
          }
        }
        if (i < queue.length) {
          setTimeout(step, 0);
          return;
        }
        if (first) pairs = found;
        if (body.rows.length === 0) fill(body, h('tr', {}, h('td', { colspan: 3, class: 'muted' }, UI.none[locale])));
        table.removeAttribute('aria-busy');
        table.dataset.done = String(mine);
      };
      setTimeout(step, 0);
    },
  };
}
