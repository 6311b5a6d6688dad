/** Types of `model.mjs`, the hostile model the child runs. */
export const SLOTS: Readonly<Record<string, readonly (readonly [string, (lib: Record<string, unknown>, x: unknown, y: unknown) => unknown[]])[]>>;
export const NO_NUMBERS: Readonly<Record<string, string>>;
export function hostileDecimal(lib: Record<string, unknown>): unknown;
export function runModel(
  lib: Record<string, unknown>,
  names: readonly string[],
  options?: { numRuns?: number; seed?: number; slowMs?: number; progress?: string },
): Promise<{ slots: number; calls: number; ms: number; failures: { name: string; where: string; problem: string; values: string[] }[] }>;
