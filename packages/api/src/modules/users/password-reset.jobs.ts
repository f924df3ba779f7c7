import type { JobDefinition } from '../../jobs/queue.ts';
import type { AppServices } from '../../services.ts';
import { Outbox } from '../mail/mail.service.ts';
import { passwordResetEmail } from '../mail/mail.templates.ts';
import { issueUserToken } from './user-tokens.ts';
import { User } from './user.entity.ts';

export const PASSWORD_RESET_JOB = 'user.password-reset';

/**
 * The part of a reset request that depends on whether the account exists: look it up, issue a
 * single-use token (1 hour) and write the email to the outbox. It runs as a job so the request
 * answers after the same work either way (see `IdentityService.requestPasswordReset`).
 */
async function mailPasswordReset(services: AppServices, email: string): Promise<void> {
  const outbox = new Outbox(services.secrets.dataEncryptionKey);
  const fork = services.orm.em.fork();
  await fork.transactional(async (em) => {
    const user = await em.findOne(User, { email });
    if (!user) return;
    const { token } = await issueUserToken(em, user.id, 'password_reset');
    const url = `${services.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    outbox.queue(em, user.email, passwordResetEmail(user.displayName, url));
  });
  try {
    await outbox.dispatch(services.queue, fork);
  } catch (error) {
    // The email is committed: the outbox sweep sends it. Retrying the job would mail a second link.
    services.logger.warn({ err: error }, 'password reset email not handed to delivery; the sweep will');
  }
}

/** Declared in every process (so any of them can queue it); worked where jobs are enabled. */
export function passwordResetJobs(services: AppServices): JobDefinition<{ email?: string }>[] {
  return [
    {
      name: PASSWORD_RESET_JOB,
      retryLimit: 5,
      handle: async ({ email }) => {
        if (email) await mailPasswordReset(services, email);
      },
    },
  ];
}
