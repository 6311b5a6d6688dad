import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/_lib/setup.ts'],
    // Two workers, also on a 2-core machine (vitest's default is one fewer than the cores):
    // much of the suite waits on child processes (the hostile and size checks, the built
    // command line), and the tests that measure speed count CPU time, not wall time.
    maxWorkers: 2,
    // The type tests (tests/**/*.typetest.ts: `expectTypeOf`, `@ts-expect-error`) are compiled
    // by `npm run typecheck` (`tsc --noEmit` over src/ and tests/), where a failed assertion is
    // a compile error. Vitest's typecheck would run the same tsc over the same files again.
    typecheck: {
      enabled: false,
      include: ['tests/**/*.typetest.ts'],
      tsconfig: './tsconfig.json',
    },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/index.ts', 'src/**/types.ts', 'src/cli/bin.ts'],
      thresholds: {
        lines: 95,
        functions: 95,
        statements: 95,
        branches: 90,
      },
    },
  },
});
