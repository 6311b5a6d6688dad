/**
 * Nothing assumes Baotou: `--plan` takes a built-in plan by name or a plan file, and every
 * command works for a plan with only the sections a plan needs (id, title, period,
 * indicators, targets). Expected figures are hand calculations written in the tests.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { china13 } from '../../src/data/china13/index.js';
import { run } from './helpers.js';

/** A plan with only what a plan needs: two indicators, two targets, no layout, no document. */
const MINIMAL = {
  id: 'mini',
  title: { en: 'A minimal plan', zh: '最小规划' },
  period: { start: 2021, end: 2025 },
  indicators: [
    { id: 'output', name: { en: 'output', zh: '产出' }, unit: 'bn-yuan', direction: 'increase', kind: 'level', nature: 'anticipatory', definition: {} },
    {
      id: 'output-growth',
      name: { en: 'output growth', zh: '产出增速' },
      unit: 'percent-per-annum',
      direction: 'increase',
      kind: 'growth',
      growthOf: 'output',
      nature: 'anticipatory',
      definition: {},
    },
  ],
  targets: [
    {
      id: 'output-2025',
      indicator: 'output',
      year: 2025,
      comparator: 'atLeast',
      value: '150',
      unit: 'bn-yuan',
      source: { kind: 'report', section: '1', quote: 'output of 150 billion yuan by 2025' },
    },
    {
      id: 'output-growth-2025',
      indicator: 'output-growth',
      year: 2025,
      period: { start: 2021, end: 2025 },
      comparator: 'atLeast',
      value: '5',
      unit: 'percent-per-annum',
      source: { kind: 'report', section: '1', quote: 'growth of at least 5 % a year' },
    },
  ],
};

// Output grows 10 % a year from 100 (2020): 110 (2021), 121 (2022), 133.1 (2023) — hand.
const MINI_CSV = ['indicator,year,value,unit', 'output,2020,100,bn-yuan', 'output,2021,110,bn-yuan', 'output,2022,121,bn-yuan', 'output,2023,133.1,bn-yuan', ''].join('\n');

