import { cleanName } from '@orgplane/schema';

/** A rendered email: plain, accessible HTML and the same content as text. */
export interface RenderedEmail {
  readonly template: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

interface ActionEmail {
  template: string;
  subject: string;
  heading: string;
  paragraphs: string[];
  action: { label: string; url: string };
  /** Further links, shown under the button. */
  links?: { label: string; url: string }[];
  footer: string;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * One layout for every transactional email: a heading, some text, one button, a footer. Every
 * line of text goes through `cleanName`, so a name stored before names were cleaned still cannot
 * break the subject over lines or reorder it with bidi controls.
 */
function actionEmail(unclean: ActionEmail): RenderedEmail {
  const email: ActionEmail = {
    ...unclean,
    subject: cleanName(unclean.subject),
    heading: cleanName(unclean.heading),
    paragraphs: unclean.paragraphs.map(cleanName),
    action: { label: cleanName(unclean.action.label), url: unclean.action.url },
    footer: cleanName(unclean.footer),
  };
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(email.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#14161a">
<main style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(email.heading)}</h1>
${email.paragraphs.map((paragraph) => `<p style="font-size:16px;line-height:1.5">${escapeHtml(paragraph)}</p>`).join('\n')}
<p style="margin:28px 0"><a href="${escapeHtml(email.action.url)}" style="background:#2f3fc9;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;display:inline-block">${escapeHtml(email.action.label)}</a></p>
${(email.links ?? []).map((link) => `<p style="font-size:16px;line-height:1.5">${escapeHtml(link.label)}: <a href="${escapeHtml(link.url)}" style="color:#2f3fc9;word-break:break-all">${escapeHtml(link.url)}</a></p>`).join('\n')}
<p style="font-size:14px;line-height:1.5;color:#4a4f59">If the button does not work, copy this address into your browser:<br><a href="${escapeHtml(email.action.url)}" style="color:#2f3fc9;word-break:break-all">${escapeHtml(email.action.url)}</a></p>
<p style="font-size:13px;color:#6b7079;margin-top:28px">${escapeHtml(email.footer)}</p>
</main>
</body>
</html>`;
  const text = [
    email.heading,
    '',
    ...email.paragraphs.flatMap((paragraph) => [paragraph, '']),
    `${email.action.label}: ${email.action.url}`,
    '',
    ...(email.links ?? []).flatMap((link) => [`${link.label}: ${link.url}`, '']),
    email.footer,
    '',
  ].join('\n');
  return { template: email.template, subject: email.subject, html, text };
}

export function emailVerificationEmail(displayName: string, url: string): RenderedEmail {
  return actionEmail({
    template: 'email_verification',
    subject: 'Confirm your email address for Orgplane',
    heading: `Welcome to Orgplane, ${displayName}`,
    paragraphs: ['Confirm that this is your email address so we can reach you about your account.'],
    action: { label: 'Confirm email address', url },
    footer: 'The link works once and expires in 24 hours. If you did not sign up, you can ignore this email.',
  });
}

/** To the owner of an address someone tried to sign up with again; it says nothing to the person who tried. */
export function signUpAttemptEmail(displayName: string, signInUrl: string, resetUrl: string): RenderedEmail {
  return actionEmail({
    template: 'sign_up_attempt',
    subject: 'Someone tried to create an Orgplane account with your email address',
    heading: 'You already have an account',
    paragraphs: [
      `Hello ${displayName}, someone (hopefully you) tried to create a new Orgplane account with this email address, which already has one. No new account was created and nothing changed in yours.`,
      'If it was you, sign in with your password. If you forgot it, choose a new one.',
    ],
    action: { label: 'Sign in', url: signInUrl },
    links: [{ label: 'Forgot your password? Choose a new one', url: resetUrl }],
    footer: 'If it was not you, you can ignore this email: nobody can use your account without your password.',
  });
}

export function passwordResetEmail(displayName: string, url: string): RenderedEmail {
  return actionEmail({
    template: 'password_reset',
    subject: 'Reset your Orgplane password',
    heading: 'Reset your password',
    paragraphs: [
      `Hello ${displayName}, someone (hopefully you) asked to reset the password of your Orgplane account.`,
      'Choosing a new password signs you out everywhere.',
    ],
    action: { label: 'Choose a new password', url },
    footer:
      'The link works once and expires in 1 hour. If you did not ask for this, ignore this email: your password stays as it is.',
  });
}

export function invitationEmail(input: {
  organizationName: string;
  inviterName: string;
  roleLabel: string;
  url: string;
  expiresAt: Date;
}): RenderedEmail {
  return actionEmail({
    template: 'invitation',
    subject: `${input.inviterName} invited you to ${input.organizationName} on Orgplane`,
    heading: `Join ${input.organizationName}`,
    paragraphs: [
      `${input.inviterName} invited you to join ${input.organizationName} as ${input.roleLabel}.`,
      'Open the invitation to sign in, or to create an account with this email address, and accept it.',
    ],
    action: { label: `Join ${input.organizationName}`, url: input.url },
    footer: `The invitation works once and expires on ${input.expiresAt.toUTCString()}. If you do not know ${input.organizationName}, you can ignore this email.`,
  });
}

/** A change to two-factor authentication, mailed to the account's address every time. */
export type MfaChange =
  | { readonly kind: 'enabled' }
  | { readonly kind: 'disabled' }
  | { readonly kind: 'recovery_codes_regenerated' }
  | { readonly kind: 'recovery_code_used'; readonly remaining: number };

const MFA_CHANGE_TEXT: Record<MfaChange['kind'], { subject: string; heading: string; what: string }> = {
  enabled: {
    subject: 'Two-factor authentication is on for your Orgplane account',
    heading: 'Two-factor authentication is on',
    what: 'two-factor authentication was turned on for your Orgplane account. Signing in now asks for a code from your authenticator app, or one of your recovery codes.',
  },
  disabled: {
    subject: 'Two-factor authentication was turned off for your Orgplane account',
    heading: 'Two-factor authentication is off',
    what: 'two-factor authentication was turned off for your Orgplane account. Signing in now asks only for your password.',
  },
  recovery_codes_regenerated: {
    subject: 'New recovery codes for your Orgplane account',
    heading: 'Your recovery codes were replaced',
    what: 'new recovery codes were created for your Orgplane account. The earlier codes no longer work.',
  },
  recovery_code_used: {
    subject: 'A recovery code was used to sign in to your Orgplane account',
    heading: 'A recovery code was used to sign in',
    what: 'someone signed in to your Orgplane account with one of your recovery codes instead of the authenticator app. That code no longer works.',
  },
};

export function mfaChangedEmail(input: {
  displayName: string;
  change: MfaChange;
  at: Date;
  accountUrl: string;
}): RenderedEmail {
  const text = MFA_CHANGE_TEXT[input.change.kind];
  const paragraphs = [`Hello ${input.displayName}, on ${input.at.toUTCString()} ${text.what}`];
  if (input.change.kind === 'recovery_code_used') {
    paragraphs.push(
      `You have ${input.change.remaining} unused recovery ${input.change.remaining === 1 ? 'code' : 'codes'} left. You can create new ones on your Account page.`,
    );
  }
  return actionEmail({
    template: `mfa_${input.change.kind}`,
    subject: text.subject,
    heading: text.heading,
    paragraphs,
    action: { label: 'Review your account security', url: input.accountUrl },
    footer:
      'If this was not you, reset your password at once from the sign-in page (resetting it signs out every session), then check two-factor authentication on your Account page.',
  });
}

/** A usage alert crossed its threshold: mailed to the owners, admins and billing address. */
export function usageAlertEmail(input: {
  organizationName: string;
  /** What the alert watches: a meter's name, or "All usage". */
  watched: string;
  value: string;
  threshold: string;
  throttled: boolean;
  url: string;
}): RenderedEmail {
  return actionEmail({
    template: 'usage-alert',
    subject: `Usage alert for ${input.organizationName}: ${input.watched} reached ${input.threshold}`,
    heading: `${input.watched} reached ${input.threshold}`,
    paragraphs: [
      `${input.organizationName} has used ${input.value} this billing period, crossing the alert set at ${input.threshold}.`,
      input.throttled
        ? 'This alert throttles usage: further usage is refused until the next period, or until the threshold is raised.'
        : 'Usage continues; this alert only notifies.',
    ],
    action: { label: 'Review usage alerts', url: input.url },
    footer: `You receive this as an owner, admin or billing contact of ${input.organizationName}. Each alert mails once per billing period.`,
  });
}

/** To the owner: a webhook endpoint was turned off because its deliveries kept failing. */
export function webhookEndpointDisabledEmail(input: {
  organizationName: string;
  endpointUrl: string;
  failedDeliveries: number;
  lastError: string | null;
  url: string;
}): RenderedEmail {
  return actionEmail({
    template: 'webhook-endpoint-disabled',
    subject: `Webhook endpoint disabled for ${input.organizationName}`,
    heading: 'A webhook endpoint was disabled',
    paragraphs: [
      `The webhook endpoint ${input.endpointUrl} of ${input.organizationName} failed ${input.failedDeliveries} deliveries in a row, each after every retry, so it no longer receives events.`,
      input.lastError ? `The last attempt failed with: ${input.lastError}` : 'The last attempt failed.',
      'Fix the endpoint, then enable it again on the Webhooks page; its deliveries that were still waiting resume then.',
    ],
    action: { label: 'Review webhooks', url: input.url },
    footer: `You receive this as the owner of ${input.organizationName}.`,
  });
}
