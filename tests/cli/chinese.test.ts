/**
 * Chinese throughout with `--lang zh-CN` (and `zh`): help, headers, names, statuses, method
 * names, words of the plan's vocabularies, lines on stderr, and error messages with their
 * issues, written from what each message was built from.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/catalog.js';
import { displayWidth } from '../../src/cli/table.js';
import { run } from './helpers.js';

const CJK = /[\u3400-\u9fff]/;
const NAMES = COMMANDS.map((c) => c.name);
const fitsIn80 = (text: string) => text.split('\n').every((line) => displayWidth(line) <= 80);

// A series growing exactly 10 % a year from 120 (2015) to 145.2 (2017), against 240 in 2020.
const OBSERVATIONS_CSV = ['indicator,year,value,unit', 'industrial-value-added,2015,120,bn-yuan', 'industrial-value-added,2017,145.2,bn-yuan', ''].join('\n');

describe('help in Chinese', () => {
  it('the overview: every command summarised in Chinese, within 80 columns', async () => {
    const r = await run(['--help', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法：baotou-plan \[命令\] \[选项\]/m);
    for (const name of NAMES) expect(r.stdout).toMatch(new RegExp(`^  ${name} +.*[\\u3400-\\u9fff]`, 'm'));
    expect(r.stdout).toContain('退出码：0 成功');
    expect(fitsIn80(r.stdout)).toBe(true);
    // options before --help: the overview too
    expect((await run(['--lang', 'zh-CN', '--help'])).stdout).toBe(r.stdout);
  });

  it.each(NAMES)('%s --help --lang zh: usage, description, every option and example in Chinese', async (name) => {
    const r = await run([name, '--help', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^用法：baotou-plan ${name}`, 'm'));
    expect(r.stdout).toContain('选项：');
    expect(r.stdout).toMatch(/^示例：\n  # .*[\u3400-\u9fff]/m);
    // each option line (the first line of each) says what it does in Chinese
    const options = r.stdout.slice(r.stdout.indexOf('选项：'), r.stdout.indexOf('示例：'));
    for (const line of options.split('\n').filter((l) => /^ {2}-/.test(l))) expect(line, line).toMatch(CJK);
    expect(fitsIn80(r.stdout)).toBe(true);
    expect((await run(['help', name, '--lang', 'zh'])).stdout).toBe(r.stdout);
  });
});

describe('errors in Chinese', () => {
  it('a usage error and its hint', async () => {
    const r = await run(['frobnicate', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "错误：未知命令 'frobnicate'；命令：scorecard, plan, targets, project, assess, validate, export, schema, chart\n运行 'baotou-plan --help' 查看用法和示例\n",
    );
    const format = await run(['scorecard', '--format', 'xml', '--lang', 'zh']);
    expect(format.stderr.split('\n')[0]).toBe("错误：--format：应为 'table'、'json'、'csv'、'md' 之一，实际为 'xml'");
  });

  it('a file that does not exist', async () => {
    const r = await run(['validate', 'missing.csv', '--lang', 'zh']);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: '错误：missing.csv：文件不存在\n' });
  });

  it('a CSV with bad cells: the summary and every issue, located by line and column', async () => {
    const csv = 'indicator,year,value\ngdp,2020,n/a\ngdp,20x0,1\n';
    const r = await run(['validate', 'obs.csv', '--lang', 'zh'], { 'obs.csv': csv });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        "错误：obs.csv：2 个问题：第 2 行 'value' 列：应为十进制数字符串或有限数字，实际为 'n/a'；第 3 行 'year' 列：应为 1900 至 2100 的整数年份，实际为 '20x0'",
        "  - 第 2 行 'value' 列：应为十进制数字符串或有限数字，实际为 'n/a'",
        "  - 第 3 行 'year' 列：应为 1900 至 2100 的整数年份，实际为 '20x0'",
        '',
      ].join('\n'),
    );
    const json = await run(['validate', 'obs.csv', '--format', 'json', '--lang', 'zh'], { 'obs.csv': csv });
    expect((JSON.parse(json.stdout) as { issues: unknown[] }).issues).toEqual([
      { path: "第 2 行 'value' 列", message: "应为十进制数字符串或有限数字，实际为 'n/a'" },
      { path: "第 3 行 'year' 列", message: "应为 1900 至 2100 的整数年份，实际为 '20x0'" },
    ]);
  });

  it('an indicator the plan does not have: named, with the closest ids', async () => {
    const csv = 'indicator,year,value,unit\nindustrial-value-add,2020,240,bn-yuan\n';
    const r = await run(['validate', 'typo.csv', '--lang', 'zh'], { 'typo.csv': csv });
    expect(r.stderr).toBe(
      "错误：typo.csv：第 2 行 'indicator' 列：'industrial-value-add' 不是规划 'baotou13' 的指标；是否应为 'industrial-value-added' 或 'industrial-value-added-growth'？\n",
    );
  });

  it('an error of the library: the words it passes in are translated too', async () => {
    const r = await run(['project', '--prices', 'comparable', '--lang', 'zh']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^错误：.*'comparable' 需要平减指数（每年一个价格指数，基期 = 100），而情景 'reported-trend' 没有\n$/);
  });

  it('nothing to judge: a usage error in Chinese', async () => {
    const plan = JSON.stringify({
      id: 'mini',
      title: { en: 'mini' },
      period: { start: 2021, end: 2025 },
      indicators: [{ id: 'x', name: { en: 'x' }, unit: 'count', direction: 'increase', kind: 'count', nature: 'anticipatory', definition: {} }],
      targets: [{ id: 'x-2025', indicator: 'x', year: 2025, comparator: 'atLeast', value: '1', unit: 'count', source: { kind: 'report', section: '1', quote: 'one' } }],
    });
    const r = await run(['scorecard', '--plan', 'mini.json', '--lang', 'zh'], { 'mini.json': plan });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      "错误：本库没有规划 'mini' 的公布数据可供评价：请给出 --observations <文件>（您的数据）或 --scenario <名称|文件.json>（预测）",
    );
  });
});

describe('results in Chinese', () => {
  it('assess: method names and statuses, no English word of a status', async () => {
    const r = await run(['assess', '--observations', 'obs.csv', '--lang', 'zh'], { 'obs.csv': OBSERVATIONS_CSV });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^指标 +方法 +状态 +测度$/m);
    for (const word of ['Open SDG', '联合国进展图', '时间过半、任务过半', '需加快进度', '有一定进展，需加快', '滞后']) expect(r.stdout).toContain(word);
    expect(r.stdout).not.toMatch(/opensdg|unsd|time-progress|progress|lagging|assessable/);
    const behind = await run(['assess', '--observations', 'obs.csv', '--lang', 'zh', '--fail-on-unmet'], { 'obs.csv': OBSERVATIONS_CSV });
    expect(behind.stderr).toBe('有 3 项评估认为目标进度落后（--fail-on-unmet）\n');
  });

  it('scorecard: headers, statuses, bases and the words of the notes', async () => {
    const r = await run(['scorecard', '--lang', 'zh']);
    const table = r.stdout.slice(0, r.stdout.indexOf('\n\n'));
    expect(table).not.toMatch(/\b(met|not met|no data|incomplete|bound|observed)\b/);
    expect(r.stdout).toMatch(/^1\. 说明：/m);
    expect((await run(['scorecard', '--lang', 'zh', '--fail-on-unmet'])).stderr).toBe('有 1 个目标未实现（--fail-on-unmet）\n');
  });

  it('plan: directions and kinds of commitment in Chinese, yes and no', async () => {
    const zones = await run(['plan', 'zones', '--lang', 'zh']);
    expect(zones.stdout.split('\n').slice(4).map((line) => line.split(/ +/)[0])).toEqual(['东', '西', '南', '北', '两翼', '北山', '']);
    const commitments = await run(['plan', 'commitments', '--lang', 'zh']);
    for (const word of ['基地', '产业链', '产业集群', '园区', '否']) expect(commitments.stdout).toContain(word);
  });

  it('validate and export say what they did in Chinese', async () => {
    const r = await run(['validate', 'obs.csv', '--lang', 'zh'], { 'obs.csv': OBSERVATIONS_CSV });
    expect(r.stdout).toBe("obs.csv：对照规划 'baotou13'，是有效的观测数据（1 个指标的 2 个观测值）\n");
    const out = await run(['export', '--format', 'json', '--out', 'snap', '--lang', 'zh']);
    expect(out.stderr).toBe('已写入 snap/plan.json\n');
  });
});

/** English words of the command line's own that a Chinese table or line must not keep. */
const ENGLISH_WORDS = /\b(Indicator|Year|Target|Value|Status|Basis|Notes|Method|Measure|Source|Quote|met|not met|no data|incomplete|pending|bound|observed|projected|on track|off track|not assessable|none|yes|no)\b/;

