import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../graphql/context.ts';
import { ExportService } from './export.service.ts';
import { CreateUsageExportInput, CreateUsageExportPayload } from './export.types.ts';

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
}
