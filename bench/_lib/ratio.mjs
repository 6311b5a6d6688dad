/**
 * What both benchmarks measure against: decimal.js's general `pow` at 34 digits (the
 * yardstick), and a way to time several tasks against it in one run.
 *
 * Tasks are timed in interleaved rounds (yardstick, task, task, yardstick, …), each round a
 * batch of calls sized to take about `batchMs`; a task's figures are the mean and the median
 * of its time per call over the rounds. Interleaving puts the yardstick and the tasks under
 * the same conditions, so that their ratio holds where absolute times drift; the median
 * leaves out the rounds that a full garbage collection or a busy neighbour slowed down.
 *
 * Each batch is timed twice: wall-clock time (what a caller waits; the goals are judged on
 * it) and the CPU time of the process (`process.cpuUsage()`), which time spent waiting for a
 * core on a shared machine does not inflate, but which counts the garbage collector's helper
 * threads as well.
 */
import Decimal from 'decimal.js';

/** decimal.js at the library's precision, the way a user would write the formula. */
const Decimal34 = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN });

// Inputs read from an array so that nothing is constant-folded.
const inputs = [{ from: '120', to: '240', years: 5 }];
let sink;

/** The yardstick: `cagr` of 120 → 240 over 5 years through decimal.js `pow`, 34 digits. */
export function powYardstick() {
  const x = inputs[0];
  sink = new Decimal34(x.to).div(x.from).pow(new Decimal34(1).div(x.years)).minus(1);
  return sink;
}

/** The same `cagr` through the library (its `cagr`), for the same inputs. */
export function cagrOf(cagr) {
  return () => {
    const x = inputs[0];
    sink = cagr(x.from, x.to, x.years);
    return sink;
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** How many calls of `fn` take about `ms` milliseconds. */
function calibrate(fn, ms) {
  let n = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    const took = performance.now() - start;
    if (took >= ms / 4) return Math.max(1, Math.round((n * ms) / took));
    n *= 2;
  }
}

/**
 * Time `tasks` (`{ name, fn }`) in `rounds` interleaved rounds of about `batchMs` each, after
 * one warm-up round. Returns, by name, `{ wall, cpu, rounds }`, each of `wall` and `cpu`
 * `{ mean, median }` in µs per call.
 */
export function interleaved(tasks, { rounds = 40, batchMs = 25 } = {}) {
  const sized = tasks.map((t) => ({ ...t, n: calibrate(t.fn, batchMs), wall: [], cpu: [] }));
  for (let round = -1; round < rounds; round++) {
    for (const t of sized) {
      const cpu0 = process.cpuUsage();
      const wall0 = performance.now();
      for (let i = 0; i < t.n; i++) t.fn();
      const wall = ((performance.now() - wall0) * 1000) / t.n;
      const used = process.cpuUsage(cpu0);
      if (round < 0) continue;
      t.wall.push(wall);
      t.cpu.push((used.user + used.system) / t.n);
    }
  }
  return Object.fromEntries(
    sized.map((t) => [
      t.name,
      { wall: { mean: mean(t.wall), median: median(t.wall) }, cpu: { mean: mean(t.cpu), median: median(t.cpu) }, rounds: rounds },
    ]),
  );
}
