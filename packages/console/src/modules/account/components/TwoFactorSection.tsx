import { useState } from 'react';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { BeginTotpForm } from './BeginTotpForm.tsx';
import { DisableTotpForm } from './DisableTotpForm.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { RegenerateRecoveryCodesForm } from './RegenerateRecoveryCodesForm.tsx';
import { TotpEnrollment } from './TotpEnrollment.tsx';

type Step =
  | { readonly kind: 'idle'; readonly message?: string }
  | { readonly kind: 'confirming' }
  | { readonly kind: 'enrolling'; readonly secret: string; readonly otpauthUri: string }
  | { readonly kind: 'codes'; readonly codes: readonly string[]; readonly doneMessage: string }
  | { readonly kind: 'regenerating' }
  | { readonly kind: 'disabling' };

/**
 * Two-factor authentication: turn it on with an authenticator app (after the password), keep the
 * recovery codes, replace them, or turn it off.
 */
export function TwoFactorSection() {
  const { user } = useCurrentUser();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const enabled = user?.mfaEnabled ?? false;
  const status = user ? (
    <span className={`badge ${enabled ? 'badge--success' : 'badge--neutral'}`}>{enabled ? 'On' : 'Off'}</span>
  ) : null;
  const cancel = () => setStep({ kind: 'idle' });

  let body;
  if (!user) body = <LoadingState label="Loading…" />;
  else if (step.kind === 'confirming' && !enabled) {
    body = (
      <BeginTotpForm
        email={user.email}
        onStarted={(enrollment) => setStep({ kind: 'enrolling', ...enrollment })}
        onCancel={cancel}
      />
    );
  } else if (step.kind === 'enrolling') {
    body = (
      <TotpEnrollment
        secret={step.secret}
        otpauthUri={step.otpauthUri}
        onEnabled={(codes) => setStep({ kind: 'codes', codes, doneMessage: 'Two-factor authentication is on.' })}
        onCancel={cancel}
      />
    );
  } else if (step.kind === 'codes') {
    body = (
      <RecoveryCodes
        codes={step.codes}
        email={user.email}
        onDone={() => setStep({ kind: 'idle', message: step.doneMessage })}
      />
    );
  } else if (step.kind === 'regenerating' && enabled) {
    body = (
      <RegenerateRecoveryCodesForm
        email={user.email}
        onRegenerated={(codes) =>
          setStep({ kind: 'codes', codes, doneMessage: 'New recovery codes saved. The old ones no longer work.' })
        }
        onCancel={cancel}
      />
    );
  } else if (step.kind === 'disabling' && enabled) {
    body = (
      <DisableTotpForm
        email={user.email}
        onDisabled={() => setStep({ kind: 'idle', message: 'Two-factor authentication is off.' })}
        onCancel={cancel}
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
        <div className="form__actions">
          {enabled ? (
            <>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setStep({ kind: 'regenerating' })}
              >
                Regenerate recovery codes…
              </button>
              <button type="button" className="button button--secondary" onClick={() => setStep({ kind: 'disabling' })}>
                Turn off…
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => setStep({ kind: 'confirming' })}>
              Set up two-factor authentication
            </button>
          )}
        </div>
      </>
    );
  }

  return (
    <Panel
      title="Two-factor authentication"
      description="A second proof at sign-in, from an authenticator app."
      aside={status}
    >
      {body}
    </Panel>
  );
}
