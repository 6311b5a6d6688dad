import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/index.js';

describe('parseScenario with a year far out of range', () => {
  // Found by the fuzz suite: the per-year coverage check counted from the base year to a
  // horizon of 2e81 and crashed the process. Out-of-range years now stop at `yearSchema`.
  it.each([2.0043478329632284e81, 1e9, 2101])('horizon %s gives a VALIDATION error, not a crash', (horizon) => {
    expect(() => parseScenario({ id: 's', baseYear: 1984, horizon, series: {}, deflator: { '1985': '100' } })).toThrowPlanError('VALIDATION', 'horizon');
  });
});
