import type { EntityClass } from '@mikro-orm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MikroORM } from '../database/orm.ts';
import type { RuleMap } from '../graphql/authorization.ts';
import type { JobDefinition } from '../jobs/queue.ts';
import type { AppServices } from '../services.ts';

/** A resolver class, as type-graphql takes it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver list type
export type ResolverClass = Function;

/**
 * An operator command, run as `pnpm --filter @orgplane/api cli <name> [args]`. It works as the
 * schema owner (`openOrm`, opened on first call and closed by `src/cli.ts`), across tenants.
 */
export interface CliCommand {
  readonly name: string;
  /** The command with its arguments, shown when it is called wrongly. */
  readonly usage: string;
  /**
   * Runs the command; returns false when the arguments are wrong (the usage is shown, exit 2).
   * A failure is thrown or sets `process.exitCode`.
   */
  run(args: readonly string[], openOrm: () => Promise<MikroORM>): Promise<boolean>;
}

/**
 * A plain HTTP route outside GraphQL (a file download), added to the Fastify app as it is. It
 * runs after the app's request id and drain hooks; it does its own authentication.
 */
export interface HttpRoute {
  readonly method: 'GET';
  /** A Fastify path (`/exports/:token`). */
  readonly url: string;
  handler(request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
}

/**
 * One capability of the API, declared once in `modules/<name>/index.ts` and listed once in
 * `MODULES`: the schema, the authorization rules, the ORM, the job queue and the command line
 * all take their part from here.
 */
export interface ApiModule {
  /** The module's folder under `src/modules/`. */
  readonly name: string;
  /** Its type-graphql resolver classes: the root fields and field resolvers it owns. */
  readonly resolvers?: readonly ResolverClass[];
  /**
   * Its slice of the shield rules: every root field its resolvers define, and the types and
   * fields it owns. A rule for another module's field is refused by `modules.test.ts`.
   */
  readonly rules?: RuleMap;
  /** Its MikroORM entity classes. */
  readonly entities?: readonly EntityClass<object>[];
  /**
   * Its background jobs, built once per process from the process-wide services. Every process
   * declares them (so any can queue them); only processes with JOBS_ENABLED work them.
   */
  readonly jobs?: (services: AppServices) => readonly JobDefinition<object>[];
  /** Its operator commands. */
  readonly commands?: readonly CliCommand[];
  /** Its HTTP routes besides `/graphql`, built once per process from the process-wide services. */
  readonly routes?: (services: AppServices) => readonly HttpRoute[];
}

/** Declares a module (an identity function that checks the shape). */
export function defineModule(module: ApiModule): ApiModule {
  return module;
}
