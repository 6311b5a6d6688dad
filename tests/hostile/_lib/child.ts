/**
 * What the hostile suites share: the functions the package exports (read from its entries, so
 * that a new export is covered as soon as it is added), and a run of a child process that says,
 * when the child crashes or hangs, which case it had started.
 */
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import * as calc from '../../../src/calc/index.js';
import * as charts from '../../../src/charts/index.js';
import * as data from '../../../src/data/index.js';
import * as root from '../../../src/index.js';
import * as schema from '../../../src/schema/index.js';
import { runIsolated, type IsolatedOptions } from '../../_lib/isolated.js';

/** The name of every function of every entry (root, /calc, /schema, /data, /charts), sorted. */
export const EXPORTED_FUNCTIONS: readonly string[] = [
  ...new Set(
    [root, calc, schema, data, charts].flatMap((entry) => Object.entries(entry).filter(([, v]) => typeof v === 'function').map(([k]) => k)),
  ),
].sort();

/**
 * Run `body(progress)` in a child (see `runIsolated`) and return what it returned. `body` gets
 * the path of a file where the child writes the case it starts; a crash or a timeout fails the
 * test, naming that case.
 */
export function runChild<T>(name: string, body: (progress: string) => string, options: IsolatedOptions): T {
  const progress = fileURLToPath(new URL(`../../../.tmp/isolated/${name}-${process.pid}.txt`, import.meta.url));
  const { outcome } = runIsolated(body(progress), options);
  let last = '(none)';
  try {
    last = readFileSync(progress, 'utf8');
  } catch {
    // the child never started a case
  }
  rmSync(progress, { force: true });
  if (outcome.kind !== 'value') expect.fail(`${name}: the child ended with ${JSON.stringify(outcome).slice(0, 500)}; the last case it started: ${last}`);
  return outcome.value as T;
}
