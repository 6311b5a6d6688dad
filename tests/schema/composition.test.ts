/**
 * Users of classic `zod` and of `zod/mini` compose our schemas into their own, and a user's
 * global zod configuration does not change our messages.
 */
import { describe, expect, it } from 'vitest';
import * as zc from 'zod';
import * as zm from 'zod/mini';
import { isDecimal } from '../../src/decimal.js';
import { decimalSchema, observationSchema, parseObservations, planSchema, quantitySchema } from '../../src/schema/index.js';

const row = { indicator: 'gdp', year: 2020, value: '278.74', unit: 'bn-yuan' };

describe('composition', () => {
  it('an observation schema inside a classic z.object parses and decodes', () => {
    const upload = zc.object({ user: zc.string(), rows: zc.array(observationSchema) });
    const parsed = upload.parse({ user: 'analyst', rows: [row] });
    expect(parsed.user).toBe('analyst');
    expect(isDecimal(parsed.rows[0]?.value)).toBe(true);
    expect(parsed.rows[0]?.value.toString()).toBe('278.74');
    const failed = upload.safeParse({ user: 'analyst', rows: [{ ...row, value: 'n/a' }] });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.path).toEqual(['rows', 0, 'value']);
    expect(failed.error?.issues[0]?.message).toBe("expected a decimal string or finite number, got 'n/a'");
  });

  it('classic methods wrap our schemas: optional, array, and encode through a classic object', () => {
    const form = zc.object({ amount: quantitySchema, note: zc.string().optional(), values: zc.array(decimalSchema) });
    const parsed = form.parse({ amount: { value: '2.4e2', unit: 'bn-yuan' }, values: ['1e3', 0.5] });
    expect(parsed.amount.value.toString()).toBe('240');
    expect(parsed.values.map((v) => v.toString())).toEqual(['1000', '0.5']);
    expect(zc.encode(form, parsed)).toEqual({ amount: { value: '240', unit: 'bn-yuan' }, values: ['1000', '0.5'] });
  });

  it('a decimal inside a zod/mini object', () => {
    const mini = zm.object({ share: decimalSchema });
    expect(mini.parse({ share: '0.25' }).share.toString()).toBe('0.25');
  });

  it('classic toJSONSchema works on a composed schema (io: input)', () => {
    const upload = zc.object({ rows: zc.array(observationSchema) });
    const json = zc.toJSONSchema(upload, { io: 'input' }) as unknown as { properties: { rows: { items: { required: string[] } } } };
    expect(json.properties.rows.items.required).toEqual(['indicator', 'value']);
  });

  it("messages stay ours whatever zod's global configuration is", () => {
    zc.config({ customError: () => 'SOMETHING ELSE' });
    try {
      expect(() => parseObservations([{ ...row, foo: 1, status: 'X' }])).toThrowErrorMatchingInlineSnapshot(
        `[PlanError: 2 problems: observations[0].status: expected one of 'A', 'B', 'E', 'F', 'I', 'M', 'P', 'S', got 'X'; observations[0]: unknown key 'foo'; allowed keys: indicator, year, period, value, unit, qualifier, status, source, definition, vintage, note]`,
      );
      const result = zm.safeParse(planSchema, 42);
      expect(result.error?.issues[0]?.message).toBe('expected an object, got 42');
    } finally {
      zc.config({ customError: undefined });
    }
  });
});
