/**
 * Every subcommand, in-process, with assertions on real content. Expected figures come from
 * the report (240 bn, 8 %, the counts 6/8/9/10/9) or from Python's `decimal` (noted where
 * used), never from the code under test.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { baotou13, baotou13Literals } from '../../src/data/baotou13/index.js';
import { displayWidth } from '../../src/cli/table.js';
import { JSON_SCHEMA_NAMES, toJsonSchema } from '../../src/schema/jsonSchema.js';
import { run } from './helpers.js';

type Row = Record<string, string | number | boolean | null>;
const parseCsv = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
const TARGET_IDS = baotou13.targets.map((t) => t.id);
const fitsIn80 = (text: string) => text.split('\n').every((line) => displayWidth(line) <= 80);

// Above-scale industrial value added under the reported-trend scenario, 2020:
// 120 × 1.098 × 1.098 × 1.11 × 1.118 × 1.11 = 199.284576195744 (Python decimal), and its
// annual average growth ((199.284576195744 ÷ 120)^(1/5) − 1) × 100, at 80 digits rounded to
// 34 (tests/scenario/oracle.py).
const IVA_2020 = '199.284576195744';
const IVA_GROWTH = '10.67728277079760043219373336606781';

// A series growing exactly 10 % a year from 120 (2015) to 145.2 (2017), against 240 in 2020.
const OBSERVATIONS_CSV = [
  'indicator,year,value,unit',
  'industrial-value-added,2015,120,bn-yuan',
  'industrial-value-added,2016,132,bn-yuan',
  'industrial-value-added,2017,145.2,bn-yuan',
  '',
].join('\n');

const scenarioFile = (growth: string) =>
  JSON.stringify({
    id: 'fast',
    baseYear: 2015,
    horizon: 2020,
    series: { 'industrial-value-added': { base: '120', unit: 'bn-yuan', growth } },
  });

describe('scorecard', () => {
  it('is the default command: every target judged on the figures reported for Baotou, with its basis and notes, at 80 columns', async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe((await run(['scorecard'])).stdout);
    expect(r.stdout).toMatch(/^Indicator +Year +Target +Value +Status +Basis +Notes\n-+ +-{4} /);
    // the 240 bn target is missed on a bound: the secondary sector was 1,153.0 亿 in 2020 (communiqué 2020)
    expect(r.stdout).toMatch(/^industrial value added +2020 +≥ 240 +115\.30 +not met +bound +1–3$/m);
    expect(r.stdout).toMatch(/^industrial value +2020 +≥ 8% a year +– +incomplete +– +4–9$/m);
    expect(r.stdout.match(/ no data /g)).toHaveLength(9);
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('0 of 1 targets judged are met on the figures reported for Baotou, Inner Mongolia; 10 more have no value, are incomplete or are pending');
    // the notes: numbered, each caveat once, with the word of its kind
    expect(flat).toContain("1. why: no observation of 'industrial-value-added' for 2020; it is part of 'secondary-sector-value-added'");
    expect(flat).toContain('2. break in series: ');
    expect(flat).toContain('by more than 51.9583 %');
    expect(flat).toContain('6. part of a year: ');
    expect(flat).toContain('9. estimate: ');
    expect(flat).not.toContain('10. ');
    expect(fitsIn80(r.stdout)).toBe(true);
  });

  it('--format json: one row per target, exact values as decimal strings, basis, caveats, bound and missing years', async () => {
    const r = await run(['scorecard', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.map((row) => row['targetId'])).toEqual(TARGET_IDS);
    const [level, rate] = rows;
    expect(level).toMatchObject({
      indicatorId: 'industrial-value-added',
      year: 2020,
      comparator: 'atLeast',
      threshold: '240',
      unit: 'bn-yuan',
      value: '115.3',
      gap: '-124.7', // hand: 115.3 − 240
      attainment: '0.4804166666666666666666666666666667', // python: div34(115.3, 240)
      met: false,
      status: 'not_met',
      basis: 'bound',
      missing: [],
    });
    expect(level?.['bound']).toMatchObject({
      indicatorId: 'secondary-sector-value-added',
      year: 2020,
      value: '115.3',
      unit: 'bn-yuan',
      flipFactor: '0.4804166666666666666666666666666667',
    });
    expect((level?.['caveats'] as { code: string }[]).map((c) => c.code)).toEqual(['break', 'break']);
    expect(rate).toMatchObject({ status: 'incomplete', basis: null, value: null, missing: [2016, 2017, 2019], bound: null });
    expect((rate?.['caveats'] as { code: string }[]).map((c) => c.code)).toEqual(['scope', 'partial-period', 'estimate', 'scope', 'estimate']);
    expect(rows.filter((row) => row['status'] === 'no_data')).toHaveLength(9);
  });

  it('--format csv parses with papaparse, one row per target, the same values as JSON; caveats and bound flattened', async () => {
    const csv = await run(['scorecard', '--format', 'csv']);
    const json = JSON.parse((await run(['scorecard', '--format', 'json'])).stdout) as Row[];
    const parsed = parseCsv(csv.stdout);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'targetId', 'indicatorId', 'year', 'comparator', 'threshold', 'unit', 'valueYear', 'value', 'gap', 'attainment', 'met', 'status', 'basis', 'reason', 'caveats', 'bound', 'missing',
    ]);
    expect(parsed.data.map((row) => row['targetId'])).toEqual(TARGET_IDS);
    parsed.data.forEach((row, i) => {
      expect(row['value']).toBe(json[i]?.['value'] === null ? '' : json[i]?.['value']);
    });
    expect(parsed.data[0]?.['bound']).toBe('secondary-sector-value-added 2020: 115.3 bn-yuan');
    expect(parsed.data[0]?.['caveats']).toMatch(/^break: .* \| break: on the basis the target was set on/);
    expect(parsed.data[1]?.['missing']).toBe('2016 2017 2019');
  });

  it('--format md is a Markdown table, with the notes under it', async () => {
    const r = await run(['scorecard', '--format', 'md']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('| Indicator | Year | Target | Value | Status | Basis | Notes |');
    expect(lines[1]).toBe('|---|---:|---|---|---|---|---|');
    expect(r.stdout).toContain('| industrial value added | 2020 | ≥ 240 billion yuan | 115.30 billion yuan | not met | bound | 1–3 |');
    expect(r.stdout).toMatch(/^1\. why: no observation/m);
  });

  it('--lang zh-CN is the spelling of Chinese, zh its shorthand; statuses, bases and kinds of caveat in Chinese', async () => {
    const r = await run(['scorecard', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await run(['scorecard', '--lang', 'zh'])).stdout);
    expect(r.stdout).toMatch(/^指标 +年份 +目标值 +数值 +状态 +依据 +注/);
    for (const word of ['未实现', '数据不全', '无数据', '界限', '1,153.00', '≥ 2,400 亿元']) expect(r.stdout).toContain(word);
    expect(r.stdout).toContain('包头公布数据：已评价 1 个目标，0 个已实现；另有 10 个无数值、数据不全或待评价');
    // the caveat words of the vocabulary: 序列断点 (break in series), 非全年, 估计值, 口径
    expect(r.stdout).toMatch(/^2\. 序列断点：/m);
    expect(r.stdout).toMatch(/^5\. 口径：/m);
    expect(r.stdout).toMatch(/^6\. 非全年：/m);
    expect(r.stdout).toMatch(/^7\. 估计值：/m);
    expect(fitsIn80(r.stdout)).toBe(true);
  });

  it('--scenario reported-trend: the projection one option away, rows projected, with the scenario\'s caveats', async () => {
    const r = await run(['scorecard', '--scenario', 'reported-trend', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    // 120 × 1.098² × 1.11 × 1.118 × 1.11 = 199.284576195744 (Python decimal, tests/scenario/oracle.py)
    expect(rows[0]).toMatchObject({ value: IVA_2020, gap: '-40.715423804256', met: false, status: 'not_met', basis: 'projected' });
    expect(rows[1]).toMatchObject({ value: IVA_GROWTH, met: true, basis: 'projected' });
    expect((rows[0]?.['caveats'] as { code: string }[]).map((c) => c.code)).toEqual(['scope', 'estimate', 'price-basis', 'derived', 'break', 'break']);
    expect(rows.filter((row) => row['status'] === 'not_projected')).toHaveLength(9);
    const table = await run(['scorecard', '--scenario', 'reported-trend']);
    expect(table.stdout).toMatch(/^industrial +2020 +≥ 240 +199\.28 +not met +projected +1–6$/m);
    expect(table.stdout.replace(/\s+/g, ' ')).toContain("1 of 2 targets judged are met under scenario 'reported-trend'; 9 more have no value, are incomplete or are pending");
    expect(fitsIn80(table.stdout)).toBe(true);
  });

  it('--scenario plan-path: every target met on the plan\'s own path', async () => {
    const rows = JSON.parse((await run(['scorecard', '--scenario', 'plan-path', '--format', 'json'])).stdout) as Row[];
    expect(rows.every((row) => row['status'] === 'met' && row['basis'] === 'projected')).toBe(true);
  });

  it('--fail-on-unmet: exit 1 with the reason on stderr; the result still on stdout', async () => {
    const r = await run(['scorecard', '--fail-on-unmet', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(TARGET_IDS.length);
    expect(r.stderr).toBe('1 target is not met (--fail-on-unmet)\n');
  });

  it('--scenario file: 16 % a year from 120 reaches 252.04 in 2020, so no target is unmet', async () => {
    // 120 × 1.16^5 = 252.040998912 (Python decimal)
    const r = await run(['scorecard', '--scenario', 'fast.json', '--fail-on-unmet', '--format', 'json'], { 'fast.json': scenarioFile('0.16') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows[0]).toMatchObject({ value: '252.040998912', met: true });
  });

  it('--scenario file with a series the plan does not have: the library message, with the path', async () => {
    const bad = JSON.stringify({ id: 's', baseYear: 2015, horizon: 2020, series: { gdpx: { base: '1' } } });
    const r = await run(['scorecard', '--scenario', 's.json'], { 's.json': bad });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: s\.json: scenario\.series: 'gdpx' is not an indicator of plan 'baotou13'; drivable indicators: 'industrial-value-added', /);
  });

  it('--scenario and --observations together: a usage error', async () => {
    const r = await run(['scorecard', '--scenario', 'plan-path', '--observations', 'obs.csv'], { 'obs.csv': OBSERVATIONS_CSV });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n')[0]).toBe('error: --observations and --scenario cannot be given together: give one');
  });

  it('--as-of 2018 on a projection: targets of 2020 are pending, with the value so far', async () => {
    const rows = JSON.parse((await run(['scorecard', '--scenario', 'reported-trend', '--as-of', '2018', '--format', 'json'])).stdout) as Row[];
    // 120 × 1.098 × 1.098 × 1.11 = 160.5864528 (hand)
    expect(rows[0]).toMatchObject({ status: 'pending', valueYear: 2018, value: '160.5864528', met: null });
  });

  it('--observations: the user\'s figures judged the same way, in 亿 against a target in bn', async () => {
    const r = await run(['scorecard', '--observations', 'obs.csv', '--format', 'json'], { 'obs.csv': OBSERVATIONS_CSV });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows).toHaveLength(TARGET_IDS.length);
    expect(rows[0]).toMatchObject({ targetId: 'industrial-value-added-2020', status: 'no_data', basis: null });
    // the 10 % growth of 2016 and 2017, from the levels: incomplete without 2018–2020
    expect(rows[1]).toMatchObject({ status: 'no_data' });
    const table = await run(['scorecard', '--observations', 'obs.csv'], { 'obs.csv': OBSERVATIONS_CSV });
    expect(table.stdout).toContain('on the observations in obs.csv');
    const yi = 'indicator,year,value,unit\nindustrial-value-added,2020,2400.0,100m-yuan\n';
    const met = JSON.parse((await run(['scorecard', '--observations', 'yi.csv', '--format', 'json'], { 'yi.csv': yi })).stdout) as Row[];
    expect(met[0]).toMatchObject({ value: '240', met: true, basis: 'observed' });
  });
});

describe('plan', () => {
  it('prints zones, commitments, indicators and targets', async () => {
    const r = await run(['plan']);
    expect(r.code).toBe(0);
    for (const title of ['Layout zones', 'Commitments', 'Indicators', 'Targets']) expect(r.stdout).toMatch(new RegExp(`^${title}$`, 'm'));
    expect(r.stdout).toMatch(/^east +east +aluminum/m);
    expect(r.stdout).toMatch(/^northern-mountain +a mountain to the north +new energy/m);
    expect(r.stdout).toContain('industrial-value-added');
    expect(fitsIn80(r.stdout)).toBe(true);
  });

  it('--format json: one key per part; the counts of the report: 6 bases, 8 chains, 9 industries, 10 clusters, 9 parks', async () => {
    const r = await run(['plan', '--format', 'json']);
    const data = JSON.parse(r.stdout) as Record<string, Row[]>;
    expect(Object.keys(data)).toEqual(['zones', 'commitments', 'indicators', 'targets']);
    expect(data['commitments']?.map((c) => [c['kind'], c['count']])).toEqual([
      ['base', 6],
      ['chain', 8],
      ['industry', 9],
      ['cluster', 10],
      ['park', 9],
    ]);
    expect(data['zones']?.map((z) => z['direction'])).toEqual(['east', 'west', 'south', 'north', 'both-wings', 'northern-mountain']);
    expect(data['targets']?.map((t) => t['id'])).toEqual(TARGET_IDS);
  });

  it('one part as CSV; several parts as CSV is a usage error', async () => {
    const one = await run(['plan', 'indicators', '--format', 'csv']);
    expect(one.code).toBe(0);
    const parsed = parseCsv(one.stdout);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row['id'])).toEqual(baotou13.indicators.map((i) => i.id));
    const all = await run(['plan', '--format', 'csv']);
    expect(all.code).toBe(2);
    expect(all.stdout).toBe('');
    expect(all.stderr.split('\n')[0]).toBe(
      "error: --format csv writes one table, and plan prints several; name one part, e.g. 'baotou-plan plan targets --format csv'",
    );
  });

  it('--lang zh uses the Chinese names the data has', async () => {
    const r = await run(['plan', 'indicators', '--lang', 'zh']);
    expect(r.stdout).toContain('工业增加值（十亿元）');
    expect(r.stdout).toContain('地区生产总值（十亿元）');
  });
});

describe('targets', () => {
  it('lists every target with the words of the report', async () => {
    const r = await run(['targets', '--format', 'json']);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.map((row) => row['id'])).toEqual(TARGET_IDS);
    expect(rows[0]).toMatchObject({ value: '240', unit: 'bn-yuan', comparator: 'atLeast', section: 'II.a', quote: 'have an industrial added value of 240-billion yuan' });
    // "above" renders 以上, which includes the figure: atLeast, with the report's word kept
    expect(rows[1]).toMatchObject({ value: '8', comparator: 'atLeast', wording: 'above', period: '2016–2020', quote: 'an annual average increase above 8 percent' });
    expect(rows[0]).toMatchObject({ wording: null });
    const table = await run(['targets']);
    expect(table.stdout).toContain('have an industrial added');
    expect(fitsIn80(table.stdout)).toBe(true);
  });

  it('--indicator filters; an unknown indicator is a usage error', async () => {
    const rows = JSON.parse((await run(['targets', '--indicator', 'strategic-emerging-industries-share', '--format', 'json'])).stdout) as Row[];
    expect(rows.map((row) => [row['year'], row['comparator'], row['value']])).toEqual([
      [2020, 'approximately', '25'],
      [2016, 'atLeast', '20'],
    ]);
    const bad = await run(['targets', '--indicator', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: --indicator: expected one of 'industrial-value-added', .+, got 'nope'\n/);
  });
});

describe('project', () => {
  it('a wide table for people, one column per year', async () => {
    const r = await run(['project']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^Indicator +2015 +2016 +2017 +2018 +2019 +2020$/);
    expect(r.stdout).toMatch(/120\.00 +131\.76 +144\.67 +160\.59 +179\.54 +199\.28/);
    expect(fitsIn80(r.stdout)).toBe(true);
  });

  it("the table carries the scenario's caveats as numbered notes", async () => {
    const r = await run(['project']);
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain("1. scope: figures of 'industrial-value-added' used here cover industrial enterprises above designated size");
    expect(flat).toContain("6. break in series: the projection puts 'industrial-value-added' at 199.2846 billion yuan in 2020, above 'secondary-sector-value-added' 2020: 115.3 billion yuan");
    const zh = await run(['project', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/^5\. 序列断点：/m);
  });

  it('--format csv: tidy rows with exact values', async () => {
    const parsed = parseCsv((await run(['project', '--format', 'csv'])).stdout);
    expect(parsed.errors).toEqual([]);
    const iva = parsed.data.filter((row) => row['indicator'] === 'industrial-value-added');
    // 120; ×1.098; ×1.098; ×1.11; ×1.118; ×1.11 (hand)
    expect(iva.map((row) => row['value'])).toEqual(['120', '131.76', '144.67248', '160.5864528', '179.5356542304', IVA_2020]);
    expect(iva.every((row) => row['unit'] === 'bn-yuan' && row['scenario'] === 'reported-trend' && row['prices'] === 'current')).toBe(true);
  });

  it('--scenario file and --lang zh (money in 亿元)', async () => {
    const r = await run(['project', '--scenario', 'fast.json', '--lang', 'zh'], { 'fast.json': scenarioFile('0.16') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('工业增加值（亿元）');
    expect(r.stdout).toContain('2,520.41'); // 252.040998912 bn = 2,520.41 亿
  });

  it('--prices comparable without a deflator: the library message', async () => {
    const r = await run(['project', '--prices', 'comparable']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*'comparable' needs a deflator/);
  });
});

describe('assess', () => {
  const files = { 'obs.csv': OBSERVATIONS_CSV };

  it('three methods side by side (the values of docs/progress.md, checked with Python decimal)', async () => {
    const r = await run(['assess', '--observations', 'obs.csv', '--format', 'json'], files);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.map((row) => [row['targetId'], row['method'], row['status']])).toEqual([
      ['industrial-value-added-2020', 'opensdg', 'progress_needs_acceleration'],
      ['industrial-value-added-2020', 'unsd', 'fair_progress'],
      ['industrial-value-added-2020', 'time-progress', 'lagging'],
    ]);
    expect(rows[0]).toMatchObject({ observedCagr: '0.1', ratio: '0.6725023958872575626792428754273505' });
    expect(rows[1]).toMatchObject({ projectedValue: '193.2612', score: '0.61051' });
    expect(rows[2]).toMatchObject({ timeProgress: '0.4', taskProgress: '0.21', ratio: '0.525' });
    expect((rows[0]?.['explanation'] as unknown as { working: string[] }).working).toContain('observed CAGR = (145.2 ÷ 120)^(1/2) − 1 = 0.1');
  });

  it('a table for people; --method picks one; --lang zh gives 滞后', async () => {
    const table = await run(['assess', '--observations', 'obs.csv'], files);
    expect(table.stdout).toMatch(/Open SDG +progress needs +0\.6725/);
    expect(fitsIn80(table.stdout)).toBe(true);
    const one = JSON.parse((await run(['assess', '--observations', 'obs.csv', '--method', 'unsd', '--format', 'json'], files)).stdout) as Row[];
    expect(one.map((row) => row['method'])).toEqual(['unsd']);
    const zh = await run(['assess', '--observations', 'obs.csv', '--method', 'time-progress', '--lang', 'zh'], files);
    expect(zh.stdout).toContain('滞后');
  });

  it('--fail-on-unmet: exit 1 when a method says a target is behind', async () => {
    const r = await run(['assess', '--observations', 'obs.csv', '--fail-on-unmet'], files);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('3 assessments say a target is behind (--fail-on-unmet)\n');
  });

  it('without --observations: the figures reported for Baotou', async () => {
    const r = await run(['assess', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.length).toBeGreaterThan(0);
    // the rate target is read as a series of growth rates, by the UN method only
    expect(rows.filter((row) => row['targetId'] === 'industrial-value-added-growth-2020').map((row) => row['method'])).toEqual(['unsd']);
  });

  it('observations of an indicator the plan does not have: an error naming it, exit 1', async () => {
    const r = await run(['assess', '--observations', 'o.csv'], { 'o.csv': `${OBSERVATIONS_CSV}population,2015,1,count\n` });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^error: o\.csv: line 5, column 'indicator': 'population' is not an indicator of plan 'baotou13'; it has \d+: 'industrial-value-added', .* and \d+ more\n$/);
    // a typo gets the closest id
    const typo = await run(['assess', '--observations', 't.csv'], { 't.csv': OBSERVATIONS_CSV.replace('industrial-value-added,2016', 'industrial-value-add,2016') });
    expect(typo.stderr).toBe("error: t.csv: line 3, column 'indicator': 'industrial-value-add' is not an indicator of plan 'baotou13'; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?\n");
  });
});

describe('validate', () => {
  it('a valid observations CSV: one line on stdout', async () => {
    const r = await run(['validate', 'obs.csv'], { 'obs.csv': OBSERVATIONS_CSV });
    expect(r).toMatchObject({ code: 0, stdout: "obs.csv: valid observations for plan 'baotou13' (3 observations of 1 indicators)\n", stderr: '' });
  });

  it('a valid plan (the embedded plan as JSON) and a valid scenario', async () => {
    const plan = await run(['validate', 'plan.json'], { 'plan.json': JSON.stringify(baotou13Literals()) });
    expect(plan.stderr).toBe('');
    expect(plan.stdout).toBe(`plan.json: valid plan (${baotou13.indicators.length} indicators, ${baotou13.targets.length} targets)\n`);
    const scenario = await run(['validate', 's.json'], { 's.json': scenarioFile('0.08') });
    expect(scenario.stdout).toBe("s.json: valid scenario for plan 'baotou13' (2015–2020, 1 series)\n");
  });

  it('a plan with a broken reference: every problem that definePlan finds', async () => {
    const input = baotou13Literals();
    const broken = { ...input, targets: [{ ...input.targets[0], indicator: 'nope' }, ...input.targets.slice(1)] };
    const r = await run(['validate', 'plan.json'], { 'plan.json': JSON.stringify(broken) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: plan\.json: .*nope/);
  });

  it('a scenario with a growth rate that is not a number', async () => {
    const r = await run(['validate', 's.json'], { 's.json': scenarioFile('x') });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "error: s.json: scenario.series[\"industrial-value-added\"].growth: expected a decimal string or finite number, or an object with one per year, got 'x'\n",
    );
  });

  it('--format json: the verdict and every issue on stdout, exit 1', async () => {
    const csv = 'indicator,year,value\ngdp,2020,n/a\ngdp,20x0,1\n';
    const r = await run(['validate', 'o.csv', '--format', 'json'], { 'o.csv': csv });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      file: 'o.csv',
      kind: 'observations',
      valid: false,
      message: expect.stringMatching(/^o\.csv: 2 problems: /),
      issues: [
        { path: "line 2, column 'value'", message: "expected a decimal string or finite number, got 'n/a'" },
        { path: "line 3, column 'year'", message: "expected an integer year from 1900 to 2100, got '20x0'" },
      ],
    });
    const ok = await run(['validate', 'o.csv', '--format', 'json'], { 'o.csv': OBSERVATIONS_CSV });
    expect(JSON.parse(ok.stdout)).toEqual({ file: 'o.csv', kind: 'observations', plan: 'baotou13', valid: true, issues: [] });
  });

  it('a JSON file of no known kind, and --kind', async () => {
    const r = await run(['validate', 'x.json'], { 'x.json': '{"hello": 1}' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: x.json: cannot tell which kind of file it is (plan, scenario, observations); say which with --kind\n');
    const forced = await run(['validate', 'x.json', '--kind', 'scenario'], { 'x.json': '{"hello": 1}' });
    expect(forced.code).toBe(1);
    expect(forced.stderr).toMatch(/^error: x\.json: 5 problems: scenario\.id: missing; /);
  });
});

describe('export', () => {
  it('--format datapackage --out dir: datapackage.json and the CSVs', async () => {
    const r = await run(['export', '--format', 'datapackage', '--out', 'out']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.dirs.has('out')).toBe(true);
    expect(r.stderr).toBe(['wrote out/datapackage.json', 'wrote out/indicators.csv', 'wrote out/values.csv', 'wrote out/commitments.csv', ''].join('\n'));
    const descriptor = JSON.parse(r.files.get('out/datapackage.json') ?? '') as { profile: string; resources: { path: string }[] };
    expect(descriptor.profile).toBe('tabular-data-package');
    for (const resource of descriptor.resources) expect(r.files.has(`out/${resource.path}`)).toBe(true);
    const values = parseCsv(r.files.get('out/values.csv') ?? '');
    expect(values.errors).toEqual([]);
    expect(values.data.find((row) => row['id'] === 'industrial-value-added-2020')?.['value']).toBe('240');
  });

  it('--format csv to stdout: the tidy rows', async () => {
    const r = await run(['export', '--format', 'csv']);
    const parsed = parseCsv(r.stdout);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.filter((row) => row['record'] === 'target').map((row) => row['id'])).toEqual(TARGET_IDS);
  });

  it('--format json: a plan snapshot that validate reads back', async () => {
    const r = await run(['export', '--format', 'json', '--out', 'snap']);
    expect(r.stderr).toBe('wrote snap/plan.json\n');
    expect(r.code).toBe(0);
    const snapshot = JSON.parse(r.files.get('snap/plan.json') ?? '') as { type: string; version: number };
    expect(snapshot).toMatchObject({ type: 'plan', version: 1 });
    const back = await run(['validate', 'snap/plan.json'], Object.fromEntries(r.files));
    expect(back.stdout).toBe(`snap/plan.json: valid plan (${baotou13.indicators.length} indicators, ${baotou13.targets.length} targets)\n`);
  });

  it('--format md to stdout', async () => {
    const r = await run(['export', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toContain('240');
  });

  it('a Data Package needs --out', async () => {
    const r = await run(['export', '--format', 'datapackage']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('error: export --format datapackage needs --out <dir>');
  });
});

describe('schema', () => {
  it.each(JSON_SCHEMA_NAMES)('%s: the JSON Schema the library generates', async (name) => {
    const r = await run(['schema', name]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(toJsonSchema(name));
  });

  it('an unknown name is a usage error listing the names', async () => {
    const r = await run(['schema', 'planet']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      "error: name: expected one of 'decimal', 'period', 'unit', 'quantity', 'source', 'observation', 'observations', 'indicator', 'target', 'plan', 'scenario', got 'planet'",
    );
  });
});

describe('details', () => {
  it('assess converts units of the same measure and refuses another measure', async () => {
    // 1,200 and 1,452 亿元 are 120 and 145.2 bn yuan; a value in percent cannot be a level in yuan
    const csv = ['indicator,year,value,unit', 'industrial-value-added,2015,1200,100m-yuan', 'industrial-value-added,2017,1452,100m-yuan', ''].join('\n');
    const r = await run(['assess', '--observations', 'o.csv', '--method', 'opensdg', '--format', 'csv'], { 'o.csv': csv });
    expect(r.code).toBe(0);
    const [row] = parseCsv(r.stdout).data;
    expect(row).toMatchObject({ targetId: 'industrial-value-added-2020', baseValue: '120', currentYear: '2017', currentValue: '145.2', measure: '0.6725023958872575626792428754273505' });
    const mixed = await run(['assess', '--observations', 'o.csv'], { 'o.csv': `${csv}industrial-value-added,2016,12,tce\n` });
    expect([mixed.code, mixed.stdout]).toEqual([1, '']);
    expect(mixed.stderr).toBe(
      "error: observations[2].unit: 'tce' (measure 'tce') does not fit indicator 'industrial-value-added' (measure 'yuan'); only units of one measure convert\n",
    );
  });

  it('scorecard on observations, in Chinese', async () => {
    const r = await run(['scorecard', '--observations', 'obs.csv', '--lang', 'zh'], { 'obs.csv': OBSERVATIONS_CSV });
    // Chinese lines break between characters, with no space
    expect(r.stdout.replace(/\n/g, '')).toContain('观测数据 obs.csv：没有可评价的目标；11 个无数值、数据不全或待评价');
  });

  it('--width widens text tables', async () => {
    const r = await run(['targets', '--width', '160']);
    expect(r.stdout).toContain('have an industrial added value of 240-billion yuan');
    expect(Math.max(...r.stdout.split('\n').map(displayWidth))).toBeGreaterThan(80);
  });

  it('a JSON file that starts with a byte-order mark is read', async () => {
    const r = await run(['validate', 's.json'], { 's.json': `\uFEFF${scenarioFile('0.08')}` });
    expect(r.stdout).toBe("s.json: valid scenario for plan 'baotou13' (2015–2020, 1 series)\n");
  });

  it('a snapshot of observations is told by its type', async () => {
    const snapshot = JSON.stringify({ type: 'observations', version: 1, data: [{ indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan' }] });
    const r = await run(['validate', 'snap.json'], { 'snap.json': snapshot });
    expect(r.stdout).toBe("snap.json: valid observations for plan 'baotou13' (1 observations of 1 indicators)\n");
  });
});
