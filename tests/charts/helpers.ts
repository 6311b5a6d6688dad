/** Compile a Vega-Lite spec with vega-lite and render it to SVG with vega, headless, keeping every log message. */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { expect } from 'vitest';

interface Logger {
  level(level?: number): number | Logger;
  error(...args: unknown[]): Logger;
  warn(...args: unknown[]): Logger;
  info(...args: unknown[]): Logger;
  debug(...args: unknown[]): Logger;
}

/** A logger at the most verbose level that records every message instead of printing it. */
function recordingLogger(messages: string[]): Logger {
  let level = vega.Debug;
  const record =
    (kind: string) =>
    (...args: unknown[]): Logger => {
      messages.push(`${kind}: ${args.map(String).join(' ')}`);
      return logger;
    };
  const logger: Logger = {
    level: (next?: number) => {
      if (next === undefined) return level;
      level = next;
      return logger;
    },
    error: record('error'),
    warn: record('warn'),
    info: record('info'),
    debug: () => logger,
  };
  return logger;
}

/** The SVG of a spec and what vega-lite and vega logged on the way (errors, warnings, infos). */
export async function render(spec: Record<string, unknown>): Promise<{ svg: string; log: string[] }> {
  const log: string[] = [];
  const logger = recordingLogger(log);
  const compiled = vl.compile(spec as unknown as vl.TopLevelSpec, { logger: logger as never });
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', logger: logger as never });
  try {
    const svg = await view.toSVG();
    return { svg, log };
  } finally {
    view.finalize();
  }
}

/** Render and require a clean log and an SVG document. */
export async function renderClean(spec: Record<string, unknown>): Promise<string> {
  const { svg, log } = await render(spec);
  expect(log).toEqual([]);
  expect(svg.startsWith('<svg')).toBe(true);
  return svg;
}

/** The texts of an SVG's `<text>` elements, entities decoded. */
export function svgTexts(svg: string): string[] {
  const texts: string[] = [];
  for (const match of svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)) {
    const inner = (match[1] ?? '').replace(/<tspan[^>]*>/g, '\n').replace(/<\/tspan>/g, '');
    for (const line of inner.split('\n')) {
      const text = line
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
      if (text !== '') texts.push(text);
    }
  }
  return texts;
}
