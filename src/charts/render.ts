/**
 * Rendering a Vega-Lite spec to SVG with vega and vega-lite, which are optional: they are
 * loaded with `import()` the first time {@link renderSvg} is called, never before.
 *
 * @module
 */
import { PlanError, argumentError } from '../errors.js';
import { describeThrown, messages } from '../messages.js';
import { readObject } from '../read.js';
import type { VegaLiteSpec } from './types.js';

/** The few members of vega and vega-lite that rendering uses. */
interface Renderers {
  readonly compile: (spec: never, options: { logger: Logger }) => { spec: unknown };
  readonly parse: (spec: never) => unknown;
  readonly View: new (runtime: never, options: { renderer: 'none'; logger: Logger }) => {
    toSVG(): Promise<string>;
    finalize(): unknown;
  };
}

/** A logger that keeps what vega and vega-lite report instead of writing it to the console. */
interface Logger {
  level(level?: number): number | Logger;
  error(...args: readonly unknown[]): Logger;
  warn(...args: readonly unknown[]): Logger;
  info(...args: readonly unknown[]): Logger;
  debug(...args: readonly unknown[]): Logger;
}

let loading: Promise<Renderers> | undefined;

async function load(): Promise<Renderers> {
  try {
    const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
    return { compile: vegaLite.compile as never, parse: vega.parse as never, View: vega.View as never };
  } catch (error) {
    loading = undefined;
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
    throw new PlanError('NOT_FOUND', messages.chartRenderMissing(reason), {
      packages: ['vega', 'vega-lite'],
      install: 'npm install vega@6 vega-lite@6',
    });
  }
}

function quietLogger(errors: string[]): Logger {
  const logger: Logger = {
    // Nothing is printed whatever the level: errors are kept and thrown, the rest dropped.
    level: () => logger,
    error: (...args) => {
      errors.push(args.map(String).join(' '));
      return logger;
    },
    warn: () => logger,
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Render a Vega-Lite spec (what the chart builders return, or any other) to an SVG
 * document, with vega and vega-lite loaded on the first call through `import()`. They are
 * optional dependencies of `baotou-plan`: nothing else in the library needs them, and a
 * bundle that never calls this function never loads them.
 *
 * Rendering runs headless (vega's `renderer: 'none'`), so it works in Node without a
 * canvas; text is measured by estimate. Warnings of vega and vega-lite are not printed.
 *
 * @param spec - A Vega-Lite specification, as a plain object.
 * @returns The SVG document, a string starting with `<svg`.
 * @throws {@link baotou-plan!PlanError} `NOT_FOUND` when vega or vega-lite cannot be loaded; the message
 *   says how to install them: `npm install vega@6 vega-lite@6`. `INVALID_ARGUMENT` when
 *   `spec` is not an object or does not compile or render.
 *
 * @example
 * ```ts
 * import { layoutChart, renderSvg } from 'baotou-plan/charts';
 * import { baotou13 } from 'baotou-plan';
 * const svg = await renderSvg(layoutChart(baotou13.layout));
 * svg.startsWith('<svg'); // → true
 * // Without vega installed: PlanError "rendering SVG needs the optional packages vega and
 * // vega-lite, which could not be loaded (…); install them with: npm install vega@6 vega-lite@6"
 * ```
 *
 * @category Charts
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  readObject(spec, 'spec', 'a Vega-Lite specification (an object)');
  loading ??= load();
  const { compile, parse, View } = await loading;
  const errors: string[] = [];
  const logger = quietLogger(errors);
  let view: InstanceType<Renderers['View']> | undefined;
  try {
    // A copy: vega marks the data it is given (a Symbol on every row), and the spec is the caller's.
    const compiled = compile(structuredClone(spec) as never, { logger });
    view = new View(parse(compiled.spec as never) as never, { renderer: 'none', logger });
    const svg = await view.toSVG();
    if (errors.length > 0) throw new Error(errors.join('; '));
    return svg;
  } catch (error) {
    const reason = error instanceof Error ? error.message : describeThrown(error);
    throw argumentError('INVALID_ARGUMENT', 'spec', messages.chartInvalidSpec(reason));
  } finally {
    view?.finalize();
  }
}
