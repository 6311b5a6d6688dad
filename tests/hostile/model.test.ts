/**
 * The permanent hostile suite, part two: a fast-check model that generates hostile decimals
 * (strings at and beyond the bounds, non-finite and extreme numbers, huge bigints, Decimals of
 * another copy of decimal.js, fake Decimals, the library's own extremes) and puts them in
 * every numeric parameter of every export, in a child process with a memory cap and a time
 * limit: each call returns or throws a `PlanError`, within three seconds. The model is in
 * `_lib/model.mjs`, which the child runs; the seed is random and printed with a failure.
 */
import { describe, expect, it } from 'vitest';
import { EXCLUDED } from './_lib/calls.mjs';
import { EXPORTED_FUNCTIONS as FUNCTIONS, runChild } from './_lib/child.js';
import { NO_NUMBERS, SLOTS } from './_lib/model.mjs';

const MODEL = new URL('./_lib/model.mjs', import.meta.url).href;

interface ModelResult {
  readonly slots: number;
  readonly calls: number;
  readonly ms: number;
  readonly failures: readonly { name: string; where: string; problem: string; values: string[] }[];
}

describe('hostile decimals in every numeric parameter of every export', () => {
  it('knows every exported function: its numeric parameters, or that it has none', () => {
    expect(FUNCTIONS.filter((name) => !(name in SLOTS) && !(name in NO_NUMBERS) && !(name in EXCLUDED))).toEqual([]);
    expect(Object.keys(SLOTS).filter((name) => !FUNCTIONS.includes(name))).toEqual([]);
  });

  it('each call returns or throws a PlanError, in time', () => {
    const seed = Date.now() % 1_000_000;
    const result = runChild<ModelResult>(
      `hostile-model-seed-${seed}`,
      (progress) =>
        `const m = await import(${JSON.stringify(MODEL)}); return m.runModel(lib, ${JSON.stringify(Object.keys(SLOTS))}, { numRuns: 40, seed: ${seed}, progress: ${JSON.stringify(progress)} });`,
      { memoryMb: 768, timeoutMs: 150_000 },
    );
    expect({ seed, failures: result.failures }).toEqual({ seed, failures: [] });
    expect(result.slots).toBeGreaterThan(100);
    expect(result.calls).toBe(result.slots * 40);
  }, 180_000);
});
