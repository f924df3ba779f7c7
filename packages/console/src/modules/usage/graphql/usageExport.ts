import { graphql } from '@orgplane/schema/generated';

/** A single-use download link for usage events or daily totals. */
export const CreateUsageExportMutation = graphql(`
  mutation CreateUsageExport($input: CreateUsageExportInput!) {
    createUsageExport(input: $input) {
      url
      filename
      expiresAt
    }
  }
`);
