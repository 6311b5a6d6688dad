/**
 * The Node examples, run as users run them: `node examples/node-esm/index.mjs` and
 * `node examples/node-cjs/index.cjs`, importing the package by its name. Inside the
 * repository Node resolves `baotou-plan` to the package itself through package.json
 * `exports`, that is to the built `dist/` (`npm test` builds before the tests run).
 *
 * Expected figures: 120 bn yuan in 2015 grown by 10 %, 11.8 %, 11 %, 11.8 %, 11 % (the
 * reported-trend scenario) is 131.76, 144.67248, 160.5864528, 179.5356542304, 199.284576195744
 * (Python decimal); (240 ÷ 120)^(1/5) − 1 = 14.87 % (Python decimal, 60 digits).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/index.cjs'))) {
    throw new Error('the examples run against the built package: run `npm run build` first (`npm test` does)');
  }
});

function node(file: string) {
  return spawnSync(process.execPath, [join(root, file)], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('examples/node-esm', () => {
  it('imports baotou-plan by name and prints the scenario summary', () => {
    const r = node('examples/node-esm/index.mjs');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        "Scenario 'reported-trend', 2015–2020: industrial value added",
        '  2015  120.00 billion yuan',
        '  2016  131.76 billion yuan',
        '  2017  144.67 billion yuan',
        '  2018  160.59 billion yuan',
        '  2019  179.54 billion yuan',
        '  2020  199.28 billion yuan',
        'Growth needed for 240 billion yuan in 2020: 14.87% a year',
        '  industrial-value-added-2020: not_met',
        '  industrial-value-added-growth-2020: met',
        '',
      ].join('\n'),
    );
  });
});

describe('examples/node-cjs', () => {
  it('requires baotou-plan by name and prints the summary in Chinese units', () => {
    const r = node('examples/node-cjs/index.cjs');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        '情景 reported-trend：工业增加值',
        '  2015  1,200.00 亿元',
        '  2016  1,317.60 亿元',
        '  2017  1,446.72 亿元',
        '  2018  1,605.86 亿元',
        '  2019  1,795.36 亿元',
        '  2020  1,992.85 亿元',
        '1 of 2 targets met',
        '',
      ].join('\n'),
    );
  });
});

describe('examples/required-growth.mjs', () => {
  it('prints the growth the 240 bn target needs and where 8 % a year leads', () => {
    // (240 ÷ 120)^(1/5) − 1 = 14.87 %; 120 × 1.08⁵ = 176.319369216 (Python decimal)
    const r = node('examples/required-growth.mjs');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('required annual growth: 14.87 % a year');
    expect(r.stdout).toContain('industrial value added 2015 (reported, above-scale): 120 bn yuan');
    expect(r.stdout).toContain('at least 8 % a year ("above", 以上), which reaches 176.3 bn yuan');
  });
});
