import pg from 'pg';
import PgBoss from 'pg-boss';
import { databaseUnavailableReason } from '../database/unavailable.ts';
import type { Logger } from '../logger.ts';

/** A job handler: receives the job's data; throwing makes pg-boss retry with backoff. */
type JobHandler<T> = (data: T) => Promise<void>;

export interface JobDefinition<T extends object> {
  readonly name: string;
  readonly handle: JobHandler<T>;
  readonly retryLimit?: number;
  /** A cron expression (UTC) to run the job on a schedule. */
  readonly cron?: string;
  /**
   * A wake-up rather than a message: at most one job waits at a time (pg-boss's `short` policy),
   * so sending while one waits adds nothing. The handler must then find its work itself.
   */
  readonly wakeUp?: boolean;
}

/** The channel on which `send` tells the working processes that a queue has a new job. */
export const WAKE_CHANNEL = 'orgplane_jobs';

/**
 * A notification `send:<queue>` on the wake-up channel asks every working process to send a job
 * to that (`wakeUp`) queue. Sent with `pg_notify` inside a transaction, it arrives only once the
 * transaction committed: a wake-up that code without the queue at hand can ask for.
 */
export const SEND_PREFIX = 'send:';

/**
 * The PostgreSQL-backed job queue (pg-boss). Safe with several API processes: each job is
 * fetched by one worker (SKIP LOCKED), and scheduled jobs are created once per slot. A process
 * that does not `work` (JOBS_ENABLED=false) still sends jobs; the others run them.
 *
 * A worker polls its queue every `pollingIntervalSeconds`, but a sent job does not wait for the
 * next poll: `send` wakes this process's worker at once and NOTIFYs the other processes, whose
 * workers wake too (LISTEN on one connection each). The poll remains the fallback when a
 * notification is lost (for example while that connection reconnects).
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private started = false;
  /** This process's worker id per queue name. */
  private readonly workers = new Map<string, string>();
  private listener: pg.Client | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly logger: Logger,
    private readonly pollingIntervalSeconds = 2,
    private readonly work = true,
  ) {
    this.boss = new PgBoss({
      connectionString,
      schema: 'pgboss',
      max: 3,
      application_name: 'orgplane-jobs',
      // Maintenance and cron only where jobs run.
      supervise: work,
      schedule: work,
    });
    this.boss.on('error', (error) => {
      // While the database is down pg-boss reports every poll; it resumes by itself once it is back.
      const reason = databaseUnavailableReason(error);
      if (reason) this.logger.warn({ reason }, 'job queue: database unavailable');
      else this.logger.error({ err: error }, 'job queue error');
    });
  }

  /** Creates the queues (a job sent to a missing queue is dropped) and works them if this process works. */
  async start(definitions: readonly JobDefinition<object>[]): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const definition of definitions) {
      await this.boss.createQueue(definition.name, {
        name: definition.name,
        policy: definition.wakeUp ? 'short' : 'standard',
        retryLimit: definition.retryLimit ?? 8,
        retryDelay: 5,
        retryBackoff: true,
      });
      if (!this.work) continue;
      const workerId = await this.boss.work<object>(
        definition.name,
        { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: 1 },
        async ([job]) => {
          if (!job) return;
          try {
            await definition.handle(job.data);
          } catch (error) {
            this.logger.warn({ err: error, job: definition.name, jobId: job.id }, 'job failed; it will be retried');
            throw error;
          }
        },
      );
      this.workers.set(definition.name, workerId);
      if (definition.cron) await this.boss.schedule(definition.name, definition.cron, {}, { tz: 'UTC' });
    }
    if (this.work) this.listen();
  }

  /**
   * Queues a job and wakes the workers of its queue. `startAfter` delays it (no wake-up then);
   * `key` tells apart the waiting jobs of a `wakeUp` queue (one may wait per key).
   */
  async send(name: string, data: object, options: { key?: string; startAfter?: Date } = {}): Promise<void> {
    if (!this.started) return;
    // On a `wakeUp` queue pg-boss drops the job when one waits already; the wake-up still helps.
    await this.boss.send(name, data, {
      ...(options.key ? { singletonKey: options.key } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    });
    if (options.startAfter) return;
    this.wake(name);
    await this.boss
      .getDb()
      .executeSql('select pg_notify($1, $2)', [WAKE_CHANNEL, name])
      .catch((error: unknown) => this.logger.warn({ err: error, job: name }, 'job queue: wake-up not sent'));
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
    await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  /** Ends the polling wait of this process's worker of `name`, if it has one. */
  private wake(name: string): void {
    const workerId = this.workers.get(name);
    if (workerId) this.boss.notifyWorker(workerId);
  }

  /** LISTENs for other processes' sends on a connection of its own; reconnects after a second when it drops. */
  private listen(): void {
    if (!this.started) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'orgplane-jobs-listen' });
    this.listener = client;
    let retried = false;
    const retry = (error?: unknown) => {
      if (retried) return;
      retried = true;
      if (error && !databaseUnavailableReason(error))
        this.logger.warn({ err: error }, 'job queue: wake-up listener failed');
      void client.end().catch(() => {});
      if (this.listener !== client || !this.started) return;
      this.listener = null;
      this.reconnectTimer = setTimeout(() => this.listen(), 1000);
      this.reconnectTimer.unref();
    };
    client.on('notification', (message) => {
      const payload = message.payload;
      if (!payload) return;
      // `send:<queue>`, from `wakeUpOnCommit`: a transaction that committed asks for a wake-up job.
      if (payload.startsWith(SEND_PREFIX)) {
        this.send(payload.slice(SEND_PREFIX.length), {}).catch((error: unknown) =>
          this.logger.warn({ err: error, job: payload }, 'job queue: wake-up not queued'),
        );
      } else this.wake(payload);
    });
    client.on('error', retry);
    client.on('end', () => retry());
    client
      .connect()
      .then(
        // A reconnect may have missed notifications meanwhile: wake every worker once.
        () => client.query(`listen ${WAKE_CHANNEL}`).then(() => this.workers.forEach((_, name) => this.wake(name))),
      )
      .catch(retry);
  }
}
