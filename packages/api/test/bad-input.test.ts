import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '@orgplane/schema';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/api.ts';
import { as, codes, newIp, signUpUser, type TestUser } from './support/identity.ts';
import { addMember } from './support/members.ts';

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/** The JSON log lines the API wrote. */
class LogLines extends Writable {
  readonly lines: Array<Record<string, unknown>> = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    done();
  }
}

const fieldsOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.fields;

describe('bad input', () => {
  let api: TestApi;
  let owner: TestUser;
  const logs = new LogLines();

  beforeAll(async () => {
    api = await startTestApi({ LOG_LEVEL: 'debug', DEV_MAILBOX: 'true' }, { logs });
    owner = await signUpUser(api, { displayName: 'Bad Input Owner' });
  });
  afterAll(() => api.stop());

  it('refuses cursors that decode to the wrong types with VALIDATION_FAILED at `after`', async () => {
    await addMember(api, owner, 'MEMBER');
    const byEmail = await api.graphql<{ members: { pageInfo: { endCursor: string } } }>(
      '{ members(first: 1, orderBy: { field: EMAIL }) { pageInfo { endCursor } } }',
      {},
      as(owner, owner.orgId),
    );
    const emailCursor = byEmail.data!.members.pageInfo.endCursor;
    const cases: Array<[string, string]> = [
      ['{ members(after: $after) { edges { cursor } } }', cursorOf(['not a time', MISSING_ID])],
      // A cursor of one order given to another: an email where a join date belongs.
      ['{ members(after: $after) { edges { cursor } } }', emailCursor],
      ['{ members(after: $after, orderBy: { field: EMAIL }) { edges { cursor } } }', cursorOf(['a', 'not-an-id'])],
      ['{ workspaces(after: $after) { edges { cursor } } }', cursorOf([1, 2])],
      ['{ auditEvents(after: $after) { edges { cursor } } }', cursorOf(['2026-02-30 10:00:00+00', MISSING_ID])],
      ['{ viewer { sessions(after: $after) { edges { cursor } } } }', cursorOf(['a\u0000', MISSING_ID])],
    ];
    for (const [selection, after] of cases) {
      const response = await api.graphql(`query($after: String) ${selection}`, { after }, as(owner, owner.orgId));
      expect(codes(response), `${selection} ${after}`).toEqual(['VALIDATION_FAILED']);
      expect(fieldsOf(response)).toEqual([{ path: 'after', message: 'is not a valid cursor' }]);
    }
  });

  it('refuses a NUL character in any text input with VALIDATION_FAILED at its path, before anything runs', async () => {
    const nul = 'Space\u0000';
    const cases: Array<[string, Record<string, unknown>, Record<string, string>, string]> = [
      [
        'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { workspace { id } } }',
        { input: { name: nul } },
        as(owner, owner.orgId),
        'name',
      ],
      [
        // Written in the document rather than passed as a variable.
        'mutation { createWorkspace(input: { name: "ok", description: "a\\u0000b" }) { workspace { id } } }',
        {},
        as(owner, owner.orgId),
        'description',
      ],
      [
        'query($search: String) { members(filter: { search: $search }) { edges { cursor } } }',
        { search: nul },
        as(owner, owner.orgId),
        'filter.search',
      ],
      [
        'mutation($input: InviteMembersInput!) { inviteMembers(input: $input) { results { email } } }',
        {
          input: {
            invitations: [
              { email: 'fine@example.com', role: 'MEMBER' },
              { email: nul, role: 'MEMBER' },
            ],
          },
        },
        as(owner, owner.orgId),
        'invitations.1.email',
      ],
      [
        'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
        { input: { email: `${owner.email}\u0000`, password: owner.password } },
        { 'x-forwarded-for': newIp() },
        'email',
      ],
      ['query($token: String!) { invitationPreview(token: $token) { status } }', { token: nul }, {}, 'token'],
    ];
    for (const [query, variables, headers, path] of cases) {
      const response = await api.graphql(query, variables, headers);
      expect(response.status, query).toBe(400);
      expect(codes(response), query).toEqual(['VALIDATION_FAILED']);
      expect(fieldsOf(response)).toEqual([{ path, message: 'must not contain the NUL character' }]);
      expect(response.data ?? null).toBeNull();
    }
    expect(await api.query(`select id from workspace where name like 'Space%' or name = 'ok'`)).toEqual([]);
    expect(await api.query(`select id from invitation where email = 'fine@example.com'`)).toEqual([]);
  });

  it('answers SLUG_TAKEN, never an internal error, when several create or rename to one slug at once', async () => {
    const others = await Promise.all([signUpUser(api), signUpUser(api), signUpUser(api)]);
    const users = [owner, ...others];
    for (let trial = 0; trial < 6; trial += 1) {
      const slug = `race-${trial}-${Date.now().toString(36)}`;
      const created = await Promise.all(
        users.map((user) =>
          api.graphql(
            'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
            { input: { name: `Race ${trial}`, slug } },
            as(user),
          ),
        ),
      );
      expect(created.map(codes).flat().sort()).toEqual(['SLUG_TAKEN', 'SLUG_TAKEN', 'SLUG_TAKEN']);
      expect(await api.query('select id from organization where slug = $1', [slug])).toHaveLength(1);

      const renamed = await Promise.all(
        users.map((user) =>
          api.graphql(
            'mutation($input: RenameOrganizationInput!) { renameOrganization(input: $input) { organization { slug } } }',
            { input: { slug: `${slug}-renamed` } },
            as(user, user.orgId),
          ),
        ),
      );
      expect(renamed.map(codes).flat().sort()).toEqual(['SLUG_TAKEN', 'SLUG_TAKEN', 'SLUG_TAKEN']);
      expect(await api.query('select id from organization where slug = $1', [`${slug}-renamed`])).toHaveLength(1);
    }
  });

  it('answers malformed requests with 400 and a code from the error table', async () => {
    const post = async (body: unknown) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, codes: codes((await response.json()) as GraphQLResponse) };
    };
    const twoOperations = 'query A { __typename } query B { __typename }';
    expect(await post({ query: twoOperations })).toEqual({ status: 400, codes: ['OPERATION_RESOLUTION_FAILURE'] });
    expect(await post({ query: twoOperations, operationName: 'C' })).toEqual({
      status: 400,
      codes: ['OPERATION_RESOLUTION_FAILURE'],
    });
    expect(await post({ query: '{ __typename', variables: {} })).toEqual({
      status: 400,
      codes: ['GRAPHQL_PARSE_FAILED'],
    });
    expect(await post({ variables: {} })).toEqual({ status: 400, codes: ['BAD_REQUEST'] });
    for (const code of ['OPERATION_RESOLUTION_FAILURE', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']) {
      expect(isErrorCode(code), code).toBe(true);
    }
  });

  it('logs a client’s bad input at info without a stack, and never as an error', async () => {
    const from = logs.lines.length;
    const refusals = [
      // Domain validation, a variable of the wrong type, a NUL, a malformed document, an unknown field.
      await api.graphql(
        'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { workspace { id } } }',
        { input: { name: '' } },
        as(owner, owner.orgId),
      ),
      await api.graphql(
        'query($first: Int!) { workspaces(first: $first) { edges { cursor } } }',
        { first: 'ten' },
        as(owner, owner.orgId),
      ),
      await api.graphql('query($token: String!) { invitationPreview(token: $token) { status } }', { token: '\u0000' }),
      await api.graphql('{ workspaces { edges '),
      await api.graphql('{ nothingHere }'),
    ];
    expect(refusals.map(codes)).toEqual([
      ['VALIDATION_FAILED'],
      ['VALIDATION_FAILED'],
      ['VALIDATION_FAILED'],
      ['GRAPHQL_PARSE_FAILED'],
      ['GRAPHQL_VALIDATION_FAILED'],
    ]);
    const lines = logs.lines.slice(from);
    expect(lines.filter((line) => Number(line.level) >= 40).map((line) => line.msg)).toEqual([]);
    expect(JSON.stringify(lines)).not.toMatch(/"stack"|\bat .*\.ts:\d+/);
    const refused = lines.filter((line) => line.msg === 'request refused');
    expect(refused.map((line) => [line.level, line.code])).toEqual([
      [30, 'VALIDATION_FAILED'],
      [30, 'VALIDATION_FAILED'],
      [30, 'VALIDATION_FAILED'],
      [30, 'GRAPHQL_PARSE_FAILED'],
      [30, 'GRAPHQL_VALIDATION_FAILED'],
    ]);
  });
});
