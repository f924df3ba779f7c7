import { graphql } from '@orgplane/schema/generated';

/**
 * Everything the settings pages show of the organization; mutations answer with the same fields.
 * Only codegen reads it: the documents below spread it by name and the forms take its generated
 * type, `OrganizationSettingsFieldsFragment`.
 */
graphql(`
  fragment OrganizationSettingsFields on CurrentOrganization {
    id
    name
    slug
    status
    general {
      primaryDomain
      industry
      contactEmail
      billingEmail
      supportTier
    }
    branding {
      primaryColor
      secondaryColor
      accentColor
      fontFamily
    }
    security {
      requireMfa
      allowUserKeyOverride
    }
    banner {
      message
      variant
      dismissible
      updatedAt
      dismissedByViewer
    }
    tracing {
      mode
      sampleRate
      retentionDays
    }
  }
`);

/** This tab's organization with all of its settings sections. */
export const OrganizationSettingsQuery = graphql(`
  query OrganizationSettings {
    organization {
      ...OrganizationSettingsFields
    }
  }
`);

/** Replaces the sections it is given (each as a whole); the others stay as they are. */
export const UpdateOrganizationSettingsMutation = graphql(`
  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      organization {
        ...OrganizationSettingsFields
      }
    }
  }
`);

/** Changes the name and the URL slug (owner only). */
export const RenameOrganizationMutation = graphql(`
  mutation RenameOrganization($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) {
      organization {
        ...OrganizationSettingsFields
      }
    }
  }
`);
