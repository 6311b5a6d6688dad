/**
 * `baotou-plan chart`: the Vega-Lite spec on stdout or in a .json file, SVG through the
 * optional vega packages, and a clear message (exit 1) when they are missing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './helpers.js';

type Spec = { $schema: string; description: string; data: { values: Record<string, unknown>[] } };

afterEach(() => {
  vi.doUnmock('vega');
  vi.resetModules();
});

describe('chart', () => {
  it('layout: the Vega-Lite spec of the six zones on stdout', async () => {
    const r = await run(['chart', 'layout']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const spec = JSON.parse(r.stdout) as Spec;
    expect(spec.$schema).toMatch(/vega-lite/);
    expect(spec.description).toContain('east: aluminum; west: steel; south: technology; north: equipment');
  });

  it('trajectory: the reported figures and the projection of the default scenario, in the spec', async () => {
    const r = await run(['chart', 'trajectory', '--out', 'iva.json']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: 'wrote iva.json\n' });
    const spec = JSON.parse(r.files.get('iva.json') ?? '') as Spec;
    const exact = spec.data.values.map((v) => [v['series'], v['year'], v['exact']]);
    expect(exact).toContainEqual(['Observed', 2015, '120']);
    expect(exact).toContainEqual(['Observed', 2012, '130']);
    // the path 240 bn needs: 120 · 2^(1/5) in 2016 (Python decimal, 60 digits, rounded to 34)
    expect(exact).toContainEqual(['Required path', 2016, '137.8438025996442008158352336133513']);
    expect(exact).toContainEqual(['Required path', 2020, '240']);
    // 120 × 1.098 × 1.098 × 1.11 × 1.118 × 1.11 (Python decimal)
    expect(exact).toContainEqual(['Projection', 2020, '199.284576195744']);
    expect(JSON.stringify(spec)).toContain('Target 2020: ≥ 240');
  });

  it('scorecard --lang zh: labels in Chinese where the data has names', async () => {
    const r = await run(['chart', 'scorecard', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('工业增加值（2020年）');
  });

  it('--out file.svg renders with vega', async () => {
    const r = await run(['chart', 'layout', '--out', 'layout.svg']);
    expect(r.stderr).toBe('wrote layout.svg\n');
    expect(r.code).toBe(0);
    expect(r.files.get('layout.svg')).toMatch(/^<svg /);
  }, 60_000);

  it('without vega: the install message on stderr, exit 1, no stack', async () => {
    vi.resetModules();
    vi.doMock('vega', () => {
      throw new Error("Cannot find package 'vega' imported from baotou-plan");
    });
    const { run: fresh } = await import('./helpers.js');
    const r = await fresh(['chart', 'layout', '--out', 'layout.svg']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.files.has('layout.svg')).toBe(false);
    expect(r.stderr).toMatch(
      /^error: rendering SVG needs the optional packages vega and vega-lite, which could not be loaded \(.*\); install them with: npm install vega@6 vega-lite@6\n$/,
    );
  }, 60_000);

  it('usage errors: an unknown kind, an unknown indicator, another file type', async () => {
    const kind = await run(['chart', 'pie']);
    expect(kind.code).toBe(2);
    expect(kind.stderr.split('\n')[0]).toBe("error: kind: expected one of 'trajectory', 'scorecard', 'layout', got 'pie'");
    const indicator = await run(['chart', 'trajectory', '--indicator', 'nope']);
    expect(indicator.code).toBe(2);
    const png = await run(['chart', 'layout', '--out', 'x.png']);
    expect(png.code).toBe(2);
    expect(png.stderr.split('\n')[0]).toBe("error: --out: expected a file ending in .svg or .json, got 'x.png'");
  });
});
