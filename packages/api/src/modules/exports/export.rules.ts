import { can, parentGuarded, type RuleMap } from '../../graphql/authorization.ts';

export const exportRules: RuleMap = {
  Mutation: { createUsageExport: can('usage.export'), createInvoiceExport: can('billing.read') },
  CreateUsageExportPayload: { '*': parentGuarded },
};
