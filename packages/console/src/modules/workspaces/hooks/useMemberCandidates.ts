import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import { hasAbility, toRoleId } from '@orgplane/schema';
import { useCallback, useMemo } from 'react';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { WorkspaceMemberCandidatesQuery } from '../graphql/workspaceAccess.ts';

/** An active member found by the assign picker. */
export type MemberCandidate = DocumentType<typeof WorkspaceMemberCandidatesQuery>['members']['edges'][number]['node'];

/** Matches asked for at a time; typing more of the name narrows them. */
const CANDIDATE_LIMIT = 10;

/**
 * Whether a member's role already spans every workspace (owners and admins), so assigning them
 * means nothing and the API refuses it.
 */
export function seesEveryWorkspace(member: Pick<MemberCandidate, 'role'>): boolean {
  return hasAbility(toRoleId(member.role), 'workspaces.manageAccess');
}

/**
 * Active members whose name or email starts with what is typed (debounced), without the owners
 * and admins, who see every workspace already. Nothing is asked until something is typed.
 */
export function useMemberCandidates(typed: string) {
  const search = useDebouncedValue(typed.trim(), 300);
  const { data, previousData, loading, error, refetch } = useQuery(WorkspaceMemberCandidatesQuery, {
    variables: { search, first: CANDIDATE_LIMIT },
    skip: !search,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const shown = search ? (data ?? previousData) : undefined;
  const found = useMemo(() => shown?.members.edges.map((edge) => edge.node) ?? [], [shown]);
  const candidates = useMemo(() => found.filter((member) => !seesEveryWorkspace(member)), [found]);
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    /** The search the results answer (trimmed, debounced); empty before anything is typed. */
    search,
    candidates,
    /** How many matches were owners or admins, left out. */
    leftOut: found.length - candidates.length,
    loaded: Boolean(search && data),
    /** A new search is on its way: what is typed differs from what is shown, or it is loading. */
    searching: search !== typed.trim() || (loading && Boolean(search)),
    /** More members match than were asked for. */
    more: Boolean(shown?.members.pageInfo.hasNextPage),
    error: search && !data ? error : undefined,
    retry,
  };
}
