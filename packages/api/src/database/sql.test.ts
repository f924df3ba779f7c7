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
import type { EntityManager } from '@mikro-orm/postgresql';
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

  it('binds every ? in order, answers …_at columns as Dates in any session time zone, and borrows and returns pool connections', async () => {
    const em = orm.em.fork();
    const [row] = await sql<{ a: string; b: number[]; label: string; created_at: Date }>(
      em,
      `select ?::text as a, ?::int[] as b, ?::text as label,
              timestamptz '2026-11-22 05:38:54.123456+00' as created_at`,
      ['first', [1, 2], 'third'],
    );
    expect(row).toMatchObject({ a: 'first', b: [1, 2], label: 'third' });
    expect(row!.created_at).toEqual(new Date('2026-11-22T05:38:54.123Z'));

    // A session in another time zone: PostgreSQL writes the offset (+05:30), the Date is the same instant.
    const [zoned] = await em.transactional(async (trx) => {
      await sql(trx, `set local time zone 'Asia/Kolkata'`);
      return sql<{ seen_at: Date }>(trx, `select timestamptz '2026-11-22 05:38:54.5+00' as seen_at`);
    });
    expect(zoned!.seen_at).toEqual(new Date('2026-11-22T05:38:54.500Z'));

    // Out of a transaction each statement borrows a pool connection and gives it back: more
    // statements than the pool (2) has connections all run.
    const many = await Promise.all(
      Array.from({ length: 6 }, (_, n) => sql<{ n: number }>(em, 'select ?::int as n', [n])),
    );
    expect(many.map(([answer]) => answer!.n)).toEqual([0, 1, 2, 3, 4, 5]);
    await expect(sql(em, 'select ?::int', [undefined])).rejects.toThrow(/Undefined binding/);
  });

  it('refuses a statement on a transaction that has ended (its connection is back in the pool)', async () => {
    let ended: EntityManager | undefined;
    await orm.em.fork().transactional(async (trx) => {
      ended = trx;
      await sql(trx, 'select 1');
    });
    await expect(sql(ended!, 'select 1')).rejects.toThrow(/Transaction completed/);
  });
});
