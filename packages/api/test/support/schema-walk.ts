import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** A root field and the operation type it belongs to. */
export interface RootOperation {
  readonly operation: 'query' | 'mutation';
  readonly field: GraphQLField<unknown, unknown>;
}

/** Every query and mutation of `schema`. */
export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  const of = (operation: RootOperation['operation'], type: ReturnType<GraphQLSchema['getQueryType']>) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ operation, field }));
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType())];
}

/** Whether an input type holds an ID anywhere. */
export function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => takesId(field.type, seen));
}

/** Whether an argument or input field must be given (non-null without a default). */
export function isRequired(input: GraphQLArgument | GraphQLInputField): boolean {
  return isNonNullType(input.type) && input.defaultValue === undefined;
}

/**
 * A value for an input type: input objects get the fields `include` accepts, lists one element,
 * enums their first value, and scalars what `leaf` answers for the field's name and scalar type.
 */
export function fillInput(
  type: GraphQLInputType,
  leaf: (name: string, scalar: string) => unknown,
  include: (field: GraphQLInputField) => boolean = isRequired,
  name = '',
): unknown {
  if (isNonNullType(type)) return fillInput(type.ofType, leaf, include, name);
  if (isListType(type)) return [fillInput(type.ofType, leaf, include, name)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter(include)
        .map((field) => [field.name, fillInput(field.type, leaf, include, field.name)]),
    );
  }
  return leaf(name, getNamedType(type).name);
}

/** Selects every scalar field a payload offers, two levels deep, so any leaked data would show. */
function selection(type: GraphQLNamedType, depth = 0): string {
  if (!isObjectType(type) || depth > 2) return '';
  const fields = Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
    .map((field) => {
      const inner = getNamedType(field.type);
      if (!isObjectType(inner)) return field.name;
      const nested = selection(inner, depth + 1);
      return nested ? `${field.name} ${nested}` : '';
    })
    .filter(Boolean);
  return `{ ${fields.join(' ')} }`;
}

/**
 * A document calling the field at the end of `path` (a root field, then fields below it) with
 * `args` of each step passed as variables named `<step>_<argument>`, selecting `selection` of
 * the last field's type.
 */
export function operationDocument(
  operation: RootOperation['operation'],
  path: ReadonlyArray<{ field: GraphQLField<unknown, unknown>; args: readonly GraphQLArgument[] }>,
): string {
  const declarations: string[] = [];
  let body = selection(getNamedType(path.at(-1)!.field.type));
  for (const [step, { field, args }] of [...path.entries()].reverse()) {
    for (const arg of args) declarations.push(`$${variableName(step, arg.name)}: ${String(arg.type)}`);
    const call = args.length
      ? `(${args.map((arg) => `${arg.name}: $${variableName(step, arg.name)}`).join(', ')})`
      : '';
    body = `{ ${field.name}${call} ${body} }`;
  }
  return `${operation}${declarations.length ? `(${declarations.join(', ')})` : ''} ${body}`;
}

/** The variable `operationDocument` declares for argument `name` of step `step`. */
export function variableName(step: number, name: string): string {
  return step === 0 ? name : `s${step}_${name}`;
}
