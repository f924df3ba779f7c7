import type { MembershipStatus, Role } from '@orgplane/schema/generated/graphql';
import { ROLES, toWireRole } from '@orgplane/schema';
import { SelectField, optionFor } from '../../../ui/SelectField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { MEMBER_SORTS } from '../hooks/useMemberList.ts';
import type { MemberListFilters, MemberSort } from '../hooks/useMemberList.ts';
import styles from './members.module.css';

const STATUS_OPTIONS: readonly { value: MembershipStatus | 'ALL'; label: string }[] = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'ARCHIVED', label: 'Archived' },
  { value: 'ALL', label: 'Active and archived' },
];

const ROLE_OPTIONS: readonly { value: Role | 'ALL'; label: string }[] = [
  { value: 'ALL', label: 'All user types' },
  ...ROLES.map((role) => ({ value: toWireRole(role.id), label: role.label })),
];

const SORT_OPTIONS = (Object.keys(MEMBER_SORTS) as MemberSort[]).map((value) => ({
  value,
  label: MEMBER_SORTS[value].label,
}));

interface MembersToolbarProps {
  readonly filters: MemberListFilters;
  readonly onChange: (change: Partial<MemberListFilters>) => void;
}

/** Search, status and user-type filters and the sort order of the member list. */
export function MembersToolbar({ filters, onChange }: MembersToolbarProps) {
  return (
    <div className="list-toolbar" role="search" aria-label="Filter members">
      <TextField
        label="Search"
        name="search"
        type="search"
        hint="The start of a name or email address."
        autoComplete="off"
        spellCheck={false}
        value={filters.search}
        className={styles.listToolbarSearch}
        onChange={(event) => onChange({ search: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && filters.search) {
            event.preventDefault();
            onChange({ search: '' });
          }
        }}
      />
      <SelectField
        label="Status"
        name="status"
        options={STATUS_OPTIONS}
        value={filters.status}
        onChange={(event) => onChange({ status: optionFor(STATUS_OPTIONS, event.target.value) ?? 'ACTIVE' })}
      />
      <SelectField
        label="User type"
        name="role"
        options={ROLE_OPTIONS}
        value={filters.role}
        onChange={(event) => onChange({ role: optionFor(ROLE_OPTIONS, event.target.value) ?? 'ALL' })}
      />
      <SelectField
        label="Sort by"
        name="sort"
        options={SORT_OPTIONS}
        value={filters.sort}
        onChange={(event) => onChange({ sort: optionFor(SORT_OPTIONS, event.target.value) ?? 'joinedAsc' })}
      />
    </div>
  );
}
