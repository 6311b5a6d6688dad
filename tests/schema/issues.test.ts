import { describe, expect, it } from 'vitest';
import { baotou13 } from '../../src/data/baotou13/index.js';
import { parsePlan } from '../../src/schema/index.js';
import { planError } from '../_lib/errors.js';
import { PlanError, formatPath, validationError } from '../../src/errors.js';
import { crash, fallbackError } from '../../src/schema/issues.js';

// formatPath and validationError live in errors.ts; the schema layer builds every VALIDATION
// error with them, so they are pinned here with the schema's paths.
describe('issue formatting', () => {
  it('writes paths the way code reaches them', () => {
    expect(formatPath(['observations', 3, 'value'])).toBe('observations[3].value');
    expect(formatPath(['scenario', 'series', 'gdp level', 'growth', '2016'])).toBe('scenario.series["gdp level"].growth["2016"]');
    expect(formatPath(['csv'])).toBe('csv');
    expect(formatPath(['2016'])).toBe('2016');
  });

  it('summarises one problem as itself and many with a count', () => {
    const one = validationError('plan', [{ path: ['plan', 'id'], message: 'expected an id' }]);
    expect(one.message).toBe('plan.id: expected an id');
    expect(one.code).toBe('VALIDATION');
    expect(one.details).toEqual({ input: 'plan', count: 1 });
    const many = validationError(
      'plan',
      Array.from({ length: 6 }, (_, i) => ({ path: ['plan', 'targets', i], message: 'bad' })),
    );
    expect(many.message).toBe(
      '6 problems: plan.targets[0]: bad; plan.targets[1]: bad; plan.targets[2]: bad; plan.targets[3]: bad; plan.targets[4]: bad; and 1 more',
    );
  });

  it('words issues zod raises on its own', () => {
    expect(fallbackError({ code: 'invalid_type', expected: 'nonoptional', input: undefined } as never)).toBe('missing; expected a value');
    expect(fallbackError({ code: 'too_big', input: 5 } as never)).toBe('not valid (too_big), got 5');
  });

  it('turns an unexpected exception into a PlanError and keeps the cause', () => {
    const cause = new RangeError('Maximum call stack size exceeded');
    const error = crash('plan', cause);
    expect(error).toBeInstanceOf(PlanError);
    expect(error.message).toBe('plan: could not be validated: RangeError: Maximum call stack size exceeded');
    expect([error.code, error.details, error.issues]).toEqual([
      'VALIDATION',
      { input: 'plan', count: 1 },
      [{ path: ['plan'], message: 'could not be validated: RangeError: Maximum call stack size exceeded' }],
    ]);
    expect(error.cause).toBe(cause);
    expect(crash('csv', 'boom').message).toBe('csv: could not be validated: boom');
    const planError = new PlanError('INVALID_DECIMAL', 'x');
    expect(crash('plan', planError)).toBe(planError);
  });
});

describe("what a caller's code throws while it is validated", () => {
  it('a getter that throws Object.create(null), which has no string: a VALIDATION error, not "Cannot convert object to primitive value"', () => {
    const plan = JSON.parse(JSON.stringify(baotou13)) as Record<string, unknown>;
    Object.defineProperty(plan, 'title', {
      enumerable: true,
      get() {
        throw Object.create(null);
      },
    });
    const error = planError(() => parsePlan(plan));
    expect([error.code, error.message]).toEqual(['VALIDATION', 'plan: could not be validated: a thrown object']);
    // an Error whose message is long is quoted short
    expect(crash('plan', new TypeError('x'.repeat(500))).message).toBe(`plan: could not be validated: TypeError: ${'x'.repeat(60)}…`);
    expect(crash('plan', 42).message).toBe('plan: could not be validated: a thrown 42');
  });
});
