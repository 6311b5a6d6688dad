/**
 * A fast-check model of hostile decimals for every formula (issue 12, "What to build" 1 and 8):
 * the largest and smallest exponents the number gate accepts (±10,000), mantissas of up to
 * 1,000 digits (and one more, refused), `-0`, rates next to −1 and next to 0, years from 0 to
 * the limit of 10,000 and beyond it (tests/calc/_lib/hostileCases.mjs).
 *
 * The calls run in a child process with a heap cap and a time limit (tests/_lib/isolated.ts),
 * so that a hang or an exhausted heap fails the test instead of the run. Every call must end,
 * within two seconds, with a value or a `PlanError`, and agree with Python's `decimal`
 * (tests/calc/hostile_oracle.py, run here on every call): the same value (exactly, for the
 * formulas that are one rounding of an exact quotient, difference or product; within one unit
 * of the 34th digit for the others), `DOMAIN` where the input is outside the formula's domain
 * or the result beyond the bounds, `INVALID_DECIMAL` where the gate refuses an input.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { runIsolated } from '../_lib/isolated.js';

const CASES = JSON.stringify(fileURLToPath(new URL('./_lib/hostileCases.mjs', import.meta.url)));
const ORACLE = fileURLToPath(new URL('./hostile_oracle.py', import.meta.url));
const Wide = Decimal.clone({ precision: 200, maxE: 9e15, minE: -9e15 });

/** The longest a single call may take (a busy two-core machine included). */
const PER_CALL_MS = 2_000;

interface Ran {
  readonly formula: string;
  readonly args: readonly unknown[];
  readonly value?: string;
  readonly digits?: number;
  readonly own?: boolean;
  readonly name?: string;
  readonly code?: string;
  readonly message?: string;
  readonly ms: number;
}

type Verdict = { readonly refused: true } | { readonly domain: string } | { readonly value: string; readonly exact: boolean };

function oracle(cases: readonly Ran[]): Verdict[] {
  const r = spawnSync('python3', [ORACLE], {
    input: JSON.stringify(cases.map(({ formula, args }) => ({ formula, args }))),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.error?.message ?? r.stderr}`);
  return JSON.parse(r.stdout) as Verdict[];
}

/** What is wrong with one call's answer, given Python's verdict; `undefined` when nothing. */
function disagreement(ran: Ran, verdict: Verdict): string | undefined {
  if (ran.ms > PER_CALL_MS) return `took ${Math.round(ran.ms)} ms`;
  if ('refused' in verdict) return ran.code === 'INVALID_DECIMAL' ? undefined : `expected INVALID_DECIMAL, got ${ran.code ?? ran.value}`;
  if ('domain' in verdict) return ran.code === 'DOMAIN' ? undefined : `expected DOMAIN (${verdict.domain}), got ${ran.code ?? ran.value}`;
  if (ran.value === undefined) return `expected ${verdict.value}, got ${ran.name} ${ran.code}: ${ran.message}`;
  if (ran.digits !== undefined && ran.digits > 34) return `${ran.value} has ${ran.digits} significant digits`;
  if (ran.own !== true) return `${ran.value} is not frozen`;
  const got = new Wide(ran.value);
  const want = new Wide(verdict.value);
  if (verdict.exact) return got.eq(want) ? undefined : `${ran.value} ≠ ${verdict.value} (exact)`;
  const unit = want.isZero() ? new Wide('1e-10034') : new Wide(`1e${want.e - 33}`);
  return got.minus(want).abs().lte(unit) ? undefined : `${ran.value} is more than one unit from ${verdict.value}`;
}

describe('every formula on hostile decimals: a value agreeing with Python decimal, or a PlanError, in bounded time', () => {
  it.each([1, 2, 3])('sample %i of 1,000 calls', (round) => {
    const seed = (Date.now() * round) % 2 ** 31;
    const { outcome } = runIsolated(`const m = await import(${CASES}); return m.evaluate(lib, ${seed}, 1000);`, { memoryMb: 512, timeoutMs: 120_000 });
    if (outcome.kind !== 'value') throw new Error(`seed ${seed}: ${JSON.stringify(outcome).slice(0, 1000)}`);
    const ran = outcome.value as Ran[];
    expect(ran).toHaveLength(1000);
    for (const r of ran) if (r.value === undefined) expect(r.name, `${r.formula}(${JSON.stringify(r.args).slice(0, 200)}): ${r.message}`).toBe('PlanError');
    const verdicts = oracle(ran);
    const wrong = ran
      .map((r, i) => [r, disagreement(r, verdicts[i] as Verdict)] as const)
      .filter(([, problem]) => problem !== undefined)
      .map(([r, problem]) => `${r.formula}(${JSON.stringify(r.args).slice(0, 300)}): ${problem}`);
    expect(wrong, `seed ${seed}`).toEqual([]);
    // The model reaches every kind of answer.
    expect(verdicts.some((v) => 'value' in v)).toBe(true);
    expect(verdicts.some((v) => 'domain' in v)).toBe(true);
  }, 240_000);
});
