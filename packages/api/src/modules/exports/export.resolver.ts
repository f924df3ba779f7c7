import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../graphql/context.ts';
import { ExportService } from './export.service.ts';
import { requireId } from '../../graphql/errors.ts';
import { InvoiceService } from '../billing/invoice.service.ts';
import { CreateInvoiceExportInput, CreateUsageExportInput, CreateUsageExportPayload } from './export.types.ts';

@Resolver()
export class ExportResolver {
  @Mutation(() => CreateUsageExportPayload, {
    description:
      'A single-use download link (about 5 minutes) for the organization’s usage events or daily totals over a range, as CSV or JSON. Audited.',
  })
  createUsageExport(
    @Arg('input', () => CreateUsageExportInput) input: CreateUsageExportInput,
    @Ctx() context: Context,
  ): Promise<CreateUsageExportPayload> {
    const tenant = context.tenant!;
    return new ExportService(context.em).create(
      tenant.orgId,
      { ...actorOf(context), sessionId: context.viewer!.sessionId, abilities: tenant.abilities },
      { kind: input.kind, format: input.format, input: { from: input.from, to: input.to, meter: input.meter } },
    );
  }

  @Mutation(() => CreateUsageExportPayload, {
    description:
      'A single-use download link (about 5 minutes) for one invoice (its lines) or every invoice, as CSV or JSON. Audited.',
  })
  async createInvoiceExport(
    @Arg('input', () => CreateInvoiceExportInput) input: CreateInvoiceExportInput,
    @Ctx() context: Context,
  ): Promise<CreateUsageExportPayload> {
    const tenant = context.tenant!;
    const actor = { ...actorOf(context), sessionId: context.viewer!.sessionId, abilities: tenant.abilities };
    const exports = new ExportService(context.em);
    if (input.invoiceId == null)
      return exports.create(tenant.orgId, actor, { kind: 'invoices', format: input.format, input: {} });
    // Another organization's invoice, or none: NOT_FOUND, as for a missing one.
    const invoice = await new InvoiceService(context.em).get(
      tenant.orgId,
      requireId(input.invoiceId, 'input.invoiceId'),
    );
    return exports.create(tenant.orgId, actor, {
      kind: 'invoice',
      format: input.format,
      input: { invoiceId: invoice.id, number: invoice.number },
    });
  }
}
