import { can, parentGuarded, signedIn, type RuleMap } from '../../graphql/authorization.ts';

export const organizationRules: RuleMap = {
  Query: { organization: can('organization.read') },
  Mutation: {
    createOrganization: signedIn,
    renameOrganization: can('organization.rename'),
    updateOrganizationSettings: can('organization.updateSettings'),
    dismissBanner: can('organization.read'),
    archiveOrganization: can('organization.delete'),
    restoreOrganization: signedIn,
  },
  Viewer: { archivedOrganizations: signedIn },
  Organization: { '*': parentGuarded },
  ArchivedOrganization: { '*': parentGuarded },
  OrganizationLifecyclePayload: { '*': parentGuarded },
  CurrentOrganization: { '*': parentGuarded },
  GeneralSettings: { '*': parentGuarded },
  BrandingSettings: { '*': parentGuarded },
  SecuritySettings: { '*': parentGuarded },
  Banner: { '*': parentGuarded },
  TracingSettings: { '*': parentGuarded },
  CurrentOrganizationPayload: { '*': parentGuarded },
  CreateOrganizationPayload: { '*': parentGuarded },
};
