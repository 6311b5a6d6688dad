/**
 * The texts of scorecards, projections, consistency findings and explanations in Chinese
 * (src/text.zh.ts): each builder of src/scenario/text.ts and src/progress/explain.ts has a
 * Chinese twin taking the same arguments, and a text the library made once `rememberTexts` was
 * called is written in Chinese by `chinese`, the figures in it as the Chinese formatter writes
 * them (`'gdp' 2020: 1015986 × 100 million yuan` → `'gdp' 2020：1,015,986 亿元`), ids as they
 * are. Every expected text is written by hand.
 */
import { describe, expect, it } from 'vitest';
import { baotou13, baotouReported, china13, china13Reported } from '../../src/data/index.js';
import { rememberTexts, type MessageTemplate } from '../../src/messages.js';
import { chinese, chineseOf, type Catalogue } from '../../src/messages.zh.js';
import { evaluateTarget } from '../../src/progress/evaluateTarget.js';
import { text } from '../../src/progress/explain.js';
import { assessTimeProgress } from '../../src/progress/timeProgressMethod.js';
import { consistency } from '../../src/scenario/consistency.js';
import { scorecard } from '../../src/scenario/scorecard.js';
import { caveatText, findings, notes, planPath, reasons, reportedTrend, working } from '../../src/scenario/text.js';
import type { ScorecardRow } from '../../src/scenario/types.js';
import { progressTextsZh, scenarioTextsZh } from '../../src/text.zh.js';
import { CAVEAT_CODES } from '../../src/vocabulary.js';

// What the command line and the page do before they make texts that may be read in Chinese.
rememberTexts();

const ENGLISH = { notes, reasons, caveatText, working, findings, planPath, reportedTrend } as const;

/** The template a remembered builder keeps: its key under `scenario.`, its arguments, its English text. */
function template(catalogue: keyof typeof ENGLISH, name: string, ...args: unknown[]): MessageTemplate {
  const build = (ENGLISH[catalogue] as Record<string, (...a: unknown[]) => string>)[name] as (...a: unknown[]) => string;
  return { key: `scenario.${catalogue}.${name}`, args, text: build(...args), parts: new Map() };
}

/** The ids of both plans, which texts write unquoted too (`gdp`). */
const IDS: ReadonlySet<string> = new Set<string>([baotou13, china13].flatMap((p) => [...p.indicators.map((i) => i.id), ...p.targets.map((t) => t.id)]));

/** English words (two or more letters) outside quotes, ids, OBS_STATUS codes and the field name partOf. */
const englishWords = (t: string) =>
  (t
    .replace(/'[^']*'/g, '')
    .replace(/OBS_STATUS '?[A-Z]'?/g, '')
    .replace(/\b[a-z0-9]+(-[a-z0-9]+)+\b/g, '') // ids: gdp-2020, industrial-value-added
    .replace(/\b(partOf|options(\.\w+)*|partialPeriods|baseYear|thresholds|null|Open SDG|sdg-build|R|d)\b/g, '')
    .match(/\b[A-Za-z]{2,}\b/g) ?? []).filter((word) => !IDS.has(word));

const row = (rows: readonly ScorecardRow[], id: string): ScorecardRow => {
  const found = rows.find((r) => r.targetId === id);
  if (found === undefined) throw new Error(`no row ${id}`);
  return found;
};

