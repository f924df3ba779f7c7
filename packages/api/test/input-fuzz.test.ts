import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '@orgplane/schema';
import { buildBareSchema } from '../src/graphql/schema.ts';
import type { GraphQLResponse } from './support/api.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { as, newIp, signUpUser, type TestUser } from './support/identity.ts';
import { addMember, invite } from './support/members.ts';
import {
  fillInput,
  isRequired,
  operationDocument,
  rootOperations,
  variableName,
  type RootOperation,
} from './support/schema-walk.ts';

const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

/** What every text input receives, one at a time. */
const TEXT_PAYLOADS = {
  nul: 'a\u0000b',
  huge: 'x'.repeat(100_000),
  control: 'a\u0001\u0007\u001b[31m\u007f\u0085b',
  bidi: 'abc\u202egnp.exe\u202c\u2066x\u2069',
  zeroWidth: 'a\u200b\u200c\u200d\u2060\ufeffb',
};

/** What every id argument receives. */
const ID_PAYLOADS = {
  notUuid: 'not-an-id',
  wrongShape: '00000000-0000-4000-8000-00000000000g',
  braced: `{${UUID}}`,
  long: `${UUID}${'0'.repeat(10_000)}`,
  nul: `${UUID}\u0000`,
};

/** What every cursor (`after`) receives: not base64, garbage, JSON of the wrong shapes and types. */
const CURSOR_PAYLOADS = {
  notBase64: '%%% not base64 %%%',
  garbage: Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x81]).toString('base64'),
  notJson: Buffer.from('{"unterminated').toString('base64url'),
  numbers: json([1, 2]),
  strings: json(['yesterday', 'someone']),
  objects: json([{ a: 1 }, null]),
  badDate: json(['2026-13-45 99:61:00+00', UUID]),
  yearZero: json(['0000-01-01 00:00:00+00', UUID]),
  badId: json(['2026-01-01 00:00:00+00', 'not-a-uuid']),
  nul: json(['a\u0000', UUID]),
  long: json(['x'.repeat(50_000), UUID]),
};

type LeafKind = 'text' | 'id' | 'cursor';

/** One place a string goes: an argument of a field reached by `path`, and where in its value. */
interface Leaf {
  readonly operation: RootOperation['operation'];
  readonly path: ReadonlyArray<GraphQLField<unknown, unknown>>;
  readonly arg: GraphQLArgument;
  /** Field names (and list positions, as 0) inside the argument's value. */
  readonly within: readonly string[];
  readonly kind: LeafKind;
}

/** The string and ID leaves of an input type, optional ones included, one list element each. */
function stringLeaves(type: GraphQLInputType, within: string[] = [], seen = new Set<string>()): string[][] {
  if (isNonNullType(type)) return stringLeaves(type.ofType, within, seen);
  if (isListType(type)) return stringLeaves(type.ofType, [...within, '0'], seen);
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return [];
    const inner = new Set(seen).add(type.name);
    return Object.values(type.getFields()).flatMap((field) => stringLeaves(field.type, [...within, field.name], inner));
  }
  const name = getNamedType(type).name;
  return name === 'String' || name === 'ID' ? [within] : [];
}

/** Every string leaf of every argument of every query and mutation, and of the fields below queries. */
function leavesOf(operations: readonly RootOperation[]): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (operation: RootOperation['operation'], path: Array<GraphQLField<unknown, unknown>>) => {
    const field = path.at(-1)!;
    for (const arg of field.args) {
      for (const within of stringLeaves(arg.type)) {
        const scalar = getNamedType(arg.type).name === 'ID' || isIdLeaf(arg.type, within) ? 'id' : 'text';
        const kind: LeafKind = arg.name === 'after' ? 'cursor' : scalar;
        leaves.push({ operation, path, arg, within, kind });
      }
    }
    // Fields with arguments below a query without required arguments (the viewer's sessions).
    const type = getNamedType(field.type);
    if (operation === 'query' && path.length < 3 && isObjectType(type) && !field.args.some(isRequired)) {
      for (const child of Object.values(type.getFields())) visit(operation, [...path, child]);
    }
  };
  for (const { operation, field } of operations) visit(operation, [field]);
  return leaves;
}

