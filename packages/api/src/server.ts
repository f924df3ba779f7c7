import http from 'node:http';
import type { AddressInfo } from 'node:net';
import v8 from 'node:v8';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from './config.ts';
import { assertBoundByRowLevelSecurity, provisionAppRole } from './database/app-role.ts';
import { openDatabaseServer } from './database/database.ts';
import { createOrm, migrate } from './database/orm.ts';
import { databaseUnavailableReason } from './database/unavailable.ts';
import type { Context } from './graphql/context.ts';
import { queryShapeLimits } from './graphql/limits.ts';
import { clientError, createErrorFormatter, rateLimitedPlugin, serviceUnavailablePlugin } from './graphql/errors.ts';
import { idempotencyJobs, idempotencyPlugin } from './graphql/idempotency.ts';
import { requestTransactionPlugin } from './graphql/request-transaction.ts';
import { buildApiSchema } from './graphql/schema.ts';
import { serveSubscriptions } from './http/subscriptions.ts';
import { UsageFeed } from './modules/billing/usage-feed.ts';
import { createApp } from './http/app.ts';
import { HttpDrain } from './http/drain.ts';
import { JobQueue } from './jobs/queue.ts';
import type { Logger } from './logger.ts';
import { MODULES } from './modules/index.ts';
import { AccessTokens } from './security/access-tokens.ts';
import { configurePasswordHashing } from './security/passwords.ts';
import { RateLimits } from './security/rate-limits.ts';
import { loadServerSecrets } from './security/secrets.ts';
import type { AppServices } from './services.ts';

/** A running API: where it listens and how to stop it gracefully. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** The process-wide services (tests use them to run jobs on demand). */
  readonly services: AppServices;
  /**
   * Fails readiness and refuses new requests at once (503 + `Connection: close`), finishes the
   * ones in flight, then closes the pool and stops the embedded database.
   */
  stop(): Promise<void>;
}

/**
 * How far (in percent) V8 lets the old generation grow past what the last full collection kept
 * before it collects again. V8's default on a machine with memory to spare lets it grow several
 * times over; a busy API steadily promotes short-lived request objects there, so resident memory
 * climbed to about 285 MiB after 20,000 member pages with some 50 MiB live. At 20 % a full
 * collection runs every few thousand requests and the same run ends near 165 MiB, with no CPU
 * difference the bench could tell from noise (docs/performance.md). V8 reads the flag at every collection, so setting it
 * once the process runs takes effect however node was started.
 */
const HEAP_GROWING_PERCENT = 20;

/**
 * Starts the whole API: the database (embedded unless `DATABASE_URL`), migrations, the schema
 * with its authorization, and the HTTP server.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const database = await openDatabaseServer(config, logger);
  const cleanups: Array<() => Promise<void>> = [() => database.stop()];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => logger.error({ err: error }, 'shutdown step failed'));
    }
  };
  try {
    const orm = await createOrm({ clientUrl: database.url, poolMax: config.databasePoolMax, logger });
    cleanups.push(() => orm.close());
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    const appUrl = config.databaseAppUrl ?? (await provisionAppRole(database.url)).url;
    const appOrm = await createOrm({ clientUrl: appUrl, poolMax: config.databasePoolMax, logger });
    cleanups.push(() => appOrm.close());
    await assertBoundByRowLevelSecurity((text) => appOrm.em.getConnection().execute(text));

    const secrets = await loadServerSecrets(config);
    configurePasswordHashing(config.passwordHashing);
    const queue = new JobQueue(database.url, logger, config.env === 'test' ? 0.5 : 2, config.jobsEnabled);
    const usageFeed = new UsageFeed(database.url, logger);
    cleanups.push(() => usageFeed.stop());
    const services: AppServices = {
      config,
      logger,
      orm,
      appOrm,
      secrets,
      accessTokens: new AccessTokens(secrets, { ...config.jwt, ttlSeconds: config.jwt.accessTokenTtlSeconds }),
      rateLimits: new RateLimits(orm.em.getKnex(), secrets.dataEncryptionKey),
      queue,
      usageFeed,
      mailboxEnabled: config.devMailbox && !config.smtpUrl,
    };
    // Every process sends jobs; only those with JOBS_ENABLED run them.
    const jobs = [...MODULES.flatMap((module) => module.jobs?.(services) ?? []), ...idempotencyJobs(orm, logger)];
    await queue.start(jobs);
    cleanups.push(() => queue.stop());

    const httpServer = http.createServer();
    const limits = queryShapeLimits({ production: config.env === 'production', logger });
    const schema = await buildApiSchema();
    const apollo = new ApolloServer<Context>({
      schema,
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
      allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
      introspection: config.env !== 'production',
      hideSchemaDetailsFromClientErrors: config.env === 'production',
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      stopOnTerminationSignals: false,
      formatError: createErrorFormatter(),
      // Compact JSON: Apollo pretty-prints answers by default, a fifth more bytes and CPU per answer.
      stringifyResult: (result) => JSON.stringify(result),
      plugins: [
        // No HTTP caching of GraphQL answers here (every answer depends on the caller); without this,
        // Apollo wraps every field resolver to compute cache hints nobody reads.
        ApolloServerPluginCacheControlDisabled(),
        ...limits.plugins,
        // Before serviceUnavailablePlugin: a commit that fails for an outage becomes a 503 there.
        requestTransactionPlugin(),
        serviceUnavailablePlugin(),
        rateLimitedPlugin(),
        idempotencyPlugin(),
        {
          async requestDidStart() {
            return {
              async didEncounterErrors({ errors, contextValue }) {
                // A database outage fails every field at once: one warning per request, no stacks.
                const reasons = errors.map(databaseUnavailableReason);
                const outage = reasons.find((reason) => reason !== null);
                if (outage) contextValue.logger?.warn({ reason: outage }, 'database unavailable');
                errors.forEach((error, index) => {
                  if (reasons[index]) return;
                  // A client's mistake or a refusal is routine: one info line with the code, no stack.
                  const refusal = clientError(error);
                  const logger = contextValue.logger ?? services.logger;
                  if (refusal) logger.info({ ...refusal, path: error.path }, 'request refused');
                  else logger.error({ err: error }, 'unexpected GraphQL error');
                });
              },
            };
          },
        },
      ],
    });
    await apollo.start();
    cleanups.push(() => apollo.stop());

    const drain = new HttpDrain();
    await createApp({ services, apollo, drain, server: httpServer });
    // Closed before the HTTP drain: open sockets would otherwise hold the server open.
    const stopSubscriptions = serveSubscriptions(httpServer, schema, services);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, resolve);
    });
    // The first step of stopping: requests drain before Apollo, the jobs and the pool stop.
    cleanups.push(() => drain.close(httpServer, config.shutdownTimeoutMs));
    cleanups.push(stopSubscriptions);
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${config.host}:${port}`;
    logger.info({ url, embeddedDatabase: database.embedded }, 'API listening');
    return { url, port, services, stop: cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
