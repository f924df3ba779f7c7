import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { signUpUser } from '../../../test/support/identity.ts';
import { startMailCatcher, type MailCatcher } from '../../../test/support/mail-catcher.ts';

describe('the email outbox', () => {
  let api: TestApi;
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
    api = await startTestApi({ SMTP_URL: mail.url });
  });
  afterAll(async () => {
    await api.stop();
    await mail.close();
  });

  it('keeps mail in the outbox while SMTP is down and delivers it later, once', async () => {
    mail.setDown(true);
    const user = await signUpUser(api);
    // The delivery job fails and is retried with backoff; the email waits, unsent. A claim counts
    // the attempt before the send, so wait for the attempt's outcome: its error.
    await expect
      .poll(
        async () =>
          (
            await api.query<{ last_error: string | null }>(
              'select last_error from outbox_email where to_address = $1',
              [user.email],
            )
          )[0]?.last_error ?? '',
        { timeout: 10_000 },
      )
      .toMatch(/451|Try again/);
    const [waiting] = await api.query<{ sent_at: Date | null; attempts: number }>(
      'select sent_at, attempts from outbox_email where to_address = $1',
      [user.email],
    );
    expect(waiting?.sent_at).toBeNull();
    expect(waiting?.attempts).toBeGreaterThan(0);

    mail.setDown(false);
    await mail.waitFor((m) => m.to.includes(user.email), 40_000);
    await expect
      .poll(
        async () =>
          (
            await api.query<{ sent_at: Date | null }>('select sent_at from outbox_email where to_address = $1', [
              user.email,
            ])
          )[0]?.sent_at,
        { timeout: 5_000 },
      )
      .not.toBeNull();
    expect(mail.received.filter((m) => m.to.includes(user.email))).toHaveLength(1);
  }, 60_000);

  it('shows mail in the development mailbox when no SMTP server is configured', async () => {
    const local = await startTestApi({ DEV_MAILBOX: 'true' });
    try {
      const user = await signUpUser(local);
      const response = await local.graphql<{
        devMailbox: { edges: Array<{ node: { to: string; subject: string; text: string } }> };
      }>('{ devMailbox(first: 5) { edges { node { to subject text } } } }');
      const message = response.data?.devMailbox.edges.find((edge) => edge.node.to === user.email)?.node;
      expect(message?.subject).toMatch(/Confirm your email/);
      expect(message?.text).toMatch(/\/verify-email\?token=/);
    } finally {
      await local.stop();
    }
    const off = await api.graphql('{ devMailbox(first: 5) { edges { node { to } } } }');
    expect(off.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
