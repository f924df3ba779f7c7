/**
 * What every target is asked: the member page (R2: the first 50; R3: the 50 after position
 * 99,950, by keyset cursor) and a role change, in each target's own dialect, plus the SQL the
 * bare baselines run (the same statements for B0, B1 and B1a).
 */

/** The member page as the console asks for it (ORGPLANE, B1, B1a). */
export const MEMBER_PAGE = /* GraphQL */ `
  query MemberPage($first: Int!, $after: String) {
    members(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          role
          status
          joinedAt
          user {
            id
            email
            displayName
            lastSignInAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** ORGPLANE's role change; `__ID__` and `__VALUE__` are filled per request. */
export const CHANGE_ROLE = /* GraphQL */ `
  mutation ChangeRole($id: ID!, $role: Role!) {
    changeMemberRole(input: { membershipId: $id, role: $role }) {
      member {
        id
        role
      }
    }
  }
`;

/** B1 and B1a's role change. */
export const BARE_CHANGE_ROLE = /* GraphQL */ `
  mutation ChangeRole($id: ID!, $role: String!) {
    changeRole(id: $id, role: $role) {
      id
      role
    }
  }
`;

/**
 * B2 (PostGraphile 4): the same page from its generated `allMemberships` connection, ordered by
 * join time then id, with the member's user through the foreign key.
 */
export const POSTGRAPHILE_PAGE = /* GraphQL */ `
  query MemberPage($org: UUID!, $first: Int!, $offset: Int, $after: Cursor) {
    allMemberships(
      condition: { orgId: $org }
      orderBy: [CREATED_AT_ASC, ID_ASC]
      first: $first
      offset: $offset
      after: $after
    ) {
      edges {
        cursor
        node {
          id
          role
          status
          createdAt
          appUserByUserId {
            id
            email
            displayName
            lastSignInAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** B2's role change: PostGraphile's generated update by primary key (org_id, id). */
export const POSTGRAPHILE_CHANGE_ROLE = /* GraphQL */ `
  mutation ChangeRole($org: UUID!, $id: UUID!, $role: String!) {
    updateMembershipByOrgIdAndId(input: { orgId: $org, id: $id, membershipPatch: { role: $role } }) {
      membership {
        id
        role
      }
    }
  }
`;

/** The baselines' member page: one keyset statement, the user joined, one row past the page. */
export const PAGE_SQL = `
  select m.id, m.role, m.status, m.created_at, m.created_at::text as created_key,
         u.id as user_id, u.email, u.display_name, u.last_sign_in_at
    from membership m join app_user u on u.id = m.user_id
   where m.org_id = $1 and ($2::timestamptz is null or (m.created_at, m.id) > ($2::timestamptz, $3::uuid))
   order by m.created_at, m.id
   limit $4`;

/** The baselines' role change: one UPDATE … RETURNING. */
export const ROLE_SQL = `update membership set role = $3 where org_id = $1 and id = $2 returning id, role`;

/** A keyset cursor as ORGPLANE and B1 write them: the row's `created_at::text` and id. */
export function encodeCursor(createdKey: string, id: string): string {
  return Buffer.from(JSON.stringify([createdKey, id])).toString('base64url');
}

/** The position of a B1 cursor, or null for none. */
export function decodeCursor(cursor: string | null | undefined): [string, string] | null {
  return cursor ? (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string]) : null;
}

/** One usage event per request, its idempotency key unique per request (`__N__`). */
export const RECORD_ONE = JSON.stringify({
  query: /* GraphQL */ `
    mutation RecordUsage($input: RecordUsageInput!) {
      recordUsage(input: $input) {
        recordedCount
      }
    }
  `,
  variables: {
    input: { events: [{ meter: 'workflowRuns', quantity: 1, source: 'bench', idempotencyKey: 'one-__N__' }] },
  },
});

/** Events per request of the batched ingest. */
export const USAGE_BATCH = 100;

/** `USAGE_BATCH` events per request, each with its own key. */
export const RECORD_BATCH = JSON.stringify({
  query: /* GraphQL */ `
    mutation RecordUsage($input: RecordUsageInput!) {
      recordUsage(input: $input) {
        recordedCount
      }
    }
  `,
  variables: {
    input: {
      events: Array.from({ length: USAGE_BATCH }, (_, index) => ({
        meter: 'ragTokens',
        quantity: 100 + index,
        source: 'bench',
        idempotencyKey: `batch-__N__-${index}`,
      })),
    },
  },
});

/** One meter over the last 30 days in day buckets, as the Usage page asks. */
export function usageSeries(meter: string): string {
  return JSON.stringify({
    query: /* GraphQL */ `
      query UsageSeries($meter: String!) {
        usageSeries(meter: $meter, bucket: DAY) {
          start
          quantity
          credits
        }
      }
    `,
    variables: { meter },
  });
}
