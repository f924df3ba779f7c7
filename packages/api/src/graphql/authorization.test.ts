import { defaultFieldResolver, graphql, isObjectType, type GraphQLSchema } from 'graphql';
import { pino } from 'pino';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLE_BUNDLES, type RoleId } from '@orgplane/schema';
import { CatalogResolver } from '../modules/catalog/catalog.resolver.ts';
import {
  applyAuthorization,
  can,
  mergeRuleMaps,
  parentGuarded,
  publicAccess,
  ruleFor,
  staleRules,
  uncoveredFields,
  type RuleMap,
} from './authorization.ts';
import type { Context } from './context.ts';
import { type DomainError } from '../domain-error.ts';
import { buildBareSchema, RESOLVERS, RULES } from './schema.ts';

@ObjectType({ description: 'Test-only.', simpleResolvers: true })
class Probe {
  @Field(() => String, { description: 'Covered by its parent’s rule.' })
  value: string;

  @Field(() => String, { description: 'Added without a rule: must be denied although default-resolved.' })
  unruled: string;

  @Field(() => String, {
    nullable: true,
    description: 'Sensitive and default-resolved: needs invitations.read of its own.',
  })
  sensitive: string | null;
}

@Resolver()
class ProbeResolver {
  @Query(() => String, { description: 'Test-only, public.' })
  openProbe(): string {
    return 'open';
  }

  @Query(() => String, { description: 'Test-only, added without a rule.' })
  unruledProbe(): string {
    return 'leaked';
  }

  @Query(() => Probe, { description: 'Test-only, needs members.read.' })
  guardedProbe(): Probe {
    return { value: 'visible', unruled: 'leaked', sensitive: 'secret' };
  }

  @Query(() => [Probe], { description: 'Test-only, a list of probes, open to members.' })
  probeList(): Probe[] {
    return [1, 2, 3].map((index) => ({ value: `row ${index}`, unruled: 'leaked', sensitive: `secret ${index}` }));
  }
}

const probeRules: RuleMap = {
  Query: { openProbe: publicAccess, guardedProbe: can('members.read'), probeList: can('workspaces.read') },
  Probe: { value: parentGuarded, sensitive: can('invitations.read') },
};

function contextFor(caller: RoleId | 'anonymous' | 'no-tenant'): Context {
  // Rules read only the caller, the tenant and the logger; nothing here touches a database.
  const base = {
    em: undefined as never,
    services: undefined as never,
    refreshCookie: undefined as never,
    deviceCookie: undefined as never,
    meta: { ip: '127.0.0.1', userAgent: null },
    socketAddress: '127.0.0.1',
    apiKey: null,
    requestId: 'test',
    logger: pino({ level: 'silent' }),
  };
  if (caller === 'anonymous') return { ...base, viewer: null, tenant: null };
  const viewer = { userId: 'user-1', sessionId: 'session-1' };
  if (caller === 'no-tenant') return { ...base, viewer, tenant: null };
  return {
    ...base,
    viewer,
    tenant: {
      orgId: 'org-1',
      status: 'active',
      role: caller,
      membershipId: 'membership-1',
      abilities: new Set(ROLE_BUNDLES[caller]),
    },
  };
}

async function run(schema: GraphQLSchema, source: string, caller: Parameters<typeof contextFor>[0]) {
  const result = await graphql({ schema, source, contextValue: contextFor(caller) });
  const codes = (result.errors ?? []).map((error) => (error.originalError as DomainError | undefined)?.code);
  return { data: result.data, codes, errors: result.errors ?? [] };
}

describe('schema coverage', () => {
  it('gives every field of the API schema a deliberate rule', async () => {
    const schema = await buildBareSchema();
    expect(uncoveredFields(schema, RULES)).toEqual([]);
  });

  it('has no rule for a type or field the schema lacks', async () => {
    expect(staleRules(await buildBareSchema(), RULES)).toEqual([]);
  });

  it('fails when a field is added without a rule', async () => {
    const schema = await buildBareSchema([...RESOLVERS, ProbeResolver]);
    expect(uncoveredFields(schema, mergeRuleMaps([RULES, probeRules]))).toEqual([
      'Probe.unruled',
      'Query.unruledProbe',
    ]);
  });
});