describe('every caveat code in Chinese', () => {
  const abovePrescribedSize = 'industrial enterprises above designated size (规模以上工业企业: annual main-business revenue of at least 20 million yuan)';
  const reading = evaluateTarget({ comparator: 'atLeast', wording: 'more than', value: 100, unit: 'count' }, 100).caveats[0]?.message ?? '';
  const byCode: Record<(typeof CAVEAT_CODES)[number], readonly [string, string]> = {
    scope: [
      caveatText.scope('industrial-value-added', abovePrescribedSize, undefined),
      "此处所用 'industrial-value-added' 的数据统计范围为规模以上工业企业（年主营业务收入 2000 万元及以上）；规划未说明 'industrial-value-added' 的统计范围",
    ],
    'price-basis': [caveatText.priceBasis('gdp', 'current', undefined), "此处所用 'gdp' 的数据按现价计算；规划所定义的 'gdp' 按未说明的价格口径计算"],
    break: [
      caveatText.firstAfterBreak("'secondary-sector-value-added' 2020: 115.3 billion yuan", 2015),
      "'secondary-sector-value-added' 2020：1,153 亿元是其序列断点（OBS_STATUS B：统计修订）之后的第一个数据；目标是在此之前按 2015 年的口径制定的，因此该数据与目标可能不在同一口径上",
    ],
    'partial-period': [
      caveatText.partial("'industrial-value-added-growth' 2017-01–2017-11: 5.5 % a year", 2017),
      "'industrial-value-added-growth' 2017-01–2017-11：年均5.5% 只覆盖一年中的一部分：不是 2017 年的全年数据",
    ],
    estimate: [caveatText.estimate("'gdp' 2020: 1015986 × 100 million yuan", 'P', 'provisional'), "'gdp' 2020：1,015,986 亿元为初步值（OBS_STATUS P），不是最终数据"],
    derived: [caveatText.derivedLevels(2015, 2020, false), '变化由 2015 年和 2020 年的水平值计算得出，不是公布的数据'],
    reading: [reading, "'more than' 即 以上，包含本数（《中华人民共和国民法典》第一千二百五十九条）：不低于（≥）；这是英文译法，按其所对应的中文词语解读"],
    tolerance: [text.toleranceCaveat('relative', '0.01'), '“左右”的容差（相对 0.01）由调用方给出（options.tolerance），不是目标的'],
    revised: [
      caveatText.vintage("'gdp' 2020: 1015986 × 100 million yuan", '2021-12-27', ["'gdp' 2020: 1015000 × 100 million yuan"]),
      "采用 2021-12-27 发布的 'gdp' 2020：1,015,986 亿元：它修订了 'gdp' 2020：1,015,000 亿元",
    ],
    conflict: [
      caveatText.disagree("'schooling-years' 2020: 10.8 years", ["'schooling-years' 2020: 10.75 years"]),
      "各来源的数据不同：采用 'schooling-years' 2020：10.8年，而不是 'schooling-years' 2020：10.75年（最终数据优先于估计值，精确数优先于约数，其次取更精确者，再次取最先给出者）",
    ],
  };

  it.each(CAVEAT_CODES.map((code) => [code]))('%s', (code) => {
    const [english, expected] = byCode[code];
    expect(chinese(english)).toBe(expected);
  });

  it('the caveats of both plans’ scorecards: Chinese, with no English word left', () => {
    for (const rows of [scorecard(baotou13, baotouReported), scorecard(china13, china13Reported)]) {
      for (const r of rows) {
        for (const c of r.caveats) {
          const zh = chinese(c.message);
          expect(zh, c.message).toMatch(/[\u3400-\u9fff]/);
          expect(englishWords(zh), zh).toEqual([]);
        }
      }
    }
  });
});

