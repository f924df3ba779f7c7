import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiProcess, type ApiProcess } from './support/api-process.ts';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/api.ts';
import { as, signUpUser, type TestUser } from './support/identity.ts';
import { addMember, ownMembershipId } from './support/members.ts';

/**
 * QUALITY 7: random concurrent ownership transfers, role changes and archives from two API
 * processes on one database leave every org with exactly one active owner.
 */
describe('exactly one owner under concurrency, across two API processes', () => {
  let first: TestApi;
  let second: ApiProcess;
  beforeAll(async () => {
    first = await startTestApi({ DEV_MAILBOX: 'true' });
    second = await startApiProcess({ DATABASE_URL: first.databaseUrl, JOBS_ENABLED: 'false', LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  async function viaSecond(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<GraphQLResponse> {
    const response = await fetch(`${second.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  const TRANSFER =
    'mutation($id: ID!, $p: String!) { transferOwnership(input: { targetMembershipId: $id, password: $p }) { newOwner { id } } }';
  const CHANGE_ROLE =
    'mutation($id: ID!, $role: Role!) { changeMemberRole(input: { membershipId: $id, role: $role }) { member { id } } }';
  const ARCHIVE = 'mutation($id: ID!) { archiveMember(input: { membershipId: $id }) { member { id } } }';
  const REACTIVATE = 'mutation($id: ID!) { reactivateMember(input: { membershipId: $id }) { member { id } } }';

  it('holds over many trials of random concurrent operations', async () => {
    const founder = await signUpUser(first);
    const people: Array<TestUser & { membershipId: string }> = [
      { ...founder, membershipId: await ownMembershipId(first, founder) },
      ...(await Promise.all([0, 1, 2, 3].map(() => addMember(first, founder, 'ADMIN')))),
    ];
    const random = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

    for (let trial = 0; trial < 8; trial++) {
      // One transfer per trial that is valid when it starts (the current owner to an admin),
      // racing the random operations below.
      const [{ user_id: ownerId }] = (await first.query<{ user_id: string }>(
        "select user_id from membership where org_id = $1 and role = 'owner' and status = 'active'",
        [founder.orgId],
      )) as [{ user_id: string }];
      const currentOwner = people.find((person) => person.userId === ownerId)!;
      const heir = random(people.filter((person) => person !== currentOwner));
      const planned = (trial % 2 === 0 ? first.graphql.bind(first) : viaSecond)(
        TRANSFER,
        { id: heir.membershipId, p: currentOwner.password },
        as(currentOwner, founder.orgId),
      );
      const operations = Array.from({ length: 24 }, (_, index) => {
        const actor = random(people);
        const target = random(people);
        const send = index % 2 === 0 ? first.graphql.bind(first) : viaSecond;
        const headers = as(actor, founder.orgId);
        switch (Math.floor(Math.random() * 4)) {
          case 0:
            return send(TRANSFER, { id: target.membershipId, p: actor.password }, headers);
          case 1:
            return send(CHANGE_ROLE, { id: target.membershipId, role: random(['ADMIN', 'MANAGER', 'ADMIN']) }, headers);
          case 2:
            return send(ARCHIVE, { id: target.membershipId }, headers);
          default:
            return send(REACTIVATE, { id: target.membershipId }, headers);
        }
      });
      const answers = await Promise.all([planned, ...operations]);
      for (const answer of answers) {
        for (const error of answer.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }
      const [{ n }] = (await first.query<{ n: number }>(
        "select count(*)::int as n from membership where org_id = $1 and role = 'owner' and status = 'active'",
        [founder.orgId],
      )) as [{ n: number }];
      expect(n, `trial ${trial}`).toBe(1);
      // Keep enough admins around for transfers to keep happening.
      await first.query("update membership set status = 'active' where org_id = $1", [founder.orgId]);
      await first.query("update membership set role = 'admin' where org_id = $1 and role <> 'owner'", [founder.orgId]);
    }
    const transfers = await first.query<{ n: number }>(
      "select count(*)::int as n from audit_event where org_id = $1 and action = 'organization.ownership_transferred'",
      [founder.orgId],
    );
    expect(transfers[0]!.n).toBeGreaterThan(0);
  }, 120_000);
});
