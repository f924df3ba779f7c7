/**
 * B1 and B1a: a bare Apollo Server 5 (standalone) with hand-written resolvers running the
 * baselines' SQL; dates answered as ISO strings, as ORGPLANE answers them.
 *
 * B1 (`BENCH_GUARD` unset) does no auth and reads as the database owner. B1a
 * (`BENCH_GUARD=session`) does what ORGPLANE does for every signed-in request: verifies the
 * Ed25519 access token with ORGPLANE's own `AccessTokens.verify`, then, in a transaction on the
 * application role (bound by row-level security), calls `app_enter_session(…)` — the session and
 * tenant check that also enters the tenant — and runs the resolver's SQL in that transaction,
 * committed before the answer is sent.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { loadConfig } from '../../src/config.ts';
import { isUuid } from '../../src/graphql/errors.ts';
import { AccessTokens } from '../../src/security/access-tokens.ts';
import { loadServerSecrets } from '../../src/security/secrets.ts';
import { decodeCursor, encodeCursor, PAGE_SQL, ROLE_SQL } from '../workloads.ts';
import { required, serve } from './child.ts';

interface Context {
  readonly db: pg.Pool | pg.PoolClient;
  readonly orgId: string;
}

interface PageRow {
  id: string;
  role: string;
  status: string;
  created_at: Date;
  created_key: string;
  user_id: string;
  email: string;
  display_name: string;
  last_sign_in_at: Date | null;
}

const guarded = process.env.BENCH_GUARD === 'session';
const pool = new pg.Pool({ connectionString: required('DATABASE_URL'), max: 10 });
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

function refuse(code: string, status: number): GraphQLError {
  return new GraphQLError(code, { extensions: { code, http: { status } } });
}

/** B1: every request reads the one seeded organization as the owner. */
function unguardedContext(): Context {
  return { db: pool, orgId: required('BENCH_ORG_ID') };
}

/** B1a: ORGPLANE's token check, then its session and tenant check in the request transaction. */
async function guardedContext(tokens: AccessTokens, authorization?: string, tenant?: string): Promise<Context> {
  const token = BEARER.exec(authorization ?? '')?.[1];
  const claims = token ? tokens.verify(token) : null;
  if (!claims || claims.kind !== 'user') throw refuse('UNAUTHENTICATED', 401);
  const client = await pool.connect();
  try {
    await client.query('begin');
    const byId = tenant && isUuid(tenant) ? tenant : null;
    const {
      rows: [row],
    } = await client.query<{ org_id: string | null; role: string | null }>(
      'select * from app_enter_session($1, $2, $3, $4, $5)',
      [claims.sessionId, claims.userId, tenant ?? null, byId, tenant && !byId ? tenant : null],
    );
    if (!row) throw refuse('UNAUTHENTICATED', 401);
    if (!row.org_id || !row.role) throw refuse('TENANT_NOT_FOUND', 403);
    return { db: client, orgId: row.org_id };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    client.release();
    throw error;
  }
}

/** B1a: commits the request transaction before the answer is sent (rolls back after errors). */
const requestTransaction: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, errors }) {
        const { db } = contextValue;
        if (db === pool) return;
        const client = db as pg.PoolClient;
        await client.query(errors?.length ? 'rollback' : 'commit');
        client.release();
      },
    };
  },
};

const server = new ApolloServer<Context>({
  typeDefs: `
    type User { id: ID! email: String! displayName: String! lastSignInAt: String }
    type Member { id: ID! role: String! status: String! joinedAt: String! user: User! }
    type MemberEdge { cursor: String! node: Member! }
    type PageInfo { hasNextPage: Boolean! endCursor: String }
    type MemberConnection { edges: [MemberEdge!]! pageInfo: PageInfo! }
    type RoleChange { id: ID! role: String! }
    type Query { members(first: Int!, after: String): MemberConnection! }
    type Mutation { changeRole(id: ID!, role: String!): RoleChange! }`,
  resolvers: {
    Query: {
      members: async (_: unknown, args: { first: number; after?: string | null }, { db, orgId }: Context) => {
        const after = decodeCursor(args.after);
        const { rows } = await db.query<PageRow>(PAGE_SQL, [
          orgId,
          after?.[0] ?? null,
          after?.[1] ?? null,
          args.first + 1,
        ]);
        const edges = rows.slice(0, args.first).map((row) => ({
          cursor: encodeCursor(row.created_key, row.id),
          node: {
            id: row.id,
            role: row.role,
            status: row.status,
            joinedAt: row.created_at.toISOString(),
            user: {
              id: row.user_id,
              email: row.email,
              displayName: row.display_name,
              lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
            },
          },
        }));
        return {
          edges,
          pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
        };
      },
    },
    Mutation: {
      changeRole: async (_: unknown, args: { id: string; role: string }, { db, orgId }: Context) => {
        const { rows } = await db.query<{ id: string; role: string }>(ROLE_SQL, [orgId, args.id, args.role]);
        if (!rows[0]) throw refuse('NOT_FOUND', 200);
        return rows[0];
      },
    },
  },
  plugins: guarded ? [requestTransaction] : [],
});

let context: (request: { authorization?: string; tenant?: string }) => Promise<Context> = async () =>
  unguardedContext();
if (guarded) {
  const config = loadConfig();
  const tokens = new AccessTokens(await loadServerSecrets(config), {
    ...config.jwt,
    ttlSeconds: config.jwt.accessTokenTtlSeconds,
  });
  context = ({ authorization, tenant }) => guardedContext(tokens, authorization, tenant);
}

const { url } = await startStandaloneServer(server, {
  listen: { port: 0, host: '127.0.0.1' },
  context: ({ req }) =>
    context({ authorization: req.headers.authorization, tenant: req.headers['x-tenant-id'] as string | undefined }),
});

serve(url.replace(/\/$/, ''), {}, async () => {
  await server.stop();
  await pool.end();
});
