import type { OrganizationSettingsFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../ui/FormError.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useForm } from '../../../ui/useForm.ts';
import type { FormValues } from '../../../ui/useForm.ts';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { useUpdateSettings } from '../hooks/useUpdateSettings.ts';
import { flag } from '../utils/settingsValues.ts';
import { SaveActions } from './SaveActions.tsx';
import { SettingCheckbox } from './SettingCheckbox.tsx';
import styles from './organizations.module.css';

type Field = 'requireMfa' | 'allowUserKeyOverride';

interface SecuritySettingsFormProps {
  readonly organization: OrganizationSettingsFieldsFragment;
  /** Whether the person may change settings; otherwise the fields are shown disabled. */
  readonly canEdit: boolean;
}

function valuesOf({ security }: OrganizationSettingsFieldsFragment): FormValues<Field> {
  return { requireMfa: flag(security.requireMfa), allowUserKeyOverride: flag(security.allowUserKeyOverride) };
}

/** Two-factor authentication for every member, and whether members may bring their own keys. */
export function SecuritySettingsForm({ organization, canEdit }: SecuritySettingsFormProps) {
  const save = useUpdateSettings();
  const { user } = useCurrentUser();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Field>({
    initialValues: valuesOf(organization),
    paths: { 'security.requireMfa': 'requireMfa', 'security.allowUserKeyOverride': 'allowUserKeyOverride' },
    onSubmit: async (values) => {
      setSaved(null);
      const updated = await save({
        security: {
          requireMfa: Boolean(values.requireMfa),
          allowUserKeyOverride: Boolean(values.allowUserKeyOverride),
        },
      });
      if (updated) form.reset(valuesOf(updated));
      setSaved('Security settings saved.');
    },
  });
  const setupLink = <Link to="/account">Set up two-factor authentication on your Account page</Link>;
  const ownMfaMissing = user !== null && !user.mfaEnabled;

  return (
    <Panel title="Policies" description="These apply to every member of the organization, owners included.">
      <form className="form form--inline" noValidate onSubmit={form.handleSubmit}>
        <fieldset className={styles.settingsFieldset} disabled={!canEdit}>
          <legend className="visually-hidden">Policies</legend>
          <SettingCheckbox
            label="Require two-factor authentication"
            name="requireMfa"
            checked={Boolean(form.values.requireMfa)}
            onChange={(checked) => form.setValue('requireMfa', flag(checked))}
            description={
              <>
                Members without two-factor authentication cannot open the organization, in the console or through the
                API, until they set it up on their Account page.
                {canEdit && ownMfaMissing ? ' You need it on your own account before you can require it.' : null}
              </>
            }
            error={form.errors.requireMfa}
            errorAction={setupLink}
          />
          <SettingCheckbox
            label="Allow members to use their own keys"
            name="allowUserKeyOverride"
            checked={Boolean(form.values.allowUserKeyOverride)}
            onChange={(checked) => form.setValue('allowUserKeyOverride', flag(checked))}
            description="Members may use their own keys instead of the organization’s. Off: everyone uses the organization’s keys."
          />
        </fieldset>
        {canEdit && ownMfaMissing && !form.errors.requireMfa ? (
          <p className={styles.settingsExplanation}>{setupLink}</p>
        ) : null}
        <FormError error={form.failure?.error} details={form.failure?.details} />
        {canEdit ? <SaveActions submitting={form.submitting} label="Save security settings" saved={saved} /> : null}
      </form>
    </Panel>
  );
}