function isIdLeaf(type: GraphQLInputType, within: readonly string[]): boolean {
  let current = getNamedType(type);
  for (const step of within) {
    if (step === '0' || !isInputObjectType(current)) continue;
    current = getNamedType(current.getFields()[step]!.type);
  }
  return current.name === 'ID';
}

/** Real objects of the owner's org, so that everything but the fuzzed leaf is valid. */
interface Fixture {
  owner: TestUser;
  ids: Record<string, string>;
}

async function createFixture(api: TestApi): Promise<Fixture> {
  const owner = await signUpUser(api, { displayName: 'Fuzz Owner' });
  const tenant = as(owner, owner.orgId);
  const admin = await addMember(api, owner, 'ADMIN');
  const [pending] = await invite(api, owner, owner.orgId, [
    { email: `pending-${owner.userId}@example.com`, role: 'VIEWER' },
  ]);
  const workspace = await api.graphql<{ createWorkspace: { workspace: { id: string } } }>(
    'mutation { createWorkspace(input: { name: "Fuzz Space" }) { workspace { id } } }',
    {},
    tenant,
  );
  const workspaceId = workspace.data!.createWorkspace.workspace.id;
  const environment = await api.graphql<{ createEnvironment: { environment: { id: string } } }>(
    'mutation($w: ID!) { createEnvironment(input: { workspaceId: $w, name: "Fuzz Prod", tier: PROD, deploymentHost: LOCALHOST }) { environment { id } } }',
    { w: workspaceId },
    tenant,
  );
  const apiKey = await api.graphql<{ createApiKey: { apiKey: { id: string } } }>(
    'mutation { createApiKey(input: { name: "Fuzz key", scopes: ["members.read"] }) { apiKey { id } } }',
    {},
    tenant,
  );
  const [session] = await api.query<{ id: string }>('select id from session where user_id = $1 limit 1', [
    owner.userId,
  ]);
  return {
    owner,
    ids: {
      workspaceId,
      workspace: workspaceId,
      environmentId: environment.data!.createEnvironment.environment.id,
      environment: environment.data!.createEnvironment.environment.id,
      membershipId: admin.membershipId,
      targetMembershipId: admin.membershipId,
      invitationId: pending!.invitation!.id,
      organizationId: owner.orgId,
      apiKeyId: apiKey.data!.createApiKey.apiKey.id,
      sessionId: session!.id,
    },
  };
}

let emails = 0;

/** A minimal valid value for a leaf that is not being fuzzed. */
function validLeaf(fixture: Fixture, root: string) {
  return (name: string, scalar: string): unknown => {
    if (scalar === 'ID') return fixture.ids[name === 'id' ? root : name] ?? UUID;
    if (scalar === 'Int' || scalar === 'SafeInt') return 1;
    if (scalar === 'Float') return 0.5;
    if (scalar === 'Boolean') return false;
    if (scalar === 'DateTimeISO') return new Date(Date.now() + 86_400_000).toISOString();
    if (name === 'email') return `fuzz-${(emails += 1)}@example.com`;
    if (name === 'scopes') return 'members.read';
    if (/password/i.test(name) && name !== 'newPassword') return fixture.owner.password;
    return 'x';
  };
}

/** The argument's value: required fields valid, the fuzzed leaf (optional or not) set to `payload`. */
function valueWith(
  type: GraphQLInputType,
  within: readonly string[],
  payload: string,
  leaf: (name: string, scalar: string) => unknown,
  name = '',
): unknown {
  if (isNonNullType(type)) return valueWith(type.ofType, within, payload, leaf, name);
  if (within.length === 0) return payload;
  if (isListType(type)) return [valueWith(type.ofType, within.slice(1), payload, leaf, name)];
  if (!isInputObjectType(type)) return payload;
  const [next, ...rest] = within;
  return Object.fromEntries(
    Object.values(type.getFields())
      .filter((field) => field.name === next || isRequired(field))
      .map((field) => [
        field.name,
        field.name === next
          ? valueWith(field.type, rest, payload, leaf, field.name)
          : fillInput(field.type, leaf, isRequired, field.name),
      ]),
  );
}

