import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { WorkspacesQuery } from '../graphql/workspaces.ts';

/** One workspace as the list shows it. */
export type WorkspaceItem = DocumentType<typeof WorkspacesQuery>['workspaces']['edges'][number]['node'];

/** Workspaces per page. */
const WORKSPACE_PAGE_SIZE = 20;

/** The organization's workspaces, oldest first, in cursor pages added with `loadMore`. */
export function useWorkspaceList() {
  const query = useQuery(WorkspacesQuery, {
    variables: { first: WORKSPACE_PAGE_SIZE },
    // Someone else may have added or deleted one since the cache was filled: ask again.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { items, ...list } = usePagedList(query, (data) => data.workspaces);
  return { workspaces: items, ...list };
}
