import { useState } from 'react';
import type { ActionMenuItem } from '../../../ui/ActionMenu.tsx';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { useAbilities } from '../../organizations/hooks/useAbilities.ts';
import { roleLabel } from '../../organizations/utils/roleLabel.ts';
import { MEMBER_SORTS, useMemberList } from '../hooks/useMemberList.ts';
import { useArchiveMember, useReactivateMember, useSendMemberPasswordReset } from '../hooks/useMemberMutations.ts';
import type { MemberItem, MemberListFilters } from '../hooks/useMemberList.ts';
import { ChangeRoleDialog } from './ChangeRoleDialog.tsx';
import { CreditLimitDialog } from './CreditLimitDialog.tsx';
import { MembersTable } from './MembersTable.tsx';
import { MembersToolbar } from './MembersToolbar.tsx';
import { MemberUsageDialog } from './MemberUsageDialog.tsx';

type OpenAction = {
  readonly kind: 'role' | 'archive' | 'reactivate' | 'credits' | 'usage';
  readonly member: MemberItem;
};

type Outcome = { readonly message: string } | { readonly error: unknown };

function emptyMessage(filters: MemberListFilters, search: string): string {
  const status = filters.status === 'ACTIVE' ? 'active ' : filters.status === 'ARCHIVED' ? 'archived ' : '';
  const role = filters.role === 'ALL' ? '' : ` with the user type ${roleLabel(filters.role)}`;
  if (search) return `No ${status}members${role} have a name or email address starting with “${search}”.`;
  return `There are no ${status}members${role}.`;
}

function captionOf(filters: MemberListFilters): string {
  const status =
    filters.status === 'ACTIVE' ? 'Active members' : filters.status === 'ARCHIVED' ? 'Archived members' : 'Members';
  return `${status}, sorted by ${MEMBER_SORTS[filters.sort].label.toLowerCase()}`;
}

/**
 * The Active Members section: the list with its filters, search, sort and pages, and the row
 * actions the signed-in person's role allows (change role, archive or reactivate, password reset,
 * credit limit). The owner's row never offers archive or a role change; nor does one's own.
 */
export function MembersSection() {
  const { can } = useAbilities();
  const { user } = useCurrentUser();
  const showCredits = can('members.viewCredits');
  const list = useMemberList(showCredits);
  const [open, setOpen] = useState<OpenAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [archive] = useArchiveMember();
  const [reactivate] = useReactivateMember();
  const [sendReset] = useSendMemberPasswordReset();

  const done = (message: string) => setOutcome({ message });

  const resetPassword = (member: MemberItem) => {
    setOutcome(null);
    sendReset({ variables: { membershipId: member.id } }).then(
      () => done(`A password reset link is on its way to ${member.user.email}.`),
      (error: unknown) => setOutcome({ error }),
    );
  };

  const actionsFor = (member: MemberItem): ActionMenuItem[] => {
    const owner = member.role === 'OWNER';
    const self = member.user.id === user?.id;
    const active = member.status === 'ACTIVE';
    const items: ActionMenuItem[] = [];
    const openAs = (kind: OpenAction['kind']) => () => {
      setOutcome(null);
      setOpen({ kind, member });
    };
    if (active && !owner && !self && can('members.changeRole')) {
      items.push({ id: 'role', label: 'Change user type…', onSelect: openAs('role') });
    }
    if (can('members.setCreditLimit')) {
      items.push({ id: 'credits', label: 'Set credit limit…', onSelect: openAs('credits') });
    }
    if (active && !self && can('members.resetCredentials')) {
      items.push({ id: 'reset', label: 'Send password reset link', onSelect: () => resetPassword(member) });
    }
    if (active && !owner && !self && can('members.archive')) {
      items.push({ id: 'archive', label: 'Archive…', tone: 'danger', onSelect: openAs('archive') });
    }
    if (!active && can('members.archive')) {
      items.push({ id: 'reactivate', label: 'Reactivate…', onSelect: openAs('reactivate') });
    }
    return items;
  };

  const search = list.filters.search.trim();
  let body;
  if (list.loaded) {
    body = list.members.length ? (
      <>
        <MembersTable
          caption={captionOf(list.filters)}
          members={list.members}
          showCredits={showCredits}
          currentUserId={user?.id ?? null}
          actionsFor={actionsFor}
          updating={list.updating || list.searchPending}
          {...(showCredits
            ? {
                onOpenUsage: (member: MemberItem) => {
                  setOutcome(null);
                  setOpen({ kind: 'usage', member });
                },
              }
            : {})}
        />
        <ListFooter
          list={list}
          count={list.members.length}
          noun={['member', 'members']}
          updating={list.updating || list.searchPending}
        />
      </>
    ) : (
      <div className="empty" role="status">
        <p>{list.updating || list.searchPending ? 'Updating…' : emptyMessage(list.filters, search)}</p>
        <button type="button" className="button button--secondary" onClick={list.reset}>
          Clear filters
        </button>
      </div>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the members" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading members…" />;
  }

  return (
    <Panel
      title="Active Members"
      description="Everyone in this organization, with their user type, when they joined and when they last signed in."
    >
      <MembersToolbar filters={list.filters} onChange={list.update} />
      {outcome && 'message' in outcome ? (
        <Notice tone="success" live>
          {outcome.message}
        </Notice>
      ) : null}
      {outcome && 'error' in outcome ? <FormError error={outcome.error} /> : null}
      {body}

      {open?.kind === 'role' ? (
        <ChangeRoleDialog member={open.member} onClose={() => setOpen(null)} onChanged={done} />
      ) : null}
      {open?.kind === 'credits' ? (
        <CreditLimitDialog member={open.member} onClose={() => setOpen(null)} onChanged={done} />
      ) : null}
      {open?.kind === 'usage' ? (
        <MemberUsageDialog
          // The row as the list has it now: a limit changed in the dialog shows at once.
          member={list.members.find((member) => member.id === open.member.id) ?? open.member}
          withCosts={can('usage.readCosts')}
          canSetLimit={can('members.setCreditLimit')}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'archive' ? (
        <ConfirmDialog
          title={`Archive ${open.member.user.displayName}?`}
          confirmLabel="Archive member"
          pendingLabel="Archiving…"
          tone="danger"
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await archive({ variables: { membershipId: open.member.id } });
            done(`${open.member.user.displayName} is archived and can no longer open this organization.`);
          }}
        >
          <p>
            {open.member.user.displayName} ({open.member.user.email}) loses access to this organization at once, in the
            console and through the API. You can reactivate them later with their current user type,{' '}
            {roleLabel(open.member.role)}.
          </p>
        </ConfirmDialog>
      ) : null}
      {open?.kind === 'reactivate' ? (
        <ConfirmDialog
          title={`Reactivate ${open.member.user.displayName}?`}
          confirmLabel="Reactivate member"
          pendingLabel="Reactivating…"
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await reactivate({ variables: { membershipId: open.member.id } });
            done(`${open.member.user.displayName} is active again as ${roleLabel(open.member.role)}.`);
          }}
        >
          <p>
            {open.member.user.displayName} ({open.member.user.email}) gets access to this organization again, as{' '}
            {roleLabel(open.member.role)}.
          </p>
        </ConfirmDialog>
      ) : null}
    </Panel>
  );
}
