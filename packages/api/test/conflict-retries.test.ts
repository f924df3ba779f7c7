import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS } from '../src/graphql/conflict-retries.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { as, codes, signUpUser, type TestUser } from './support/identity.ts';

/**
 * Serialization failures and deadlocks induced by a trigger: workspaces whose name starts with
 * `induced` fail with the given SQLSTATE while a non-transactional sequence (which a rollback does
 * not undo) is below the number of failures asked for. The trigger function runs with its
 * creator's rights: requests run as the application role, which has no grant on these.
 */
describe('serialization failures and deadlocks', () => {
  let api: TestApi;
  let owner: TestUser;
  beforeAll(async () => {
    api = await startTestApi();
    owner = await signUpUser(api);
    await api.query(`create table induced_failure (state text not null, failures int not null)`);
    await api.query(`create sequence induced_attempt`);
    await api.query(`
      create function induce_failure() returns trigger language plpgsql security definer as $$
      declare plan induced_failure;
      begin
        select * into plan from induced_failure limit 1;
        if new.name like 'induced%' and plan is not null and nextval('induced_attempt') <= plan.failures then
          raise exception 'induced failure' using errcode = plan.state;
        end if;
        return new;
      end $$`);
    await api.query(
      `create trigger induce_failure before insert on workspace for each row execute function induce_failure()`,
    );
  });
  afterAll(() => api.stop());

  const induce = async (state: string, failures: number) => {
    await api.query('delete from induced_failure');
    await api.query('insert into induced_failure values ($1, $2)', [state, failures]);
    await api.query(`select setval('induced_attempt', 1, false)`);
  };
  const attempts = async () => {
    const [row] = await api.query<{ last_value: string; is_called: boolean }>(
      'select last_value, is_called from induced_attempt',
    );
    return row!.is_called ? Number(row!.last_value) : 0;
  };
  const create = (name: string) =>
    api.graphql<{ createWorkspace: { workspace: { name: string } } | null }>(
      'mutation($n: String!) { createWorkspace(input: { name: $n }) { workspace { name } } }',
      { n: name },
      as(owner, owner.orgId),
    );
  const count = async (name: string) =>
    (await api.query('select id from workspace where org_id = $1 and name = $2', [owner.orgId, name])).length;

  it.each([
    ['40001', 'serialization failure'],
    ['40P01', 'deadlock'],
  ])('runs a mutation again after a %s (%s) and succeeds once', async (state) => {
    const name = `induced ${state}`;
    await induce(state, MAX_ATTEMPTS - 1);
    const response = await create(name);
    expect(response.errors).toBeUndefined();
    expect(response.data?.createWorkspace?.workspace.name).toBe(name);
    expect(await attempts()).toBe(MAX_ATTEMPTS);
    expect(await count(name)).toBe(1);
  });

  it('gives up after a bounded number of attempts with a typed CONFLICT, never a 500, and changes nothing', async () => {
    const name = 'induced forever';
    await induce('40001', 1000);
    const response = await create(name);
    expect(response.status).toBe(200);
    expect(codes(response)).toEqual(['CONFLICT']);
    expect(JSON.stringify(response.errors)).not.toContain('induced');
    expect(await attempts()).toBe(MAX_ATTEMPTS);
    expect(await count(name)).toBe(0);
  });

  it('does not run other failures again', async () => {
    await induce('23514', 1000);
    const response = await create('induced check violation');
    expect(codes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(await attempts()).toBe(1);
  });

  it('keeps the mutations of a request that succeeded when one between them fails, and retries only that one', async () => {
    const several = () =>
      api.graphql<Record<'first' | 'middle' | 'last', { workspace: { name: string } } | null>>(
        `mutation {
          first: createWorkspace(input: { name: "kept first" }) { workspace { name } }
          middle: createWorkspace(input: { name: "induced in the middle" }) { workspace { name } }
          last: createWorkspace(input: { name: "kept last" }) { workspace { name } }
        }`,
        {},
        as(owner, owner.orgId),
      );
    await induce('23514', 1000);
    const refused = await several();
    expect(codes(refused)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(refused.data).toMatchObject({ first: { workspace: { name: 'kept first' } }, middle: null });
    expect(refused.data?.last?.workspace.name).toBe('kept last');
    expect([await count('kept first'), await count('induced in the middle'), await count('kept last')]).toEqual([
      1, 0, 1,
    ]);

    // A serialization failure of the middle one: it alone runs again, each change saved once.
    await api.query(`delete from workspace where org_id = $1 and name like 'kept %'`, [owner.orgId]);
    await induce('40001', 1);
    const retried = await several();
    expect(retried.errors).toBeUndefined();
    expect(await attempts()).toBe(2);
    expect([await count('kept first'), await count('induced in the middle'), await count('kept last')]).toEqual([
      1, 1, 1,
    ]);
  });
});
