/**
 * P5: what the authorization layer costs per execution, in process: the member page executed
 * against the schema with and without the rules (SQL on both sides), CPU time per execution.
 * Each round times them in the order bare, guarded, guarded, bare (then the reverse in the next
 * round) and averages each side, so neither always runs on a colder or a warmer process.
 */
import { execute, parse } from 'graphql';
import { applyAuthorization } from '../src/graphql/authorization.ts';
import { resolveCaller } from '../src/graphql/caller.ts';
import type { Context } from '../src/graphql/context.ts';
import { buildBareSchema, RULES } from '../src/graphql/schema.ts';
import type { AppServices } from '../src/services.ts';
import { MEMBER_PAGE } from './workloads.ts';

/** Guarded ÷ unguarded CPU per execution, one ratio per round, for 50 and 100 rows. */
export interface AuthorizationOverhead {
  readonly rows50: number[];
  readonly rows100: number[];
}

const RUNS = 200;
const SIDES = ['bare', 'guarded', 'guarded', 'bare'] as const;

/** P5 for `rounds` rounds, as the owner (`token`) of `orgId`, on the owner's connection. */
export async function authorizationOverhead(
  services: AppServices,
  token: string,
  orgId: string,
  rounds: number,
): Promise<AuthorizationOverhead> {
  const bare = await buildBareSchema();
  const guarded = applyAuthorization(await buildBareSchema(), RULES);
  const caller = await resolveCaller(services.orm.em.fork(), services.accessTokens, `Bearer ${token}`, orgId);
  const context = (): Context => ({
    em: services.orm.em.fork(),
    requestId: 'bench',
    logger: services.logger,
    meta: { ip: '127.0.0.1', userAgent: null },
    socketAddress: '127.0.0.1',
    refreshCookie: { value: null, set: () => {}, clear: () => {} },
    deviceCookie: { value: null, set: () => {} },
    services,
    ...caller,
  });
  const document = parse(MEMBER_PAGE);
  const cpuPerExecution = async (schema: typeof bare, first: number) => {
    for (let i = 0; i < 20; i++)
      await execute({ schema, document, variableValues: { first }, contextValue: context() });
    const started = process.cpuUsage();
    for (let i = 0; i < RUNS; i++)
      await execute({ schema, document, variableValues: { first }, contextValue: context() });
    const used = process.cpuUsage(started);
    return (used.user + used.system) / RUNS;
  };
  const result: AuthorizationOverhead = { rows50: [], rows100: [] };
  for (let round = 0; round < rounds; round++) {
    for (const first of [50, 100] as const) {
      const order = round % 2 === 0 ? SIDES : [...SIDES].reverse();
      const total = { bare: 0, guarded: 0 };
      for (const side of order) total[side] += await cpuPerExecution(side === 'bare' ? bare : guarded, first);
      result[first === 50 ? 'rows50' : 'rows100'].push(total.guarded / total.bare);
    }
  }
  return result;
}
