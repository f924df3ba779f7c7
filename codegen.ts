import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the console (and any other client) from the committed schema file,
 * never from a running server. Run with `pnpm generate`; `pnpm check` fails on a diff.
 */
const config: CodegenConfig = {
  schema: 'packages/schema/schema.graphql',
  documents: ['packages/console/src/**/*.{ts,tsx}', '!packages/console/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'packages/schema/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        // DateTimeISO travels as an ISO 8601 string; SafeInt as a JSON number within 2^53.
        scalars: { ID: 'string', DateTimeISO: 'string', SafeInt: 'number', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
