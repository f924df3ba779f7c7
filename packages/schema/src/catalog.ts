/**
 * The ability catalog: the single source of truth for what each role may do.
 *
 * Sections group abilities; each ability is a `section.action` id with a label, a description,
 * a destructive flag and a human-only flag (tenant administration that stays with people: API
 * keys never hold it); role bundles map each role to the abilities it holds. The API derives
 * its graphql-shield rules and API-key scopes from this data, the console decides what to show
 * from it, and the docs' permissions table is generated from it.
 */

/** The five roles, from most to least privileged. */
export const ROLE_IDS = ['owner', 'admin', 'manager', 'member', 'viewer'] as const;

/** A role id. */
export type RoleId = (typeof ROLE_IDS)[number];

/** Roles that an invitation or a role change may assign: everything except owner. */
export const ASSIGNABLE_ROLE_IDS = ['admin', 'manager', 'member', 'viewer'] as const satisfies readonly RoleId[];

/** A role that can be given by invitation or role change. */
export type AssignableRoleId = (typeof ASSIGNABLE_ROLE_IDS)[number];

/** A role's human label and description. */
export interface RoleDefinition {
  readonly id: RoleId;
  readonly label: string;
  readonly description: string;
}

/** The roles with their labels and descriptions, in catalog order. */
export const ROLES = [
  {
    id: 'owner',
    label: 'Owner',
    description:
      'Everything, including ownership transfer, billing and subscription, renaming the organization and deleting it. Exactly one per organization.',
  },
  {
    id: 'admin',
    label: 'Admin',
    description:
      'Tenant administration: members, invitations, roles, settings, API keys and audit, and a read-only view of billing; no ownership transfer, billing changes, rename or delete.',
  },
  {
    id: 'manager',
    label: 'Manager',
    description:
      'Full modelling access, including deleting workspaces and environments and managing environment credentials. No tenant administration.',
  },
  {
    id: 'member',
    label: 'Member',
    description: 'Creates and updates workspaces and environments, never deletes them. No administration.',
  },
  {
    id: 'viewer',
    label: 'Viewer',
    description: 'Read-only access: no edits, no member management, no data export and no usage costs.',
  },
] as const satisfies readonly RoleDefinition[];

/** One ability as written in the catalog. */
export interface AbilityDefinition {
  readonly label: string;
  readonly description: string;
  readonly destructive: boolean;
  /**
   * Tenant administration that stays with people (inviting, archiving, changing roles,
   * transferring ownership): an API key can never be given it, nor use it if stored with it.
   */
  readonly humanOnly: boolean;
}

/** A section groups the abilities of one area of the product. */
export interface SectionDefinition {
  readonly label: string;
  readonly description: string;
  readonly abilities: Readonly<Record<string, AbilityDefinition>>;
}

function ability(label: string, description: string, destructive = false) {
  return { label, description, destructive, humanOnly: false as const } satisfies AbilityDefinition;
}

/** The same ability, marked as one only people may hold. */
function humanOnly(definition: AbilityDefinition) {
  return { ...definition, humanOnly: true as const } satisfies AbilityDefinition;
}

/**
 * Sections and their abilities. The key of a section and the key of an ability inside it form
 * the ability id: `members.archive`.
 */
