import { errorText } from '../../../ui/errorText.ts';
import type { InvoiceDownloads } from '../hooks/useInvoiceDownloads.ts';
import styles from './billing.module.css';

/** "Download CSV" and "Download JSON" for one invoice or all of them, as a group named after it. */
export function InvoiceDownloadButtons({
  downloads,
  label,
}: {
  readonly downloads: InvoiceDownloads;
  /** What is downloaded ("INV-0003", "all invoices"), for the group's name. */
  readonly label: string;
}) {
  return (
    <div className={styles.downloads} role="group" aria-label={`Download ${label}`}>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={downloads.busy}
        onClick={downloads.csv}
      >
        Download CSV
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={downloads.busy}
        onClick={downloads.json}
      >
        Download JSON
      </button>
      {downloads.error ? (
        <p className="field__error" role="alert">
          {errorText(downloads.error)}
        </p>
      ) : null}
    </div>
  );
}
