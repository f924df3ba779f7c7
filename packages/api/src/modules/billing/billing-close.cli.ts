import type { CliCommand } from '../module.ts';
import { InvoiceService } from './invoice.service.ts';
import { SubscriptionService } from './subscription.service.ts';

/**
 * Operator command: runs the period close at once, as the minutely job does: ends trials and
 * periods that are due, then issues the invoices of closed periods (`--batch N` periods per
 * transaction, 20 unless given). Safe beside the job and other runs.
 *
 *   pnpm --filter @orgplane/api cli billing:close [--batch N]
 */
export const billingCloseCommand: CliCommand = {
  name: 'billing:close',
  usage: 'billing:close [--batch N]',
  async run(args, openOrm) {
    const [flag, value] = args;
    const batch = flag === undefined ? undefined : Number(value);
    if (flag !== undefined && (flag !== '--batch' || !Number.isInteger(batch) || batch! < 1 || args.length > 2)) {
      return false;
    }
    const orm = await openOrm();
    const advanced = await SubscriptionService.advance(orm.em.fork());
    const issued = await InvoiceService.issueDue(orm.em.fork(), batch);
    console.log(`${advanced} subscriptions advanced, ${issued} invoices issued`);
    return true;
  },
};
