import * as documents from '@orgplane/schema/generated/graphql';
import { parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS, queryShapeLimits } from '../src/graphql/limits.ts';
import { buildApiSchema } from '../src/graphql/schema.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { as, codes, signUpUser, type TestUser } from './support/identity.ts';

const REFUSED = 'The request is too large or too complex.';

/** Every operation the console sends, from the generated typed documents (fragments are inlined in them). */
function consoleDocuments(): Array<[string, DocumentNode]> {
  return Object.entries(documents).filter(
    (entry): entry is [string, DocumentNode] =>
      typeof entry[1] === 'object' &&
      entry[1] !== null &&
      (entry[1] as { kind?: string }).kind === 'Document' &&
      (entry[1] as DocumentNode).definitions.some((definition) => definition.kind === 'OperationDefinition'),
  );
}

describe('query shape limits', () => {
  let api: TestApi;
  let user: TestUser;
  beforeAll(async () => {
    api = await startTestApi();
    user = await signUpUser(api);
  });
  afterAll(() => api.stop());

  /** A refusal: HTTP 400, the one message, no limit named, and nothing ran (no `data`). */
  const expectRefused = (response: Awaited<ReturnType<TestApi['graphql']>>) => {
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.length).toBeGreaterThan(0);
    for (const error of response.errors ?? []) {
      expect(error.message).toContain(REFUSED);
      expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect(JSON.stringify(response.errors)).not.toMatch(/\d{2,}/);
  };

  it('lets every document of the console through', async () => {
    const schema = await buildApiSchema();
    const { validationRules } = queryShapeLimits({ production: true, logger: pino({ level: 'silent' }) });
    const found = consoleDocuments();
    expect(found.length).toBeGreaterThan(20);
    for (const [name, document] of found) {
      const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
      expect(errors.map((error) => `${name}: ${error.message}`)).toEqual([]);
      expect(() => parse(print(document), { maxTokens: QUERY_LIMITS.tokens }), name).not.toThrow();
    }
  });

  it('refuses too many aliases before any resolver runs, so aliased sign-ups create nobody', async () => {
    const email = (index: number) => `alias-${index}-${Date.now()}@example.com`;
    const aliased = Array.from(
      { length: QUERY_LIMITS.aliases + 1 },
      (_, index) =>
        `a${index}: signUp(input: { email: "${email(index)}", password: "long enough password ${index}", displayName: "A" }) { __typename }`,
    ).join('\n');
    expectRefused(await api.graphql(`mutation { ${aliased} }`));
    expect(await api.query(`select id from app_user where email like 'alias-%'`)).toEqual([]);
  });

  it('counts fragments as what they expand to: one fragment spread many times costs its expansion', async () => {
    const times = (count: number, text: string) => Array.from({ length: count }, () => text).join(' ');
    const document = `
      query { ${Array.from({ length: 10 }, (_, index) => `v${index}: viewer { ${times(20, '...V')} }`).join(' ')} }
      fragment V on Viewer { abilities user { ${times(20, '...U')} } }
      fragment U on User { id email displayName }`;
    expectRefused(await api.graphql(document, {}, as(user)));
  });

  it('refuses deep introspection, many directives and oversized documents', async () => {
    let type = 'name';
    for (let level = 0; level < QUERY_LIMITS.depth; level += 1) type = `ofType { ${type} }`;
    expectRefused(await api.graphql(`{ __schema { types { fields { type { ${type} } } } } }`));

    const directives = Array.from(
      { length: QUERY_LIMITS.directives + 1 },
      (_, index) => `t${index}: __typename @include(if: true)`,
    ).join(' ');
    expectRefused(await api.graphql(`{ ${directives} }`));

    const tokens = Array.from({ length: QUERY_LIMITS.tokens }, () => '__typename').join(' ');
    const oversized = await api.graphql(`{ ${tokens} }`);
    expect(oversized.status).toBe(400);
    expect(oversized.data ?? null).toBeNull();
    expect(oversized.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(JSON.stringify(oversized.errors)).not.toContain(String(QUERY_LIMITS.tokens));
  });

  it('refuses pages above 100, written in the document or passed as a variable, with the field path', async () => {
    for (const response of [
      await api.graphql('{ viewer { sessions(first: 101) { edges { cursor } } } }', {}, as(user)),
      await api.graphql(
        'query($n: Int!) { viewer { sessions(first: $n) { edges { cursor } } } }',
        { n: 5000 },
        as(user),
      ),
    ]) {
      expect(codes(response)).toEqual(['VALIDATION_FAILED']);
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ path: 'first', message: 'must be at most 100' }]);
      expect(response.data ?? null).toBeNull();
    }
    expect(codes(await api.graphql('{ viewer { sessions(first: 100) { edges { cursor } } } }', {}, as(user)))).toEqual(
      [],
    );
  });

  it('checks each request of a repeated document against its own variables', async () => {
    // The document is walked once and its plan reused: the variables still decide every time.
    const document = 'query($n: Int!) { viewer { sessions(first: $n) { edges { cursor } } } }';
    for (const [n, expected] of [
      [5, []],
      [101, ['VALIDATION_FAILED']],
      [100, []],
      [5000, ['VALIDATION_FAILED']],
    ] as const) {
      expect(codes(await api.graphql(document, { n }, as(user))), `first: ${n}`).toEqual(expected);
    }
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ abilityCatalog { roles { id } } }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });
});
