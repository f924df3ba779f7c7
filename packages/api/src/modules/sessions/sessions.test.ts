import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../security/crypto.ts';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { REFRESH_RETRY_GRACE_SECONDS } from './session.service.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';

const REFRESH = /* GraphQL */ `
  mutation Refresh($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      tokens {
        accessToken
        refreshToken
        sessionId
      }
    }
  }
`;
const VIEWER = '{ viewer { user { id } } }';

interface RefreshData {
  refreshSession: { tokens: { accessToken: string; refreshToken: string | null; sessionId: string } };
}

describe('sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  const refresh = (user: TestUser, refreshToken: string) =>
    api.graphql<RefreshData>(REFRESH, { input: { refreshToken } }, { 'x-forwarded-for': user.ip });

  /** Moves the rotation of `refreshToken` `seconds` into the past. */
  const rotatedAgo = (refreshToken: string, seconds: number) =>
    api.query('update refresh_token set used_at = used_at - make_interval(secs => $2) where token_hash = $1', [
      hashToken(refreshToken),
      seconds,
    ]);
  const sessionState = async (sessionId: string) =>
    (
      await api.query<{ revoked_reason: string | null }>('select revoked_reason from session where id = $1', [
        sessionId,
      ])
    )[0];
  const viewerWith = (user: TestUser, accessToken: string) => api.graphql(VIEWER, {}, as({ ...user, accessToken }));

  it('rotates the refresh token on every use', async () => {
    const user = await signUpUser(api);
    const first = await refresh(user, user.refreshToken);
    const rotated = first.data?.refreshSession.tokens;
    expect(rotated?.refreshToken).toBeTruthy();
    expect(rotated?.refreshToken).not.toBe(user.refreshToken);
    const second = await refresh(user, rotated!.refreshToken!);
    expect(second.errors).toBeUndefined();
    expect(
      (await api.graphql(VIEWER, {}, as({ ...user, accessToken: second.data!.refreshSession.tokens.accessToken })))
        .data,
    ).toEqual({
      viewer: { user: { id: user.userId } },
    });
  });

  it('revokes the whole session when a rotated token is presented again', async () => {
    const user = await signUpUser(api);
    const rotated = (await refresh(user, user.refreshToken)).data!.refreshSession.tokens;
    await rotatedAgo(user.refreshToken, REFRESH_RETRY_GRACE_SECONDS + 1);
    // The thief (or a stale client) replays the old token once the retry grace window is over:
    expect(codes(await refresh(user, user.refreshToken))).toEqual(['UNAUTHENTICATED']);
    // …and now the legitimate newest token is dead too, and so is the access token.
    expect(codes(await refresh(user, rotated.refreshToken!))).toEqual(['UNAUTHENTICATED']);
    const refused = await api.graphql(VIEWER, {}, as({ ...user, accessToken: rotated.accessToken }));
    expect(refused.status).toBe(401);
    expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    const [session] = await api.query<{ revoked_reason: string }>(
      'select revoked_reason from session where user_id = $1',
      [user.userId],
    );
    expect(session?.revoked_reason).toBe('refresh_token_reuse');
  });

  it('refuses unknown and malformed refresh tokens', async () => {
    const user = await signUpUser(api);
    expect(codes(await refresh(user, 'nope'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.graphql(REFRESH, { input: {} }))).toEqual(['UNAUTHENTICATED']);
  });

  it('delivers the refresh token as an httpOnly, SameSite=Strict cookie when asked, and refreshes from it', async () => {
    const user = await signUpUser(api);
    const signIn = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': user.ip },
      body: JSON.stringify({
        query: `mutation { signIn(input: { email: "${user.email}", password: "${user.password}", refreshTokenTransport: COOKIE }) { tokens { refreshToken accessToken } } }`,
      }),
    });
    const body = (await signIn.json()) as { data: { signIn: { tokens: { refreshToken: string | null } } } };
    expect(body.data.signIn.tokens.refreshToken).toBeNull();
    // Sign-in also leaves the device cookie (lock-out protection); this is about the refresh one.
    const cookie = signIn.headers.getSetCookie().find((value) => value.startsWith('orgplane_refresh=')) ?? '';
    expect(cookie).toMatch(/^orgplane_refresh=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/graphql/);

    const fromCookie = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]!, 'x-forwarded-for': user.ip },
      body: JSON.stringify({
        query: 'mutation { refreshSession(input: { refreshTokenTransport: COOKIE }) { tokens { accessToken } } }',
      }),
    });
    expect(((await fromCookie.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(fromCookie.headers.get('set-cookie')).toMatch(/^orgplane_refresh=/);
  });

  it('signs out this session only, or everywhere', async () => {
    const user = await signUpUser(api);
    const second = (
      await api.graphql<{ signIn: { tokens: { accessToken: string; refreshToken: string } } }>(
        `mutation { signIn(input: { email: "${user.email}", password: "${user.password}" }) { tokens { accessToken refreshToken } } }`,
        {},
        { 'x-forwarded-for': user.ip },
      )
    ).data!.signIn.tokens;

    const out = await api.graphql<{ signOut: { revokedSessionCount: number } }>(
      'mutation { signOut(input: {}) { revokedSessionCount } }',
      {},
      as(user),
    );
    expect(out.errors).toBeUndefined();
    expect(out.data?.signOut.revokedSessionCount).toBe(1);
    expect(codes(await api.graphql(VIEWER, {}, as(user)))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await refresh(user, user.refreshToken))).toEqual(['UNAUTHENTICATED']);
    const other = { ...user, accessToken: second.accessToken };
    expect((await api.graphql(VIEWER, {}, as(other))).data).toBeTruthy();

    const everywhere = await api.graphql<{ signOut: { revokedSessionCount: number } }>(
      'mutation { signOut(input: { everywhere: true }) { revokedSessionCount } }',
      {},
      as(other),
    );
    expect(everywhere.data?.signOut.revokedSessionCount).toBe(1);
    expect(codes(await api.graphql(VIEWER, {}, as(other)))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await refresh(user, second.refreshToken))).toEqual(['UNAUTHENTICATED']);
  });

  it('lists the live sessions with the current one marked, and revokes another one', async () => {
    const user = await signUpUser(api);
    const other = (
      await api.graphql<{ signIn: { tokens: { sessionId: string; accessToken: string } } }>(
        `mutation { signIn(input: { email: "${user.email}", password: "${user.password}" }) { tokens { sessionId accessToken } } }`,
        {},
        { 'x-forwarded-for': user.ip, 'user-agent': 'Second Browser/1.0' },
      )
    ).data!.signIn.tokens;
    const list = await api.graphql<{
      viewer: { sessions: { edges: Array<{ node: { id: string; current: boolean; userAgent: string | null } }> } };
    }>('{ viewer { sessions(first: 10) { edges { node { id current userAgent } } } } }', {}, as(user));
    const nodes = list.data!.viewer.sessions.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(2);
    expect(nodes.find((node) => node.id === other.sessionId)).toMatchObject({
      current: false,
      userAgent: 'Second Browser/1.0',
    });
    expect(nodes.filter((node) => node.current)).toHaveLength(1);

    const revoked = await api.graphql(
      `mutation { revokeSession(input: { sessionId: "${other.sessionId}" }) { revokedSessionId } }`,
      {},
      as(user),
    );
    expect(revoked.errors).toBeUndefined();
    expect(codes(await api.graphql(VIEWER, {}, as({ ...user, accessToken: other.accessToken })))).toEqual([
      'UNAUTHENTICATED',
    ]);

    const stranger = await signUpUser(api);
    const foreign = await api.graphql(
      `mutation { revokeSession(input: { sessionId: "${stranger.userId}" }) { revokedSessionId } }`,
      {},
      as(user),
    );
    expect(codes(foreign)).toEqual(['NOT_FOUND']);
  });

  it('refuses to revoke the session making the request, which keeps working', async () => {
    const user = await signUpUser(api);
    const list = await api.graphql<{
      viewer: { sessions: { edges: Array<{ node: { id: string; current: boolean } }> } };
    }>('{ viewer { sessions(first: 10) { edges { node { id current } } } } }', {}, as(user));
    const current = list.data!.viewer.sessions.edges.find((edge) => edge.node.current)!.node.id;
    const refused = await api.graphql(
      'mutation($id: ID!) { revokeSession(input: { sessionId: $id }) { revokedSessionId } }',
      { id: current },
      as(user),
    );
    expect(codes(refused)).toEqual(['CANNOT_REVOKE_CURRENT_SESSION']);
    expect(await sessionState(current)).toEqual({ revoked_reason: null });
    expect(codes(await api.graphql(VIEWER, {}, as(user)))).toEqual([]);
  });

  it('refuses a new password equal to the current one, at `newPassword`, and keeps the password and other sessions', async () => {
    const user = await signUpUser(api);
    const other = (
      await api.graphql<{ signIn: { tokens: { sessionId: string } } }>(
        'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { tokens { sessionId } } }',
        { e: user.email, p: user.password },
        { 'x-forwarded-for': user.ip },
      )
    ).data!.signIn.tokens.sessionId;
    const hashBefore = await api.query('select password_hash from app_user where id = $1', [user.userId]);
    const refused = await api.graphql(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } } }',
      { input: { currentPassword: user.password, newPassword: user.password } },
      as(user),
    );
    expect(codes(refused)).toEqual(['VALIDATION_FAILED']);
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'newPassword', message: 'must differ from the current password' },
    ]);
    expect(await api.query('select password_hash from app_user where id = $1', [user.userId])).toEqual(hashBefore);
    expect(await sessionState(other)).toEqual({ revoked_reason: null });
  });

  it('pages through sessions with cursors', async () => {
    const user = await signUpUser(api);
    for (let index = 0; index < 3; index++) {
      await api.graphql(
        `mutation { signIn(input: { email: "${user.email}", password: "${user.password}" }) { tokens { sessionId } } }`,
        {},
        {
          'x-forwarded-for': user.ip,
        },
      );
    }
    type Page = {
      viewer: {
        sessions: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
    };
    const first = await api.graphql<Page>(
      '{ viewer { sessions(first: 3) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }',
      {},
      as(user),
    );
    expect(first.data!.viewer.sessions.pageInfo.hasNextPage).toBe(true);
    const next = await api.graphql<Page>(
      'query($after: String) { viewer { sessions(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }',
      { after: first.data!.viewer.sessions.pageInfo.endCursor },
      as(user),
    );
    expect(next.data!.viewer.sessions.edges).toHaveLength(1);
    expect(next.data!.viewer.sessions.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.data!.viewer.sessions.edges, ...next.data!.viewer.sessions.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(4);

    const malformed = await api.graphql(
      '{ viewer { sessions(first: 3, after: "garbage") { edges { cursor } } } }',
      {},
      as(user),
    );
    expect(codes(malformed)).toEqual(['VALIDATION_FAILED']);
    const tooMany = await api.graphql('{ viewer { sessions(first: 101) { edges { cursor } } } }', {}, as(user));
    expect(codes(tooMany)).toEqual(['VALIDATION_FAILED']);
  });
  it('answers a retry of the just-rotated token within the grace window with the same successor', async () => {
    const user = await signUpUser(api);
    const first = (await refresh(user, user.refreshToken)).data!.refreshSession.tokens;
    // The client lost that answer and sends the same token again:
    const retry = await refresh(user, user.refreshToken);
    expect(retry.errors).toBeUndefined();
    const again = retry.data!.refreshSession.tokens;
    expect(again.refreshToken).toBe(first.refreshToken);
    expect(again.sessionId).toBe(first.sessionId);
    expect((await viewerWith(user, again.accessToken)).data).toEqual({ viewer: { user: { id: user.userId } } });
    expect(await sessionState(first.sessionId)).toEqual({ revoked_reason: null });
    // The successor still rotates normally, once.
    const next = await refresh(user, again.refreshToken!);
    expect(next.errors).toBeUndefined();
    expect(next.data!.refreshSession.tokens.refreshToken).not.toBe(first.refreshToken);
    // Only one successor was ever stored for the retried token.
    const [{ n }] = (await api.query<{ n: number }>(
      'select count(*)::int as n from refresh_token where session_id = $1',
      [first.sessionId],
    )) as [{ n: number }];
    expect(n).toBe(3);
  });

  it('treats the rotated token as reuse once its successor was used, even within the window', async () => {
    const user = await signUpUser(api);
    const first = (await refresh(user, user.refreshToken)).data!.refreshSession.tokens;
    expect((await refresh(user, first.refreshToken!)).errors).toBeUndefined();
    expect(codes(await refresh(user, user.refreshToken))).toEqual(['UNAUTHENTICATED']);
    expect(await sessionState(first.sessionId)).toEqual({ revoked_reason: 'refresh_token_reuse' });
  });

  it('revokes the session when the rotated token comes back after the grace window', async () => {
    const user = await signUpUser(api);
    const first = (await refresh(user, user.refreshToken)).data!.refreshSession.tokens;
    await rotatedAgo(user.refreshToken, REFRESH_RETRY_GRACE_SECONDS + 1);
    expect(codes(await refresh(user, user.refreshToken))).toEqual(['UNAUTHENTICATED']);
    expect(await sessionState(first.sessionId)).toEqual({ revoked_reason: 'refresh_token_reuse' });
    expect(codes(await refresh(user, first.refreshToken!))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await viewerWith(user, first.accessToken))).toEqual(['UNAUTHENTICATED']);
  });

  it('gives concurrent refreshes of one token the same successor and keeps the session', async () => {
    const trials = 10;
    for (let trial = 0; trial < trials; trial++) {
      const user = await signUpUser(api);
      const answers = await Promise.all([refresh(user, user.refreshToken), refresh(user, user.refreshToken)]);
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      const [a, b] = answers.map((answer) => answer.data!.refreshSession.tokens) as [
        RefreshData['refreshSession']['tokens'],
        RefreshData['refreshSession']['tokens'],
      ];
      expect(a.refreshToken).toBe(b.refreshToken);
      expect(await sessionState(a.sessionId)).toEqual({ revoked_reason: null });
      for (const token of [a.accessToken, b.accessToken])
        expect((await viewerWith(user, token)).errors).toBeUndefined();
      expect((await refresh(user, a.refreshToken!)).errors).toBeUndefined();
    }
  });
});
