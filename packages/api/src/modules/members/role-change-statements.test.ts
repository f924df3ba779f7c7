import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { as, signUpUser } from '../../../test/support/identity.ts';
import { addMember, CHANGE_MEMBER_ROLE } from '../../../test/support/members.ts';

/** SQL statements a request sends on the requests' connection, transaction control apart. */
function statementCounter(api: TestApi) {
  const seen: string[] = [];
  api.services.appOrm.em.getKnex().on('query', (query: { sql: string }) => {
    if (!/^\s*(begin|commit|rollback|savepoint|release)\b/i.test(query.sql)) seen.push(query.sql);
  });
  return {
    async during(work: () => Promise<unknown>): Promise<string[]> {
      seen.length = 0;
      await work();
      return seen.splice(0);
    },
  };
}

/** A role change is a hot write: the caller check, the locking read of both rows with the org, then the change with its audit entry. */
describe('role change statements', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
  });
  afterAll(() => api.stop());

  it('changes a role in 3 statements, with its audit entry', async () => {
    const owner = await signUpUser(api);
    const member = await addMember(api, owner, 'MEMBER');
    const counter = statementCounter(api);
    const inOrg = { ...as(owner), 'x-tenant-id': owner.orgId };

    for (const role of ['VIEWER', 'MANAGER'] as const) {
      let changedTo: string | undefined;
      const statements = await counter.during(async () => {
        const answer = await api.request(CHANGE_MEMBER_ROLE, { membershipId: member.membershipId, role }, inOrg);
        changedTo = answer.data?.changeMemberRole?.member.role;
      });
      expect(changedTo).toBe(role);
      expect(statements.length, statements.join('\n')).toBe(3);
    }
    const audit = await api.query<{ before: { role: string }; after: { role: string } }>(
      `select before, after from audit_event where org_id = $1 and action = 'member.role_changed' order by created_at`,
      [owner.orgId],
    );
    expect(audit.map((row) => [row.before.role, row.after.role])).toEqual([
      ['member', 'viewer'],
      ['viewer', 'manager'],
    ]);
  });
});
