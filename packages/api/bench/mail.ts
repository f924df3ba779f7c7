/**
 * The mail section of `pnpm bench`: how fast the outbox reaches a real SMTP server on loopback
 * (smtp-server, as the tests use). M2 runs first, on an empty outbox. M1 writes `MAIL_COUNT` emails to the outbox in one transaction
 * and times them from the commit until the receiver has accepted every one; M2 invites 50
 * addresses through the GraphQL `inviteMembers` mutation and times them from the request until
 * the 50th invitation arrives. The API runs with jobs on, as one production process would.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Logger } from 'pino';
import { SMTPServer } from 'smtp-server';
import { parseConfig } from '../src/config.ts';
import { createDatabaseIfMissing } from '../src/database/database.ts';
import { Outbox } from '../src/modules/mail/mail.service.ts';
import { startServer } from '../src/server.ts';
import { insertSubscription } from './seed.ts';

const MAIL_COUNT = Number(process.env.BENCH_MAILS ?? 1000);
/** How long each measure may wait for its mail; what arrived by then is reported. */
const DEADLINE_MS = Number(process.env.BENCH_MAIL_DEADLINE_MS ?? 120_000);

export interface MailBenchResult {
  /**
   * M1: emails written, delivered before the deadline, seconds from commit to the last, rate, and
   * this process's CPU per email meanwhile (API and receiver; PostgreSQL's work not included).
   */
  throughput: { mails: number; delivered: number; seconds: number; perSecond: number; cpuMsPerMail: number };
  /** M2: a 50-address invitation: the request, then the time until the 50th mail arrived. */
  invitation50: { requestMs: number; delivered: number; seconds: number };
}

/** An SMTP server on loopback that counts recipients (no parsing, so it is not the bottleneck). */
async function startReceiver(): Promise<{
  url: string;
  waitFor(match: (to: string) => boolean, count: number, deadline: number): Promise<number>;
  close(): Promise<void>;
}> {
  const received: string[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 1000,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        for (const rcpt of session.envelope.rcptTo) received.push(rcpt.address);
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** Resolves with how many matching mails arrived, once `count` did or at `deadline`. */
    async waitFor(match, count, deadline) {
      for (;;) {
        const seen = received.filter(match).length;
        const remaining = deadline - performance.now();
        if (seen >= count || remaining <= 0) return seen;
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, Math.min(remaining, 1000));
          waiters.add(wake);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Seeds an organization with one owner and a session; the owner's user and session ids. */
async function seedOwner(url: string): Promise<{ orgId: string; userId: string; sessionId: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One transaction: the organization's one-owner check runs at commit.
    await client.query('begin');
    const {
      rows: [org],
    } = await client.query<{ id: string }>(
      `insert into organization (name, slug) values ('Mail Bench', 'mail-bench') returning id`,
    );
    const {
      rows: [user],
    } = await client.query<{ id: string }>(
      `insert into app_user (email, display_name, password_hash) values ('owner@mail-bench.test', 'Owner', 'x') returning id`,
    );
    await client.query(`insert into membership (org_id, user_id, role) values ($1, $2, 'owner')`, [org!.id, user!.id]);
    await insertSubscription(client, org!.id);
    const {
      rows: [session],
    } = await client.query<{ id: string }>(
      `insert into session (user_id, expires_at) values ($1, now() + interval '1 day') returning id`,
      [user!.id],
    );
    await client.query('commit');
    return { orgId: org!.id, userId: user!.id, sessionId: session!.id };
  } finally {
    await client.end();
  }
}

const INVITE = `mutation($input: InviteMembersInput!) {
  inviteMembers(input: $input) { results { email error { code } } }
}`;

/** Runs M1 and M2 against a fresh database `bench_mail` of the cluster at `adminUrl`. */
export async function benchMail(options: {
  adminUrl: string;
  urlFor(database: string): string;
  dataDir: string;
  logger: Logger;
}): Promise<MailBenchResult> {
  const receiver = await startReceiver();
  await createDatabaseIfMissing(options.adminUrl, 'bench_mail');
  const { generateKeyPairSync } = await import('node:crypto');
  const config = parseConfig({
    NODE_ENV: 'production',
    DATABASE_URL: options.urlFor('bench_mail'),
    API_PORT: '0',
    LOG_LEVEL: 'warn',
    DATA_DIR: options.dataDir,
    JOBS_ENABLED: 'true',
    SMTP_URL: receiver.url,
    JWT_PRIVATE_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    JWT_KEY_ID: 'bench-mail',
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  });
  const api = await startServer(config, options.logger);
  try {
    // M2: a 50-address invitation through GraphQL.
    const owner = await seedOwner(config.databaseUrl!);
    const { token } = await api.services.accessTokens.issue({ userId: owner.userId, sessionId: owner.sessionId });
    const started = performance.now();
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-tenant-id': owner.orgId },
      body: JSON.stringify({
        query: INVITE,
        variables: {
          input: {
            invitations: Array.from({ length: 50 }, (_, n) => ({ email: `i${n}@invite.test`, role: 'MEMBER' })),
          },
        },
      }),
    });
    const answer = (await response.json()) as {
      errors?: unknown;
      data?: { inviteMembers: { results: Array<{ error: unknown }> } };
    };
    const requestMs = performance.now() - started;
    if (answer.errors || answer.data?.inviteMembers.results.some((result) => result.error)) {
      throw new Error(`inviteMembers failed: ${JSON.stringify(answer).slice(0, 300)}`);
    }
    const invited = await receiver.waitFor((to) => to.endsWith('@invite.test'), 50, started + DEADLINE_MS);
    const invitedSeconds = (performance.now() - started) / 1000;

    // M1: MAIL_COUNT emails committed at once.
    const outbox = new Outbox(api.services.secrets.dataEncryptionKey);
    const em = api.services.orm.em.fork();
    await em.transactional(async (tx) => {
      for (let n = 0; n < MAIL_COUNT; n++) {
        outbox.queue(tx, `m${n}@throughput.test`, {
          template: 'bench',
          subject: `Bench mail ${n}`,
          text: `Mail number ${n}.`,
          html: `<p>Mail number ${n}.</p>`,
        });
      }
    });
    const committed = performance.now();
    const cpu = process.cpuUsage();
    await outbox.dispatch(api.services.queue, em);
    const delivered = await receiver.waitFor(
      (to) => to.endsWith('@throughput.test'),
      MAIL_COUNT,
      committed + DEADLINE_MS,
    );
    const seconds = (performance.now() - committed) / 1000;
    const cpuUsed = process.cpuUsage(cpu);

    return {
      throughput: {
        mails: MAIL_COUNT,
        delivered,
        seconds: Math.round(seconds * 100) / 100,
        perSecond: Math.round((delivered / seconds) * 10) / 10,
        cpuMsPerMail: Math.round(((cpuUsed.user + cpuUsed.system) / 1000 / Math.max(delivered, 1)) * 100) / 100,
      },
      invitation50: {
        requestMs: Math.round(requestMs),
        delivered: invited,
        seconds: Math.round(invitedSeconds * 100) / 100,
      },
    };
  } finally {
    await api.stop();
    await receiver.close();
  }
}
