import { graphql } from '@orgplane/schema/generated';

/**
 * What the console's frame needs of this tab's organization, in one request: its status, the
 * branding it re-colours the console with, and the banner it shows across every page.
 */
export const OrganizationShellQuery = graphql(`
  query OrganizationShell {
    organization {
      id
      name
      status
      branding {
        primaryColor
        secondaryColor
        accentColor
        fontFamily
      }
      banner {
        message
        variant
        dismissible
        updatedAt
        dismissedByViewer
      }
    }
  }
`);

/** Hides the current banner for the signed-in person until it is edited. */
export const DismissBannerMutation = graphql(`
  mutation DismissBanner {
    dismissBanner {
      organization {
        id
        banner {
          message
          variant
          dismissible
          updatedAt
          dismissedByViewer
        }
      }
    }
  }
`);
