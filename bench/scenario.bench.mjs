/**
 * `npm run bench`: scenarios of the embedded plan.
 *
 * Goals (and, for information, the scorecard of what happened: `baotou13` over `baotouReported`):
 * - issue 5: one full `project` + `scorecard` of `baotou13` under `scenarios.planPath` in under
 *   200 µs, and a 10,000-point `sweep` in under 2 s, on one core;
 * - issue 10, in one run against one yardstick (decimal.js `pow` at 34 digits, measured in
 *   the same run, interleaved with the tasks: bench/_lib/ratio.mjs): `cagr` at least 10×
 *   faster than the yardstick, and `project` + `scorecard` of `baotou13` under
 *   `scenarios.planPath` at most 2× the yardstick. Judged on the wall-clock medians of the
 *   rounds (the means, and the CPU-time medians, are printed beside them). docs/performance.md
 *   lists the figures and what each speed shortcut saves;
 * - issue 12: `parseScenario` of a scenario of 10⁵ series in well under a second (it took 1.8 s
 *   through the zod schema alone), with its time ÷ the same yardstick; beside it the same
 *   scenario with its last series bad, which the schema reads to say what is wrong.
 *
 * Usage: node bench/scenario.bench.mjs [entry]   (`--gc entry`: only the garbage-collection count, in a fresh process)
 *   entry defaults to ../dist/index.js (`npm run build` first). If that build does not export
 *   the scenario functions yet, src/index.ts … is bundled with esbuild into a temporary
 *   directory and benchmarked from there (the same code, minus tsup's chunking).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { cagrOf, interleaved, powYardstick } from './_lib/ratio.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The library: the given entry, dist/, or a bundle of the sources. */
async function load() {
  const wanted = ['project', 'scorecard', 'sweep', 'scenarios', 'baotou13', 'baotouReported', 'cagr', 'parseScenario'];
  const entry = process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : pathToFileURL(join(here, '../dist/index.js')).href;
  try {
    const lib = { ...(await import(entry)), ...(await import(new URL('schema/index.js', entry).href)) };
    if (wanted.every((name) => name in lib)) return { lib, from: entry };
  } catch {
    // not built: bundle below
  }
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'baotou-plan-bench-'));
  const source = join(dir, 'entry.mjs');
  const outfile = join(dir, 'bundle.mjs');
  const src = join(here, '../src');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    source,
    [
      `export * from ${JSON.stringify(join(src, 'scenario/index.ts'))};`,
      `export { baotou13, baotouReported } from ${JSON.stringify(join(src, 'data/baotou13/index.ts'))};`,
      `export { cagr } from ${JSON.stringify(join(src, 'calc/cagr.ts'))};`,
      `export { parseScenario } from ${JSON.stringify(join(src, 'schema/scenario.ts'))};`,
    ].join('\n'),
  );
  await build({ entryPoints: [source], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  const lib = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return { lib, from: 'src/ (bundled with esbuild: dist/ does not export the scenario functions yet)' };
}

const { lib, from } = process.argv[2] === '--gc' ? { lib: await import(pathToFileURL(resolve(process.argv[3])).href), from: process.argv[3] } : await load();
const { project, scorecard, sweep, scenarios, baotou13, baotouReported, cagr, parseScenario } = lib;
const planPath = scenarios.planPath;
let sink;

/**
 * A mark (src/own.ts) rather than a WeakMap from projections to their tables: the full
 * (mark-compact) garbage collections while 20,000 projections are made, either way. Run in a
 * fresh process (`--gc`), whose heap no other benchmark has grown.
 */
async function fullCollections(keep) {
  const { PerformanceObserver, constants } = await import('node:perf_hooks');
  let major = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++;
  });
  observer.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < 20_000; i++) keep(project(baotou13, planPath));
  await new Promise((done) => setTimeout(done, 50));
  observer.disconnect();
  return major;
}
if (process.argv[2] === '--gc') {
  const tables = new WeakMap();
  const mode = process.argv[4];
  const major = await fullCollections((p) => {
    // what a side table would hold: a table shaped like the projection's own (projectionTable.ts)
    if (mode === 'weakmap') tables.set(p, { baseYear: p.baseYear, horizon: p.horizon, values: new Map(Object.entries(p.indicators)), averages: new Map() });
    sink = p;
  });
  console.log(major);
  process.exit(0);
}

console.log(`library: ${from}`);

