import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { EnvironmentsQuery } from '../graphql/environments.ts';

/** One environment as the workspace page shows it. */
export type EnvironmentItem = DocumentType<typeof EnvironmentsQuery>['environments']['edges'][number]['node'];

/** Environments per page. */
const ENVIRONMENT_PAGE_SIZE = 20;

/**
 * A workspace's environments, oldest first, in cursor pages added with `loadMore`. Their
 * credential status only when `withCredentials` (the role may see it).
 */
export function useEnvironmentList(workspaceId: string, withCredentials: boolean) {
  const query = useQuery(EnvironmentsQuery, {
    variables: { workspaceId, first: ENVIRONMENT_PAGE_SIZE, withCredentials },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { items, ...list } = usePagedList(query, (data) => data.environments);
  return { environments: items, ...list };
}
