/**
 * baotou-plan in the browser: the scorecard of the built-in `reported-trend` scenario as an
 * HTML table, the projection of industrial value added, and its trajectory chart (drawn by
 * vega-embed when the page loads it, else shown as its Vega-Lite JSON). Bundled with esbuild
 * for the browser platform (see index.html); nothing of Node is needed.
 */
import { baotou13, baotouReported, formatQuantity, project, quantity, scenarios, scorecard } from 'baotou-plan';
import { planTrajectoryChart } from 'baotou-plan/charts';

const SYMBOL = { atLeast: '≥', above: '>', atMost: '≤', below: '<', approximately: '≈' };

/** Append an element with text to a parent. */
function el(document, parent, tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  parent.appendChild(node);
  return node;
}

/** Render the scorecard and the projection into `root`. */
export function render(document, root) {
  const projection = project(baotou13, scenarios.reportedTrend);
  const names = new Map(baotou13.indicators.map((i) => [i.id, i.name.en]));

  el(document, root, 'h2', `Scenario '${projection.scenarioId}'`);
  const table = el(document, root, 'table');
  const head = el(document, table, 'tr');
  for (const heading of ['Indicator', 'Year', 'Target', 'Value', 'Status']) el(document, head, 'th', heading);
  for (const row of scorecard(baotou13, projection)) {
    const tr = el(document, table, 'tr');
    el(document, tr, 'td', names.get(row.indicatorId) ?? row.indicatorId);
    el(document, tr, 'td', String(row.year), 'number');
    el(document, tr, 'td', `${SYMBOL[row.comparator]} ${formatQuantity(quantity(row.threshold, row.unit))}`, 'number');
    el(document, tr, 'td', row.value === null ? '–' : formatQuantity(quantity(row.value, row.unit), { places: 2 }), 'number');
    el(document, tr, 'td', row.status.replace('_', ' '), row.status);
  }

  el(document, root, 'h2', 'Industrial value added');
  const levels = el(document, root, 'table');
  const levelsHead = el(document, levels, 'tr');
  const levelsBody = el(document, levels, 'tr');
  for (const year of projection.years) {
    el(document, levelsHead, 'th', String(year));
    const value = projection.indicators['industrial-value-added'][year];
    el(document, levelsBody, 'td', formatQuantity(quantity(value, 'bn-yuan'), { places: 1 }), 'number');
  }

  // The reported figures, the projection, the 240 bn target and the path it requires.
  const spec = planTrajectoryChart(baotou13, projection, { indicator: 'industrial-value-added', observations: baotouReported });
  const chart = el(document, root, 'div', undefined, 'chart');
  if (typeof globalThis.vegaEmbed === 'function') globalThis.vegaEmbed(chart, spec);
  else el(document, chart, 'pre', JSON.stringify(spec, null, 2));
}

if (typeof document !== 'undefined') render(document, document.getElementById('app'));
