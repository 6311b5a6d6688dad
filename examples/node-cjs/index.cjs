/**
 * baotou-plan from Node.js with require() (CommonJS): the same scenario as the ESM example,
 * in Chinese units.
 *
 * In the repository: npm run build && node examples/node-cjs/index.cjs
 */
const { baotou13, formatQuantity, project, quantity, scenarios, scorecard } = require('baotou-plan');

const projection = project(baotou13, scenarios.reportedTrend);
const levels = projection.indicators['industrial-value-added'];
console.log(`情景 ${projection.scenarioId}：工业增加值`);
for (const year of projection.years) {
  console.log(`  ${year}  ${formatQuantity(quantity(levels[year], 'bn-yuan'), { locale: 'zh-CN', places: 2 })}`);
}

const rows = scorecard(baotou13, projection);
const judged = rows.filter((row) => row.status === 'met' || row.status === 'not_met');
console.log(`${judged.filter((row) => row.met).length} of ${judged.length} targets met`);
