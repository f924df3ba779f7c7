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

/** One layout for every transactional email: a heading, some text, one button, a footer. */
function actionEmail(email: ActionEmail): RenderedEmail {
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
