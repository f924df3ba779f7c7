import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { getNamedType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBareSchema } from '../graphql/schema.ts';
import { MODULES } from './index.ts';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
const MODULES_DIR = import.meta.dirname;

/** The module folders on disk: every directory under `src/modules/`. */
async function moduleFolders(): Promise<string[]> {
  const entries = await readdir(MODULES_DIR, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/** The class a module's folder exports, mapped to that module: which module wrote which class. */
async function classOwners(): Promise<Map<unknown, string>> {
  const owners = new Map<unknown, string>();
  for (const module of MODULES) {
    const folder = path.join(MODULES_DIR, module.name);
    for (const file of await readdir(folder)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const exports = (await import(path.join(folder, file))) as Record<string, unknown>;
      for (const value of Object.values(exports)) if (typeof value === 'function') owners.set(value, module.name);
    }
  }
  return owners;
}

/**
 * Which module owns each root field, object type and resolved field, from type-graphql's
 * metadata: a root field or field resolver belongs to the module listing its resolver class; an
 * object type to the module whose folder defines its class; a type made by a shared helper (a
 * connection's edge) to the one module whose types refer to it, and to no module (shared) when
 * several do.
 */
interface Ownership {
  /** `Query.viewer` → `users`. */
  readonly rootFields: ReadonlyMap<string, string>;
  /** `Viewer.archivedOrganizations` → `organizations`, for fields with a field resolver. */
  readonly resolvedFields: ReadonlyMap<string, string>;
  /** `Viewer` → `users`; absent for shared types such as `PageInfo`. */
  readonly types: ReadonlyMap<string, string>;
}

function moduleOfResolver(target: unknown): string | undefined {
  return MODULES.find((module) => module.resolvers?.some((resolver) => resolver === target))?.name;
}

function objectTypeNames(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !ROOT_TYPES.has(type.name))
    .map((type) => type.name);
}

async function ownership(schema: GraphQLSchema): Promise<Ownership> {
  const storage = getMetadataStorage();
  const rootFields = new Map<string, string>();
  for (const [typeName, entries] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const) {
    for (const entry of entries) {
      const owner = moduleOfResolver(entry.target);
      if (owner) rootFields.set(`${typeName}.${entry.schemaName}`, owner);
    }
  }
  const classes = await classOwners();
  const types = new Map<string, string>();
  for (const objectType of storage.objectTypes) {
    const owner = classes.get(objectType.target);
    if (owner) types.set(objectType.name, owner);
  }
  const resolvedFields = new Map<string, string>();
  for (const fieldResolver of storage.fieldResolvers) {
    const owner = moduleOfResolver(fieldResolver.target);
    const objectClass = fieldResolver.getObjectType?.();
    const typeName = storage.objectTypes.find((objectType) => objectType.target === objectClass)?.name;
    if (owner && typeName) resolvedFields.set(`${typeName}.${fieldResolver.schemaName}`, owner);
  }
  // Types no module folder defines (a connection's edge, `PageInfo`): owned by the one module
  // whose types refer to them, shared when several do. Repeated until nothing changes.
  const objectTypes = objectTypeNames(schema).map((name) => schema.getType(name) as GraphQLObjectType);
  for (let changed = true; changed;) {
    changed = false;
    for (const type of objectTypes) {
      if (types.has(type.name)) continue;
      const referrers = new Set<string>();
      for (const other of objectTypes) {
        const owner = types.get(other.name);
        const refers = Object.values(other.getFields()).some((field) => getNamedType(field.type).name === type.name);
        if (owner && refers) referrers.add(owner);
      }
      if (referrers.size === 1) {
        types.set(type.name, [...referrers][0]!);
        changed = true;
      }
    }
  }
  return { rootFields, resolvedFields, types };
}

describe('modules', () => {
  let schema: GraphQLSchema;
  let owners: Ownership;
  beforeAll(async () => {
    schema = await buildBareSchema();
    owners = await ownership(schema);
  });

  it('are each one folder with an index.ts, listed once in MODULES under the folder’s name', async () => {
    expect(MODULES.map((module) => module.name).sort()).toEqual((await moduleFolders()).sort());
    expect(new Set(MODULES).size).toBe(MODULES.length);
  });

  it('declare the rule of every root field in the module whose resolver defines it', () => {
    const misplaced: string[] = [];
    const declared = new Map<string, string>();
    for (const module of MODULES) {
      for (const typeName of ROOT_TYPES) {
        for (const fieldName of Object.keys(module.rules?.[typeName] ?? {})) {
          const field = `${typeName}.${fieldName}`;
          declared.set(field, module.name);
          const owner = owners.rootFields.get(field);
          if (owner !== module.name) {
            misplaced.push(`${field}: rule in ${module.name}, resolver in ${owner ?? 'no module'}`);
          }
        }
      }
    }
    for (const [field, owner] of owners.rootFields) {
      if (!declared.has(field)) misplaced.push(`${field}: resolver in ${owner}, rule in no module`);
    }
    expect(misplaced).toEqual([]);
    // The metadata saw the whole schema: every root field has an owner.
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((fieldName) => `${type!.name}.${fieldName}`),
    );
    expect([...owners.rootFields.keys()].sort()).toEqual(rootFields.sort());
  });

  it('declare rules only for the types and fields they own', () => {
    const misplaced: string[] = [];
    for (const module of MODULES) {
      for (const [typeName, fields] of Object.entries(module.rules ?? {})) {
        if (ROOT_TYPES.has(typeName)) continue;
        for (const fieldName of Object.keys(fields)) {
          const owner =
            (fieldName !== '*' && owners.resolvedFields.get(`${typeName}.${fieldName}`)) || owners.types.get(typeName);
          if (owner !== module.name) {
            misplaced.push(
              `${typeName}.${fieldName}: rule in ${module.name}, owned by ${owner ?? 'no module (shared)'}`,
            );
          }
        }
      }
    }
    expect(misplaced).toEqual([]);
    // Every named type of the schema but the shared ones has an owner.
    expect(objectTypeNames(schema).filter((name) => !owners.types.has(name))).toEqual(['PageInfo']);
  });
});