export const SECTIONS = {
  organization: {
    label: 'Organization',
    description: 'The organization itself: its profile, settings, lifecycle and ownership.',
    abilities: {
      read: ability('View organization', 'See the organization, its settings and its banner.'),
      updateSettings: ability(
        'Edit settings',
        'Change general details (except name and slug), branding, security, banner and tracing settings.',
      ),
      rename: ability('Rename organization', 'Change the organization name and its URL slug.'),
      manageSso: ability('Configure single sign-on', 'Set up the identity provider and verified domains.'),
      viewHealth: ability('View health findings', 'See the findings of the nightly organization health scan.'),
      transferOwnership: humanOnly(
        ability('Transfer ownership', 'Hand ownership to an active admin; the current owner becomes an admin.', true),
      ),
      // Archiving needs the owner's password, so only a person could ever use it.
      delete: humanOnly(
        ability(
          'Delete organization',
          'Archive the organization (restorable for 30 days), restore it, or let it be deleted.',
          true,
        ),
      ),
    },
  },
  members: {
    label: 'Members',
    description: 'People who belong to the organization and their roles.',
    abilities: {
      read: ability('View members', 'Open the member management page: roles, join dates, last logins and emails.'),
      changeRole: humanOnly(ability('Change roles', 'Give an active non-owner member another non-owner role.')),
      archive: humanOnly(
        ability(
          'Archive and reactivate members',
          'Remove a non-owner member’s access at once, or restore it with the previous role.',
          true,
        ),
      ),
      resetCredentials: ability('Send password reset', 'Email a member a link to reset their password.'),
      viewCredits: ability('View member credits', 'See each member’s credit limit and used credits.'),
      setCreditLimit: ability('Set credit limits', 'Change how many credits a member may use.'),
    },
  },
  invitations: {
    label: 'Invitations',
    description: 'Email invitations that bring new people into the organization.',
    abilities: {
      read: ability('View invitations', 'See pending and past invitations with their roles and expiry.'),
      create: humanOnly(ability('Invite people', 'Invite one or many addresses as admin, manager, member or viewer.')),
      resend: humanOnly(
        ability('Resend invitations', 'Send a fresh link with a new 7-day expiry; the old link stops working.'),
      ),
      revoke: humanOnly(
        ability('Revoke invitations', 'Cancel a pending invitation so its link no longer works.', true),
      ),
    },
  },
  workspaces: {
    label: 'Workspaces',
    description: 'Partitions of the organization that hold environments.',
    abilities: {
      read: ability('View workspaces', 'See the workspaces open to you.'),
      create: ability('Create workspaces', 'Add a new workspace.'),
      update: ability('Edit workspaces', 'Change a workspace’s name, slug and description.'),
      manageAccess: ability(
        'Restrict workspaces',
        'Make a workspace restricted and choose the members who may see it.',
      ),
      delete: ability('Delete workspaces', 'Delete a workspace with its environments.', true),
    },
  },
  environments: {
    label: 'Environments',
    description: 'Deployment targets inside a workspace, with their write-only cloud credentials.',
    abilities: {
      read: ability('View environments', 'See environments, their tier, host and execution settings.'),
      create: ability('Create environments', 'Add an environment to a workspace.'),
      update: ability('Edit environments', 'Change an environment’s name, tier, host and execution settings.'),
      viewCredentialStatus: ability(
        'View credential status',
        'See whether cloud credentials are configured, when they changed and their fingerprint.',
      ),
      manageCredentials: ability(
        'Manage credentials',
        'Set, replace or clear an environment’s cloud credentials.',
        true,
      ),
      delete: ability('Delete environments', 'Delete an environment and its credentials.', true),
    },
  },
  apiKeys: {
    label: 'API keys',
    description: 'Keys that let programs call the API on the organization’s behalf.',
    abilities: {
      read: ability('View API keys', 'See API keys, their scopes, expiry and last use (never the secret).'),
      create: ability('Create API keys', 'Create a key with scopes no wider than your own abilities.'),
      revoke: ability('Revoke API keys', 'Stop a key from working at once.', true),
    },
  },
  billing: {
    label: 'Billing',
    description: 'The subscription, billing periods and invoices.',
    abilities: {
      read: ability('View billing', 'See the subscription, billing periods and invoices.'),
      manage: ability(
        'Manage subscription',
        'Change the plan, billing cycle, auto-renewal and billing period settings.',
        true,
      ),
    },
  },
  usage: {
    label: 'Usage',
    description: 'Metered usage, credits and alerts.',
    abilities: {
      read: ability('View usage', 'See usage quantities over time, per meter and per member.'),
      readCosts: ability('View usage costs', 'See credits and costs attached to usage.'),
      record: ability('Record usage', 'Record usage events against the organization’s meters.'),
      manageAlerts: ability('Manage usage alerts', 'Set thresholds that notify or throttle usage.'),
      export: ability('Export usage', 'Download raw usage events and period totals as JSON or CSV.'),
    },
  },
  webhooks: {
    label: 'Webhooks',
    description: 'Endpoints that receive signed event notifications from the organization.',
    abilities: {
      read: ability('View webhooks', 'See webhook endpoints and their delivery log (never the signing secret).'),
      manage: ability(
        'Manage webhooks',
        'Add, change, disable and delete endpoints, send test events and redeliver.',
        true,
      ),
    },
  },
  audit: {
    label: 'Audit',
    description: 'The tamper-evident trail of every change.',
    abilities: {
      read: ability('View audit log', 'Browse and filter the audit trail.'),
      export: ability('Export audit log', 'Download the audit trail as JSON or CSV.'),
    },
  },
  dataExport: {
    label: 'Data export',
    description: 'Archives of the organization’s data.',
    abilities: {
      create: ability(
        'Export organization data',
        'Build a downloadable archive of members, invitations, workspaces, environments, API keys and the audit trail.',
      ),
    },
  },
} as const satisfies Readonly<Record<string, SectionDefinition>>;

/** A section id. */
export type SectionId = keyof typeof SECTIONS;

/** An ability id: `section.action`. */
export type AbilityId = {
  [S in SectionId]: `${S}.${Extract<keyof (typeof SECTIONS)[S]['abilities'], string>}`;
}[SectionId];

/** An ability only people may hold (`humanOnly: true` in the catalog); API keys never do. */
export type HumanOnlyAbilityId = {
  [S in SectionId]: {
    [A in Extract<keyof (typeof SECTIONS)[S]['abilities'], string>]: (typeof SECTIONS)[S]['abilities'][A] extends {
      readonly humanOnly: true;
    }
      ? `${S}.${A}`
      : never;
  }[Extract<keyof (typeof SECTIONS)[S]['abilities'], string>];
}[SectionId];

/** An ability an API key may hold as a scope. */
export type DelegableAbilityId = Exclude<AbilityId, HumanOnlyAbilityId>;

