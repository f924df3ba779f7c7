import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import type { InvitationStatus } from '@orgplane/schema/generated/graphql';
import { useMemo, useState } from 'react';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { InvitationsQuery } from '../graphql/invitations.ts';

/** One invitation as the list shows it. */
export type InvitationItem = DocumentType<typeof InvitationsQuery>['invitations']['edges'][number]['node'];

/** Invitations per page. */
const INVITATION_PAGE_SIZE = 20;

/** The invitations of one status (or all), newest first, in cursor pages added with `loadMore`. */
export function useInvitationList() {
  const [status, setStatus] = useState<InvitationStatus | 'ALL'>('PENDING');
  const variables = useMemo(
    () => ({ first: INVITATION_PAGE_SIZE, filter: { status: status === 'ALL' ? null : status } }),
    [status],
  );
  const query = useQuery(InvitationsQuery, {
    variables,
    // A list cached under other filters may be stale (a change since, here or by someone else): ask again.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const { items, ...list } = usePagedList(query, (data) => data.invitations, { keepPrevious: true });
  return { status, setStatus, invitations: items, ...list };
}
