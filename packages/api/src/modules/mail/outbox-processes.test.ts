import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiProcess } from '../../../test/support/api-process.ts';
import type { TestApi } from '../../../test/support/api.ts';
import { as, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { startMailCatcher, type MailCatcher } from '../../../test/support/mail-catcher.ts';
import { INVITE } from '../../../test/support/members.ts';
import { startTwoApis } from '../../../test/support/two-apis.ts';
import { Outbox } from './mail.service.ts';

const TRIALS = 3;
const PER_PROCESS = 50;
const BACKLOG = 400;

/**
 * Two API processes on one database, both working the outbox, both writing to it: every email
 * reaches the SMTP server exactly once, and each outbox row was claimed exactly once.
 */
describe('the email outbox with two working processes', () => {
  let mail: MailCatcher;
  let first: TestApi;
  let second: ApiProcess;
  let owner: TestUser;
  beforeAll(async () => {
    mail = await startMailCatcher();
    // 100 invitations in one org: more members than the default trial plan allows.
    ({ first, second } = await startTwoApis({ SMTP_URL: mail.url, TRIAL_PLAN: 'enterprise' }, 'info', {
      SMTP_URL: mail.url,
      JOBS_ENABLED: 'true',
    }));
    owner = await signUpUser(first);
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await mail?.close();
  });

  it('delivers each of 2 × 50 invitations exactly once, trial after trial', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const addresses = (process: string) =>
        Array.from({ length: PER_PROCESS }, (_, n) => `t${trial}-${process}-${n}@processes.test`);
      // One 50-address invitation through each process at once: both commit mail, both drain.
      const answers = await Promise.all(
        (
          [
            [first, addresses('a')],
            [second, addresses('b')],
          ] as const
        ).map(([api, emails]) =>
          api.request(
            INVITE,
            { input: { invitations: emails.map((email) => ({ email, role: 'MEMBER' as const })) } },
            as(owner, owner.orgId),
          ),
        ),
      );
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.inviteMembers?.results.filter((result) => result.error)).toEqual([]);
      }
      const expected = [...addresses('a'), ...addresses('b')];
      const ofTrial = () => mail.received.filter((m) => m.to.some((to) => to.startsWith(`t${trial}-`)));
      await mail.waitFor(() => ofTrial().length >= expected.length, 30_000);
      // Every row sent, each after one claim; nothing left claimed.
      await expect
        .poll(
          async () =>
            first.query<{ sent: number; attempts: number; claimed: number }>(
              `select count(sent_at)::int as sent, sum(attempts)::int as attempts, count(claimed_until)::int as claimed
                 from outbox_email where to_address like $1`,
              [`t${trial}-%`],
            ),
          { timeout: 5_000 },
        )
        .toEqual([{ sent: expected.length, attempts: expected.length, claimed: 0 }]);
      const received = ofTrial().flatMap((m) => m.to);
      expect(received.toSorted()).toEqual(expected.toSorted());
    }
  }, 120_000);

  it('drains one backlog from both processes at once, each email exactly once', async () => {
    // One commit of BACKLOG emails: both processes claim from the same due rows.
    const outbox = new Outbox(first.services.secrets.dataEncryptionKey);
    const em = first.services.orm.em.fork();
    const expected = Array.from({ length: BACKLOG }, (_, n) => `backlog-${n}@processes.test`);
    await em.transactional(async (tx) => {
      for (const to of expected) {
        outbox.queue(tx, to, {
          template: 'backlog',
          subject: 'Backlog',
          text: 'One of many.',
          html: '<p>One of many.</p>',
        });
      }
    });
    await outbox.dispatch(first.services.queue, em);
    const ofBacklog = () => mail.received.filter((m) => m.to.some((to) => to.startsWith('backlog-')));
    await mail.waitFor(() => ofBacklog().length >= BACKLOG, 60_000);
    await expect
      .poll(
        async () =>
          first.query<{ sent: number; attempts: number }>(
            `select count(sent_at)::int as sent, sum(attempts)::int as attempts from outbox_email where template = 'backlog'`,
          ),
        { timeout: 5_000 },
      )
      .toEqual([{ sent: BACKLOG, attempts: BACKLOG }]);
    expect(
      ofBacklog()
        .flatMap((m) => m.to)
        .toSorted(),
    ).toEqual(expected.toSorted());
    // Both took part: the second process (woken by NOTIFY) sent some, the first the rest.
    const bySecond = second.output().match(/"template":"backlog"[^\n]*"msg":"email delivered"/g)?.length ?? 0;
    expect(bySecond).toBeGreaterThan(0);
    expect(bySecond).toBeLessThan(BACKLOG);
  }, 90_000);
});
