import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'console',
    include: ['e2e/**/*.e2e.test.ts', 'src/**/*.test.ts'],
    // The browser tests run the real API, which needs the test PostgreSQL server.
    globalSetup: ['../api/test/support/postgres.global-setup.ts'],
    // A story signs people up (password hashing), loads pages and waits for their requests: on a
    // loaded machine that is several times slower than on an idle one. Ceilings, not waits.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // expect.poll waits for a condition (the page caught up), not for a time: its default second
    // is shorter than one page update on a loaded machine.
    expect: { poll: { timeout: 20_000 } },
  },
});
