import { useId, useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { useUsageBreakdown } from '../hooks/useUsageBreakdown.ts';
import { meterInSentence } from '../utils/usage.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import type { BreakdownRow } from './BreakdownTable.tsx';
import styles from './usage.module.css';

interface MeterTotal {
  readonly meter: string;
  readonly label: string;
  readonly unit: string;
  readonly events: number;
}

interface UsageBreakdownPanelProps {
  /** The period's totals per meter: the choices, and which meter was busiest. */
  readonly meters: readonly MeterTotal[];
  readonly withCosts: boolean;
}

/** The select's value for "all meters, by credits". */
const ALL = '';

/** The meter with the most events this period (the first one if none has any; none without meters). */
function busiest(meters: readonly MeterTotal[]): string | undefined {
  return meters.reduce<MeterTotal | undefined>(
    (best, meter) => (!best || meter.events > best.events ? meter : best),
    undefined,
  )?.meter;
}

/** One of the two top lists under its heading, or a sentence when nothing counts for it. */
function Section({
  title,
  rows,
  empty,
  ...table
}: {
  readonly title: string;
  readonly rows: readonly BreakdownRow[] | undefined;
  readonly nameHeading: string;
  readonly goneName: string;
  readonly empty: string;
  readonly meter: MeterTotal | null;
  readonly withCosts: boolean;
  readonly updating: boolean;
}) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.breakdownTitle}>
        {title}
      </h3>
      {rows?.length ? (
        <BreakdownTable caption={title} rows={rows} {...table} />
      ) : (
        <p className={styles.breakdownEmpty}>{empty}</p>
      )}
    </section>
  );
}

/**
 * The members and workspaces that used the most this period: of all meters by credits (for the
 * roles that see credits), or of one meter by quantity, chosen with "Rank by".
 */
export function UsageBreakdownPanel({ meters, withCosts }: UsageBreakdownPanelProps) {
  // Until someone chooses: all meters by credits, or (without credits) the busiest meter.
  const [chosen, setChosen] = useState<string | null>(null);
  const value = chosen ?? (withCosts ? ALL : (busiest(meters) ?? ALL));
  const meter = meters.find((candidate) => candidate.meter === value) ?? null;
  const { members, workspaces, updating, error, retry } = useUsageBreakdown(meter?.meter ?? null, withCosts);
  const what = meter ? meterInSentence(meter.label) : 'usage';

  let body;
  if (members && workspaces) {
    const shared = { meter, withCosts, updating };
    body = (
      <div className={styles.breakdownGrid}>
        <Section
          title="Top members"
          rows={members}
          nameHeading="Member"
          goneName="Former member"
          empty={`No ${what} attributed to a member this period.`}
          {...shared}
        />
        <Section
          title="Top workspaces"
          rows={workspaces}
          nameHeading="Workspace"
          goneName="Deleted workspace"
          empty={`No ${what} attributed to a workspace this period.`}
          {...shared}
        />
      </div>
    );
  } else if (error) {
    body = <ErrorState error={error} title="Could not load the top members and workspaces" onRetry={retry} />;
  } else {
    body = <LoadingState label="Loading the top members and workspaces…" />;
  }

  return (
    <Panel
      title="Top members and workspaces"
      description="Who used the most this billing period. Usage counts here when its events name a member or a workspace."
    >
      <SelectField
        label="Rank by"
        name="rankBy"
        className={styles.rankBy}
        value={value}
        onChange={(event) => setChosen(event.target.value)}
        options={[
          ...(withCosts ? [{ value: ALL, label: 'Credits, all meters' }] : []),
          ...meters.map((candidate) => ({ value: candidate.meter, label: candidate.label })),
        ]}
      />
      {body}
    </Panel>
  );
}