// Issue 5: absolute times.
const bench = new Bench({ time: 1500, warmup: true, warmupTime: 300 });
const projection = project(baotou13, planPath);
bench
  .add('project + scorecard (baotou13, planPath)', () => {
    sink = scorecard(baotou13, project(baotou13, planPath));
  })
  .add('project (baotou13, planPath)', () => {
    sink = project(baotou13, planPath);
  })
  .add('scorecard (baotou13, planPath projection)', () => {
    sink = scorecard(baotou13, projection);
  })
  .add('project + scorecard (baotou13, reportedTrend)', () => {
    sink = scorecard(baotou13, project(baotou13, scenarios.reportedTrend));
  })
  .add('scorecard (baotou13, baotouReported): what happened, the default of the command line', () => {
    sink = scorecard(baotou13, baotouReported);
  });
await bench.run();
console.table(
  bench.tasks.map((task) => {
    const r = task.result;
    const ok = r && 'latency' in r;
    return {
      task: task.name,
      'µs/op (mean)': ok ? (r.latency.mean * 1000).toFixed(1) : (r?.state ?? 'n/a'),
      'µs/op (p50)': ok ? (r.latency.p50 * 1000).toFixed(1) : '',
      'µs/op (p99)': ok ? (r.latency.p99 * 1000).toFixed(1) : '',
      '± %': ok ? r.latency.rme.toFixed(2) : '',
      samples: ok ? (r.latency.samples?.length ?? r.latency.samplesCount ?? '') : '',
    };
  }),
);

// A 10,000-point sweep of value-added growth, 0 % to 20 % a year: it reaches the 240 bn and
// 8 % targets, the two shares of industry and the energy intensity (6 of the 11 targets).
const values = Array.from({ length: 10_000 }, (_, i) => (i / 50_000).toString());
const driver = { series: 'industrial-value-added', field: 'growth' };
sweep(baotou13, planPath, { driver, values: values.slice(0, 500) }); // warm up
const times = [];
let result;
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  result = sweep(baotou13, planPath, { driver, values });
  times.push(performance.now() - start);
}
const best = Math.min(...times);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(
  `sweep, 10,000 points: best ${best.toFixed(0)} ms, mean ${mean.toFixed(0)} ms of ${times.length} runs (${result.points.length} points, ${result.points[0].rows.length} rows each)`,
);
const first = bench.tasks[0]?.result;
const perOp = first && 'latency' in first ? first.latency.mean * 1000 : Number.NaN;
console.log(`goal: project + scorecard < 200 µs: ${perOp.toFixed(1)} µs (${perOp < 200 ? 'met' : 'not met'})`);
console.log(`goal: 10,000-point sweep < 2 s: best ${(best / 1000).toFixed(2)} s (${best < 2000 ? 'met' : 'not met'})`);

const gcCount = (mode) =>
  Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--gc', fileURLToPath(from), mode], { encoding: 'utf8' }).trim());
if (from.startsWith('file:')) {
  console.log(
    `full garbage collections per 20,000 projections: ${gcCount('mark')} with the mark, ${gcCount('weakmap')} with a WeakMap entry per projection`,
  );
}