/** Every ability id, in catalog order. */
export const ABILITY_IDS: readonly AbilityId[] = (Object.keys(SECTIONS) as SectionId[]).flatMap((section) =>
  Object.keys(SECTIONS[section].abilities).map((action) => `${section}.${action}` as AbilityId),
);

const VIEWER = [
  'organization.read',
  'workspaces.read',
  'environments.read',
  'usage.read',
] as const satisfies readonly AbilityId[];

const MEMBER = [
  ...VIEWER,
  'workspaces.create',
  'workspaces.update',
  'environments.create',
  'environments.update',
  'environments.viewCredentialStatus',
  'usage.readCosts',
  'usage.record',
] as const satisfies readonly AbilityId[];

const MANAGER = [
  ...MEMBER,
  'workspaces.delete',
  'environments.delete',
  'environments.manageCredentials',
] as const satisfies readonly AbilityId[];

const ADMIN = [
  ...MANAGER,
  'organization.updateSettings',
  'organization.manageSso',
  'organization.viewHealth',
  'members.read',
  'members.changeRole',
  'members.archive',
  'members.resetCredentials',
  'members.viewCredits',
  'invitations.read',
  'invitations.create',
  'invitations.resend',
  'invitations.revoke',
  'workspaces.manageAccess',
  'apiKeys.read',
  'apiKeys.create',
  'apiKeys.revoke',
  'billing.read',
  'usage.manageAlerts',
  'usage.export',
  'webhooks.read',
  'webhooks.manage',
  'audit.read',
  'audit.export',
  'dataExport.create',
] as const satisfies readonly AbilityId[];

/**
 * Role bundles: the only place where roles are given abilities. Each lower role's bundle is
 * contained in the one above it; the owner holds every ability.
 */
export const ROLE_BUNDLES: Readonly<Record<RoleId, readonly AbilityId[]>> = {
  owner: ABILITY_IDS,
  admin: ADMIN,
  manager: MANAGER,
  member: MEMBER,
  viewer: VIEWER,
};

const bundleSets: Readonly<Record<RoleId, ReadonlySet<AbilityId>>> = {
  owner: new Set(ROLE_BUNDLES.owner),
  admin: new Set(ROLE_BUNDLES.admin),
  manager: new Set(ROLE_BUNDLES.manager),
  member: new Set(ROLE_BUNDLES.member),
  viewer: new Set(ROLE_BUNDLES.viewer),
};

/** Whether `role` holds `ability`. Pure; the same answer on the server and in the browser. */
export function hasAbility(role: RoleId, ability: AbilityId): boolean {
  return bundleSets[role].has(ability);
}

/** The roles that hold `ability`, in catalog order. */
export function rolesWithAbility(ability: AbilityId): RoleId[] {
  return ROLE_IDS.filter((role) => bundleSets[role].has(ability));
}

/** Whether a string is a known role id. */
export function isRoleId(value: string): value is RoleId {
  return (ROLE_IDS as readonly string[]).includes(value);
}

const humanOnlyIds: ReadonlySet<AbilityId> = new Set(
  (Object.keys(SECTIONS) as SectionId[]).flatMap((section) =>
    Object.entries(SECTIONS[section].abilities as Readonly<Record<string, AbilityDefinition>>)
      .filter(([, definition]) => definition.humanOnly)
      .map(([action]) => `${section}.${action}` as AbilityId),
  ),
);

/** The abilities only people may hold, in catalog order. */
export const HUMAN_ONLY_ABILITY_IDS: readonly HumanOnlyAbilityId[] = ABILITY_IDS.filter((id) =>
  humanOnlyIds.has(id),
) as HumanOnlyAbilityId[];

/** Whether only people may hold `ability`: an API key can never be given it or use it. */
export function isHumanOnly(ability: AbilityId): ability is HumanOnlyAbilityId {
  return humanOnlyIds.has(ability);
}

/** Whether a string is a known ability id. */
export function isAbilityId(value: string): value is AbilityId {
  return (ABILITY_IDS as readonly string[]).includes(value);
}

/** One ability with its id, section and the roles that hold it. */
export interface CatalogAbility extends AbilityDefinition {
  readonly id: AbilityId;
  readonly section: SectionId;
  readonly roles: readonly RoleId[];
}

/** One section with its abilities, resolved for display. */
export interface CatalogSection {
  readonly id: SectionId;
  readonly label: string;
  readonly description: string;
  readonly abilities: readonly CatalogAbility[];
}

/** The catalog as a list of sections with their abilities, in catalog order. */
export const CATALOG_SECTIONS: readonly CatalogSection[] = (Object.keys(SECTIONS) as SectionId[]).map((section) => {
  const definition: SectionDefinition = SECTIONS[section];
  return {
    id: section,
    label: definition.label,
    description: definition.description,
    abilities: Object.entries(definition.abilities).map(([action, entry]) => {
      const id = `${section}.${action}` as AbilityId;
      return { id, section, ...entry, roles: rolesWithAbility(id) };
    }),
  };
});
