/**
 * `npm run bench` (run by bench/calc.bench.mjs, in a process of its own): the size cases of
 * issue 12 — long inputs in time linear in their length.
 *
 * - `chainGrowth` and `averageGrowth` of 10⁵ rates (four-digit rates, whose exact product has
 *   300,000 digits; and tiny rates of alternating sign, whose product stays next to 1);
 * - `parseScenario` of 10⁵ series (read without zod), and of the same with its last series bad
 *   (read by the schema, which says what is wrong);
 * - `parseObservationsCsv` of 10⁶ rows (29 MB), with the heap the observations keep and the
 *   process's peak resident memory.
 *
 * Each is timed (best of a few runs, wall clock and CPU) and shown per item (per rate, series,
 * row) as a ratio against the yardstick of bench/_lib/ratio.mjs (decimal.js `pow` at 34 digits,
 * measured in the same process): one rate chained costs that fraction of one `pow`.
 *
 * Usage: node bench/size.bench.mjs [entry]   (entry defaults to ../dist/index.js with
 *   ../dist/schema/index.js; without a build, src/ is bundled with esbuild)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { interleaved, powYardstick } from './_lib/ratio.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The library (root and schema entries): the build, or a bundle of the sources. */
async function load() {
  const root = process.argv[2] ? resolve(process.argv[2]) : join(here, '../dist/index.js');
  try {
    const lib = { ...(await import(pathToFileURL(root).href)), ...(await import(pathToFileURL(join(dirname(root), 'schema/index.js')).href)) };
    if (['chainGrowth', 'averageGrowth', 'parseScenario', 'parseObservationsCsv'].every((name) => name in lib)) return { lib, from: root };
  } catch {
    // not built: bundle below
  }
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'baotou-plan-size-'));
  const source = join(dir, 'entry.mjs');
  const outfile = join(dir, 'bundle.mjs');
  const src = join(here, '../src');
  writeFileSync(source, [`export * from ${JSON.stringify(join(src, 'index.ts'))};`, `export * from ${JSON.stringify(join(src, 'schema/index.ts'))};`].join('\n'));
  await build({ entryPoints: [source], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  const lib = await import(pathToFileURL(outfile).href);
  rmSync(dir, { recursive: true, force: true });
  return { lib, from: 'src/ (bundled with esbuild: no build of dist/)' };
}

const { lib, from } = await load();
let sink;

/** Best of `runs` runs of `fn`: wall-clock and CPU milliseconds. */
function best(fn, runs = 3) {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    sink = fn();
    wall = Math.min(wall, performance.now() - t);
    const d = process.cpuUsage(c);
    cpu = Math.min(cpu, (d.user + d.system) / 1000);
  }
  return { wall, cpu };
}

const growth = Array.from({ length: 1e5 }, (_, i) => `0.0${(i % 9) + 1}${i % 7}`);
const tiny = Array.from({ length: 1e5 }, (_, i) => `${i % 2 ? '-' : ''}${(i % 9) + 1}e-${7 + (i % 5)}`);
const scenario = (() => {
  const series = {};
  for (let i = 0; i < 1e5; i++) series[`s${i}`] = { base: '120', unit: 'bn-yuan', growth: '0.08' };
  return { id: 'big', baseYear: 2015, horizon: 2020, series };
})();
// The same with its last series bad: the schema reads it all to say what is wrong.
const badScenario = { ...scenario, series: { ...scenario.series, s99999: { base: '-1' } } };
const csv = (() => {
  const lines = ['indicator,year,value,unit,status'];
  for (let i = 0; i < 1e6; i++) lines.push(`ind-${i % 5000},${1900 + Math.floor(i / 5000)},${(i * 7) % 100000}.${i % 97},100m-yuan,${i % 5 === 0 ? 'E' : ''}`);
  return `${lines.join('\n')}\n`;
})();

// Warm up on small inputs, then the yardstick: µs per decimal.js pow, in this process.
lib.chainGrowth(growth.slice(0, 2000));
lib.averageGrowth(tiny.slice(0, 2000));
lib.parseScenario({ ...scenario, series: Object.fromEntries(Object.entries(scenario.series).slice(0, 2000)) });
lib.parseObservationsCsv(csv.slice(0, 100_000).replace(/\n[^\n]*$/, '\n'));
const yard = interleaved([{ name: 'pow', fn: powYardstick }], { rounds: 20 }).pow;

const cases = [
  { task: 'chainGrowth, 10^5 four-digit rates', items: 1e5, fn: () => lib.chainGrowth(growth) },
  { task: 'averageGrowth, 10^5 four-digit rates', items: 1e5, fn: () => lib.averageGrowth(growth) },
  { task: 'chainGrowth, 10^5 tiny rates (product next to 1)', items: 1e5, fn: () => lib.chainGrowth(tiny) },
  { task: 'averageGrowth, 10^5 tiny rates', items: 1e5, fn: () => lib.averageGrowth(tiny) },
  { task: 'parseScenario, 10^5 series', items: 1e5, fn: () => lib.parseScenario(scenario) },
  { task: 'parseScenario, 10^5 series, the last one bad (the error)', items: 1e5, fn: () => { try { return lib.parseScenario(badScenario); } catch (error) { return error; } } },
];
const rows = cases.map(({ task, items, fn }) => {
  const t = best(fn);
  return {
    task,
    'ms (best)': t.wall.toFixed(0),
    'CPU ms (best)': t.cpu.toFixed(0),
    'µs per item': ((t.wall * 1000) / items).toFixed(2),
    'per item ÷ yardstick': ((t.wall * 1000) / items / yard.wall.median).toFixed(3),
  };
});

// The CSV last, alone: its heap is measured (retained after a collection, where one can be forced).
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let observations;
const t = best(() => (observations = lib.parseObservationsCsv(csv)), 2);
globalThis.gc?.();
const retained = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
rows.push({
  task: `parseObservationsCsv, 10^6 rows (${(csv.length / 1e6).toFixed(0)} MB)`,
  'ms (best)': t.wall.toFixed(0),
  'CPU ms (best)': t.cpu.toFixed(0),
  'µs per item': ((t.wall * 1000) / 1e6).toFixed(2),
  'per item ÷ yardstick': ((t.wall * 1000) / 1e6 / yard.wall.median).toFixed(3),
});

console.log(`baotou-plan size benchmark — Node ${process.version}, ${process.platform}/${process.arch}; library: ${from}`);
console.log(`yardstick: decimal.js pow at 34 digits, ${yard.wall.median.toFixed(1)} µs (median of ${yard.rounds} rounds)`);
console.table(rows);
console.log(
  `parseObservationsCsv, 10^6 rows: ${observations.length} observations, ${globalThis.gc ? `${retained.toFixed(0)} MB of heap kept` : 'heap kept not measured (run with --expose-gc)'}, ` +
    `peak resident memory of the process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (the benchmark's own inputs included)`,
);
void sink;