const files = { 'mini.json': JSON.stringify(MINIMAL), 'mini.csv': MINI_CSV };
const parseCsv = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe('--plan', () => {
  it('a name that is no built-in plan and no file: a usage error naming the built-in plans', async () => {
    const r = await run(['plan', '--plan', 'china14']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n')[0]).toMatch(/^error: --plan: expected a built-in plan \('baotou13'(, 'china13')?\) or a plan JSON file, got 'china14'$/);
  });

  it('baotou13 by name is the default', async () => {
    expect((await run(['targets', '--plan', 'baotou13', '--format', 'json'])).stdout).toBe((await run(['targets', '--format', 'json'])).stdout);
  });
});

describe('a minimal plan file through every command', () => {
  it('plan: the sections the plan lacks say none', async () => {
    const r = await run(['plan', '--plan', 'mini.json'], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Layout zones\n\nnone\n\nCommitments\n\nnone\n\nIndicators\n/);
    expect(r.stdout).toMatch(/^output-growth +output growth \(% a year\)$/m);
    const zh = await run(['plan', 'zones', '--plan', 'mini.json', '--lang', 'zh'], files);
    expect(zh.stdout).toBe('产业布局\n\n无\n');
    const json = JSON.parse((await run(['plan', '--plan', 'mini.json', '--format', 'json'], files)).stdout) as Record<string, unknown[]>;
    expect([json['zones'], json['commitments'], json['targets']?.length]).toEqual([[], [], 2]);
  });

  it('targets', async () => {
    const rows = JSON.parse((await run(['targets', '--plan', 'mini.json', '--format', 'json'], files)).stdout) as Record<string, unknown>[];
    expect(rows.map((row) => [row['id'], row['value'], row['period']])).toEqual([
      ['output-2025', '150', null],
      ['output-growth-2025', '5', '2021–2025'],
    ]);
  });

  it('scorecard without figures of the plan: a usage error that says what to give, never an empty table', async () => {
    const r = await run(['scorecard', '--plan', 'mini.json'], files);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      [
        "error: the library has no figures reported for plan 'mini' to judge: give --observations <file> (your figures) or --scenario <name|file.json> (a projection)",
        "run 'baotou-plan scorecard --help' for usage and examples",
        '',
      ].join('\n'),
    );
  });

  it('scorecard on observations: 133.1 in 2023 is pending against 150 in 2025, with its value so far', async () => {
    const rows = JSON.parse((await run(['scorecard', '--plan', 'mini.json', '--observations', 'mini.csv', '--as-of', '2023', '--format', 'json'], files)).stdout) as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({ targetId: 'output-2025', status: 'pending', valueYear: 2023, value: '133.1' });
    const table = await run(['scorecard', '--plan', 'mini.json', '--observations', 'mini.csv'], files);
    expect(table.code).toBe(0);
    // nothing to judge by 2025 in figures up to 2023: said, not an empty verdict
    expect(table.stdout.replace(/\s+/g, ' ')).toContain('no target is judged on the observations in mini.csv: all 2 have no value, are incomplete or are pending');
    const zh = await run(['scorecard', '--plan', 'mini.json', '--observations', 'mini.csv', '--lang', 'zh'], files);
    expect(zh.stdout.replace(/\s+/g, '')).toContain('观测数据mini.csv：没有可评价的目标；2个无数值、数据不全或待评价');
  });

  it('scorecard on the plan path: every target met on its boundary', async () => {
    const rows = JSON.parse((await run(['scorecard', '--plan', 'mini.json', '--scenario', 'plan-path', '--format', 'json'], files)).stdout) as Record<string, unknown>[];
    expect(rows.map((row) => row['status'])).toEqual(['met', 'met']);
  });

  it('scorecard on the trend of observations: 10 % a year from 100 gives 161.051 in 2025', async () => {
    // the reported trend needs growth rates: 10 % a year for 2021–2025 (hand: 100 × 1.1^5 = 161.051)
    const rates = ['indicator,year,value,unit', 'output,2020,100,bn-yuan', ...[2021, 2022, 2023, 2024, 2025].map((y) => `output-growth,${y},10,percent-per-annum`), ''].join('\n');
    const r = await run(['scorecard', '--plan', 'mini.json', '--scenario', 'reported-trend', '--observations', 'rates.csv', '--format', 'json'], { ...files, 'rates.csv': rates });
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({ value: '161.051', status: 'met', basis: 'projected' });
  });

  it('project: the plan path by default, said on stderr', async () => {
    const r = await run(['project', '--plan', 'mini.json', '--format', 'csv'], files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "note: the library has no figures reported for plan 'mini', so it is projected on its own path (--scenario plan-path); give --observations <file> to project the reported trend\n",
    );
    const rows = parseCsv(r.stdout).data.filter((row) => row['indicator'] === 'output');
    expect(rows.map((row) => row['year'])).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(rows.every((row) => row['scenario'] === 'plan-path')).toBe(true);
  });

  it('project --scenario reported-trend without figures: a usage error', async () => {
    const r = await run(['project', '--plan', 'mini.json', '--scenario', 'reported-trend'], files);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      "error: scenario 'reported-trend' continues the figures reported for a plan, and the library has none for plan 'mini': give --observations <file> with your figures, or --scenario plan-path or a scenario file",
    );
  });

  it('assess: needs observations; with them, the three methods', async () => {
    const none = await run(['assess', '--plan', 'mini.json'], files);
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe("error: the library has no figures reported for plan 'mini' to judge: give --observations <file> (your figures)");
    const r = await run(['assess', '--plan', 'mini.json', '--observations', 'mini.csv', '--format', 'json'], files);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    // time progress: 3 of 5 years (0.6); task progress (133.1 − 100) ÷ (150 − 100) = 0.662 (hand)
    expect(rows.find((row) => row['method'] === 'time-progress')).toMatchObject({ timeProgress: '0.6', taskProgress: '0.662' });
  });

  it('assess with observations of none of its targets\' indicators: says why, exit 1', async () => {
    const other = 'indicator,year,value,unit\noutput-growth,2021,5,percent-per-annum\n';
    const r = await run(['assess', '--plan', 'mini.json', '--observations', 'o.csv', '--method', 'opensdg'], { ...files, 'o.csv': other });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(
      "error: no target of plan 'mini' can be assessed: the observations in o.csv have no figure of the indicators its targets are set on ('output', 'output-growth')\n",
    );
  });

  it('validate: the plan file, and observations against it', async () => {
    expect((await run(['validate', 'mini.json'], files)).stdout).toBe('mini.json: valid plan (2 indicators, 2 targets)\n');
    expect((await run(['validate', 'mini.csv', '--plan', 'mini.json'], files)).stdout).toBe(
      "mini.csv: valid observations for plan 'mini' (4 observations of 1 indicators)\n",
    );
    // the same observations are not of baotou13's indicators
    const r = await run(['validate', 'mini.csv'], files);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: mini\.csv: line 2, column 'indicator': 'output' is not an indicator of plan 'baotou13'; /);
  });

  it('validate: an indicator misspelt in a CSV is not valid against baotou13', async () => {
    const csv = 'indicator,year,value,unit\nindustrial-value-add,2020,240,bn-yuan\n';
    const r = await run(['validate', 'typo.csv', '--plan', 'baotou13'], { 'typo.csv': csv });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(
      "error: typo.csv: line 2, column 'indicator': 'industrial-value-add' is not an indicator of plan 'baotou13'; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?\n",
    );
  });

  it('export: json, csv, md and a Data Package', async () => {
    const snapshot = JSON.parse((await run(['export', '--plan', 'mini.json', '--format', 'json'], files)).stdout) as { type: string; data: { id: string } };
    expect([snapshot.type, snapshot.data.id]).toEqual(['plan', 'mini']);
    const csv = parseCsv((await run(['export', '--plan', 'mini.json', '--format', 'csv'], files)).stdout);
    expect(csv.errors).toEqual([]);
    expect(csv.data.filter((row) => row['record'] === 'target').map((row) => row['id'])).toEqual(['output-2025', 'output-growth-2025']);
    const md = await run(['export', '--plan', 'mini.json', '--format', 'md'], files);
    expect([md.code, md.stderr]).toEqual([0, '']);
    expect(md.stdout).toContain('A minimal plan');
    const dp = await run(['export', '--plan', 'mini.json', '--format', 'datapackage', '--out', 'out'], files);
    expect(dp.code).toBe(0);
    expect(dp.files.has('out/datapackage.json')).toBe(true);
  });

  it('observations of an indicator the plan lacks: named with the closest id, exit 1, for every command that reads them', async () => {
    const typo = { ...files, 'typo.csv': `${MINI_CSV}outptu,2024,140,bn-yuan\n` };
    for (const argv of [['assess'], ['scorecard'], ['project'], ['chart', 'trajectory'], ['validate', 'typo.csv']]) {
      const r = await run([...argv, '--plan', 'mini.json', ...(argv[0] === 'validate' ? [] : ['--observations', 'typo.csv'])], typo);
      expect([r.code, r.stdout], argv.join(' ')).toEqual([1, '']);
      expect(r.stderr, argv.join(' ')).toBe("error: typo.csv: line 6, column 'indicator': 'outptu' is not an indicator of plan 'mini'; did you mean 'output'?\n");
    }
    // no id close to it: the ids the plan has
    const far = await run(['assess', '--plan', 'mini.json', '--observations', 'far.csv'], { ...files, 'far.csv': 'indicator,year,value\npopulation,2021,1\n' });
    expect(far.stderr).toBe("error: far.csv: line 2, column 'indicator': 'population' is not an indicator of plan 'mini'; it has 2: 'output', 'output-growth'\n");
  });

  it('schema takes no plan', async () => {
    expect((await run(['schema', 'plan', '--plan', 'mini.json'], files)).code).toBe(2);
  });

  it('chart: a trajectory of the first target\'s indicator; layout: the plan has none', async () => {
    const trajectory = await run(['chart', 'trajectory', '--plan', 'mini.json', '--observations', 'mini.csv', '--scenario', 'plan-path'], files);
    expect(trajectory.code).toBe(0);
    expect(JSON.stringify(JSON.parse(trajectory.stdout))).toContain('output');
    const layout = await run(['chart', 'layout', '--plan', 'mini.json'], files);
    expect([layout.code, layout.stdout]).toEqual([1, '']);
    expect(layout.stderr).toMatch(/^error: .*plan 'mini' has no layout/);
    const scorecard = await run(['chart', 'scorecard', '--plan', 'mini.json'], files);
    expect(scorecard.code).toBe(2);
  });
});

