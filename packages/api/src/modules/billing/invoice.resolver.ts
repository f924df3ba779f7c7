import { CURRENCY, planOf } from '@orgplane/schema';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.ts';
import { auditActorOf, type Context } from '../../graphql/context.ts';
import { requireId } from '../../graphql/errors.ts';
import { BillingPeriodService, type PeriodSettings } from './billing-period.service.ts';
import { InvoiceService, type InvoiceLineRow, type InvoiceRow } from './invoice.service.ts';
import {
  BillingPeriodConnection,
  BillingPeriodSettings,
  Invoice,
  InvoiceConnection,
  InvoiceLine,
  UpdateBillingPeriodSettingsInput,
  UpdateBillingPeriodSettingsPayload,
} from './invoice.types.ts';

const money = (amount: number) => ({ amount, currency: CURRENCY });

/** An invoice as the API shows it. */
function toInvoice(row: InvoiceRow): Invoice {
  return {
    id: row.id,
    number: row.number,
    periodStart: row.period_starts_at,
    periodEnd: row.period_ends_at,
    trial: row.period_kind === 'trial',
    plan: row.plan,
    planName: planOf(row.plan).name,
    billingCycle: row.billing_cycle,
    basePrice: money(row.base_price),
    proratedBase: money(row.prorated_base),
    includedCredits: row.included_credits,
    usedCredits: row.used_credits,
    usageAmount: money(row.usage_amount),
    total: money(row.total),
    issuedAt: row.created_at,
  };
}

/** An invoice line as the API shows it. */
function toInvoiceLine(row: InvoiceLineRow): InvoiceLine {
  return {
    line: row.line,
    meter: row.meter,
    quantity: row.quantity,
    credits: row.credits,
    includedCredits: row.included_credits,
    billableCredits: row.billable_credits,
    unitPrice: money(row.unit_price),
    amount: money(row.amount),
    lateQuantity: row.late_quantity,
    lateCredits: row.late_credits,
  };
}

const toSettings = (settings: PeriodSettings): BillingPeriodSettings => ({
  anchorDay: settings.anchorDay,
  fiscalCalendar: settings.calendar,
  upcoming: settings.upcoming,
});

/** Billing periods, their settings, and invoices. */
@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, { description: 'The organization’s invoices, newest first.' })
  async invoices(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<InvoiceConnection> {
    const result = await new InvoiceService(context.em).list(context.tenant!.orgId, page);
    return { ...result, edges: result.edges.map(({ cursor, node }) => ({ cursor, node: toInvoice(node) })) };
  }

  @Query(() => Invoice, { description: 'One invoice of the organization.' })
  async invoice(
    @Arg('id', () => ID, { description: 'The invoice id.' }) id: string,
    @Ctx() context: Context,
  ): Promise<Invoice> {
    return toInvoice(await new InvoiceService(context.em).get(context.tenant!.orgId, requireId(id, 'id')));
  }

  @FieldResolver(() => [InvoiceLine], { description: 'One line per meter, in catalogue order.' })
  async lines(@Root() invoice: Invoice, @Ctx() context: Context): Promise<InvoiceLine[]> {
    return (await new InvoiceService(context.em).lines(context.tenant!.orgId, invoice.id)).map(toInvoiceLine);
  }

  @Query(() => BillingPeriodConnection, { description: 'The organization’s billing periods, newest first.' })
  async billingPeriods(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<BillingPeriodConnection> {
    const result = await new BillingPeriodService(context.em).list(context.tenant!.orgId, page);
    return {
      ...result,
      edges: result.edges.map(({ cursor, node }) => ({
        cursor,
        node: {
          number: node.number,
          startsAt: node.starts_at,
          endsAt: node.ends_at,
          kind: node.kind,
          plan: node.plan,
          billingCycle: node.billing_cycle,
          closedAt: node.closed_at,
          invoiceId: node.invoice_id,
          invoiceNumber: node.invoice_number,
        },
      })),
    };
  }

  @Query(() => BillingPeriodSettings, {
    description: 'Where the organization’s billing periods end: the anchor day or a custom fiscal calendar.',
  })
  async billingPeriodSettings(@Ctx() context: Context): Promise<BillingPeriodSettings> {
    return toSettings(await new BillingPeriodService(context.em).settings(context.tenant!.orgId));
  }

  @Mutation(() => UpdateBillingPeriodSettingsPayload, {
    nullable: true,
    description:
      'Changes the anchor day or the fiscal calendar. Changes apply from the next period: the current one keeps its end.',
  })
  async updateBillingPeriodSettings(
    @Arg('input', () => UpdateBillingPeriodSettingsInput) input: UpdateBillingPeriodSettingsInput,
    @Ctx() context: Context,
  ): Promise<UpdateBillingPeriodSettingsPayload> {
    const settings = await new BillingPeriodService(context.em).update(
      context.tenant!.orgId,
      auditActorOf(context),
      input,
    );
    return { settings: toSettings(settings) };
  }
}
