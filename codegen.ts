import type { CodegenConfig } from '@graphql-codegen/cli';

/** How the generated documents type the schema's values. */
const typing = {
  useTypeImports: true,
  enumsAsTypes: true,
  skipTypename: false,
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  // DateTimeISO travels as an ISO 8601 string; SafeInt as a JSON number within 2^53.
  scalars: { ID: 'string', DateTimeISO: 'string', SafeInt: 'number', JSONObject: 'Record<string, unknown>' },
};

/**
 * Typed documents from the committed schema file, never from a running server: one set for the
 * console (and any other client), one for the API's own tests, so test queries are type-checked
 * like the console's without reaching the console's bundle. Run with `pnpm generate`;
 * `pnpm check` fails on a diff.
 */
const config: CodegenConfig = {
  schema: 'packages/schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'packages/schema/src/generated/': {
      documents: ['packages/console/src/**/*.{ts,tsx}', '!packages/console/src/**/*.test.{ts,tsx}'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typing,
    },
    'packages/api/test/generated/': {
      documents: ['packages/api/src/**/*.test.ts', 'packages/api/test/**/*.ts', '!packages/api/test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // Only the types the tests' operations use.
      config: { ...typing, onlyOperationTypes: true },
    },
  },
};

export default config;
