import {
  execute,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABILITY_IDS, hasAbility, isAbilityId, isHumanOnly, type RoleId } from '@orgplane/schema';
import { applyAuthorization, describeRule, mergeRuleMaps, ruleFor, signedIn } from '../src/graphql/authorization.ts';
import { resolveCaller } from '../src/graphql/caller.ts';
import type { Context } from '../src/graphql/context.ts';
import { DomainError } from '../src/domain-error.ts';
import { buildBareSchema, RULES } from '../src/graphql/schema.ts';
import { CREATE_API_KEY, EXCHANGE_API_KEY } from './support/api-keys.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { as, signUpUser, type TestUser } from './support/identity.ts';
import { addMember } from './support/members.ts';

/** `api-key`: a key of the owner's org stored with every ability in the catalog, human-only ones included. */
type Caller = RoleId | 'api-key' | 'non-member' | 'anonymous';

/**
 * What each operation demands, written out: a change to the rule map shows up here as a diff to
 * review (a catalog ability, `signedIn`, `public`, or a named condition).
 */
const REQUIREMENTS: Record<string, string> = {
  'Query.auditEvents': 'audit.read',
  'Query.abilityCatalog': 'public',
  'Query.invitations': 'invitations.read',
  'Query.invitationPreview': 'public',
  'Query.members': 'members.read',
  'Query.devMailbox': 'mailboxEnabled',
  'Query.viewer': 'public',
  'Mutation.inviteMembers': 'invitations.create',
  'Mutation.resendInvitation': 'invitations.resend',
  'Mutation.revokeInvitation': 'invitations.revoke',
  'Mutation.acceptInvitation': 'signedIn',
  'Mutation.archiveMember': 'members.archive',
  'Mutation.reactivateMember': 'members.archive',
  'Mutation.changeMemberRole': 'members.changeRole',
  'Mutation.transferOwnership': 'organization.transferOwnership',
  'Mutation.setMemberCreditLimit': 'members.setCreditLimit',
  'Mutation.sendMemberPasswordReset': 'members.resetCredentials',
  'Mutation.deleteAccount': 'signedIn',
  'Mutation.signUp': 'public',
  'Mutation.signIn': 'public',
  'Mutation.verifyMfaChallenge': 'public',
  'Mutation.refreshSession': 'public',
  'Mutation.signOut': 'signedIn',
  'Mutation.requestPasswordReset': 'public',
  'Mutation.resetPassword': 'public',
  'Mutation.verifyEmail': 'public',
  'Mutation.resendEmailVerification': 'signedIn',
  'Mutation.changePassword': 'signedIn',
  'Mutation.updateProfile': 'signedIn',
  'Mutation.beginTotpEnrollment': 'signedIn',
  'Mutation.confirmTotpEnrollment': 'signedIn',
  'Mutation.disableTotp': 'signedIn',
  'Mutation.regenerateRecoveryCodes': 'signedIn',
  'Mutation.revokeSession': 'signedIn',
  'Mutation.setDefaultOrganization': 'signedIn',
  'Query.organization': 'organization.read',
  'Mutation.createOrganization': 'signedIn',
  'Mutation.renameOrganization': 'organization.rename',
  'Mutation.updateOrganizationSettings': 'organization.updateSettings',
  'Mutation.dismissBanner': 'organization.read',
  'Query.workspaces': 'workspaces.read',
  'Query.workspace': 'workspaces.read',
  'Query.environments': 'environments.read',
  'Query.environment': 'environments.read',
  'Mutation.createWorkspace': 'workspaces.create',
  'Mutation.updateWorkspace': 'workspaces.update',
  'Mutation.deleteWorkspace': 'workspaces.delete',
  'Mutation.setWorkspaceRestricted': 'workspaces.manageAccess',
  'Mutation.addWorkspaceMember': 'workspaces.manageAccess',
  'Mutation.removeWorkspaceMember': 'workspaces.manageAccess',
  'Mutation.createEnvironment': 'environments.create',
  'Mutation.updateEnvironment': 'environments.update',
  'Mutation.deleteEnvironment': 'environments.delete',
  'Mutation.setEnvironmentCredentials': 'environments.manageCredentials',
  'Mutation.clearEnvironmentCredentials': 'environments.manageCredentials',
  'Mutation.archiveOrganization': 'organization.delete',
  'Mutation.restoreOrganization': 'signedIn',
  'Query.apiKeys': 'apiKeys.read',
  'Mutation.createApiKey': 'apiKeys.create',
  'Mutation.revokeApiKey': 'apiKeys.revoke',
  'Query.plans': 'public',
  'Query.billingSubscription': 'billing.read',
  'Mutation.changeSubscriptionPlan': 'billing.manage',
  'Mutation.cancelSubscription': 'billing.manage',
  'Mutation.resumeSubscription': 'billing.manage',
  'Mutation.setSubscriptionAutoRenew': 'billing.manage',
  'Query.billingPeriods': 'billing.read',
  'Query.billingPeriodSettings': 'billing.read',
  'Query.invoices': 'billing.read',
  'Query.invoice': 'billing.read',
  'Mutation.updateBillingPeriodSettings': 'billing.manage',
  'Mutation.recordUsage': 'usage.record',
  'Query.usageEvents': 'usage.read',
  'Query.usageTotals': 'usage.read',
  'Query.usageSeries': 'usage.read',
  'Query.usageBreakdown': 'usage.read',
  'Query.usageAlerts': 'usage.manageAlerts',
  'Query.usageAlertTriggers': 'usage.manageAlerts',
  'Mutation.createUsageAlert': 'usage.manageAlerts',
  'Mutation.updateUsageAlert': 'usage.manageAlerts',
  'Mutation.deleteUsageAlert': 'usage.manageAlerts',
  'Query.webhookEndpoints': 'webhooks.read',
  'Query.webhookEndpoint': 'webhooks.read',
  'Query.webhookDeliveries': 'webhooks.read',
  'Mutation.createWebhookEndpoint': 'webhooks.manage',
  'Mutation.updateWebhookEndpoint': 'webhooks.manage',
  'Mutation.deleteWebhookEndpoint': 'webhooks.manage',
  'Mutation.rotateWebhookSecret': 'webhooks.manage',
  'Mutation.sendWebhookTestEvent': 'webhooks.manage',
  'Mutation.redeliverWebhookDelivery': 'webhooks.manage',
  'Mutation.createUsageExport': 'usage.export',
  'Mutation.createInvoiceExport': 'billing.read',
  'Mutation.exchangeApiKey': 'public',
};
const CALLERS: readonly Caller[] = [
  'owner',
  'admin',
  'manager',
  'member',
  'viewer',
  'api-key',
  'non-member',
  'anonymous',
];

