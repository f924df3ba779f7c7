import type { KnipConfig } from 'knip';

/**
 * `pnpm check` runs knip: no unused files, exports or dependencies. Its plugins read the vitest
 * projects, the vite config (console entry from index.html), codegen.ts, the eslint config and the
 * package.json scripts (which name main.ts, the CLIs and the bench); entries they cannot see are
 * listed here.
 */
const config: KnipConfig = {
  workspaces: {
    '.': {
      entry: ['scripts/*.{mjs,ts}'],
      project: ['*.{js,ts}', 'scripts/**/*.{mjs,ts}'],
    },
    'packages/api': {
      // Every CLI, even one no package script names; the example is run by hand (README) and by
      // the workspaces browser test as a child process; the bench starts each target as one.
      entry: ['src/**/*.cli.ts', 'examples/*.mjs', 'bench/targets/*.ts'],
      project: ['{src,test,bench,examples,scripts}/**/*.{ts,mjs}', '!test/generated/**'],
      ignoreIssues: {
        // Sort fields and directions a client names in GraphQL input: type-graphql hands the code
        // the enum's values, so no member is referenced by name.
        'src/modules/members/member.types.ts': ['enumMembers'],
        // The billing enums, shared by the billing types: the same, values reach the code as strings.
        'src/modules/billing/billing.types.ts': ['enumMembers'],
      },
      // Added with the exports dependencies (a8f2869) for the webhooks work, not used yet.
    },
    'packages/console': {
      project: ['{src,e2e}/**/*.{ts,tsx}'],
    },
    'packages/schema': {
      project: ['src/**/*.ts', '!src/generated/**'],
    },
  },
};

export default config;
