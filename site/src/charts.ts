/**
 * The charts, loaded only when the reader opens them (a dynamic import: a chunk of its own
 * with vega, vega-lite and vega-embed): the trajectory of one indicator and the scorecard
 * chart, from the library's Vega-Lite specifications.
 */
import type { Locale, Observation, Plan, Projection, ScorecardRow } from 'baotou-plan';
import { planScorecardChart, planTrajectoryChart } from 'baotou-plan/charts';
import embed, { type Result, type VisualizationSpec } from 'vega-embed';
import { problemText } from './issues.js';

/** What the two charts show. */
export interface ChartInput {
  readonly plan: Plan;
  readonly locale: Locale;
  /** The projection of the current scenario, or `null` when the plan has none. */
  readonly projection: Projection | null;
  readonly observations: readonly Observation[];
  readonly indicator: string | null;
  readonly rows: readonly ScorecardRow[];
}

/** The views drawn in each box, finalized before the box is drawn again. */
const drawn = new Map<HTMLElement, Result>();

/** Draw a spec in a box, or write why there is none. */
async function draw(box: HTMLElement, make: () => unknown, locale: Locale): Promise<void> {
  drawn.get(box)?.finalize();
  drawn.delete(box);
  let spec: unknown;
  try {
    spec = make();
  } catch (error) {
    box.replaceChildren();
    const p = document.createElement('p');
    p.className = 'chart-error';
    p.textContent = problemText(error, locale);
    box.append(p);
    return;
  }
  box.replaceChildren();
  const result = await embed(box, spec as VisualizationSpec, { actions: false, renderer: 'svg', tooltip: true });
  drawn.set(box, result);
}

/**
 * Draw (or draw again) the trajectory and the scorecard chart.
 *
 * @param trajectoryBox - Where the trajectory goes.
 * @param scorecardBox - Where the scorecard chart goes.
 * @param input - What they show.
 */
export async function drawCharts(trajectoryBox: HTMLElement, scorecardBox: HTMLElement, input: ChartInput): Promise<void> {
  const { plan, locale, projection, observations, indicator, rows } = input;
  const width = Math.max(240, Math.min(720, trajectoryBox.clientWidth - 160));
  await Promise.all([
    draw(
      trajectoryBox,
      () => {
        if (indicator === null) throw new Error('–');
        const own = observations.some((o) => o.indicator === indicator);
        const empty = { scenarioId: 'none', planId: plan.id, baseYear: plan.baseYear, horizon: plan.period.end, years: [], prices: 'current', series: {}, indicators: {}, units: {}, notes: [] };
        return planTrajectoryChart(plan, projection ?? (empty as unknown as Projection), {
          indicator,
          locale,
          width,
          height: 300,
          ...(own ? { observations } : {}),
        });
      },
      locale,
    ),
    draw(scorecardBox, () => planScorecardChart(plan, rows, { locale, width }), locale),
  ]);
}
