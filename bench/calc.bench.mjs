/**
 * `npm run bench`: the formulas against decimal.js `pow` and floats, side by side in one run,
 * plus Python's C `decimal` (libmpdec) when python3 is on the machine.
 *
 * Goal (issue 2): `cagr` with 5 years at 34 digits at least 10× faster than the same formula
 * through decimal.js `pow`, and faster than Python's C `decimal`.
 *
 * Usage: node bench/calc.bench.mjs [entry]   (entry defaults to ../dist/index.js)
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { Bench } from 'tinybench';
import { powYardstick } from './_lib/ratio.mjs';

const entry = process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : '../dist/index.js';
const { cagr, compound, share, dec, add, quantity } = await import(entry);

// Inputs read from an array so that nothing is constant-folded.
const inputs = [{ from: '120', to: '240', years: 5, rate: '0.08', part: '22.3', whole: '100' }];
let sink;
const pick = () => inputs[0];
const own = dec('22.3');
// Quantities the library made (marked, src/own.ts: trusted as read) and the same as plain objects.
const made = [quantity('120', 'bn-yuan'), quantity('1200', '100m-yuan')];
const plain = [{ value: '120', unit: 'bn-yuan' }, { value: '1200', unit: '100m-yuan' }];

const bench = new Bench({ time: 1000, warmup: true, warmupTime: 200 });
bench
  .add('cagr (ours, 5 years, 34 digits)', () => {
    const x = pick();
    sink = cagr(x.from, x.to, x.years);
  })
  .add('cagr via decimal.js pow (34 digits)', () => {
    sink = powYardstick();
  })
  .add('cagr via Math.pow (floats)', () => {
    const x = pick();
    sink = Math.pow(Number(x.to) / Number(x.from), 1 / x.years) - 1;
  })
  .add('compound (ours, 5 years)', () => {
    const x = pick();
    sink = compound(x.to, x.rate, x.years);
  })
  .add('share (ours)', () => {
    const x = pick();
    sink = share(x.part, x.whole);
  })
  .add('dec (ours)', () => {
    sink = dec(pick().part);
  })
  .add('dec (ours, one of its own Decimals: passed through)', () => {
    sink = dec(own);
  })
  .add('add (ours, two quantities made by quantity())', () => {
    sink = add(made[0], made[1]);
  })
  .add('add (ours, the same as plain { value, unit } objects)', () => {
    sink = add(plain[0], plain[1]);
  });

await bench.run();

const rows = bench.tasks.map((task) => {
  const r = task.result;
  const ok = r && 'latency' in r;
  return {
    task: task.name,
    'µs/op (mean)': ok ? (r.latency.mean * 1000).toFixed(3) : r?.state ?? 'n/a',
    'µs/op (median)': ok ? (r.latency.p50 * 1000).toFixed(3) : '',
    '± %': ok ? r.latency.rme.toFixed(2) : '',
    samples: ok ? r.latency.samplesCount : '',
  };
});

// Python's C decimal (libmpdec), prec 34: the same cagr, from strings, timed with timeit.
const python = `
import timeit, decimal
decimal.getcontext().prec = 34
decimal.getcontext().rounding = decimal.ROUND_HALF_EVEN
setup = "from decimal import Decimal as D; f, t, n = '120', '240', 5"
stmt = "(D(t) / D(f)) ** (D(1) / n) - 1"
timer = timeit.Timer(stmt, setup)
number, _ = timer.autorange()
best = min(timer.repeat(repeat=5, number=number)) / number
print(f"{best * 1e6:.3f}")
print(decimal.__name__, getattr(decimal, '__libmpdec_version__', '?'))
`;
let pythonMicros;
try {
  const out = execFileSync('python3', ['-c', python], { encoding: 'utf8', timeout: 120_000 }).trim().split('\n');
  pythonMicros = Number(out[0]);
  rows.push({
    task: `cagr via Python C decimal ** (prec 34, libmpdec ${out[1]?.split(' ')[1] ?? '?'})`,
    'µs/op (mean)': `${pythonMicros.toFixed(3)} (best of 5)`,
    'µs/op (median)': '',
    '± %': '',
    samples: '',
  });
} catch {
  rows.push({ task: 'cagr via Python C decimal', 'µs/op (mean)': 'python3 not available', 'µs/op (median)': '', '± %': '', samples: '' });
}

console.log(`baotou-plan calc benchmark — Node ${process.version}, ${process.platform}/${process.arch}`);
console.table(rows);

const latency = (name) => bench.tasks.find((t) => t.name === name)?.result?.latency;
const ours = latency('cagr (ours, 5 years, 34 digits)');
const pow = latency('cagr via decimal.js pow (34 digits)');
console.log(
  `cagr: ${(pow.mean / ours.mean).toFixed(1)}× faster than decimal.js pow by the means, ${(pow.p50 / ours.p50).toFixed(1)}× by the medians ` +
    '(goal ≥ 10×; judged with the scenario goal in one interleaved run at the end of bench/scenario.bench.mjs)',
);
if (pythonMicros !== undefined) {
  console.log(`cagr: ${(pythonMicros / (ours.mean * 1000)).toFixed(1)}× faster than Python's C decimal (goal > 1×)`);
}
void sink;

// The size cases of issue 12 (10^5 rates, 10^5 series, 10^6 CSV rows), in a process of their own
// so that their heap does not weigh on these figures, nor these on theirs.
console.log('');
execFileSync(process.execPath, ['--expose-gc', fileURLToPath(new URL('./size.bench.mjs', import.meta.url)), ...process.argv.slice(2)], { stdio: 'inherit' });
