import { useAbilities } from '../modules/organizations/hooks/useAbilities.ts';
import { roleLabel } from '../modules/organizations/utils/roleLabel.ts';
import { UsageSection } from '../modules/usage/components/UsageSection.tsx';
import { UsageSectionNav } from '../modules/usage/components/UsageSectionNav.tsx';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { NotAvailable, rolesThatMay } from '../ui/NotAvailable.tsx';

/** `/usage`: what the organization used this billing period, per meter, over time and by whom. */
export function UsagePage() {
  const { ready, can, role, organization, error, retry } = useAbilities();

  let content;
  if (!ready) {
    content = error ? (
      <ErrorState error={error} title="Could not check what your role may do" onRetry={retry} />
    ) : (
      <LoadingState label="Loading…" />
    );
  } else if (!can('usage.read')) {
    content = (
      <NotAvailable
        title="Usage is not available to your role"
        roleLabel={role ? roleLabel(role) : null}
        organizationName={organization?.name ?? null}
      >
        Only {rolesThatMay('usage.read')} can see an organization’s usage.
      </NotAvailable>
    );
  } else {
    content = <UsageSection />;
  }

  return (
    <>
      <title>Usage · Orgplane</title>
      <div className="page-header">
        <h1>Usage</h1>
        <p className="page-header__lead">
          {organization ? `What ${organization.name} has used ` : 'What the organization has used '}
          this billing period: workflow runs, voice minutes, tool spend and RAG tokens, over time and by whom. The
          figures update by themselves.
        </p>
      </div>
      {ready && can('usage.read') ? <UsageSectionNav /> : null}
      {content}
    </>
  );
}
