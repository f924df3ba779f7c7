import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The console's GraphQL client: one HTTP link to the API (proxied in development) and a normalized cache. */
export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  cache: new InMemoryCache({
    typePolicies: {
      // There is one catalog and it has no id: store it as a singleton and merge refetches into it.
      AbilityCatalog: { keyFields: [], merge: true },
      // Roles, sections and abilities are identified by their catalog ids, unique within each type.
      CatalogRole: { keyFields: ['id'] },
      CatalogSection: { keyFields: ['id'] },
      CatalogAbility: { keyFields: ['id'] },
    },
  }),
});
