import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Guards against a hang, not bounds on speed (no test asserts wall-clock time): on a loaded machine — a
    // second `npm test` on the same two cores — the largest hostile files take minutes.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // The JSON Schema validators are generated code: written before any test imports src/load.
    globalSetup: ['test/support/generate.ts'],
    projects: [
      {
        // Unit, property, end-to-end and hardening tests, on the sources.
        extends: true,
        test: {
          name: 'src',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/dist/**'],
        },
      },
      {
        // The built package through its `exports` map (`tongban`, `tongban/load`, …), as users import it:
        // `npm run test:dist`. The setup builds dist/ when it is missing or older than src/.
        extends: true,
        test: {
          name: 'dist',
          include: ['test/dist/**/*.test.ts'],
          globalSetup: ['test/dist/setup.ts'],
        },
      },
    ],
  },
});
