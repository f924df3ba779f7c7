import { defineConfig } from 'vitest/config';

/** One command runs every package's tests: `pnpm test`. The JSON report feeds `.ci/run`'s count line. */
export default defineConfig({
  test: {
    projects: ['packages/schema', 'packages/api', 'packages/console'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
