import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { ApiKeysQuery } from '../graphql/apiKeys.ts';

/** One API key as the list shows it. */
export type ApiKeyItem = DocumentType<typeof ApiKeysQuery>['apiKeys']['edges'][number]['node'];

/** Keys per page. */
const API_KEY_PAGE_SIZE = 20;

/** The organization's API keys, newest first, in cursor pages added with `loadMore`. */
export function useApiKeyList() {
  const query = useQuery(ApiKeysQuery, {
    variables: { first: API_KEY_PAGE_SIZE },
    // Last use changes whenever a program calls the API: ask again on every visit.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { items, ...list } = usePagedList(query, (data) => data.apiKeys);
  return { apiKeys: items, ...list };
}
