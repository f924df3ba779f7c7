import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { PasswordField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { requiredProblem } from '../../auth/utils/validation.ts';
import { useOrganizationSwitcher } from '../hooks/useOrganizationSwitcher.ts';
import { useArchiveOrganization } from '../hooks/useOrganizationMutations.ts';
import { FormActions } from '../../../ui/FormActions.tsx';

interface ArchiveOrganizationSectionProps {
  readonly organization: { readonly id: string; readonly name: string };
}

/** Where the Organizations page learns which organization was just archived (router state). */
export interface ArchivedState {
  readonly archived: string;
}

function ArchiveDialog({ organization, onClose }: ArchiveOrganizationSectionProps & { readonly onClose: () => void }) {
  const { user } = useCurrentUser();
  const { memberships, switchTenant } = useOrganizationSwitcher();
  const navigate = useNavigate();
  const [archive] = useArchiveOrganization();
  const form = useForm({
    initialValues: { password: '' },
    validate: (values) => ({ password: requiredProblem(values.password, 'Enter your password to confirm.') }),
    onSubmit: async (values) => {
      await archive({ variables: { password: values.password } });
      // Leave the organization before anything asks it again: the default one, or else any other.
      const others = memberships.filter((membership) => membership.organization.id !== organization.id);
      const next = others.find((membership) => membership.isDefault) ?? others[0];
      if (next) switchTenant(next.organization.id);
      const state: ArchivedState = { archived: organization.name };
      navigate('/organizations', { state });
    },
  });

  return (
    <Dialog title={`Archive ${organization.name}?`} onClose={() => (form.submitting ? undefined : onClose())}>
      <div className="dialog__text">
        <p>Archiving takes the organization offline at once:</p>
        <ul>
          <li>nobody, you included, can open it, and its API keys stop working;</li>
          <li>it leaves everyone’s organization switcher;</li>
          <li>
            you can restore it from the Organizations page for 30 days. After that it is deleted with everything in it.
          </li>
        </ul>
      </div>
      <form className="form" noValidate onSubmit={form.handleSubmit}>
        <input type="text" name="username" autoComplete="username" value={user?.email ?? ''} readOnly hidden />
        <PasswordField
          label="Your password"
          autoComplete="current-password"
          {...form.field('password')}
          data-autofocus
        />
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <FormActions submitting={form.submitting} pendingLabel="Archiving…" variant="danger" onCancel={onClose} dialog>
          Archive organization
        </FormActions>
      </form>
    </Dialog>
  );
}

/** For the owner: archive the organization, confirmed with their password; restorable for 30 days. */
export function ArchiveOrganizationSection({ organization }: ArchiveOrganizationSectionProps) {
  const [open, setOpen] = useState(false);
  return (
    <Panel
      title="Danger zone"
      tone="danger"
      description="Archive the organization: nobody can open it any more. You can restore it from the Organizations page for 30 days; after that it is deleted."
    >
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        Archive organization…
      </button>
      {open ? <ArchiveDialog organization={organization} onClose={() => setOpen(false)} /> : null}
    </Panel>
  );
}