describe('applyAuthorization', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = applyAuthorization(
      await buildBareSchema([CatalogResolver, ProbeResolver]),
      mergeRuleMaps([RULES, probeRules]),
    );
  });

  it('denies a root field without a rule (fallback deny)', async () => {
    const result = await run(schema, '{ unruledProbe }', 'owner');
    expect(result.codes).toEqual(['FORBIDDEN']);
    expect(result.data).toBeNull();
  });

  it('denies a default-resolved field without a rule, even under a permitted parent', async () => {
    const result = await run(schema, '{ guardedProbe { value unruled } }', 'owner');
    expect(result.codes).toEqual(['FORBIDDEN']);
    expect(result.errors[0]?.path).toEqual(['guardedProbe', 'unruled']);
    expect(JSON.stringify(result.data)).not.toContain('leaked');
  });

  it('lets public fields through for anonymous callers', async () => {
    expect((await run(schema, '{ openProbe }', 'anonymous')).data).toEqual({ openProbe: 'open' });
    const catalog = await run(schema, '{ abilityCatalog { roles { id } } }', 'anonymous');
    expect(catalog.codes).toEqual([]);
  });

  it('checks abilities against the caller’s role in the tenant', async () => {
    expect((await run(schema, '{ guardedProbe { value } }', 'anonymous')).codes).toEqual(['UNAUTHENTICATED']);
    expect((await run(schema, '{ guardedProbe { value } }', 'no-tenant')).codes).toEqual(['TENANT_NOT_FOUND']);
    const denied = await run(schema, '{ guardedProbe { value } }', 'manager');
    expect(denied.codes).toEqual(['FORBIDDEN']);
    expect((denied.errors[0]?.originalError as DomainError).extensions).toEqual({ ability: 'members.read' });
    for (const role of ['owner', 'admin'] as const) {
      expect((await run(schema, '{ guardedProbe { value } }', role)).data).toEqual({
        guardedProbe: { value: 'visible' },
      });
    }
  });

  it('checks a sensitive field’s own ability on every row of a list, default-resolved or not', async () => {
    const denied = await run(schema, '{ probeList { value sensitive } }', 'member');
    expect(denied.codes).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(denied.errors.map((error) => error.path)).toEqual([0, 1, 2].map((row) => ['probeList', row, 'sensitive']));
    expect(denied.data).toEqual({ probeList: [1, 2, 3].map((index) => ({ value: `row ${index}`, sensitive: null })) });
    expect((denied.errors[0]?.originalError as DomainError).extensions).toEqual({ ability: 'invitations.read' });
    const allowed = await run(schema, '{ probeList { value sensitive } }', 'admin');
    expect(allowed.codes).toEqual([]);
    expect(allowed.data).toEqual({
      probeList: [1, 2, 3].map((index) => ({ value: `row ${index}`, sensitive: `secret ${index}` })),
    });
  });

  it('refuses two rules for one field', () => {
    expect(() => mergeRuleMaps([probeRules, { Query: { openProbe: publicAccess } }])).toThrow(/Query.openProbe/);
  });
});

describe('the API schema with authorization applied', () => {
  it('wraps no parent-guarded field, so large lists pay nothing for authorization', async () => {
    const schema = applyAuthorization(await buildBareSchema(), RULES);
    const guardedByParent: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const [name, field] of Object.entries(type.getFields())) {
        const key = `${type.name}.${name}`;
        if (ruleFor(RULES, type.name, name) === parentGuarded) {
          guardedByParent.push(key);
          // A parent-guarded field must resolve from its parent: no resolver (simpleResolvers), no wrapper.
          expect([undefined, defaultFieldResolver], key).toContain(field.resolve);
        } else {
          expect(field.resolve, key).toBeTypeOf('function');
          expect(field.resolve, key).not.toBe(defaultFieldResolver);
        }
      }
    }
    expect(guardedByParent.length).toBeGreaterThan(20);
  });
});
