import { METER_IDS } from '@orgplane/schema';
import { Fragment } from 'react';
import { Link } from 'react-router';
import styles from './usage.module.css';

interface UsageEmptyStateProps {
  /** Whether the signed-in person may create API keys (and so gets a link to do it). */
  readonly canCreateKeys: boolean;
}

const EXAMPLE = `mutation {
  recordUsage(input: { events: [{
    meter: "workflowRuns"
    quantity: 1
    source: "scheduler"
    idempotencyKey: "run-1042"
  }] }) {
    recordedCount
  }
}`;

/** No usage this period yet: how usage gets here, since nothing in the console records it. */
export function UsageEmptyState({ canCreateKeys }: UsageEmptyStateProps) {
  return (
    <div className={`empty ${styles.emptyState}`} role="status">
      <p className="empty__title">No usage recorded this billing period yet</p>
      <p>
        Your services record usage through the API: with an API key that holds the <strong>Record usage</strong> scope,
        exchanged for an access token, they call <code>recordUsage</code> with one or more events. Each event names a
        meter (
        {METER_IDS.map((meter, index) => (
          <Fragment key={meter}>
            {index ? ', ' : null}
            <code>{meter}</code>
          </Fragment>
        ))}
        ), a quantity, and optionally the member and workspace it belongs to.
      </p>
      <pre className={styles.example}>
        <code>{EXAMPLE}</code>
      </pre>
      <p>This page checks for new usage every few seconds: events show up here without a reload.</p>
      {canCreateKeys ? (
        <p>
          <Link to="/settings/api-keys" className="button button--secondary">
            Create an API key
          </Link>
        </p>
      ) : null}
    </div>
  );
}