describe('the national plan, --plan china13', () => {
  it('scorecard: every target judged on the national outcomes, without a file', async () => {
    const r = await run(['scorecard', '--plan', 'china13', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.map((row) => row['targetId'])).toEqual(china13.targets.map((t) => t.id));
    // GDP 2020: 1,015,986 亿元 (NBS, statistical communiqué of 2020), above the 92.7 trillion of the Outline
    expect(rows.find((row) => row['indicatorId'] === 'gdp' && row['unit'] === '100m-yuan')).toMatchObject({
      value: '1015986',
      status: 'met',
      basis: 'observed',
    });
    const table = await run(['scorecard', '--plan', 'china13']);
    expect(table.stdout.replace(/\s+/g, ' ')).toMatch(/targets judged are met on the figures reported for People.s Republic of China/);
  });

  it('in Chinese: every indicator by its Chinese name', async () => {
    const rows = JSON.parse((await run(['plan', 'indicators', '--plan', 'china13', '--format', 'json'])).stdout) as Record<string, unknown>[];
    expect(rows.filter((row) => typeof row['nameZh'] !== 'string' || !/[\u3400-\u9fff]/.test(row['nameZh'] as string)).map((row) => row['id'])).toEqual([]);
    const zh = await run(['scorecard', '--plan', 'china13', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/^国内生产总值 +2020 +≥ 927,000 亿元 +1,015,986\.00 +已实现 +实际值/m);
  });

  it('plan: the sections it lacks say none; its indicators and targets listed', async () => {
    const r = await run(['plan', '--plan', 'china13']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').slice(0, 7)).toEqual(['Layout zones', '', 'none', '', 'Commitments', '', 'none']);
    expect(r.stdout).toContain('energy-intensity-gdp');
  });

  it('chart: a trajectory of GDP and the scorecard on the national outcomes; layout: it has none', async () => {
    const trajectory = await run(['chart', 'trajectory', '--plan', 'china13', '--indicator', 'gdp']);
    expect([trajectory.code, trajectory.stderr]).toEqual([0, '']);
    // GDP 2015: 677,000 亿元 (67.7 trillion yuan, NBS), the first observed point
    expect((JSON.parse(trajectory.stdout) as { description: string }).description).toContain('2015 677,000');
    const scorecard = await run(['chart', 'scorecard', '--plan', 'china13']);
    expect([scorecard.code, scorecard.stderr]).toEqual([0, '']);
    const layout = await run(['chart', 'layout', '--plan', 'china13']);
    expect([layout.code, layout.stdout]).toEqual([1, '']);
    expect(layout.stderr).toMatch(/plan 'china13' has no layout/);
  });

  it('assess, project, targets, export and validate work on it', async () => {
    expect((await run(['assess', '--plan', 'china13', '--method', 'unsd'])).code).toBe(0);
    const projection = await run(['project', '--plan', 'china13', '--format', 'csv']);
    expect([projection.code, projection.stderr]).toEqual([0, '']);
    expect(parseCsv(projection.stdout).data.every((row) => row['scenario'] === 'reported-trend')).toBe(true);
    expect((await run(['targets', '--plan', 'china13', '--format', 'csv'])).code).toBe(0);
    expect((await run(['export', '--plan', 'china13', '--format', 'csv'])).code).toBe(0);
    const csv = 'indicator,year,value,unit\ngdp,2020,1015986,100m-yuan\n';
    expect((await run(['validate', 'national.csv', '--plan', 'china13'], { 'national.csv': csv })).stdout).toBe(
      "national.csv: valid observations for plan 'china13' (1 observations of 1 indicators)\n",
    );
  });
});
