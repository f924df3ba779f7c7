import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineProject({
  resolve: {
    // One copy of graphql (the CommonJS build some dependencies require), or schema objects fail
    // graphql's cross-module instanceof checks ("from another module or realm").
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/postgres.global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    // Above startApiProcess's 180 s ceiling, so a slow start fails with its own message and output.
    hookTimeout: 240_000,
    // expect.poll waits for a condition, not for a time: its default second is shorter than one
    // request on a loaded machine. A ceiling, passed as soon as the condition holds.
    expect: { poll: { timeout: 20_000 } },
  },
});
