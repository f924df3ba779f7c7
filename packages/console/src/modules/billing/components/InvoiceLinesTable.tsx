import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { formatCredits, formatQuantity } from '../../usage/utils/usage.ts';
import type { InvoiceLineItem } from '../hooks/useInvoice.ts';
import { formatCount } from '../utils/billing.ts';
import { CREDITS_PER_UNIT_PRICE, formatAmount, lineMeter } from '../utils/invoices.ts';
import styles from './billing.module.css';

const CAPTION = 'Usage lines, one per meter';

/** "Includes 40 runs from earlier periods (40 credits), recorded after they closed." */
function lateNote(line: InvoiceLineItem, unit: string): string {
  return `Includes ${formatQuantity(line.lateQuantity, unit)} from earlier periods (${formatCredits(line.lateCredits)}), recorded after they closed.`;
}

/**
 * An invoice's usage: per meter its quantity in the meter's unit, the credits it cost, how many
 * of them the plan's included credits covered, the rest billed at the unit price per 1,000
 * credits, and the amount; a note on a line that carries usage which arrived late. On a narrow
 * screen each line stacks into a card with the headings as labels.
 */
export function InvoiceLinesTable({ lines }: { readonly lines: readonly InvoiceLineItem[] }) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className="table-scroll"
      {...(scroll.overflowing ? { role: 'region', 'aria-label': CAPTION, tabIndex: 0 } : {})}
    >
      <table className={`data-table ${styles.stackOnNarrow} ${styles.linesTable}`}>
        <caption className="visually-hidden">{CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Meter</th>
            <th scope="col" className="data-table__number">
              Quantity
            </th>
            <th scope="col" className="data-table__number">
              Credits
            </th>
            <th scope="col" className="data-table__number">
              Included
            </th>
            <th scope="col" className="data-table__number">
              Billable
            </th>
            <th scope="col" className="data-table__number">
              Unit price
            </th>
            <th scope="col" className="data-table__number">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const meter = lineMeter(line.meter);
            return (
              <tr key={line.line} data-meter={line.meter}>
                <th scope="row">
                  <span className="cell-primary">{meter.label}</span>
                  {line.lateQuantity > 0 ? (
                    <span className={`cell-secondary ${styles.lateNote}`}>{lateNote(line, meter.unit)}</span>
                  ) : null}
                </th>
                <td className="data-table__number" data-label="Quantity">
                  {formatQuantity(line.quantity, meter.unit)}
                </td>
                <td className="data-table__number" data-label="Credits">
                  {formatCount(line.credits)}
                </td>
                <td className="data-table__number" data-label="Included">
                  {formatCount(line.includedCredits)}
                </td>
                <td className="data-table__number" data-label="Billable">
                  {formatCount(line.billableCredits)}
                </td>
                <td className="data-table__number" data-label="Unit price">
                  {formatAmount(line.unitPrice)}
                  <span className="cell-secondary">per {formatCount(CREDITS_PER_UNIT_PRICE)} credits</span>
                </td>
                <td className={`data-table__number ${styles.totalCell}`} data-label="Amount">
                  {formatAmount(line.amount)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