// In one interleaved run (bench/_lib/ratio.mjs): the yardstick, `cagr`, project + scorecard,
// and the same work without each shortcut of docs/performance.md.
const POW = 'decimal.js pow, 34 digits (the yardstick)';
const CAGR = 'cagr (ours, 5 years, 34 digits)';
const PLAN = 'project + scorecard (baotou13, planPath)';
const years = Array.from({ length: planPath.horizon - planPath.baseYear }, (_, k) => planPath.baseYear + 1 + k);
/** planPath with every constant rate given as one rate per year: no constant-rate shortcut. */
const planPathPerYear = {
  ...planPath,
  series: Object.fromEntries(
    Object.entries(planPath.series).map(([id, d]) =>
      d.growth === undefined ? [id, d] : [id, { ...d, growth: Object.fromEntries(years.map((y) => [y, d.growth])) }],
    ),
  ),
};
const unfrozenPlan = { ...baotou13 };
const unfrozenScenario = { ...planPath, series: { ...planPath.series } };
const timed = interleaved([
  { name: POW, fn: powYardstick },
  { name: CAGR, fn: cagrOf(cagr) },
  { name: PLAN, fn: () => (sink = scorecard(baotou13, project(baotou13, planPath))) },
  { name: 'scorecard of the projection (its table)', fn: () => (sink = scorecard(baotou13, projection)) },
  { name: 'without: scorecard of a copy (no table)', fn: () => (sink = scorecard(baotou13, { ...projection })) },
  { name: 'without: rates given per year', fn: () => (sink = scorecard(baotou13, project(baotou13, planPathPerYear))) },
  { name: 'without: a scenario not frozen', fn: () => (sink = scorecard(baotou13, project(baotou13, unfrozenScenario))) },
  { name: 'without: a plan not frozen', fn: () => (sink = scorecard(unfrozenPlan, project(unfrozenPlan, planPath))) },
  {
    name: 'without: every explanation read',
    fn: () => (sink = scorecard(baotou13, project(baotou13, planPath)).map((row) => row.evaluation?.explanation)),
  },
]);
const yard = timed[POW];
console.table(
  Object.entries(timed).map(([task, t]) => ({
    task,
    'µs (mean)': t.wall.mean.toFixed(1),
    'µs (median)': t.wall.median.toFixed(1),
    '÷ yardstick (mean)': (t.wall.mean / yard.wall.mean).toFixed(3),
    '÷ yardstick (median)': (t.wall.median / yard.wall.median).toFixed(3),
    'CPU µs (median)': t.cpu.median.toFixed(1),
    'CPU ÷ yardstick': (t.cpu.median / yard.cpu.median).toFixed(3),
  })),
);
/** A goal, judged on the wall-clock medians; the CPU-time ratio beside it, which load does not inflate. */
function goal(text, ratio, holds, shown) {
  const wall = ratio('wall', 'median');
  const verdict = holds(wall) ? 'holds' : 'does not hold';
  const cpu = ratio('cpu', 'median');
  const note = holds(wall) === holds(cpu) ? '' : ` (by CPU time it ${holds(cpu) ? 'holds' : 'does not hold'}: the machine is busy, run again)`;
  console.log(`goal: ${text}: ${shown(wall)} (medians; ${shown(ratio('wall', 'mean'))} by the means, ${shown(cpu)} by CPU time) — ${verdict}${note}`);
}
goal(
  'cagr ≥ 10× faster than decimal.js pow',
  (clock, stat) => yard[clock][stat] / timed[CAGR][clock][stat],
  (r) => r >= 10,
  (r) => `${r.toFixed(1)}×`,
);
goal(
  'project + scorecard ≤ 2× one decimal.js pow',
  (clock, stat) => timed[PLAN][clock][stat] / yard[clock][stat],
  (r) => r <= 2,
  (r) => `${r.toFixed(2)}×`,
);

// Issue 12: a scenario of 10⁵ series, parsed, against the yardstick (a call of each parse is a round of its own).
const SERIES = 1e5;
const bigScenario = { id: 'big', baseYear: 2015, horizon: 2020, series: {} };
for (let i = 0; i < SERIES; i++) bigScenario.series[`s${i}`] = { base: '120', unit: 'bn-yuan', growth: '0.08' };
const badScenario = { ...bigScenario, series: { ...bigScenario.series, [`s${SERIES - 1}`]: { base: '-1' } } };
const PARSE = 'parseScenario, 10^5 series';
const PARSE_BAD = 'parseScenario, 10^5 series, the last one bad (the error, by the schema)';
const parsed = interleaved(
  [
    { name: POW, fn: powYardstick },
    { name: PARSE, fn: () => (sink = parseScenario(bigScenario)) },
    {
      name: PARSE_BAD,
      fn: () => {
        try {
          sink = parseScenario(badScenario);
        } catch (error) {
          sink = error;
        }
      },
    },
  ],
  { rounds: 5 },
);
console.table(
  [PARSE, PARSE_BAD].map((task) => ({
    task,
    'ms (median)': (parsed[task].wall.median / 1000).toFixed(0),
    'CPU ms (median)': (parsed[task].cpu.median / 1000).toFixed(0),
    '÷ yardstick (median)': (parsed[task].wall.median / parsed[POW].wall.median).toFixed(0),
    'CPU ÷ yardstick': (parsed[task].cpu.median / parsed[POW].cpu.median).toFixed(0),
    'µs per series': (parsed[task].wall.median / SERIES).toFixed(2),
    'per series ÷ yardstick': (parsed[task].wall.median / SERIES / parsed[POW].wall.median).toFixed(3),
  })),
);
goal(
  'parseScenario of 10⁵ series well under 1 s',
  (clock, stat) => parsed[PARSE][clock][stat] / 1e6,
  (seconds) => seconds < 0.5,
  (seconds) => `${seconds.toFixed(2)} s`,
);
void sink;
