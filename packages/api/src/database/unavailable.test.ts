import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { databaseUnavailableReason, isDatabaseUnavailable } from './unavailable.ts';

/** An error shaped like the driver's: a message and, often, a code. */
const driverError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('isDatabaseUnavailable', () => {
  it('recognizes a database that is down, restarting or not answering, however deeply wrapped', () => {
    const unavailable = [
      driverError('connect ECONNREFUSED 127.0.0.1:54329', 'ECONNREFUSED'),
      driverError('read ECONNRESET', 'ECONNRESET'),
      driverError('insert into workspace … - terminating connection due to administrator command', '57P01'),
      driverError('the database system is starting up', '57P03'),
      driverError('the database system is shutting down', '57P03'),
      driverError('connection failure', '08006'),
      driverError('select 1 - Connection terminated unexpectedly'),
      driverError('Client has encountered a connection error and is not queryable'),
      driverError('timeout expired'),
      driverError(
        'Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
      ),
      new GraphQLError('Unexpected error.', { originalError: driverError('connect ECONNREFUSED', 'ECONNREFUSED') }),
      new Error('wrapped', { cause: driverError('x - terminating connection due to administrator command', '57P01') }),
    ];
    expect(unavailable.filter((error) => !isDatabaseUnavailable(error))).toEqual([]);
  });

  it('leaves bugs and queries the database refused alone', () => {
    const other = [
      driverError('duplicate key value violates unique constraint "workspace_org_slug_unique"', '23505'),
      driverError('could not serialize access due to concurrent update', '40001'),
      driverError('canceling statement due to statement timeout', '57014'),
      driverError('select "timeout expired" from t - syntax error at or near "from"', '42601'),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      'ECONNREFUSED',
      null,
    ];
    expect(other.filter((error) => isDatabaseUnavailable(error))).toEqual([]);
  });

  it('names the reason in the driver’s words, without the SQL', () => {
    expect(
      databaseUnavailableReason(
        driverError('insert into workspace … - terminating connection due to administrator command', '57P01'),
      ),
    ).toEqual({ code: '57P01', message: 'terminating connection due to administrator command' });
  });
});
