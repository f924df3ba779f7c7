import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CATALOG_SECTIONS, ROLE_ENUM, ROLES, toWireRole, type RoleId } from '@orgplane/schema';

/** GraphQL's `Role` enum: `OWNER` on the wire, the catalog's `owner` inside the server. */
export const Role = ROLE_ENUM;

registerEnumType(Role, {
  name: 'Role',
  description: 'One of the five roles a member can hold in an organization.',
  valuesConfig: Object.fromEntries(
    ROLES.map((role) => [toWireRole(role.id), { description: `${role.label}: ${role.description}` }]),
  ),
});

@ObjectType({ description: 'A role with its human label and what it is for.', simpleResolvers: true })
export class CatalogRole {
  @Field(() => Role, { description: 'The role.' })
  id: RoleId;

  @Field(() => String, { description: 'The role’s name as people see it.' })
  label: string;

  @Field(() => String, { description: 'What the role may do, in one or two sentences.' })
  description: string;
}

@ObjectType({ description: 'One thing a role may do, such as archiving a member.', simpleResolvers: true })
export class CatalogAbility {
  @Field(() => ID, { description: 'The ability id, `section.action` (for example `members.archive`).' })
  id: string;

  @Field(() => String, { description: 'A short human label.' })
  label: string;

  @Field(() => String, { description: 'What holding this ability allows.' })
  description: string;

  @Field(() => Boolean, { description: 'Whether the ability can remove data or access (shown with a warning).' })
  destructive: boolean;

  @Field(() => Boolean, {
    description:
      'Whether only people may hold it: tenant administration (invitations, archiving members, roles, ownership, deleting the organization) that an API key can never be given or use.',
  })
  humanOnly: boolean;

  @Field(() => [Role], { description: 'The roles that hold this ability, most privileged first.' })
  roles: readonly RoleId[];
}

@ObjectType({ description: 'A group of related abilities, such as Members or Billing.', simpleResolvers: true })
export class CatalogSection {
  @Field(() => ID, { description: 'The section id, the first part of its abilities’ ids.' })
  id: string;

  @Field(() => String, { description: 'The section’s name as people see it.' })
  label: string;

  @Field(() => String, { description: 'What the section covers.' })
  description: string;

  @Field(() => [CatalogAbility], { description: 'The abilities of this section, in catalog order.' })
  abilities: readonly CatalogAbility[];
}

@ObjectType({
  description: 'Every role and every ability, and which roles hold which: the source of every permission check.',
  simpleResolvers: true,
})
export class AbilityCatalog {
  @Field(() => [CatalogSection], { description: 'The sections with their abilities, in catalog order.' })
  sections: readonly CatalogSection[];

  @Field(() => [CatalogRole], { description: 'The five roles, most privileged first.' })
  roles: readonly CatalogRole[];
}

/** The catalog in its GraphQL shape; plain data, built once. */
export const ABILITY_CATALOG: AbilityCatalog = { sections: CATALOG_SECTIONS, roles: ROLES };
