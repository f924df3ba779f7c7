import { useId } from 'react';
import type { AiCostsQuery } from '@orgplane/schema/generated/graphql';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { formatDay } from '../../../ui/formatDate.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { useAiCosts } from '../hooks/useAiCosts.ts';
import { AI_METERS, formatCount, formatCredits, formatQuantity, formatShare, meterInfo } from '../utils/usage.ts';
import styles from './usage.module.css';

type BreakdownRow = AiCostsQuery['tokenMembers'][number];

/** One member's or model's token and tool spend, side by side. */
interface SpendRow {
  readonly id: string;
  readonly name: string | null;
  readonly tokens: number;
  readonly tokenCredits: number;
  readonly toolCents: number;
  readonly toolCredits: number;
  readonly credits: number;
}

/** The two top lists joined per member or model, most credits first. */
function joinSpend(tokens: readonly BreakdownRow[], tools: readonly BreakdownRow[]): SpendRow[] {
  const byId = new Map<string, SpendRow>();
  const entry = (row: BreakdownRow) =>
    byId.get(row.id) ?? {
      id: row.id,
      name: row.name,
      tokens: 0,
      tokenCredits: 0,
      toolCents: 0,
      toolCredits: 0,
      credits: 0,
    };
  for (const row of tokens) {
    const current = entry(row);
    byId.set(row.id, {
      ...current,
      tokens: row.quantity,
      tokenCredits: row.credits,
      credits: current.credits + row.credits,
    });
  }
  for (const row of tools) {
    const current = entry(row);
    byId.set(row.id, {
      ...current,
      toolCents: row.quantity,
      toolCredits: row.credits,
      credits: current.credits + row.credits,
    });
  }
  return [...byId.values()].sort((a, b) => b.credits - a.credits || (a.name ?? '').localeCompare(b.name ?? ''));
}

/** A figure of the period: a title, the value, and what it cost. */
function CostCard({
  title,
  value,
  detail,
}: {
  readonly title: string;
  readonly value: string;
  readonly detail: string;
}) {
  const titleId = useId();
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.cardTitle}>
        {title}
      </h3>
      <p className={styles.cardValue}>{value}</p>
      <p className={styles.cardFacts}>{detail}</p>
    </article>
  );
}

/** How much of a meter, and under it what that cost in credits. */
function SpendCell({ quantity, credits }: { readonly quantity: string; readonly credits: number }) {
  return (
    <td className="data-table__number">
      <span className="cell-primary">{quantity}</span>
      <span className="cell-secondary">{formatCredits(credits)}</span>
    </td>
  );
}

