import { useQuery } from '@apollo/client/react';
import type { DocumentType } from '@orgplane/schema/generated';
import type { MemberOrderField, MembershipStatus, OrderDirection, Role } from '@orgplane/schema/generated/graphql';
import { useCallback, useMemo, useState } from 'react';
import { usePagedList } from '../../../ui/usePagedList.ts';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { MembersQuery } from '../graphql/members.ts';

/** One member as the list shows it. */
export type MemberItem = DocumentType<typeof MembersQuery>['members']['edges'][number]['node'];

/** Members per page. */
const MEMBER_PAGE_SIZE = 20;

/** The ways the list can be sorted, as the sort select offers them. */
export const MEMBER_SORTS = {
  joinedAsc: { label: 'Joined: earliest first', field: 'JOINED_AT', direction: 'ASC' },
  joinedDesc: { label: 'Joined: latest first', field: 'JOINED_AT', direction: 'DESC' },
  nameAsc: { label: 'Name: A to Z', field: 'DISPLAY_NAME', direction: 'ASC' },
  nameDesc: { label: 'Name: Z to A', field: 'DISPLAY_NAME', direction: 'DESC' },
  emailAsc: { label: 'Email: A to Z', field: 'EMAIL', direction: 'ASC' },
  emailDesc: { label: 'Email: Z to A', field: 'EMAIL', direction: 'DESC' },
} as const satisfies Record<string, { label: string; field: MemberOrderField; direction: OrderDirection }>;

export type MemberSort = keyof typeof MEMBER_SORTS;

/** What the list is narrowed to. `ALL` leaves a filter out. */
export interface MemberListFilters {
  readonly status: MembershipStatus | 'ALL';
  readonly role: Role | 'ALL';
  readonly search: string;
  readonly sort: MemberSort;
}

const DEFAULT_MEMBER_FILTERS: MemberListFilters = {
  status: 'ACTIVE',
  role: 'ALL',
  search: '',
  sort: 'joinedAsc',
};

/**
 * The member list with its filters, a debounced text search (prefix of email or name), a sort,
 * and cursor pages added with `loadMore`. While new filters load, the previous rows stay on
 * screen (`updating`).
 */
export function useMemberList(withCredits: boolean) {
  const [filters, setFilters] = useState<MemberListFilters>(DEFAULT_MEMBER_FILTERS);
  const search = useDebouncedValue(filters.search.trim(), 300);
  const sort = MEMBER_SORTS[filters.sort];
  const variables = useMemo(
    () => ({
      first: MEMBER_PAGE_SIZE,
      filter: {
        status: filters.status === 'ALL' ? null : filters.status,
        role: filters.role === 'ALL' ? null : filters.role,
        search: search || null,
      },
      orderBy: { field: sort.field, direction: sort.direction },
      withCredits,
    }),
    [filters.status, filters.role, search, sort, withCredits],
  );
  const query = useQuery(MembersQuery, {
    variables,
    // A list cached under other filters may be stale (a change since, here or by someone else): ask again.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const { items, ...list } = usePagedList(query, (data) => data.members, { keepPrevious: true });

  const update = useCallback((change: Partial<MemberListFilters>) => {
    setFilters((current) => ({ ...current, ...change }));
  }, []);

  const filtered = filters.status !== 'ALL' || filters.role !== 'ALL' || search !== '';

  return {
    filters,
    update,
    reset: () => setFilters(DEFAULT_MEMBER_FILTERS),
    members: items,
    ...list,
    filtered,
    /** Whether the search the list shows differs from what is typed (debounce pending). */
    searchPending: search !== filters.search.trim(),
  };
}
