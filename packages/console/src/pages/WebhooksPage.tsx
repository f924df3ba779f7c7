import { SettingsSectionNav } from '../modules/organizations/components/SettingsSectionNav.tsx';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';
import { WebhookEndpointsSection } from '../modules/webhooks/components/WebhookEndpointsSection.tsx';
import { WebhooksReadOnlyNotice } from '../modules/webhooks/components/WebhooksReadOnlyNotice.tsx';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useNavigationNotice } from '../ui/navigationNotice.ts';

/** `/settings/webhooks`: the endpoints that receive the organization's events, for the roles that may see them. */
export function WebhooksPage() {
  const { ready, can, role, organization, error, retry } = useAbilities();
  const notice = useNavigationNotice();

  let content;
  if (!ready) {
    content = error ? (
      <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
    ) : (
      <LoadingState label="Loading…" />
    );
  } else if (!can('webhooks.read')) {
    content = (
      <NotAvailable
        title="Webhooks are not available to your role"
        roleLabel={role ? roleLabel(role) : null}
        organizationName={organization?.name ?? null}
      >
        Only {rolesThatMay('webhooks.read')} can see the webhook endpoints of an organization and their delivery logs.
        Ask one of them if a system of yours needs the organization’s events.
      </NotAvailable>
    );
  } else {
    const canManage = can('webhooks.manage');
    content = (
      <>
        {notice ? (
          <Notice tone="success" live>
            {notice}
          </Notice>
        ) : null}
        {canManage ? null : <WebhooksReadOnlyNotice role={role} />}
        <WebhookEndpointsSection canManage={canManage} />
      </>
    );
  }

  return (
    <>
      <title>Webhooks · Orgplane</title>
      <div className="page-header">
        <h1>Webhooks</h1>
        <p className="page-header__lead">
          {organization ? `${organization.name}: ` : null}
          URLs of yours that receive the organization’s events as they happen, signed so they can be trusted.
        </p>
      </div>
      <SettingsSectionNav />
      <div className="stack">{content}</div>
    </>
  );
}