/** Members or models and their token and tool spend with what each cost, and a total row. */
function SpendTable({
  rows,
  caption,
  rowHeader,
  unnamed,
}: {
  readonly rows: readonly SpendRow[];
  readonly caption: string;
  /** The first column's heading: who or what spent. */
  readonly rowHeader: 'Member' | 'Model';
  /** Shown for a row without a name (a member who has left). */
  readonly unnamed: string;
}) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  const tokenUnit = meterInfo(AI_METERS.tokens).unit;
  const toolUnit = meterInfo(AI_METERS.tools).unit;
  const sum = (pick: (row: SpendRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return (
    <div
      ref={scroll.ref}
      className="table-scroll"
      {...(scroll.overflowing ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
    >
      <table className={`data-table ${styles.costTable}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="data-table__number">
              {meterInfo(AI_METERS.tokens).label}
            </th>
            <th scope="col" className="data-table__number">
              {meterInfo(AI_METERS.tools).label}
            </th>
            <th scope="col" className="data-table__number">
              Credits
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name ?? <span className="cell-secondary">{unnamed}</span>}</th>
              <SpendCell quantity={formatQuantity(row.tokens, tokenUnit)} credits={row.tokenCredits} />
              <SpendCell quantity={formatQuantity(row.toolCents, toolUnit)} credits={row.toolCredits} />
              <td className="data-table__number">{formatCount(row.credits)}</td>
            </tr>
          ))}
        </tbody>
        {rows.length > 1 ? (
          <tfoot>
            <tr>
              <th scope="row">{rowHeader === 'Member' ? 'These members' : 'These models'}</th>
              <SpendCell
                quantity={formatQuantity(
                  sum((row) => row.tokens),
                  tokenUnit,
                )}
                credits={sum((row) => row.tokenCredits)}
              />
              <SpendCell
                quantity={formatQuantity(
                  sum((row) => row.toolCents),
                  toolUnit,
                )}
                credits={sum((row) => row.toolCredits)}
              />
              <td className="data-table__number">{formatCount(sum((row) => row.credits))}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/**
 * What AI costs the organization this billing period: retrieval tokens and third-party tool spend
 * (recorded in cents, so also in money), in credits, for the organization, per model label and per
 * member.
 */
export function AiCostsSection() {
  const { data, top, error, retry } = useAiCosts();

  if (!data) {
    return error ? (
      <ErrorState error={error} title="Could not load AI costs" onRetry={retry} />
    ) : (
      <LoadingState label="Loading AI costs…" />
    );
  }

  const { usageTotals: totals } = data;
  const tokens = totals.meters.find((meter) => meter.meter === AI_METERS.tokens);
  const tools = totals.meters.find((meter) => meter.meter === AI_METERS.tools);
  const aiCredits = (tokens?.credits ?? 0) + (tools?.credits ?? 0);
  const members = joinSpend(data.tokenMembers, data.toolMembers);
  const models = joinSpend(data.tokenModels, data.toolModels);
  const truncated = (first: readonly BreakdownRow[], second: readonly BreakdownRow[]) =>
    first.length >= top || second.length >= top;

  return (
    <div className="stack">
      <Panel
        title="This billing period"
        description={`Token and tool spend since ${formatDay(totals.from)}; the period ends on ${formatDay(totals.to)}.`}
      >
        <ul className={styles.cards}>
          <li>
            <CostCard
              title="AI credits"
              value={formatCredits(aiCredits)}
              detail={`${formatShare(aiCredits, totals.includedCredits)} of the ${formatCount(totals.includedCredits)} credits the plan includes`}
            />
          </li>
          {[tokens, tools].map((meter) =>
            meter ? (
              <li key={meter.meter}>
                <CostCard
                  title={meter.label}
                  value={formatQuantity(meter.quantity, meter.unit)}
                  detail={`${formatCredits(meter.credits)} · ${formatCount(meter.events)} ${meter.events === 1 ? 'event' : 'events'}`}
                />
              </li>
            ) : null,
          )}
        </ul>
      </Panel>
      <Panel
        title="Per model"
        description={
          truncated(data.tokenModels, data.toolModels)
            ? `The ${top} models that used the most of each, by credits. Usage recorded without a model label is not listed.`
            : 'Every model with token or tool spend this period, by credits. Usage recorded without a model label is not listed.'
        }
      >
        {models.length ? (
          <SpendTable rows={models} caption="Token and tool spend per model" rowHeader="Model" unnamed="Unlabelled" />
        ) : (
          <p className={styles.breakdownEmpty}>
            No token or tool spend named a model this period. Send <code>model</code> with each usage event to see costs
            per model.
          </p>
        )}
      </Panel>
      <Panel
        title="Per member"
        description={
          truncated(data.tokenMembers, data.toolMembers)
            ? `The ${top} members who used the most of each, by credits. Usage that names no member is not listed.`
            : 'Every member with token or tool spend this period, by credits. Usage that names no member is not listed.'
        }
      >
        {members.length ? (
          <SpendTable
            rows={members}
            caption="Token and tool spend per member"
            rowHeader="Member"
            unnamed="Former member"
          />
        ) : (
          <p className={styles.breakdownEmpty}>No token or tool spend was attributed to a member this period.</p>
        )}
      </Panel>
    </div>
  );
}
