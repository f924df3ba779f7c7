import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox row is its own delivery state: `next_attempt_at` says when it is due (now for a new
 * email, later after a failed attempt, with backoff) and `claimed_until` is the lease of the
 * process sending it, so any number of processes claim disjoint batches (`for update skip
 * locked`) and a crashed sender's rows become due again when its lease ends. The pg-boss queue
 * `email.deliver` held one job per email; it is dropped with its jobs (the rows they pointed at
 * are due now) and created again at start as a wake-up queue (at most one job waiting).
 */
export class Migration20261202110000_outbox_throughput extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table outbox_email
        add column next_attempt_at timestamptz not null default now(),
        add column claimed_until timestamptz;`);
    this.addSql(`drop index outbox_email_unsent;`);
    this.addSql(`create index outbox_email_due on outbox_email (next_attempt_at) where sent_at is null;`);
    this.addSql(`select pgboss.delete_queue(name) from pgboss.queue where name = 'email.deliver';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index outbox_email_due;`);
    this.addSql(`create index outbox_email_unsent on outbox_email (created_at) where sent_at is null;`);
    this.addSql(`alter table outbox_email drop column next_attempt_at, drop column claimed_until;`);
  }
}
