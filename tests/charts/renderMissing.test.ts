/**
 * renderSvg without vega installed: the import fails as Node's does for a package that is
 * not there, and the PlanError says how to install it.
 */
import { describe, expect, it, vi } from 'vitest';
import { renderSvg } from '../../src/charts/render.js';
import { PlanError } from '../../src/errors.js';
import { messages } from '../../src/messages.js';

vi.mock('vega', () => {
  throw new Error("Cannot find package 'vega' imported from /app/node_modules/baotou-plan/dist/charts/index.js");
});

describe('renderSvg without vega', () => {
  it('throws a PlanError NOT_FOUND that says how to install vega and vega-lite', async () => {
    const error = await renderSvg({ mark: 'point' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).code).toBe('NOT_FOUND');
    expect((error as PlanError).details).toEqual({ packages: ['vega', 'vega-lite'], install: 'npm install vega@6 vega-lite@6' });
    // vitest wraps the error of a mock factory in its own message, which becomes the reason.
    expect((error as PlanError).message).toMatch(
      /^rendering SVG needs the optional packages vega and vega-lite, which could not be loaded \(.+\); install them with: npm install vega@6 vega-lite@6$/,
    );
  }, 60_000);

  it('pins the text of the message', () => {
    expect(messages.chartRenderMissing("Cannot find package 'vega' imported from /app/dist/charts/index.js")).toBe(
      "rendering SVG needs the optional packages vega and vega-lite, which could not be loaded (Cannot find package 'vega' imported from /app/dist/charts/index.js); install them with: npm install vega@6 vega-lite@6",
    );
  });

  it('tries again on the next call instead of keeping the failure', async () => {
    const first = await renderSvg({ mark: 'point' }).catch((e: unknown) => e);
    const second = await renderSvg({ mark: 'point' }).catch((e: unknown) => e);
    expect((first as PlanError).code).toBe('NOT_FOUND');
    expect((second as PlanError).code).toBe('NOT_FOUND');
  }, 60_000);
});
