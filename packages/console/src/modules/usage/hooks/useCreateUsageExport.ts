import { useMutation } from '@apollo/client/react';
import { CreateUsageExportMutation } from '../graphql/usageExport.ts';

/** Asks for a single-use download link for usage events or daily totals (nothing cached changes). */
export function useCreateUsageExport() {
  return useMutation(CreateUsageExportMutation);
}
