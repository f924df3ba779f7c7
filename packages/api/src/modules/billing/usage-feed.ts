import pg from 'pg';
import { databaseUnavailableReason } from '../../database/unavailable.ts';
import type { Logger } from '../../logger.ts';

/** The channel `recordUsage` notifies (with the org id) when its transaction commits events. */
export const USAGE_CHANNEL = 'orgplane_usage';

/**
 * Where live usage comes from in this process: one connection LISTENs on `USAGE_CHANNEL`, so an
 * event recorded through any API process reaches the subscribers of every process (PostgreSQL
 * delivers a NOTIFY only once its transaction committed). Subscribers of an org get a wake-up per
 * notification; bursts coalesce (a subscriber that is still busy sees one wake-up, not a queue).
 * The connection reconnects after a second when it drops, and wakes every subscriber then, since
 * notifications may have been missed meanwhile.
 */
export class UsageFeed {
  private readonly subscribers = new Map<string, Set<() => void>>();
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly logger: Logger,
  ) {}

  /**
   * The wake-ups for one org, as an async iterator that ends when the consumer returns (the
   * subscription closed). The first value comes at once, so a new subscriber starts from the
   * current totals.
   */
  subscribe(orgId: string): AsyncIterableIterator<true> {
    let dirty = true;
    let waiting: ((result: IteratorResult<true>) => void) | null = null;
    let done = false;
    const wake = () => {
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: true, done: false });
      } else dirty = true;
    };
    const set = this.subscribers.get(orgId) ?? new Set();
    set.add(wake);
    this.subscribers.set(orgId, set);
    this.listen();
    const finish = (): Promise<IteratorResult<true>> => {
      done = true;
      set.delete(wake);
      if (set.size === 0) this.subscribers.delete(orgId);
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (done) return Promise.resolve({ value: undefined, done: true });
        if (dirty) {
          dirty = false;
          return Promise.resolve({ value: true, done: false });
        }
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: finish,
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  /** Starts listening on first use; one connection per process. */
  private listen(): void {
    if (this.client || this.timer || this.stopped) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'orgplane-usage-feed' });
    this.client = client;
    let retried = false;
    const retry = (error?: unknown) => {
      if (retried) return;
      retried = true;
      if (error && !databaseUnavailableReason(error)) this.logger.warn({ err: error }, 'usage feed: listener failed');
      void client.end().catch(() => {});
      if (this.client !== client || this.stopped) return;
      this.client = null;
      this.timer = setTimeout(() => {
        this.timer = null;
        if (this.subscribers.size) this.listen();
      }, 1000);
      this.timer.unref();
    };
    client.on('notification', (message) => {
      if (message.payload) this.subscribers.get(message.payload)?.forEach((wake) => wake());
    });
    client.on('error', retry);
    client.on('end', () => retry());
    client
      .connect()
      .then(() => client.query(`listen ${USAGE_CHANNEL}`))
      .then(() => this.subscribers.forEach((set) => set.forEach((wake) => wake())))
      .catch(retry);
  }
}
