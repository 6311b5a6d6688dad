#!/usr/bin/env node
/**
 * The figures of README's table of measurements, in one run on this machine, each against
 * its goal (issue 10):
 *
 * - bare Node (`node -e 1`), `import 'baotou-plan'` and `import 'baotou-plan/calc'`: the
 *   wall time of the whole process, as a user's script pays it; goal: root ≤ 1.3 × calc;
 * - `baotou-plan scorecard` (`node dist/cli.js scorecard`); goal: ≤ 2.2 × bare Node;
 * - `npm start` (the ESM library's and the command line's build, then the scorecard), once,
 *   from an empty `dist/`; goal: ≤ 15 s;
 * - the tarball, packed and unpacked (`npm pack --dry-run --json`); goal: packed ≤ 500 kB.
 *
 * The processes are started in turns (bare, root, calc, scorecard, bare, root …) so that a
 * busy spell of the machine falls on all of them alike, after one warm-up turn; each figure
 * is the median of its runs. The time an import takes inside the process (after Node has
 * started) is printed for information.
 *
 * Usage: `npm run measure [-- --runs 21]`: it runs `npm start`, then `npm run build`, then
 * measures. Exits with 1 when a goal does not hold. Not part of `npm test`: timings
 * depend on the machine, and a test must not.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg === -1 ? 21 : Number(process.argv[runsArg + 1]);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs: expected a positive integer, got ${process.argv[runsArg + 1]}`);

/** An ES module that imports `specifier` and prints how long the import took inside the process. */
const importing = (specifier) =>
  `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;

const PROCESSES = {
  bare: { label: 'bare Node: node -e 1', args: ['-e', '1'] },
  root: { label: "import 'baotou-plan'", args: ['--input-type=module', '-e', importing('baotou-plan')] },
  calc: { label: "import 'baotou-plan/calc'", args: ['--input-type=module', '-e', importing('baotou-plan/calc')] },
  scorecard: { label: 'baotou-plan scorecard', args: [join(root, 'dist/cli.js'), 'scorecard'] },
};

/** Runs `node …args` once: its wall time in ms, and what it printed. */
function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return { ms, stdout: result.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// `npm start` first (it builds the ESM library and the command line only), then the whole
// build again, so that the timings and the tarball are those of the package as published.
const startBegin = process.hrtime.bigint();
execFileSync('npm', ['start', '--silent'], { cwd: root, stdio: 'ignore' });
const npmStart = Number(process.hrtime.bigint() - startBegin) / 1e6;
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });

const wall = Object.fromEntries(Object.keys(PROCESSES).map((k) => [k, []]));
const inside = { root: [], calc: [] };
for (const p of Object.values(PROCESSES)) time(p.args); // warm-up: disk cache, compile cache
for (let i = 0; i < RUNS; i++) {
  for (const [k, p] of Object.entries(PROCESSES)) {
    const { ms, stdout } = time(p.args);
    wall[k].push(ms);
    if (k in inside) inside[k].push(Number(stdout.trim()));
  }
}
const m = Object.fromEntries(Object.entries(wall).map(([k, xs]) => [k, median(xs)]));

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));

const ms = (x) => `${x.toFixed(0)} ms`;
const kB = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;
const goals = [
  ['root import / calc import', m.root / m.calc, 1.3, (x) => `${x.toFixed(2)}×`],
  ['scorecard / bare Node', m.scorecard / m.bare, 2.2, (x) => `${x.toFixed(2)}×`],
  ['npm start (CLI build + scorecard, 1 run)', npmStart / 1000, 15, (x) => `${x.toFixed(1)} s`],
  ['tarball, packed', pack.size / 1000, 500, (x) => `${x.toFixed(0)} kB`],
];

const lines = [
  `measure: Node ${process.version}, ${RUNS} runs of each process, in turns; medians of wall time (min–max)`,
  ...Object.entries(PROCESSES).map(
    ([k, p]) => `  ${p.label.padEnd(28)} ${ms(m[k]).padStart(7)}   (${ms(Math.min(...wall[k]))}–${ms(Math.max(...wall[k]))})`,
  ),
  `  inside the process, the import alone: root ${ms(median(inside.root))}, calc ${ms(median(inside.calc))}`,
  `  tarball ${pack.filename}: ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked, ${pack.entryCount} files`,
  'goals:',
  ...goals.map(([name, value, limit, show]) => `  ${value <= limit ? 'holds ' : 'FAILS '} ${name}: ${show(value)} (goal ≤ ${show(limit)})`),
];
console.log(lines.join('\n'));
if (goals.some(([, value, limit]) => value > limit)) process.exitCode = 1;
