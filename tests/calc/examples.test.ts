/**
 * Every `@example` in src/calc/ is run: each `expr; // → 'value'` must print that value, and
 * each `expr; // throws PlanError CODE` (with the message on the next `// →` line) must
 * throw it. The documented values were checked against Python's `decimal` when written;
 * this test keeps the docs from rotting.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as calc from '../../src/calc/index.js';
import { dec } from '../../src/decimal.js';
import { PlanError } from '../../src/errors.js';

interface Example {
  readonly code: string;
  readonly value?: string;
  readonly throws?: string;
  readonly message?: string;
}

const dir = new URL('../../src/calc/', import.meta.url);

/** The example statements of one source file. */
function examples(source: string): Example[] {
  const out: Example[] = [];
  for (const block of source.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```\s*\n/g)) {
    const lines = block[1]!
      .split('\n')
      .map((line) => line.replace(/^\s*\*\s?/, ''))
      .filter((line) => line.trim() !== '' && !line.startsWith('```'));
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trimStart().startsWith('//')) continue;
      const [code, comment = ''] = line.split(/\s*\/\/\s*/, 2) as [string, string?];
      const next = lines[i + 1]?.trim() ?? '';
      const arrow = (text: string) => /^→\s*(['"])(.*)\1$/.exec(text)?.[2];
      const followed = next.startsWith('// →') ? arrow(next.slice(3).trim()) : undefined;
      const throws = /^throws PlanError (\w+)/.exec(comment)?.[1];
      if (throws !== undefined) out.push({ code, throws, ...(followed === undefined ? {} : { message: followed }) });
      else out.push({ code, ...(arrow(comment) === undefined ? (followed === undefined ? {} : { value: followed }) : { value: arrow(comment)! }) });
    }
  }
  return out;
}

const scope: Record<string, unknown> = { ...calc, dec };
const run = (code: string): unknown =>
  new Function(...Object.keys(scope), `return ${code.trim().replace(/;$/, '')}`)(...Object.values(scope));

const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe.each(files)('%s', (file) => {
  const list = examples(readFileSync(new URL(file, dir), 'utf8'));
  it('has an example with a value and one with an error', () => {
    expect(list.some((e) => e.value !== undefined)).toBe(true);
    expect(list.some((e) => e.throws !== undefined)).toBe(true);
  });
  it.each(list.map((e) => [e.code.trim(), e] as const))('%s', (_code, example) => {
    if (example.throws === undefined) {
      expect(example.value, 'every example line states its result').toBeDefined();
      expect(String(run(example.code))).toBe(example.value);
      return;
    }
    let thrown: unknown;
    try {
      run(example.code);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PlanError);
    expect((thrown as PlanError).code).toBe(example.throws);
    if (example.message !== undefined) expect((thrown as PlanError).message).toBe(example.message);
  });
});