/** The API schema with every root resolver replaced by a stub that only reports it was reached. */
async function stubbedBareSchema(): Promise<GraphQLSchema> {
  const bare = await buildBareSchema();
  for (const root of [bare.getQueryType(), bare.getMutationType()]) {
    for (const field of Object.values(root!.getFields())) {
      field.resolve = () => {
        throw new DomainError('NOT_FOUND', { extensions: { reached: true } });
      };
    }
  }
  return bare;
}

/** A value of the right shape for an input type: enough to get past GraphQL validation. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  const scalar = getNamedType(type).name;
  if (scalar === 'ID') return '00000000-0000-4000-8000-000000000000';
  if (scalar === 'Int' || scalar === 'SafeInt' || scalar === 'Float') return 1;
  if (scalar === 'Boolean') return false;
  if (scalar === 'DateTimeISO') return '2026-12-01T00:00:00Z';
  return 'x';
}

/** A document calling one root field with sample arguments. */
function documentFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter(
    (arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined,
  );
  const variables = Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)]));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const argumentList = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const source = `${operation}${declarations ? `(${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''}${selection} }`;
  return { document: parse(source), variables };
}

/**
 * Every (caller, operation) pair, with the expected outcome derived from the
 * operation's rule and the ability catalog. Resolvers are replaced by a stub that reports it
 * was reached, so the matrix tests authorization alone (real rules, real tenant resolution
 * against the database) and changes nothing.
 */
describe('role × operation authorization matrix', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  const tokens = new Map<Caller, TestUser>();
  let orgId: string;

  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
    const owner = await signUpUser(api);
    orgId = owner.orgId;
    tokens.set('owner', owner);
    for (const role of ['admin', 'manager', 'member', 'viewer'] as const) {
      tokens.set(role, await addMember(api, owner, role.toUpperCase() as 'ADMIN'));
    }
    tokens.set('non-member', await signUpUser(api));

    // The owner's key, then given every ability straight in the table (as no API call may).
    const created = await api.request(
      CREATE_API_KEY,
      { input: { name: 'Matrix', scopes: ['workspaces.read'] } },
      as(owner, orgId),
    );
    const { secret, apiKey } = created.data!.createApiKey!;
    await api.query('update api_key set scopes = $1::text[] where id = $2', [ABILITY_IDS, apiKey.id]);
    const exchanged = await api.request(EXCHANGE_API_KEY, { secret });
    tokens.set('api-key', { ...owner, accessToken: exchanged.data!.exchangeApiKey!.accessToken });

    schema = applyAuthorization(await stubbedBareSchema(), RULES);
  });
  afterAll(() => api.stop());

  async function outcome(
    caller: Caller,
    operation: 'query' | 'mutation',
    field: GraphQLField<unknown, unknown>,
    target: GraphQLSchema,
  ): Promise<string> {
    const em = api.services.orm.em.fork();
    const user = tokens.get(caller);
    let resolved: Pick<Context, 'viewer' | 'apiKey' | 'tenant'>;
    try {
      resolved = await resolveCaller(
        em,
        api.services.accessTokens,
        user ? `Bearer ${user.accessToken}` : undefined,
        orgId,
      );
    } catch (error) {
      return `refused:${(error as { extensions: { code: string } }).extensions.code}`;
    }
    const context: Context = {
      em,
      requestId: 'matrix',
      logger: pino({ level: 'silent' }),
      meta: { ip: '127.0.0.1', userAgent: null },
      socketAddress: '127.0.0.1',
      refreshCookie: { value: null, set: () => {}, clear: () => {} },
      deviceCookie: { value: null, set: () => {} },
      services: api.services,
      ...resolved,
    };
    const { document, variables } = documentFor(operation, field);
    const result = await execute({ schema: target, document, variableValues: variables, contextValue: context });
    const error = result.errors?.[0];
    if (!error) return 'reached';
    const original = error.originalError as DomainError | undefined;
    if (original?.extensions?.reached) return 'reached';
    return original?.code ?? `unexpected:${error.message}`;
  }

  /** The outcome the table and the catalog call for. */
  function expected(caller: Caller, typeName: string, fieldName: string): string {
    const requirement = REQUIREMENTS[`${typeName}.${fieldName}`];
    if (!requirement) throw new Error(`${typeName}.${fieldName} is missing from the matrix`);
    if (caller === 'non-member') return 'refused:TENANT_NOT_FOUND';
    if (requirement === 'public') return 'reached';
    if (caller === 'anonymous') return requirement === 'mailboxEnabled' ? 'reached' : 'UNAUTHENTICATED';
    if (requirement === 'mailboxEnabled') return 'reached';
    // An API key is not a person: signed-in-only operations refuse it.
    if (requirement === 'signedIn') return caller === 'api-key' ? 'UNAUTHENTICATED' : 'reached';
    if (!isAbilityId(requirement)) throw new Error(`${typeName}.${fieldName}: unknown requirement ${requirement}`);
    // Holding every ability, a key still never gets a human-only one.
    if (caller === 'api-key') return isHumanOnly(requirement) ? 'FORBIDDEN' : 'reached';
    return hasAbility(caller, requirement) ? 'reached' : 'FORBIDDEN';
  }

  /** Every mismatch between the matrix and what `target` answers for one caller. */
  async function mismatchesFor(caller: Caller, target: GraphQLSchema): Promise<string[]> {
    const mismatches: string[] = [];
    for (const [typeName, operation] of [
      ['Query', 'query'],
      ['Mutation', 'mutation'],
    ] as const) {
      const root = typeName === 'Query' ? target.getQueryType()! : target.getMutationType()!;
      for (const field of Object.values(root.getFields())) {
        const want = expected(caller, typeName, field.name);
        const got = await outcome(caller, operation, field, target);
        if (got !== want) mismatches.push(`${typeName}.${field.name}: expected ${want}, got ${got}`);
      }
    }
    return mismatches;
  }

  it('demands of each operation what the table says, and covers every root field', async () => {
    const bare = await buildBareSchema();
    const actual: Record<string, string> = {};
    for (const [typeName, root] of [
      ['Query', bare.getQueryType()!],
      ['Mutation', bare.getMutationType()!],
    ] as const) {
      for (const name of Object.keys(root.getFields())) {
        const description = describeRule(ruleFor(RULES, typeName, name));
        actual[`${typeName}.${name}`] =
          description?.kind === 'ability'
            ? description.ability
            : description?.kind === 'condition'
              ? description.name
              : (description?.kind ?? 'none');
      }
    }
    expect(actual).toEqual(REQUIREMENTS);
  });

  it('covers every root field of the schema', async () => {
    const bare = await buildBareSchema();
    const fields = [
      ...Object.keys(bare.getQueryType()!.getFields()),
      ...Object.keys(bare.getMutationType()!.getFields()),
    ];
    expect(fields.length).toBeGreaterThan(30);
    for (const [typeName, root] of [
      ['Query', bare.getQueryType()!],
      ['Mutation', bare.getMutationType()!],
    ] as const) {
      for (const name of Object.keys(root.getFields()))
        expect(describeRule(ruleFor(RULES, typeName, name)), `${typeName}.${name}`).toBeDefined();
    }
  });

  for (const caller of CALLERS) {
    it(`answers every operation as the catalog says for ${caller}`, async () => {
      expect(await mismatchesFor(caller, schema)).toEqual([]);
    });
  }

  it('fails when a rule is loosened', async () => {
    const loosened = mergeRuleMaps([
      Object.fromEntries(
        Object.entries(RULES).map(([typeName, fields]) => [
          typeName,
          typeName === 'Mutation' ? { ...fields, archiveMember: signedIn } : fields,
        ]),
      ),
    ]);
    const mismatches = await mismatchesFor('viewer', applyAuthorization(await stubbedBareSchema(), loosened));
    expect(mismatches).toEqual(['Mutation.archiveMember: expected FORBIDDEN, got reached']);
  });
});
