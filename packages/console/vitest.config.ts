import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'console',
    include: ['e2e/**/*.e2e.test.ts', 'src/**/*.test.ts'],
    // The browser tests run the real API, which needs the test PostgreSQL server.
    globalSetup: ['../api/test/support/postgres.global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
