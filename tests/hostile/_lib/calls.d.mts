/** Types of `calls.mjs`, the hostile matrix the children run. */
export const VALID: Readonly<Record<string, (lib: Record<string, unknown>) => unknown[]>>;
export const EXCLUDED: Readonly<Record<string, string>>;
export const HOSTILE: Readonly<Record<string, () => unknown>>;
export function fingerprint(value: unknown): string;
export function runMatrix(
  lib: Record<string, unknown>,
  names: readonly string[],
  options?: { progress?: string; slowMs?: number; hostile?: readonly string[] },
): Promise<{ calls: number; ms: number; failures: { name: string; case: string; problem: string }[] }>;