describe('the reasons of scorecard rows in Chinese', () => {
  const baotou = scorecard(baotou13, baotouReported);
  const china = scorecard(china13, china13Reported);

  it('observed: the explanation of a met and of a missed level target', () => {
    const gdp = row(china, 'gdp-2020');
    expect(gdp.basis).toBe('observed');
    // 1015986 ÷ 927000 = 1.09599… → 109.6 %; 1015986 − 927000 = 88986
    expect(chinese(gdp.evaluation?.explanation.summary ?? '')).toBe('1,015,986 亿元 ≥ 927,000 亿元：已实现（完成率 109.6%，差距 88,986 亿元）');
    // 54.5 ÷ 56 = 0.97321… → 97.32 %; 54.5 − 56 = −1.5
    expect(chinese(row(china, 'services-share-2020').evaluation?.explanation.summary ?? '')).toBe('54.5% ≥ 56%：未实现（完成率 97.32%，差距 -1.5%）');
  });

  it('bound: a part judged on its whole', () => {
    const r = row(baotou, 'industrial-value-added-2020');
    expect(r.basis).toBe('bound');
    expect(chinese(r.reason ?? '')).toBe(
      "没有 'industrial-value-added' 2020 年的观测值；它是 'secondary-sector-value-added' 的一部分（partOf），后者 2020 年为 1,153 亿元，所以 'industrial-value-added' 至多为此值：低于 2,400 亿元，未实现",
    );
  });

  it('incomplete, with the figures known', () => {
    const r = row(china, 'disposable-income-growth-2020');
    expect(r.status).toBe('incomplete');
    expect(chinese(r.reason ?? '')).toBe(
      "没有 'disposable-income-growth' 2016、2017、2018、2019、2020 年的全年数据（期间 2016–2020），也没有整个期间的平均值；已知：'disposable-income-growth' 2016–2019：年均6.5%（该时段的平均值）",
    );
  });

  it('no data', () => {
    const r = row(china, 'arable-land-2020');
    expect(r.status).toBe('no_data');
    expect(chinese(r.reason ?? '')).toBe("没有 'arable-land' 2020 年的观测值");
  });

  it('price basis: levels at current prices do not give a rate at comparable prices', () => {
    expect(chinese(row(china, 'gdp-growth-2020').reason ?? '')).toBe(
      "没有 'gdp-growth' 2016、2017、2018、2019 年的全年数据（期间 2016–2020），也没有整个期间的平均值；'gdp' 2015 年和 2020 年的水平值按现价计算，而 'gdp-growth' 按可比价计算：由前者算出的结果会包含价格变化，因此不予计算；已知：'gdp-growth' 2020：年均2.3%；'gdp' 2015：677,000 亿元；'gdp' 2020：1,015,986 亿元",
    );
  });

  it('a bound on a count over part of the period', () => {
    expect(chinese(row(china, 'new-urban-jobs-2020').reason ?? '')).toBe(
      "没有 'new-urban-jobs' 整个期间 2016–2020 的数据；'new-urban-jobs' 2016-01–2020-10：60,000,000 只覆盖其中一部分，而计数不会为负，所以整个期间的合计至少为此值：不低于 50,000,000，已实现",
    );
  });

  it('every reason of both scorecards: Chinese, with no English word left', () => {
    for (const r of [...baotou, ...china]) {
      if (r.reason === null) continue;
      const zh = chinese(r.reason);
      expect(englishWords(zh), zh).toEqual([]);
    }
  });

  it('English stays as it was', () => {
    expect(row(china, 'arable-land-2020').reason).toBe("no observation of 'arable-land' for 2020");
  });
});

describe('explanations of evaluateTarget in Chinese', () => {
  it('a level target met: 250 ≥ 240 billion yuan', () => {
    // 250 ÷ 240 = 1.041666… → 104.17 %; gap 10 billion yuan = 100 亿元
    const r = evaluateTarget({ comparator: 'atLeast', value: 240, unit: 'bn-yuan' }, 250);
    expect(chinese(r.explanation.summary)).toBe('2,500 亿元 ≥ 2,400 亿元：已实现（完成率 104.17%，差距 100 亿元）');
  });

  it('a ceiling missed: 1.5 ≤ 1.3 tce per 10,000 yuan', () => {
    // attainment of a ceiling: 1.3 ÷ 1.5 = 0.86666… → 86.67 %; gap 1.3 − 1.5 = −0.2
    const r = evaluateTarget({ comparator: 'atMost', value: '1.3', unit: 'tce-per-10k-yuan' }, '1.5');
    expect(chinese(r.explanation.summary)).toBe('1.5 吨标准煤/万元 ≤ 1.3 吨标准煤/万元：未实现（完成率 86.67%，差距 -0.2 吨标准煤/万元）');
  });

  it('a wording: its note and the summary’s tag', () => {
    const r = evaluateTarget({ comparator: 'atLeast', wording: '以上', value: 20, unit: 'percent' }, 20);
    expect(r.explanation.notes.map(chinese)).toEqual(["措辞 '以上' 包含本数（《中华人民共和国民法典》第一千二百五十九条）：不低于（≥）"]);
    expect(chinese(r.explanation.summary)).toBe('20% ≥ 20%（以上）：已实现（完成率 100%，差距 0%）');
  });
});