/** The lines of a table before the notes under it (the notes may quote figures and ids). */
const tableOf = (text: string): string => text.split('\n\n')[0] ?? '';

describe.each(['baotou13', 'china13'])('every command in Chinese, --plan %s', (plan) => {
  const zh = (...argv: string[]) => run([...argv, '--plan', plan, '--lang', 'zh']);

  it('every command has its help in Chinese', async () => {
    for (const name of NAMES) {
      const r = await run([name, '--help', '--lang', 'zh']);
      expect(r.code, name).toBe(0);
      expect(r.stdout.split('\n')[0], name).toMatch(CJK);
      expect(r.stdout, name).toMatch(/^用法：/m);
    }
  });

  it('scorecard: Chinese headers, statuses and bases', async () => {
    const r = await zh('scorecard');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^指标 +年份 +目标值 +数值 +状态 +依据 +注$/);
    expect(tableOf(r.stdout)).not.toMatch(ENGLISH_WORDS);
    expect(r.stdout).toMatch(/公布数据：已评价 \d+ 个目标/);
  });

  it('plan: every section heading and every indicator name in Chinese', async () => {
    const r = await zh('plan');
    expect(r.code).toBe(0);
    for (const heading of ['产业布局', '重点任务', '指标', '目标']) expect(r.stdout.split('\n')).toContain(heading);
    const indicators = await zh('plan', 'indicators');
    const rows = indicators.stdout.split('\n').slice(2).filter((line) => /^[a-z0-9]/.test(line));
    expect(rows.length).toBeGreaterThan(10);
    // the name column of every indicator's first line: Chinese, not the English name
    for (const row of rows) expect(row.replace(/^\S+\s+/, ''), row).toMatch(CJK);
  });

  it('targets: Chinese headers and names', async () => {
    const r = await zh('targets');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^指标 +年份 +目标值 +出处 +原文$/);
    expect(r.stdout.split('\n')[2]).toMatch(/^[\u3400-\u9fff]/);
  });

  it('project: every row named in Chinese, units in Chinese', async () => {
    const r = await zh('project');
    expect(r.code).toBe(0);
    const lines = tableOf(r.stdout).split('\n');
    expect(lines[0]).toMatch(/^指标 +2015 /);
    // a name may start with Latin letters (R&D经费投入强度, PM2.5), never with English words
    for (const line of lines.slice(2)) expect(line, line).not.toMatch(/^[A-Za-z]+[ ,][a-z]/);
  });

  it('assess: Chinese headers, method names and statuses', async () => {
    const r = await zh('assess');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^指标 +方法 +状态 +测度$/);
    expect(tableOf(r.stdout)).not.toMatch(/opensdg|unsd|time-progress|\bprogress\b|lagging|assessable|on track/);
    expect(tableOf(r.stdout)).toContain('联合国进展图');
  });

  it('validate: the verdict in Chinese, and a misspelt indicator named with the closest ids', async () => {
    const own = plan === 'baotou13' ? 'industrial-value-added' : 'gdp';
    const good = await run(['validate', 'obs.csv', '--plan', plan, '--lang', 'zh'], { 'obs.csv': `indicator,year,value\n${own},2015,120\n` });
    expect(good.code).toBe(0);
    expect(good.stdout).toBe(`obs.csv：对照规划 '${plan}'，是有效的观测数据（1 个指标的 1 个观测值）\n`);
    const bad = await run(['validate', 'obs.csv', '--plan', plan, '--lang', 'zh'], { 'obs.csv': `indicator,year,value\n${own}x,2015,120\n` });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`^错误：obs\\.csv：第 2 行 'indicator' 列：'${own}x' 不是规划 '${plan}' 的指标；是否应为 '${own}'[^\\n]*？\\n$`));
  });

  it('export and chart: what was written said in Chinese; the chart titled in Chinese', async () => {
    const out = await run(['export', '--format', 'csv', '--out', 'snap', '--plan', plan, '--lang', 'zh']);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/^已写入 snap\//);
    const indicator = plan === 'baotou13' ? 'industrial-value-added' : 'gdp';
    const chart = await zh('chart', 'trajectory', '--indicator', indicator);
    expect(chart.code).toBe(0);
    const spec = JSON.parse(chart.stdout) as { title: { text: string }; description: string };
    expect(spec.title.text).toMatch(CJK);
    expect(spec.description).toMatch(CJK);
  });

  it('schema takes no plan: the usage error in Chinese', async () => {
    const r = await zh('schema', 'plan');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("错误：schema 没有选项 '--plan'；选项：--format, --lang, --help\n运行 'baotou-plan schema --help' 查看用法和示例\n");
    const schema = await run(['schema', 'plan', '--lang', 'zh']);
    expect(schema.code).toBe(0);
  });
});
