import { INVITATIONS_PER_REQUEST_MAX, errorMessage, isErrorCode, toRoleId } from '@orgplane/schema';
import type { DocumentType } from '@orgplane/schema/generated';
import { useId, useState } from 'react';
import { FormError } from '../../../ui/FormError.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { SelectField, optionFor } from '../../../ui/SelectField.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { TextAreaField } from '../../../ui/TextAreaField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useForm } from '../../../ui/useForm.ts';
import { RoleMatrixDialog } from '../../catalog/components/RoleMatrixDialog.tsx';
import { creditLimitProblem } from '../../members/utils/credits.ts';
import { ASSIGNABLE_ROLES, roleLabel } from '../../organizations/utils/roleLabel.ts';
import type { InviteMembersMutation } from '../graphql/invitations.ts';
import { emailListProblem, parseEmails } from '../utils/parseEmails.ts';
import { useInviteMembers } from '../hooks/useInvitationMutations.ts';
import styles from './invitations.module.css';

type InviteResult = NonNullable<DocumentType<typeof InviteMembersMutation>['inviteMembers']>['results'][number];

const ROLE_OPTIONS = ASSIGNABLE_ROLES.map(({ value, label }) => ({ value, label }));

/** The shared message for a per-address error code; the API's own text for codes the table lacks. */
function resultMessage(error: NonNullable<InviteResult['error']>): string {
  return isErrorCode(error.code) ? errorMessage(error.code) : error.message;
}

function InviteResults({ results }: { readonly results: readonly InviteResult[] }) {
  const headingId = useId();
  const sent = results.filter((result) => result.invitation).length;
  return (
    <div className={styles.inviteResults} role="group" aria-labelledby={headingId}>
      <p id={headingId} className={styles.inviteResultsSummary} role="status">
        {sent === results.length
          ? `${sent === 1 ? 'The invitation was' : `All ${sent} invitations were`} sent.`
          : `${sent} of ${results.length} invitations sent. The addresses that failed are back in the box.`}
      </p>
      <ul className={styles.inviteResultsList}>
        {results.map((result) => (
          <li
            key={result.email}
            className={`${styles.inviteResult} ${result.invitation ? styles.inviteResultSent : styles.inviteResultFailed}`}
            data-error-code={result.error?.code}
          >
            <span className={styles.inviteResultMark} aria-hidden="true">
              {result.invitation ? '✓' : '✕'}
            </span>
            <span className={styles.inviteResultEmail}>{result.email}</span>
            <span className={styles.inviteResultOutcome}>
              {result.invitation
                ? `Invited as ${roleLabel(result.invitation.role)}`
                : result.error
                  ? resultMessage(result.error)
                  : 'Not invited.'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The Invite User card: several addresses at once, one user type for all of them (with the role
 * comparison matrix a click away) and an optional credit limit; afterwards, how each address fared.
 */
export function InviteMembersCard() {
  const [invite] = useInviteMembers();
  const [results, setResults] = useState<readonly InviteResult[] | null>(null);
  const [comparing, setComparing] = useState(false);
  const form = useForm({
    initialValues: { emails: '', role: 'MEMBER', creditLimit: '' },
    validate: (values) => ({
      emails: emailListProblem(values.emails),
      role: optionFor(ROLE_OPTIONS, values.role) ? undefined : 'Choose a user type.',
      creditLimit: creditLimitProblem(values.creditLimit, true),
    }),
    onSubmit: async (values) => {
      setResults(null);
      const role = optionFor(ROLE_OPTIONS, values.role);
      if (!role) return;
      const limit = values.creditLimit.trim();
      const { data } = await invite({
        variables: {
          invitations: parseEmails(values.emails).valid.map((email) => ({
            email,
            role,
            ...(limit ? { creditLimit: Number(limit) } : {}),
          })),
        },
      });
      const outcome = data?.inviteMembers?.results ?? [];
      setResults(outcome);
      // Keep what failed in the box, to correct or try again; the rest is done.
      const failed = outcome.filter((result) => !result.invitation).map((result) => result.email);
      form.reset({ ...values, emails: failed.join('\n') });
    },
  });
  const count = parseEmails(form.values.emails).valid.length;
  const selectedRole = optionFor(ROLE_OPTIONS, form.values.role);

  return (
    <Panel
      title="Invite User"
      description="Invite people by email. Each gets a link that works once and expires in 7 days."
    >
      <form className="form invite-form" noValidate onSubmit={form.handleSubmit}>
        <TextAreaField
          label="Email addresses"
          name="emails"
          hint={`Separate addresses with commas, spaces or new lines; up to ${INVITATIONS_PER_REQUEST_MAX} at a time.`}
          rows={3}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          placeholder="ada@example.com, grace@example.com"
          value={form.values.emails}
          error={form.errors.emails}
          onChange={(event) => {
            setResults(null);
            form.setValue('emails', event.target.value);
          }}
        />
        <div className={styles.inviteFormRow}>
          <div className={styles.inviteFormRole}>
            <SelectField
              label="User type"
              name="role"
              options={ROLE_OPTIONS}
              value={form.values.role}
              error={form.errors.role}
              onChange={(event) => form.setValue('role', event.target.value)}
            />
            <button
              type="button"
              className={`link-button ${styles.inviteFormCompare}`}
              onClick={() => setComparing(true)}
            >
              Compare user types
            </button>
          </div>
          <TextField
            label="Credit limit (optional)"
            hint="Leave empty for unlimited credits."
            inputMode="numeric"
            autoComplete="off"
            className={styles.inviteFormCredits}
            {...form.field('creditLimit')}
          />
        </div>
        <FormError error={form.failure?.error} details={form.failure?.details} />
        <div className="form__actions">
          <SubmitButton submitting={form.submitting} pendingLabel="Sending invitations…">
            {count > 1 ? `Send ${count} invitations` : 'Send invitation'}
          </SubmitButton>
        </div>
      </form>
      {results ? <InviteResults results={results} /> : null}
      {comparing ? (
        <RoleMatrixDialog
          initialRole={selectedRole ? toRoleId(selectedRole) : null}
          onClose={() => setComparing(false)}
        />
      ) : null}
    </Panel>
  );
}
