/**
 * A target's wording and its comparator, through every reader: the zod schema, the JSON
 * Schema file (ajv), `checkIntegrity` and `definePlan`.
 *
 * The oracle is the convention written out by hand: by the Civil Code of the PRC (2020), art.
 * 1259, 以上、以下、以内、届满 include the figure and 不满、超过、以外 do not; 不低于 / 不少于 / 达到 are
 * floors and 不超过 / 不高于 ceilings that the figure meets; 低于 / 不足 are strict; 左右 and 约
 * are "about". An English translation's "above", "more than" and "over" render 以上, so they
 * are floors that include the figure; "exceeding" renders 超过 and stays strict.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { baotou13Literals } from '../../src/data/baotou13/index.js';
import { checkIntegrity } from '../../src/plan/integrity.js';
import type { Comparator, PlanInput } from '../../src/plan/types.js';
import { COMPARATORS, WORDINGS, definePlan, targetSchema, toJsonSchema } from '../../src/schema/index.js';
import { inputWith, planWith } from '../plan/helpers.js';
import { planError } from '../_lib/errors.js';

const CONVENTION: Readonly<Record<string, Comparator>> = {
  以上: 'atLeast',
  不低于: 'atLeast',
  不少于: 'atLeast',
  达到: 'atLeast',
  以下: 'atMost',
  以内: 'atMost',
  不超过: 'atMost',
  不高于: 'atMost',
  超过: 'above',
  高于: 'above',
  低于: 'below',
  不满: 'below',
  不足: 'below',
  左右: 'approximately',
  约: 'approximately',
  above: 'atLeast',
  'more than': 'atLeast',
  over: 'atLeast',
  'at least': 'atLeast',
  'no less than': 'atLeast',
  reaching: 'atLeast',
  below: 'atMost',
  'less than': 'atMost',
  under: 'atMost',
  'at most': 'atMost',
  'no more than': 'atMost',
  'down to': 'atMost',
  within: 'atMost',
  exceeding: 'above',
  about: 'approximately',
  around: 'approximately',
  approximately: 'approximately',
};

const CIVIL_CODE = 'by the Civil Code of the PRC, art. 1259, 以上、以下、以内 include the figure and 超过、不满、以外 do not';

/** A target with this wording and comparator (a tolerance when it is 'approximately'), as JSON. */
function target(wording: string, comparator: Comparator): Record<string, unknown> {
  return {
    id: 't',
    indicator: 'x',
    year: 2020,
    comparator,
    wording,
    value: '8',
    unit: 'percent',
    ...(comparator === 'approximately' ? { tolerance: { absolute: '1' } } : {}),
    source: { kind: 'report', section: 'II.a', quote: 'q' },
  };
}

/** The dataset with its first rate target (II.a, "above 8 percent") worded and compared so. */
const worded = (wording: string, comparator: Comparator) => (p: PlanInput) => {
  const t = p.targets[1]!;
  Object.assign(t, { wording, comparator });
  if (comparator === 'approximately') t.tolerance = { absolute: '1' };
};

const ajv = new Ajv2020({ allErrors: true });
const validTarget = ajv.compile(toJsonSchema('target'));

describe('wording ↔ comparator', () => {
  it('knows exactly the wordings of the convention', () => {
    expect(Object.keys(WORDINGS).sort()).toEqual(Object.keys(CONVENTION).sort());
  });

  it.each(Object.entries(CONVENTION))('%s means %s: accepted with it, refused with every other comparator', (wording, meaning) => {
    expect(z.safeParse(targetSchema, target(wording, meaning)).success).toBe(true);
    expect(validTarget(target(wording, meaning))).toBe(true);
    for (const other of COMPARATORS.filter((c) => c !== meaning)) {
      const result = z.safeParse(targetSchema, target(wording, other));
      expect(result.success, `${wording} with ${other}`).toBe(false);
      expect(result.error?.issues.map((i) => [i.path, i.message])).toContainEqual([
        ['comparator'],
        `wording '${wording}'${WORDINGS[wording as keyof typeof WORDINGS].renders === undefined ? '' : ` (rendering ${WORDINGS[wording as keyof typeof WORDINGS].renders})`} means comparator '${meaning}', got comparator '${other}'; ${CIVIL_CODE}`,
      ]);
      expect(validTarget(target(wording, other)), `JSON Schema: ${wording} with ${other}`).toBe(false);
    }
  });

  it('checkIntegrity and definePlan accept each wording with the comparator it means and refuse another', () => {
    for (const [wording, meaning] of Object.entries(CONVENTION)) {
      expect(checkIntegrity(planWith(worded(wording, meaning))), wording).toEqual([]);
      expect(definePlan(JSON.parse(JSON.stringify(inputWith(worded(wording, meaning))))).targets[1]?.wording).toBe(wording);
    }
    expect(checkIntegrity(planWith(worded('above', 'above')))).toEqual([
      {
        path: ['targets', 1, 'comparator'],
        message: `wording 'above' (rendering 以上) means comparator 'atLeast', got comparator 'above'; ${CIVIL_CODE}`,
      },
    ]);
    expect(checkIntegrity(planWith(worded('超过', 'atLeast')))).toEqual([
      { path: ['targets', 1, 'comparator'], message: `wording '超过' means comparator 'above', got comparator 'atLeast'; ${CIVIL_CODE}` },
    ]);
    const error = planError(() => definePlan(JSON.parse(JSON.stringify(inputWith(worded('more than', 'above'))))));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(`plan.targets[1].comparator: wording 'more than' (rendering 以上) means comparator 'atLeast', got comparator 'above'; ${CIVIL_CODE}`);
  });

  it("still wants a tolerance on an 'approximately' target, worded or not", () => {
    const plan = planWith((p) => {
      Object.assign(p.targets[1]!, { wording: '左右', comparator: 'approximately' });
    });
    expect(checkIntegrity(plan)).toEqual([{ path: ['targets', 1, 'tolerance'], message: "an 'approximately' target needs a tolerance { relative } or { absolute }" }]);
  });

  it('refuses a wording that is not one of WORDINGS, naming those allowed', () => {
    const result = z.safeParse(targetSchema, target('well above', 'atLeast'));
    expect(result.error?.issues[0]?.path).toEqual(['wording']);
    expect(result.error?.issues[0]?.message).toMatch(/^expected one of '以上', '不低于', .*'approximately', got 'well above'$/);
  });

  it("keeps the dataset's wordings through a JSON round trip", () => {
    const plan = definePlan(baotou13Literals());
    expect(plan.targets.map((t) => t.wording ?? null)).toEqual([
      null,
      'above',
      'more than',
      null,
      'about',
      'about',
      'more than',
      'down to',
      null,
      'reaching',
      'more than',
    ]);
  });
});
