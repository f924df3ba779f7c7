import type { MeterId } from '@orgplane/schema';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MeterEnum } from '../billing/billing.types.ts';
import type { ExportFormat } from './export-kinds.ts';

enum UsageExportKindEnum {
  USAGE_EVENTS = 'usage_events',
  USAGE_TOTALS = 'usage_totals',
  USAGE_PERIOD_TOTALS = 'usage_period_totals',
}
registerEnumType(UsageExportKindEnum, {
  name: 'UsageExportKind',
  description: 'What a usage export holds.',
  valuesConfig: {
    USAGE_EVENTS: {
      description:
        'Every usage event that occurred in the range, in order of occurrence: id, occurredAt, recordedAt, meter, quantity, credits, memberId, workspaceId, model, source, idempotencyKey.',
    },
    USAGE_TOTALS: {
      description: 'Usage per day (UTC) and meter over the range: day, meter, quantity, credits, events.',
    },
    USAGE_PERIOD_TOTALS: {
      description:
        'Usage per billing period and meter, for the periods that start in the range, as they are billed (late arrivals in the period they were recorded in): periodNumber, periodStart, periodEnd, periodKind, meter, quantity, credits, events.',
    },
  },
});

enum ExportFormatEnum {
  CSV = 'csv',
  JSON = 'json',
}
registerEnumType(ExportFormatEnum, {
  name: 'ExportFormat',
  description: 'The file format of an export.',
  valuesConfig: {
    CSV: {
      description:
        'CSV (RFC 4180) with a header row; text cells that would start a spreadsheet formula (=, +, -, @, tab, carriage return) are prefixed with an apostrophe.',
    },
    JSON: {
      description:
        'A JSON array of objects; integers are numbers within ±(2^53 − 1) and decimal strings beyond, times ISO 8601 in UTC with microseconds.',
    },
  },
});

@InputType({ description: 'What to export of the organization’s usage.' })
export class CreateUsageExportInput {
  @Field(() => UsageExportKindEnum, { description: 'Raw events, daily totals or billing period totals.' })
  kind: 'usage_events' | 'usage_totals' | 'usage_period_totals';

  @Field(() => ExportFormatEnum, { description: 'CSV or JSON.' })
  format: ExportFormat;

  @Field(() => DateTimeISOResolver, { description: 'The range’s start (inclusive).' })
  from: Date;

  @Field(() => DateTimeISOResolver, {
    description: 'The range’s end (exclusive): after `from`, at most 366 days after it.',
  })
  to: Date;

  @Field(() => MeterEnum, { nullable: true, description: 'Only this meter; every meter if omitted.' })
  meter?: MeterId | null;
}

@InputType({ description: 'Which invoices to export.' })
export class CreateInvoiceExportInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'One invoice: a row per line (meter), with the invoice’s number, period and totals on each. Omitted: every invoice, a row each.',
  })
  invoiceId?: string | null;

  @Field(() => ExportFormatEnum, { description: 'CSV or JSON.' })
  format: ExportFormat;
}

@ObjectType({ description: 'A download link for an export: it works once, for a few minutes.', simpleResolvers: true })
export class CreateUsageExportPayload {
  @Field(() => String, {
    description:
      'The download’s path, relative to the API’s origin (`/exports/<token>`). A GET answers the file as an attachment; the link works once, by the person who made it while they still hold the ability it needs (usage.export for usage, billing.read for invoices).',
  })
  url: string;

  @Field(() => DateTimeISOResolver, { description: 'When the link stops working (about 5 minutes from now).' })
  expiresAt: Date;

  @Field(() => String, { description: 'The file’s name, as the download’s Content-Disposition gives it.' })
  filename: string;
}
