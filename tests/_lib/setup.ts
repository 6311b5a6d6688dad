/**
 * Set up once for every test file: the `toThrowPlanError` matcher.
 *
 * `expect(() => cagr(0, 1, 5)).toThrowPlanError('DOMAIN')` passes when the function throws a
 * `PlanError` of that code; a second argument (a string the message must contain, or a
 * pattern it must match) pins the message too. Anything else thrown (a `TypeError`, a
 * `PlanError` of another code) fails with what was thrown.
 */
import { expect } from 'vitest';
import { PlanError, type PlanErrorCode } from '../../src/errors.js';

interface PlanErrorMatchers<R = unknown> {
  /** The function throws a `PlanError` of `code` (whose message contains or matches `message`). */
  toThrowPlanError(code: PlanErrorCode, message?: string | RegExp): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends PlanErrorMatchers<T> {}
}

expect.extend({
  toThrowPlanError(received: unknown, code: PlanErrorCode, message?: string | RegExp) {
    if (typeof received !== 'function') {
      return { pass: false, message: () => `expected a function to call, got ${typeof received}` };
    }
    let error: unknown;
    let threw = false;
    try {
      (received as () => unknown)();
    } catch (caught) {
      error = caught;
      threw = true;
    }
    const describe = (e: unknown): string =>
      e instanceof PlanError ? `PlanError ${e.code}: ${e.message}` : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    if (!threw) return { pass: false, message: () => `expected a PlanError ${code}, nothing was thrown` };
    const planError = error instanceof PlanError ? error : undefined;
    const codeOk = planError?.code === code;
    const text = planError?.message ?? '';
    const messageOk =
      message === undefined ? true : typeof message === 'string' ? text.includes(message) : message.test(text);
    const pass = codeOk && messageOk;
    const wanted = `a PlanError ${code}${message === undefined ? '' : ` with a message ${typeof message === 'string' ? `containing ${JSON.stringify(message)}` : `matching ${String(message)}`}`}`;
    return {
      pass,
      message: () => (pass ? `expected not ${wanted}, got ${describe(error)}` : `expected ${wanted}, got ${describe(error)}`),
    };
  },
});
