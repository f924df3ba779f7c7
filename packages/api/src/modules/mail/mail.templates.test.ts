import { describe, expect, it } from 'vitest';
import {
  emailVerificationEmail,
  invitationEmail,
  passwordResetEmail,
  usageAlertEmail,
  type RenderedEmail,
} from './mail.templates.ts';

// Names as a row written before names were cleaned could hold them.
const NAME = 'Mallory\r\nBcc: victim@example.com\u202E\u200B\tX';

describe('mail templates', () => {
  const rendered: Array<[string, RenderedEmail]> = [
    ['verification', emailVerificationEmail(NAME, 'https://console.test/verify?token=t')],
    ['reset', passwordResetEmail(NAME, 'https://console.test/reset?token=t')],
    [
      'invitation',
      invitationEmail({
        organizationName: `Billing\n\nPay now${NAME}`,
        inviterName: NAME,
        roleLabel: 'Member',
        url: 'https://console.test/invite?token=t',
        expiresAt: new Date('2030-01-01T00:00:00Z'),
      }),
    ],
    [
      'usage alert',
      usageAlertEmail({
        organizationName: NAME,
        watched: 'RAG tokens',
        value: '120,000 tokens',
        threshold: '100,000 tokens',
        throttled: true,
        url: 'https://console.test/usage/alerts',
      }),
    ],
  ];

  it('never puts a line break, control, bidi or zero-width character in a subject', () => {
    for (const [template, email] of rendered) {
      expect(email.subject, template).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
    }
    expect(rendered[2]![1].subject).toBe(
      'Mallory Bcc: victim@example.com X invited you to Billing Pay nowMallory Bcc: victim@example.com X on Orgplane',
    );
  });

  it('keeps hidden characters out of the names in the body as well', () => {
    for (const [template, email] of rendered) {
      expect(email.html, template).not.toMatch(/[\u202E\u200B]/u);
      expect(email.text, template).not.toMatch(/[\u202E\u200B]/u);
      expect(email.text, template).not.toContain('Mallory\r\n');
    }
  });
});
