import {
  CheckConstraintViolationException,
  DeadlockException,
  ForeignKeyConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.ts';
import { createOrm, type MikroORM } from './orm.ts';
import { driverException, sql, violatedConstraint } from './sql.ts';

describe('raw SQL errors', () => {
  let url: string;
  let orm: MikroORM;
  beforeAll(async () => {
    url = await createTestDatabase();
    orm = await createOrm({ clientUrl: url, poolMax: 2, logger: pino({ level: 'silent' }) });
    await sql(
      orm.em.fork(),
      `insert into organization (id, name, slug, status, archived_at)
      values ('00000000-0000-4000-8000-000000000001', 'Taken', 'taken', 'archived', now())`,
    );
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  it('are MikroORM’s typed exceptions, naming the constraint', async () => {
    const em = orm.em.fork();
    const unique = await sql(
      em,
      `insert into organization (name, slug, status, archived_at)
      values ('Again', 'taken', 'archived', now())`,
    ).catch((error: unknown) => error);
    expect(unique).toBeInstanceOf(UniqueConstraintViolationException);
    expect(violatedConstraint(unique as UniqueConstraintViolationException)).toBe('organization_slug_key');

    const foreignKey = await sql(
      em,
      `insert into banner_dismissal (org_id, user_id, banner_updated_at)
      values ('00000000-0000-4000-8000-000000000001', gen_random_uuid(), now())`,
    ).catch((error: unknown) => error);
    expect(foreignKey).toBeInstanceOf(ForeignKeyConstraintViolationException);

    const check = await sql(em, `update organization set name = '' where slug = 'taken'`).catch(
      (error: unknown) => error,
    );
    expect(check).toBeInstanceOf(CheckConstraintViolationException);
    expect(violatedConstraint(check as CheckConstraintViolationException)).toBe('organization_name_check');

    // Inside a transaction too; the unit of work's own statements throw the same classes.
    const inTransaction = await em
      .transactional((trx) => sql(trx, `update organization set name = '' where slug = 'taken'`))
      .catch((error: unknown) => error);
    expect(inTransaction).toBeInstanceOf(CheckConstraintViolationException);
  });

  it('classifies an error pg raised itself (a refused COMMIT), through wrappers, without changing it', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('begin');
      // No owner at commit: the deferred owner trigger refuses the transaction.
      await client.query(`insert into organization (name, slug) values ('Ownerless', 'ownerless')`);
      const refused = (await client.query('commit').catch((error: unknown) => error)) as Error;
      const message = refused.message;
      const wrapped = new GraphQLError('wrapped', { originalError: refused });
      const typed = driverException(wrapped);
      expect(typed).toBeInstanceOf(CheckConstraintViolationException);
      expect(violatedConstraint(typed!)).toBe('organization_one_active_owner');
      expect(refused.message).toBe(message);

      // Serialization failure and deadlock are both MikroORM's DeadlockException.
      for (const code of ['40001', '40P01']) {
        const conflict = Object.assign(new Error('conflict'), { code, severity: 'ERROR' });
        expect(driverException(conflict)).toBeInstanceOf(DeadlockException);
      }
    } finally {
      await client.end();
    }
    expect(driverException(new Error('not from the database'))).toBeNull();
  });
});
