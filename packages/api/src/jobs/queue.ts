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
}

/**
 * The PostgreSQL-backed job queue (pg-boss). Safe with several API processes: each job is
 * fetched by one worker (SKIP LOCKED), and scheduled jobs are created once per slot. A process
 * that does not `work` (JOBS_ENABLED=false) still sends jobs; the others run them.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    connectionString: string,
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
        retryLimit: definition.retryLimit ?? 8,
        retryDelay: 5,
        retryBackoff: true,
      });
      if (!this.work) continue;
      await this.boss.work<object>(
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
      if (definition.cron) await this.boss.schedule(definition.name, definition.cron, {}, { tz: 'UTC' });
    }
  }

  /** Queues a job; `key` makes it a singleton while one with that key is waiting. */
  async send(name: string, data: object, key?: string): Promise<void> {
    if (!this.started) return;
    await this.boss.send(name, data, key ? { singletonKey: key } : {});
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }
}
