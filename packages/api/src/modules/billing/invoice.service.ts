import type { EntityManager } from '@mikro-orm/postgresql';
import { CURRENCY, planOf, type BillingCycle, type MeterId, type PlanId } from '@orgplane/schema';
import { pageByNumber } from '../../database/keyset.ts';
import { sql } from '../../database/sql.ts';
import { DomainError } from '../../domain-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { queueWebhookEvent } from '../webhooks/webhook.service.ts';
import { invoiceAmounts, type MeterUsage } from './billing-periods.ts';
import { systemActor } from './subscription.service.ts';

/** An invoice as read. */
export interface InvoiceRow {
  id: string;
  org_id: string;
  number: number;
  period_starts_at: Date;
  period_ends_at: Date;
  period_kind: 'trial' | 'paid';
  plan: PlanId;
  billing_cycle: BillingCycle;
  currency: string;
  base_price: number;
  prorated_base: number;
  included_credits: number;
  used_credits: number;
  usage_amount: number;
  total: number;
  created_at: Date;
}

/** An invoice line as read. */
export interface InvoiceLineRow {
  line: number;
  meter: MeterId;
  quantity: number;
  credits: number;
  included_credits: number;
  billable_credits: number;
  unit_price: number;
  amount: number;
  late_quantity: number;
  late_credits: number;
}

const INVOICE_COLUMNS = `i.id, i.org_id, i.number, i.period_starts_at, i.period_ends_at, i.period_kind, i.plan, i.billing_cycle,
  i.currency, i.base_price::float8 as base_price, i.prorated_base::float8 as prorated_base,
  i.included_credits::float8 as included_credits, i.used_credits::float8 as used_credits,
  i.usage_amount::float8 as usage_amount, i.total::float8 as total, i.created_at`;

const LINE_COLUMNS = `line, meter, quantity::float8 as quantity, credits::float8 as credits,
  included_credits::float8 as included_credits, billable_credits::float8 as billable_credits,
  unit_price::float8 as unit_price, amount::float8 as amount, late_quantity::float8 as late_quantity,
  late_credits::float8 as late_credits`;

/** How many periods one pass of the issuing job invoices, each pass in one transaction. */
const ISSUE_BATCH = 20;

/** A closed period waiting for its invoice. */
interface DuePeriod {
  org_id: string;
  number: number;
  starts_at: Date;
  ends_at: Date;
  nominal_ends_at: Date;
  kind: 'trial' | 'paid';
  plan: PlanId;
  billing_cycle: BillingCycle;
}

/**
 * Invoices: one per closed trial or paid billing period, issued by a job, numbered 1, 2, 3… per
 * organization in period order, never changed afterwards.
 */
export class InvoiceService {
  constructor(private readonly em: EntityManager) {}

  /** Invoices, newest first. */
  list(orgId: string, page: { first: number; after?: string | null }) {
    return pageByNumber<InvoiceRow>(this.em, `select ${INVOICE_COLUMNS} from invoice i`, 'i', orgId, page);
  }

