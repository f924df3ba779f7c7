import { BANNER_MESSAGE_MAX_LENGTH } from '@orgplane/schema';
import type { OrganizationSettingsFieldsFragment } from '@orgplane/schema/generated/graphql';
import { useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { optionFor } from '../../../ui/SelectField.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { errorText } from '../../../ui/errorText.ts';
import { useForm } from '../../../ui/useForm.ts';
import type { FormValues } from '../../../ui/useForm.ts';
import { useUpdateSettings } from '../hooks/useUpdateSettings.ts';
import { BANNER_VARIANT_OPTIONS } from '../utils/options.ts';
import { flag, textOrNull } from '../utils/settingsValues.ts';
import { BannerMessage } from './BannerMessage.tsx';
import { SaveActions } from './SaveActions.tsx';
import { SettingCheckbox } from './SettingCheckbox.tsx';
import styles from './organizations.module.css';
import { ChoiceList } from '../../../ui/ChoiceList.tsx';

type Field = 'message' | 'variant' | 'dismissible';

interface BannerSettingsFormProps {
  readonly organization: OrganizationSettingsFieldsFragment;
  /** Whether the person may change settings; otherwise the fields are shown disabled. */
  readonly canEdit: boolean;
}

function valuesOf({ banner }: OrganizationSettingsFieldsFragment): FormValues<Field> {
  return { message: banner.message ?? '', variant: banner.variant, dismissible: flag(banner.dismissible) };
}

/**
 * The message across the top of the console for every member: text, how prominent, whether
 * members may hide it; with a preview. Saving an empty message removes the banner.
 */
export function BannerSettingsForm({ organization, canEdit }: BannerSettingsFormProps) {
  const save = useUpdateSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeFailure, setRemoveFailure] = useState<unknown>(null);
  const form = useForm<Field>({
    initialValues: valuesOf(organization),
    validate: (values) => ({
      message:
        values.message.trim().length > BANNER_MESSAGE_MAX_LENGTH
          ? `Use at most ${BANNER_MESSAGE_MAX_LENGTH} characters.`
          : undefined,
    }),
    paths: { 'banner.message': 'message', 'banner.variant': 'variant', 'banner.dismissible': 'dismissible' },
    onSubmit: async (values) => {
      setSaved(null);
      setRemoveFailure(null);
      const message = textOrNull(values.message);
      const updated = await save({
        banner: {
          message,
          variant: optionFor(BANNER_VARIANT_OPTIONS, values.variant) ?? 'INFO',
          dismissible: Boolean(values.dismissible),
        },
      });
      if (updated) form.reset(valuesOf(updated));
      setSaved(message ? 'Banner saved. Members see it across the console.' : 'Banner removed.');
    },
  });

  const remove = () => {
    if (removing || form.submitting) return;
    setSaved(null);
    setRemoving(true);
    setRemoveFailure(null);
    save({
      banner: { message: null, variant: organization.banner.variant, dismissible: organization.banner.dismissible },
    })
      .then((updated) => {
        if (updated) form.reset(valuesOf(updated));
        setSaved('Banner removed.');
      })
      .catch((error: unknown) => setRemoveFailure(error))
      .finally(() => setRemoving(false));
  };

  const length = form.values.message.trim().length;
  const message = form.values.message.trim();
  const variant = optionFor(BANNER_VARIANT_OPTIONS, form.values.variant) ?? 'INFO';

  return (
    <Panel
      title="Banner"
      description="Plain text only. Editing the message or its variant shows it again to members who dismissed it."
    >
      <form className="form form--inline" noValidate onSubmit={form.handleSubmit}>
        <fieldset className={styles.settingsFieldset} disabled={!canEdit}>
          <legend className="visually-hidden">Banner</legend>
          <TextAreaField
            label="Message"
            name="message"
            rows={3}
            hint={
              <span
                className={
                  length > BANNER_MESSAGE_MAX_LENGTH ? `banner-counter ${styles.bannerCounterOver}` : 'banner-counter'
                }
              >
                {length} of {BANNER_MESSAGE_MAX_LENGTH} characters. Leave empty for no banner.
              </span>
            }
            value={form.values.message}
            error={form.errors.message}
            onChange={(event) => form.setValue('message', event.target.value)}
          />
          <ChoiceList
            legend="Variant"
            options={BANNER_VARIANT_OPTIONS}
            value={form.values.variant}
            onChange={(value) => form.setValue('variant', value)}
          />
          <SettingCheckbox
            label="Members may dismiss it"
            name="dismissible"
            checked={Boolean(form.values.dismissible)}
            onChange={(checked) => form.setValue('dismissible', flag(checked))}
            description="Each member can hide the banner for themselves until it is edited."
          />
        </fieldset>
        <section className={styles.bannerPreview} aria-label="Banner preview">
          <h3 className={styles.brandingPreviewTitle}>Preview</h3>
          {message ? (
            <BannerMessage
              message={message}
              variant={variant}
              quiet
              action={
                form.values.dismissible ? (
                  <span className="button button--small button--secondary" aria-hidden="true">
                    Dismiss
                  </span>
                ) : null
              }
            />
          ) : (
            <p className={styles.bannerPreviewEmpty}>No banner: members see nothing across the top.</p>
          )}
        </section>
        <FormError error={form.failure?.error} details={form.failure?.details} />
        {removeFailure ? (
          <p className="field__error" role="alert">
            {errorText(removeFailure)}
          </p>
        ) : null}
        {canEdit ? (
          <SaveActions submitting={form.submitting} label="Save banner" saved={saved}>
            {organization.banner.message ? (
              <button
                type="button"
                className="button button--danger-outline"
                aria-disabled={removing || undefined}
                onClick={remove}
              >
                {removing ? 'Removing…' : 'Remove banner'}
              </button>
            ) : null}
          </SaveActions>
        ) : null}
      </form>
    </Panel>
  );
}
