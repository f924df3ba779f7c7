import { Link, useParams } from 'react-router';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';
import { WebhookDeliveriesPanel } from '../modules/webhooks/components/WebhookDeliveriesPanel.tsx';
import { WebhookEndpointOverview } from '../modules/webhooks/components/WebhookEndpointOverview.tsx';
import { WebhooksReadOnlyNotice } from '../modules/webhooks/components/WebhooksReadOnlyNotice.tsx';
import { useWebhookEndpoint } from '../modules/webhooks/hooks/useWebhookEndpoint.ts';
import { errorCodeOf } from '../ui/errorCode.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';
import styles from './WebhookEndpointPage.module.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page's title and header: the endpoint's description or URL once known, with the way back to the list. */
function EndpointHeader({ name, lead }: { readonly name: string | null; readonly lead?: string }) {
  return (
    <>
      <title>{name ? `${name} · Webhooks · Orgplane` : 'Webhook endpoint · Orgplane'}</title>
      <div className="page-header">
        <p className={styles.breadcrumb}>
          <Link to="/settings/webhooks">
            <span aria-hidden="true">← </span>All webhooks
          </Link>
        </p>
        <h1>{name ?? 'Webhook endpoint'}</h1>
        {lead ? <p className="page-header__lead">{lead}</p> : null}
      </div>
    </>
  );
}

function EndpointNotFound() {
  return (
    <>
      <EndpointHeader name="Endpoint not found" />
      <div className="unavailable" role="status">
        <h2 className="unavailable__title">This webhook endpoint does not exist</h2>
        <p>
          There is no endpoint at this address in this organization. It may have been deleted or the link mistyped, or
          it belongs to another organization: switch to that one and open the link again.
        </p>
        <p>
          <Link to="/settings/webhooks">See all webhooks</Link>
        </p>
      </div>
    </>
  );
}

/** The endpoint, its disabled banner and actions, and its delivery log. */
function EndpointContent({ endpointId, canManage }: { readonly endpointId: string; readonly canManage: boolean }) {
  const { role } = useAbilities();
  const { endpoint, error, retry } = useWebhookEndpoint(endpointId);
  if (!endpoint) {
    if (error && errorCodeOf(error) === 'NOT_FOUND') return <EndpointNotFound />;
    return (
      <>
        <EndpointHeader name={null} />
        {error ? (
          <ErrorState error={error} title="Could not load the webhook endpoint" onRetry={retry} />
        ) : (
          <LoadingState label="Loading the webhook endpoint…" />
        )}
      </>
    );
  }
  return (
    <>
      <EndpointHeader
        name={endpoint.description || endpoint.url}
        lead={endpoint.description ? endpoint.url : undefined}
      />
      <div className="stack">
        {canManage ? null : <WebhooksReadOnlyNotice role={role} />}
        <WebhookEndpointOverview endpoint={endpoint} canManage={canManage} />
        <WebhookDeliveriesPanel endpointId={endpoint.id} enabled={endpoint.enabled} canManage={canManage} />
      </div>
    </>
  );
}

/** `/settings/webhooks/:endpointId`: one endpoint with its delivery log. */
export function WebhookEndpointPage() {
  const { endpointId = '' } = useParams();
  const { ready, can, role, organization, error, retry } = useAbilities();

  if (!ready) {
    return (
      <>
        <EndpointHeader name={null} />
        {error ? (
          <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
        ) : (
          <LoadingState label="Loading…" />
        )}
      </>
    );
  }
  if (!can('webhooks.read')) {
    return (
      <>
        <EndpointHeader name={null} />
        <NotAvailable
          title="Webhooks are not available to your role"
          roleLabel={role ? roleLabel(role) : null}
          organizationName={organization?.name ?? null}
        >
          Only {rolesThatMay('webhooks.read')} can see the webhook endpoints of an organization and their delivery logs.
        </NotAvailable>
      </>
    );
  }
  if (!UUID.test(endpointId)) return <EndpointNotFound />;
  return <EndpointContent key={endpointId} endpointId={endpointId} canManage={can('webhooks.manage')} />;
}
