import { Link } from 'react-router';
import { CreateOrganizationForm } from '../modules/organizations/components/CreateOrganizationForm.tsx';
import { Panel } from '../ui/Panel.tsx';

/** `/organizations/new`: create an organization, owned by the signed-in person. */
export function NewOrganizationPage() {
  return (
    <>
      <title>New organization · Orgplane</title>
      <div className="page-header">
        <h1>New organization</h1>
        <p className="page-header__lead">
          You become its owner. Your other organizations stay as they are; <Link to="/organizations">see them all</Link>
          .
        </p>
      </div>
      <Panel title="Name and URL" description="You can change both later in the organization’s general settings.">
        <CreateOrganizationForm />
      </Panel>
    </>
  );
}
