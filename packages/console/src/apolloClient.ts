import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { authLink } from './modules/auth/utils/authLink.ts';
import { sessionStore } from './modules/auth/utils/sessionStore.ts';

/**
 * The console's GraphQL client: the session link (credentials, refresh and retry) in front of
 * one HTTP link to the API (proxied in development), and a normalized cache.
 */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([authLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One list per filter and order; "Load more" appends the next page, a refetch starts over.
          members: relayStylePagination(['filter', 'orderBy']),
          invitations: relayStylePagination(['filter']),
          workspaces: relayStylePagination(),
          environments: relayStylePagination(['workspaceId']),
          apiKeys: relayStylePagination(),
          // A member's usage history (or the organization's): newest first, "Load more" appends.
          usageEvents: relayStylePagination(['membershipId']),
          // When usage alerts fired (all of them, or one alert's): newest first, "Load more" appends.
          usageAlertTriggers: relayStylePagination(['alertId']),
          // Webhook endpoints, and one endpoint's delivery log (newest first): "Load more" appends. The
          // list's one-row "last delivery" query is kept apart from the log by its page size.
          webhookEndpoints: relayStylePagination(),
          webhookDeliveries: relayStylePagination(['endpointId', 'first']),
          // Invoices and billing periods: newest first, "Load more" appends.
          invoices: relayStylePagination(),
          billingPeriods: relayStylePagination(),
        },
      },
      // There is one catalog and it has no id: store it as a singleton and merge refetches into it.
      AbilityCatalog: { keyFields: [], merge: true },
      // Roles, sections and abilities are identified by their catalog ids, unique within each type.
      CatalogRole: { keyFields: ['id'] },
      CatalogSection: { keyFields: ['id'] },
      CatalogAbility: { keyFields: ['id'] },
      // The signed-in person is one object, whichever query asked for which of its fields.
      Viewer: { keyFields: [], merge: true },
      ViewerOrganization: { keyFields: ['membershipId'] },
      // An organization's settings sections belong to it alone: merge what different queries ask of them.
      GeneralSettings: { merge: true },
      BrandingSettings: { merge: true },
      SecuritySettings: { merge: true },
      Banner: { merge: true },
      TracingSettings: { merge: true },
      // A breakdown row's id is the member's or workspace's, but its figures belong to one range
      // and meter: never merge the rows of different breakdowns into one object.
      UsageBreakdownRow: { keyFields: false },
    },
  }),
});

// When the session ends, nothing of the person's data stays in memory.
let previousStatus = sessionStore.getSession().status;
sessionStore.subscribe(() => {
  const { status } = sessionStore.getSession();
  if (previousStatus === 'signedIn' && status === 'signedOut') apolloClient.clearStore().catch(() => undefined);
  previousStatus = status;
});
