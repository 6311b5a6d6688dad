/**
 * baotou-plan from Node.js, as an ES module: the built-in `reported-trend` scenario, its
 * projection of industrial value added, the growth the 240 bn target needs, and the
 * scorecard.
 *
 * In the repository: npm run build && node examples/node-esm/index.mjs
 * In a project:      npm install baotou-plan, then the same import.
 */
import { baotou13, formatQuantity, project, quantity, requiredGrowth, round, scenarios, scorecard } from 'baotou-plan';

const scenario = scenarios.reportedTrend;
const projection = project(baotou13, scenario);
console.log(`Scenario '${scenario.id}', ${projection.baseYear}–${projection.horizon}: industrial value added`);

const levels = projection.indicators['industrial-value-added'];
for (const year of projection.years) {
  console.log(`  ${year}  ${formatQuantity(quantity(levels[year], 'bn-yuan'), { places: 2 })}`);
}

// What constant growth takes the 2015 level to the plan's 240 billion yuan in 2020?
const needed = requiredGrowth(levels[2015], '240', 5);
console.log(`Growth needed for 240 billion yuan in 2020: ${round(needed.times(100), 2).toFixed(2)}% a year`);

for (const row of scorecard(baotou13, projection)) {
  if (row.status === 'met' || row.status === 'not_met') console.log(`  ${row.targetId}: ${row.status}`);
}
