/**
 * ORGPLANE: the real API as production runs it (`startServer` with the configuration the parent
 * puts in the environment: production mode, jobs on). Besides serving, it answers two kinds of
 * commands from the parent: counting the SQL statements requests send (P1 and the role change),
 * and the in-process authorization overhead (P5). Neither runs while load is measured.
 */
import 'reflect-metadata';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server.ts';
import { authorizationOverhead } from '../authorization-overhead.ts';
import { serve } from './child.ts';

/** SQL statements sent while counting, by connection role. */
export interface StatementCount {
  /** On the requests' connection (the application role), BEGIN/COMMIT/savepoints excluded. */
  readonly statements: number;
  /** BEGIN, COMMIT, ROLLBACK, SAVEPOINT and RELEASE on the requests' connection. */
  readonly transactionControl: number;
  /** Anything sent through the owner's connection meanwhile (rate limits, jobs' bookkeeping). */
  readonly ownerStatements: number;
}

const config = loadConfig();
const api = await startServer(config, createLogger(config));

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;
let count = { statements: 0, transactionControl: 0, ownerStatements: 0 };
const onAppQuery = (query: { sql: string }) => {
  if (TRANSACTION_CONTROL.test(query.sql)) count.transactionControl += 1;
  else count.statements += 1;
};
const onOwnerQuery = () => {
  count.ownerStatements += 1;
};
const appKnex = api.services.appOrm.em.getKnex();
const ownerKnex = api.services.orm.em.getKnex();

serve(
  api.url,
  {
    countStart: () => {
      count = { statements: 0, transactionControl: 0, ownerStatements: 0 };
      appKnex.on('query', onAppQuery);
      ownerKnex.on('query', onOwnerQuery);
    },
    countStop: (): StatementCount => {
      appKnex.off('query', onAppQuery);
      ownerKnex.off('query', onOwnerQuery);
      return count;
    },
    authorizationOverhead: (command) =>
      authorizationOverhead(api.services, command.token as string, command.orgId as string, command.rounds as number),
  },
  () => api.stop(),
);
