import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { formatCount, formatQuantity } from '../utils/usage.ts';

/** One member or workspace of a breakdown. */
export interface BreakdownRow {
  readonly id: string;
  readonly name: string | null;
  readonly quantity: number;
  readonly events: number;
  /** Only for roles that see costs. */
  readonly credits?: number;
}

interface BreakdownTableProps {
  readonly caption: string;
  /** The first column's heading: "Member", "Workspace". */
  readonly nameHeading: string;
  /** What a row whose member or workspace is gone is called. */
  readonly goneName: string;
  readonly rows: readonly BreakdownRow[];
  /** The meter ranked by, with its name and unit; null for all meters (ranked by credits). */
  readonly meter: { readonly label: string; readonly unit: string } | null;
  readonly withCosts: boolean;
  /** The rows are for the previous choice while the new ones load. */
  readonly updating: boolean;
}

/** The members or workspaces that used the most, biggest first: quantity of the meter, events, credits. */
export function BreakdownTable({
  caption,
  nameHeading,
  goneName,
  rows,
  meter,
  withCosts,
  updating,
}: BreakdownTableProps) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className={`table-scroll${updating ? ' is-updating' : ''}`}
      aria-busy={updating || undefined}
      {...(scroll.overflowing ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
    >
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeading}</th>
            {meter ? (
              <th scope="col" className="data-table__number">
                {meter.label}
              </th>
            ) : null}
            <th scope="col" className="data-table__number">
              Events
            </th>
            {withCosts ? (
              <th scope="col" className="data-table__number">
                Credits
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name ?? <span className="cell-secondary">{goneName}</span>}</th>
              {meter ? <td className="data-table__number">{formatQuantity(row.quantity, meter.unit)}</td> : null}
              <td className="data-table__number">{formatCount(row.events)}</td>
              {withCosts ? <td className="data-table__number">{formatCount(row.credits ?? 0)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
