import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { WorkspaceMembersQuery } from '../graphql/workspaceAccess.ts';

/** One member assigned to a workspace, as the Access panel lists them. */
export type WorkspaceMemberItem = DocumentType<typeof WorkspaceMembersQuery>['members']['edges'][number]['node'];

/** Assigned members per page. */
const WORKSPACE_MEMBER_PAGE_SIZE = 20;

/** The members assigned to a workspace, by name, in cursor pages added with `loadMore`. */
export function useWorkspaceMembers(workspaceId: string) {
  const query = useQuery(WorkspaceMembersQuery, {
    variables: { workspaceId, first: WORKSPACE_MEMBER_PAGE_SIZE },
    // Another owner or admin may have changed the assignments since the cache was filled.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { items, ...list } = usePagedList(query, (data) => data.members);
  return { members: items, ...list };
}