/** The document and variables for `leaf` set to `payload`, everything else minimal and valid. */
function request(leaf: Leaf, payload: string, fixture: Fixture) {
  const valid = validLeaf(fixture, leaf.path[0]!.name);
  const steps = leaf.path.map((field, step) => {
    const last = step === leaf.path.length - 1;
    return { field, args: field.args.filter((arg) => isRequired(arg) || (last && arg === leaf.arg)) };
  });
  const variables: Record<string, unknown> = {};
  for (const [step, { args }] of steps.entries()) {
    for (const arg of args) {
      variables[variableName(step, arg.name)] =
        step === steps.length - 1 && arg === leaf.arg
          ? valueWith(arg.type, leaf.within, payload, valid)
          : fillInput(arg.type, valid, isRequired, arg.name);
    }
  }
  return { query: operationDocument(leaf.operation, steps), variables };
}

/** Why a response is not an acceptable answer to bad input, or null if it is. */
function problem(response: GraphQLResponse): string | null {
  if (response.status >= 500) return `HTTP ${response.status}`;
  for (const error of response.errors ?? []) {
    const code = error.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || !isErrorCode(code)) return `code ${String(code)}: ${error.message}`;
  }
  return null;
}

/**
 * Every string leaf of every query and mutation (and of the fields with arguments
 * below queries), one at a time, receives NUL, 100 kB, control, bidi and zero-width text; every
 * id argument malformed ids; every cursor malformed cursors. Sent as the owner of a real org and
 * anonymously, nothing may answer a 5xx or an internal error: only documented codes.
 */
describe('input fuzzing', () => {
  let api: TestApi;
  let fixture: Fixture;
  const anonymous = { 'x-forwarded-for': newIp() };

  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
    fixture = await createFixture(api);
  });
  afterAll(() => api.stop());

  /** After a mutation went through: whether the owner can still act in the org (a fuzzed change can end that). */
  async function ownerStillActs(): Promise<boolean> {
    const response = await api.graphql('{ organization { id } }', {}, as(fixture.owner, fixture.owner.orgId));
    return !response.errors?.length;
  }

  it('finds no 5xx and no internal error for any string, id or cursor', async () => {
    const leaves = leavesOf(rootOperations(await buildBareSchema()));
    const kinds = new Set(leaves.map((leaf) => `${leaf.kind}:${leaf.arg.name}`));
    expect(kinds).toContain('cursor:after');
    expect(kinds).toContain('id:input');
    expect(kinds).toContain('text:input');
    expect(leaves.filter((leaf) => leaf.path.length > 1).map((leaf) => leaf.path.map((f) => f.name).join('.'))).toEqual(
      expect.arrayContaining(['viewer.sessions', 'viewer.organizations']),
    );

    const failures: string[] = [];
    let requests = 0;
    const send = async (leaf: Leaf, label: string, payload: string, caller: 'owner' | 'anonymous') => {
      const { query, variables } = request(leaf, payload, fixture);
      const headers = caller === 'owner' ? as(fixture.owner, fixture.owner.orgId) : anonymous;
      const response = await api.graphql(query, variables, headers);
      requests += 1;
      const found = problem(response);
      if (found) {
        const where = `${leaf.path.map((field) => field.name).join('.')}(${[leaf.arg.name, ...leaf.within].join('.')})`;
        failures.push(`${where} × ${label} as ${caller}: ${found}`);
      }
      return response;
    };
    for (const leaf of leaves) {
      const payloads = Object.entries({ text: TEXT_PAYLOADS, id: ID_PAYLOADS, cursor: CURSOR_PAYLOADS }[leaf.kind]);
      // Reads and anonymous calls change nothing: all at once. The owner's mutations one by one,
      // since one that goes through (a new password, say) changes what the next one needs.
      const concurrent = payloads.map(([label, payload]) => send(leaf, label, payload, 'anonymous'));
      if (leaf.operation === 'query') {
        concurrent.push(...payloads.map(([label, payload]) => send(leaf, label, payload, 'owner')));
      } else {
        for (const [label, payload] of payloads) {
          const response = await send(leaf, label, payload, 'owner');
          if (response.errors?.length) continue;
          if (leaf.within.at(-1) === 'newPassword') fixture.owner = { ...fixture.owner, password: payload };
          if (!(await ownerStillActs())) fixture = await createFixture(api);
        }
      }
      await Promise.all(concurrent);
    }
    expect(requests).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 120_000);
});
