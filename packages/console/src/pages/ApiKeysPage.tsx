import { ApiKeysSection } from '../modules/api-keys/components/ApiKeysSection.tsx';
import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';

/** `/settings/api-keys`: the organization's API keys, for the roles that may see them. */
export function ApiKeysPage() {
  const { ready, can, role, organization, error, retry } = useAbilities();

  let content;
  if (!ready) {
    content = error ? (
      <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
    ) : (
      <LoadingState label="Loading…" />
    );
  } else if (!can('apiKeys.read')) {
    content = (
      <NotAvailable
        title="API keys are not available to your role"
        roleLabel={role ? roleLabel(role) : null}
        organizationName={organization?.name ?? null}
      >
        Only {rolesThatMay('apiKeys.read')} can see and create the API keys of an organization. Ask one of them if a
        program needs access.
      </NotAvailable>
    );
  } else {
    content = <ApiKeysSection />;
  }

  return (
    <>
      <title>API keys · Orgplane</title>
      <div className="page-header">
        <h1>API keys</h1>
        <p className="page-header__lead">
          {organization
            ? `Keys that let programs call the API for ${organization.name}, `
            : 'Keys that let programs call the API, '}
          each with the scopes it was given.
        </p>
      </div>
      {content}
    </>
  );
}
