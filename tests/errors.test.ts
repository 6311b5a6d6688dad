/** The error class and the helpers that build each kind of error: one shape everywhere. */
import { describe, expect, it } from 'vitest';
import {
  PlanError,
  SUMMARY_LIMIT,
  argumentError,
  domainError,
  formatPath,
  invalidArgument,
  isPlanError,
  validationError,
  type PlanIssue,
} from '../src/errors.js';

describe('PlanError', () => {
  it('is an Error with a code, frozen details and frozen issues', () => {
    const details = { argument: 'x' };
    const path = ['plan', 'id'];
    const error = new PlanError('VALIDATION', 'bad', details, [{ path, message: 'missing' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PlanError');
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('bad');
    expect(error.details).toEqual({ argument: 'x' });
    expect(error.details).not.toBe(details);
    expect(Object.isFrozen(error.details)).toBe(true);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
    expect(Object.isFrozen(error.issues[0]!.path)).toBe(true);
    // The caller's objects are copied, not frozen.
    expect(Object.isFrozen(details)).toBe(false);
    expect(Object.isFrozen(path)).toBe(false);
    path.push('more');
    expect(error.issues[0]!.path).toEqual(['plan', 'id']);
  });
  it('has no details and no issues by default', () => {
    const error = new PlanError('DOMAIN', 'x');
    expect(error.details).toEqual({});
    expect(error.issues).toEqual([]);
  });
});

describe('isPlanError', () => {
  it('recognises a PlanError, also one of another copy of the library', () => {
    expect(isPlanError(new PlanError('DOMAIN', 'x'))).toBe(true);
    const other = Object.assign(new Error('x'), { name: 'PlanError', code: 'DOMAIN' });
    expect(isPlanError(other)).toBe(true);
  });
  it('refuses other errors and look-alikes', () => {
    expect(isPlanError(new Error('x'))).toBe(false);
    expect(isPlanError(Object.assign(new Error('x'), { name: 'PlanError' }))).toBe(false);
    expect(isPlanError({ name: 'PlanError', code: 'DOMAIN', message: 'x' })).toBe(false);
    expect(isPlanError(undefined)).toBe(false);
  });
});

describe('the argument error helpers', () => {
  it('invalidArgument: "name: expected …, got …", with the argument and the value in details', () => {
    const error = invalidArgument('options.asOf', 'an integer year from 1900 to 2100', '2020');
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe("options.asOf: expected an integer year from 1900 to 2100, got '2020'");
    expect(error.details).toEqual({ argument: 'options.asOf', received: '2020' });
    expect(error.issues).toEqual([]);
  });
  it('invalidArgument keeps undefined as the value received', () => {
    const error = invalidArgument('target', 'a decimal', undefined);
    expect(error.message).toBe('target: expected a decimal, got undefined');
    expect(Object.keys(error.details)).toEqual(['argument', 'received']);
  });
  it('cut a long string received to 200 characters in details', () => {
    const long = 'y'.repeat(250);
    expect(invalidArgument('id', 'an id', long).details['received']).toBe(`${'y'.repeat(200)}…`);
    expect(argumentError('NOT_FOUND', 'id', 'm', long).details['received']).toBe(`${'y'.repeat(200)}…`);
    const short = 'y'.repeat(200);
    expect(domainError('id', 'm', short).details['received']).toBe(short);
  });
  it('argumentError and domainError leave received out when none is given', () => {
    expect(argumentError('UNKNOWN_UNIT', 'unit', 'unit: no', 'yen').details).toEqual({ argument: 'unit', received: 'yen' });
    expect(argumentError('NOT_FOUND', 'id', 'id: none').details).toEqual({ argument: 'id' });
    const error = domainError('whole', 'whole: must not be 0 for a share', '0');
    expect(error.code).toBe('DOMAIN');
    expect(error.message).toBe('whole: must not be 0 for a share');
    expect(error.details).toEqual({ argument: 'whole', received: '0' });
    expect(domainError('x', 'x: no').details).toEqual({ argument: 'x' });
  });
});

describe('formatPath', () => {
  it.each([
    [['observations', 3, 'value'], 'observations[3].value'],
    [['scenario', 'series', 'gdp level', 'base'], 'scenario.series["gdp level"].base'],
    [['plan', 'targets', 0], 'plan.targets[0]'],
    [['series', '2020'], 'series["2020"]'],
    [['$x', '_y'], '$x._y'],
    [['my plan', 'id'], 'my plan.id'],
    [[2, 'value'], '[2].value'],
    [[], ''],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('validationError', () => {
  const issue = (i: number): PlanIssue => ({ path: ['observations', i, 'value'], message: `problem ${i}` });

  it('has the one shape: code VALIDATION, details { input, count }, every issue', () => {
    const issues = [issue(0), issue(1)];
    const error = validationError('observations', issues);
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toEqual({ input: 'observations', count: 2 });
    expect(error.issues).toEqual(issues);
    expect(error.message).toBe('2 problems: observations[0].value: problem 0; observations[1].value: problem 1');
  });
  it('quotes one problem alone', () => {
    expect(validationError('plan', [{ path: ['plan', 'id'], message: 'missing' }]).message).toBe('plan.id: missing');
  });
  it('quotes the first five and counts the rest', () => {
    expect(SUMMARY_LIMIT).toBe(5);
    const issues = Array.from({ length: 7 }, (_, i) => issue(i));
    const error = validationError('observations', issues);
    expect(error.message).toBe(
      '7 problems: observations[0].value: problem 0; observations[1].value: problem 1; observations[2].value: problem 2; observations[3].value: problem 3; observations[4].value: problem 4; and 2 more',
    );
    expect(error.issues).toHaveLength(7);
    expect(error.details).toEqual({ input: 'observations', count: 7 });
  });
  it('writes locations with `label`, and an issue of the input itself by its message alone', () => {
    const issues: PlanIssue[] = [
      { path: ['csv', 2, 'value'], message: 'not a number' },
      { path: [], message: 'expected a string' },
    ];
    expect(validationError('csv', issues, (i) => `line ${String(i.path[1])}`).message).toBe(
      '2 problems: line 2: not a number; line undefined: expected a string',
    );
    expect(validationError('csv', [{ path: [], message: 'expected a string' }]).message).toBe('expected a string');
  });
});
