import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { FormError } from '../../../ui/FormError.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { BeginTotpEnrollmentMutation } from '../graphql/totp.ts';
import { DisableTotpForm } from './DisableTotpForm.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { TotpEnrollment } from './TotpEnrollment.tsx';

type Step =
  | { readonly kind: 'idle'; readonly message?: string }
  | { readonly kind: 'enrolling'; readonly secret: string; readonly otpauthUri: string }
  | { readonly kind: 'codes'; readonly codes: readonly string[] }
  | { readonly kind: 'disabling' };

/** Two-step verification: turn it on with an authenticator app, keep the recovery codes, or turn it off. */
export function TwoFactorSection() {
  const { user } = useCurrentUser();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [begin, { loading: beginning, error: beginError }] = useMutation(BeginTotpEnrollmentMutation);

  const start = () => {
    if (beginning) return;
    begin().then(
      ({ data }) => {
        const enrollment = data?.beginTotpEnrollment;
        if (enrollment) setStep({ kind: 'enrolling', ...enrollment });
      },
      () => undefined, // shown from `beginError`
    );
  };

  const enabled = user?.mfaEnabled ?? false;
  const status = user ? (
    <span className={`badge ${enabled ? 'badge--success' : 'badge--neutral'}`}>{enabled ? 'On' : 'Off'}</span>
  ) : null;

  let body;
  if (!user) body = <LoadingState label="Loading…" />;
  else if (step.kind === 'enrolling') {
    body = (
      <TotpEnrollment
        secret={step.secret}
        otpauthUri={step.otpauthUri}
        onEnabled={(codes) => setStep({ kind: 'codes', codes })}
        onCancel={() => setStep({ kind: 'idle' })}
      />
    );
  } else if (step.kind === 'codes') {
    body = (
      <RecoveryCodes
        codes={step.codes}
        email={user.email}
        onDone={() => setStep({ kind: 'idle', message: 'Two-step verification is on.' })}
      />
    );
  } else if (step.kind === 'disabling' && enabled) {
    body = (
      <DisableTotpForm
        email={user.email}
        onDisabled={() => setStep({ kind: 'idle', message: 'Two-step verification is off.' })}
        onCancel={() => setStep({ kind: 'idle' })}
      />
    );
  } else {
    body = (
      <>
        {step.kind === 'idle' && step.message ? (
          <Notice tone="success" live>
            {step.message}
          </Notice>
        ) : null}
        <p>
          {enabled
            ? 'Signing in asks for a code from your authenticator app, or one of your recovery codes.'
            : 'Add a code from an authenticator app to every sign-in, so a stolen password is not enough to get in.'}
        </p>
        <FormError error={beginError} />
        <div className="form__actions">
          {enabled ? (
            <button type="button" className="button button--secondary" onClick={() => setStep({ kind: 'disabling' })}>
              Turn off…
            </button>
          ) : (
            <button type="button" className="button" aria-disabled={beginning || undefined} onClick={start}>
              {beginning ? 'Starting…' : 'Set up two-step verification'}
            </button>
          )}
        </div>
      </>
    );
  }

  return (
    <Panel
      title="Two-step verification"
      description="A second proof at sign-in, from an authenticator app."
      aside={status}
    >
      {body}
    </Panel>
  );
}
