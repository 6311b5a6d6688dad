// The 2020 targets' required growth: what annual growth each level target needs from the
// reported 2015 base (`npm start` runs the CLI's `baotou-plan scorecard`, which goes further).
// In the repository: npm run build && node examples/required-growth.mjs
import { baotou13, baotouReported, requiredGrowth, compound, convert, quantity, formatDecimal, round } from 'baotou-plan';

const reported = baotouReported.find((o) => o.indicator === 'industrial-value-added' && o.year === 2015);
// Reported in 亿元 (100m-yuan), as published; the target is in billions: convert exactly.
const base = convert(quantity(reported.value, reported.unit), 'bn-yuan');
const level = baotou13.targets.find((t) => t.id === 'industrial-value-added-2020');
const rate = baotou13.targets.find((t) => t.id === 'industrial-value-added-growth-2020');
const years = level.year - baotou13.baseYear;

const needed = requiredGrowth(base.value, level.value, years);
const reached = compound(base.value, rate.value.div(100), years);

console.log('Baotou 13th Five-Year Plan: required growth to the 2020 targets');
console.log(`  industrial value added 2015 (reported, above-scale): ${base.value} bn yuan`);
console.log(`  2020 target: ${level.value} bn yuan over ${years} years`);
console.log(`  required annual growth: ${formatDecimal(round(needed.times(100), 2))} % a year`);
console.log(`  the plan's own rate target: at least ${rate.value} % a year ("above", 以上), which reaches ${formatDecimal(round(reached, 1))} bn yuan`);