  /** One invoice; NOT_FOUND when it is not this organization's. */
  async get(orgId: string, id: string): Promise<InvoiceRow> {
    const [row] = await sql<InvoiceRow>(
      this.em,
      `select ${INVOICE_COLUMNS} from invoice i where i.org_id = ? and i.id = ?`,
      [orgId, id],
    );
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  /** An invoice's lines, in order. */
  lines(orgId: string, invoiceId: string): Promise<InvoiceLineRow[]> {
    return sql<InvoiceLineRow>(
      this.em,
      `select ${LINE_COLUMNS} from invoice_line where org_id = ? and invoice_id = ? order by line`,
      [orgId, invoiceId],
    );
  }

  /**
   * The scheduled job (and `cli billing:close`): issues the invoices of closed periods. Each pass
   * locks, per organization, only its earliest period still waiting (`skip locked`): two
   * processes never work on the same organization at once, so invoice numbers follow period
   * order, and the unique period key is the last guard. A pass is one transaction: a run killed
   * half-way leaves whole invoices or none, and the next run issues the rest. Each invoice is
   * audited and sent to the organization's webhooks (`invoice.issued`) in its transaction.
   * Returns how many it issued.
   */
  static async issueDue(em: EntityManager, batch = ISSUE_BATCH): Promise<number> {
    let total = 0;
    for (;;) {
      const issued = await em.transactional(async (tx) => {
        const due = await sql<DuePeriod>(
          tx,
          `select p.org_id, p.number, p.starts_at, p.ends_at, p.nominal_ends_at, p.kind, p.plan, p.billing_cycle
             from billing_period p
            where p.closed_at is not null and p.invoiced_at is null and p.kind <> 'inactive'
              and not exists (select 1 from billing_period q
                               where q.org_id = p.org_id and q.number < p.number
                                 and q.closed_at is not null and q.invoiced_at is null and q.kind <> 'inactive')
            order by p.org_id, p.number limit ?
            for update of p skip locked`,
          [batch],
        );
        for (const period of due) await InvoiceService.issue(tx, period);
        return due.length;
      });
      total += issued;
      if (issued === 0) return total;
    }
  }

  private static async issue(em: EntityManager, period: DuePeriod): Promise<void> {
    const usage = await sql<MeterUsage>(
      em,
      `select meter, sum(quantity)::float8 as quantity, sum(credits)::float8 as credits,
              coalesce(sum(quantity) filter (where occurred_at < ?), 0)::float8 as "lateQuantity",
              coalesce(sum(credits) filter (where occurred_at < ?), 0)::float8 as "lateCredits"
         from usage_event where org_id = ? and period_starts_at = ?
        group by meter`,
      [period.starts_at, period.starts_at, period.org_id, period.starts_at],
    );
    const amounts = invoiceAmounts(
      {
        kind: period.kind,
        plan: period.plan,
        billingCycle: period.billing_cycle,
        startsAt: new Date(period.starts_at),
        endsAt: new Date(period.ends_at),
        nominalEndsAt: new Date(period.nominal_ends_at),
      },
      usage,
    );
    const [invoice] = await sql<InvoiceRow>(
      em,
      `insert into invoice as i (org_id, number, period_ends_at, period_starts_at, period_kind, plan, billing_cycle, currency,
                                 base_price, prorated_base, included_credits, used_credits, usage_amount, total)
       select ?, coalesce(max(number), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from invoice where org_id = ?
       returning ${INVOICE_COLUMNS}`,
      [
        period.org_id,
        period.ends_at,
        period.starts_at,
        period.kind,
        period.plan,
        period.billing_cycle,
        CURRENCY,
        amounts.basePrice,
        amounts.proratedBase,
        amounts.includedCredits,
        amounts.usedCredits,
        amounts.usageAmount,
        amounts.total,
        period.org_id,
      ],
    );
    const lines = await sql<InvoiceLineRow>(
      em,
      `insert into invoice_line (org_id, invoice_id, line, meter, quantity, credits, included_credits, billable_credits,
                                 unit_price, amount, late_quantity, late_credits)
       select ?, ?, * from jsonb_to_recordset(?::jsonb) as l(line smallint, meter text, quantity bigint, credits bigint,
              "includedCredits" bigint, "billableCredits" bigint, "unitPrice" bigint, amount bigint,
              "lateQuantity" bigint, "lateCredits" bigint)
       returning ${LINE_COLUMNS}`,
      [period.org_id, invoice!.id, JSON.stringify(amounts.lines)],
    );
    await sql(em, 'update billing_period set invoiced_at = now() where org_id = ? and ends_at = ?', [
      period.org_id,
      period.ends_at,
    ]);
    await recordAudit(em, systemActor('invoice job'), {
      orgId: period.org_id,
      action: 'invoice.issued',
      targetType: 'invoice',
      targetId: invoice!.id,
      before: null,
      after: {
        number: invoice!.number,
        periodStart: period.starts_at,
        periodEnd: period.ends_at,
        total: amounts.total,
        currency: CURRENCY,
      },
    });
    // The push to the customer's billing system: the invoice itself, to its webhooks.
    await queueWebhookEvent(em, period.org_id, 'invoice.issued', invoiceDocument(invoice!, lines));
  }
}

/**
 * An invoice as a document (the `invoice.issued` webhook's data and the JSON export): amounts in
 * the currency's minor unit (cents), unit prices per 1,000 credits.
 */
function invoiceDocument(invoice: InvoiceRow, lines: readonly InvoiceLineRow[]) {
  return {
    id: invoice.id,
    number: invoice.number,
    periodStart: new Date(invoice.period_starts_at).toISOString(),
    periodEnd: new Date(invoice.period_ends_at).toISOString(),
    issuedAt: new Date(invoice.created_at).toISOString(),
    trial: invoice.period_kind === 'trial',
    plan: invoice.plan,
    planName: planOf(invoice.plan).name,
    billingCycle: invoice.billing_cycle,
    currency: invoice.currency,
    basePrice: invoice.base_price,
    proratedBase: invoice.prorated_base,
    includedCredits: invoice.included_credits,
    usedCredits: invoice.used_credits,
    usageAmount: invoice.usage_amount,
    total: invoice.total,
    lines: lines.map((line) => ({
      line: line.line,
      meter: line.meter,
      quantity: line.quantity,
      credits: line.credits,
      includedCredits: line.included_credits,
      billableCredits: line.billable_credits,
      unitPrice: line.unit_price,
      amount: line.amount,
      lateQuantity: line.late_quantity,
      lateCredits: line.late_credits,
    })),
  };
}
