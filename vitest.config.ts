import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Guards against a hang, not bounds on speed (no test asserts wall-clock time): on a loaded machine — a
    // second `npm test` on the same two cores — the largest hostile files take minutes.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