describe('progress in Chinese', () => {
  const towards240 = { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' } as const;

  it('a reason: no data up to the target year', () => {
    const r = assessTimeProgress([{ year: 2021, value: 120 }], towards240);
    expect(r.status).toBe('not_assessable');
    expect(chinese(r.reason ?? '')).toBe('截至目标年份 2020 年没有数据');
    expect(chinese(r.explanation.summary)).toBe('时间进度：无法评估：截至目标年份 2020 年没有数据');
  });

  it('the working and summary of time progress: 120 (2015) → 145.2 (2017) toward 240', () => {
    const r = assessTimeProgress([{ year: 2015, value: 120 }, { year: 2017, value: '145.2' }], towards240);
    expect(r.explanation.working.map(chinese)).toEqual([
      '时间进度 = (2017 − 2015) ÷ (2020 − 2015) = 0.4',
      '是否实现目标？145.2 ≥ 240：否',
      '任务进度 = (145.2 − 120) ÷ (240 − 120) = 0.21',
      '比值 = 0.21 ÷ 0.4 = 0.525',
      '比值 0.525 → 滞后',
    ]);
    expect(r.explanation.notes.map(chinese)).toEqual(['阈值为本库的默认值（没有官方的数值阈值）；可传入 thresholds 覆盖']);
    expect(chinese(r.explanation.summary)).toBe('时间进度：滞后：任务进度 21%，时间进度 40%，比值 0.525');
  });
});

describe('consistency findings in Chinese', () => {
  const [levelRate] = consistency(baotou13, baotouReported);

  it('240 billion yuan and 8 % a year from 120 billion yuan: a contradiction', () => {
    // 120 × 1.08⁵ = 176.319369216 → 176.3194 billion yuan = 1,763.194 亿元; (240 ÷ 120)^(1/5) − 1 = 14.87 %
    expect(chinese(levelRate?.explanation.summary ?? '')).toBe(
      'industrial-value-added-2020（2020 年 2,400 亿元）需要从 2015 年的 1,200 亿元起每年 14.87%，而不是规划所定的 8%；按每年 8%，2020 年的水平值为 1,763.194 亿元，低于 2,400 亿元',
    );
    expect(chinese(levelRate?.explanation.working[0] ?? '')).toBe('所需增长率 = (240 ÷ 120)^(1/5) − 1 = 0.1486983549970350067986269467779276');
  });

  it('every finding, working line and reconciliation: no English word left', () => {
    for (const f of consistency(baotou13, baotouReported)) {
      for (const line of [f.explanation.summary, ...f.explanation.working, ...f.explanation.notes, ...f.reconciliations.map((r) => r.explanation)]) {
        expect(englishWords(chinese(line)), `${line} → ${chinese(line)}`).toEqual([]);
      }
    }
  });
});

describe('the Chinese builders on their own', () => {
  it('a remembered template is written from its arguments', () => {
    const t = template('reasons', 'bound', 'industrial-value-added', 2020, 'secondary-sector-value-added', '115.3 billion yuan', '240 billion yuan', false);
    expect(chineseOf(t)).toBe(
      "没有 'industrial-value-added' 2020 年的观测值；它是 'secondary-sector-value-added' 的一部分（partOf），后者 2020 年为 1,153 亿元，所以 'industrial-value-added' 至多为此值：低于 2,400 亿元，未实现",
    );
    expect(chineseOf(template('reasons', 'knownFigure', "'gdp' 2015: 677000 × 100 million yuan"))).toBe("'gdp' 2015：677,000 亿元");
    expect(chineseOf(template('reportedTrend', 'assumedRates', 'industrial-value-added', [2016, 2017, 2019]))).toBe(
      "没有公布 'industrial-value-added' 2016、2017、2019 年的增长率：假定为覆盖该年的时段的增长率，或此前最后一个公布的增长率",
    );
    expect(scenarioTextsZh.reasons.notYet(2018, 2021)).toBe('待评价：期间始于 2021 年，晚于 2018 年');
    expect(progressTextsZh.noData).toBe('没有数据');
  });

  it('a text no builder made is kept, the words around it in Chinese', () => {
    const breaks = template('caveatText', 'breakBridged', 'a break somewhere');
    expect(chineseOf(breaks)).toBe('期间内有 a break somewhere；年度增长率按可比口径公布，可以跨越它，水平值则不能');
  });

  it('every builder writes Chinese around what it quotes', () => {
    const catalogues: Record<string, [Record<string, unknown>, Record<string, unknown>]> = {
      ...Object.fromEntries(Object.entries(ENGLISH).map(([k, v]) => [k, [v, (scenarioTextsZh as Record<string, Record<string, unknown>>)[k]]])),
      progress: [text, progressTextsZh],
    };
    const samples: Record<string, unknown[]> = {
      'reasons.notDriven': [['gdp']],
      'reasons.known': ["'gdp' for 2020", []],
      'reasons.incomplete': ['a', [2016], 2016, 2020, 'cumulative'],
      'reasons.knownFigure': ['1 %'],
      'caveatText.vintage': ["'gdp' 2020: 1 %", '2021-02-28', ["'gdp' 2020: 2 %"]],
      'caveatText.disagree': ["'gdp' 2020: 1 %", ["'gdp' 2020: 2 %"]],
      'working.breakEvenSummary': ['t', 's', 'f', 'minimum', '1'],
      'findings.noBaseline': [['a']],
      'findings.nothingImplied': [['a']],
      'findings.breakChainLine': ['1', ['(1 + 2 %)'], '3'],
      'planPath.description': ['p', 2020, ['a.'], []],
      'reportedTrend.description': ['p', 2015, 2020, ['a.']],
      'reportedTrend.series': ['a', '1', 'bn-yuan', 2015, 'b', 'c', ['2016 1 %']],
      'reportedTrend.levels': ['a', '1', 'bn-yuan', 2015, 'b', ['2016 1'], 'c'],
      'reportedTrend.filledLevels': ['a', [2016, 2017]],
      'reportedTrend.assumedRates': ['a', [2016, 2017]],
      'progress.skippedNull': [[2016]],
      'progress.afterTargetIgnored': [[2021], 2020],
      'progress.rateGaps': [[2016]],
      'progress.chainLine': [['1'], 2, '3'],
      'progress.chainedChangeLine': [['1'], '3'],
      'progress.sumLine': ['change', ['1'], '3'],
      'progress.convertedSeries': ['%', ['a']],
      'progress.openSdgSummary': ['on_track', ': observed CAGR 5 %'],
      'progress.unsdSummary': ['fair_progress', ': projected 1 for 2020 vs target 2, score 0.5'],
    };
    const object = { levelTarget: 't', required: '1 %', stated: '2 %', reached: '3', level: '4', year: 2020, baseline: '5', baseYear: 2015 };
    const breakObject = { id: 'a', year: 2020, reported: '1', chained: '2', before: '3', beforeYear: 2014, factor: '0.5', cut: '50 %' };
    for (const [catalogue, [english, zh]] of Object.entries(catalogues)) {
      expect(Object.keys(zh).sort(), catalogue).toEqual(Object.keys(english).sort());
      for (const [name, build] of Object.entries(zh)) {
        const key = `${catalogue}.${name}`;
        if (typeof build === 'string') {
          expect(build, key).toMatch(/[\u3400-\u9fff]/);
          continue;
        }
        const arity = (english[name] as (...a: unknown[]) => string).length;
        // an object argument (a finding's figures), else '2' for each string, number or boolean
        const args =
          samples[key] ??
          Array.from({ length: arity }, () => (name === 'breakSummary' ? breakObject : name.startsWith('levelRate') && arity === 1 ? object : '2'));
        const written = (build as (...a: unknown[]) => string)(...args);
        if (name !== 'knownFigure' && !name.startsWith('formula') && !['breakFactor', 'ratioLine', 'cagrLine', 'statusLine', 'convertedPoint'].includes(name)) expect.soft(written, key).toMatch(/[\u3400-\u9fff]/);
        expect.soft(englishWords(written), `${key}: ${written}`).toEqual([]);
      }
    }
  });

  it('a missing Chinese twin does not compile', () => {
    // @ts-expect-error growthUndefined is missing
    const missing: Catalogue<typeof notes> = { zeroDenominator: () => '' };
    expect(Object.keys(missing)).toEqual(['zeroDenominator']);
  });
});
