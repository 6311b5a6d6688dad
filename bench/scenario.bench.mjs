/**
 * `npm run bench`: scenarios of the embedded plan.
 *
 * Goals (issue 5): one full `project` + `scorecard` of `baotou13` under `scenarios.planPath`
 * in under 200 µs, and a 10,000-point `sweep` in under 2 s, on one core. Measured 2026-11-29:
 * 145 µs mean (136 µs median) and 0.69 s on a 2-core CI-kind machine, Node 20.
 *
 * Usage: node bench/scenario.bench.mjs [entry]
 *   entry defaults to ../dist/index.js (run `npx tsup` first). If that build does not export
 *   the scenario functions yet, src/index.ts … is bundled with esbuild into a temporary
 *   directory and benchmarked from there (the same code, minus tsup's chunking).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The library: the given entry, dist/, or a bundle of the sources. */
async function load() {
  const wanted = ['project', 'scorecard', 'sweep', 'scenarios', 'baotou13'];
  const entry = process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : pathToFileURL(join(here, '../dist/index.js')).href;
  try {
    const lib = await import(entry);
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
      `export { baotou13 } from ${JSON.stringify(join(src, 'data/baotou13/index.ts'))};`,
    ].join('\n'),
  );
  await build({ entryPoints: [source], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  const lib = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return { lib, from: 'src/ (bundled with esbuild: dist/ does not export the scenario functions yet)' };
}

const { lib, from } = await load();
const { project, scorecard, sweep, scenarios, baotou13 } = lib;
console.log(`library: ${from}`);

let sink;
const bench = new Bench({ time: 2000, warmup: true, warmupTime: 500 });
const planPath = scenarios.planPath;
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
  });
await bench.run();

const rows = bench.tasks.map((task) => {
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
});
console.table(rows);

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
void sink;
