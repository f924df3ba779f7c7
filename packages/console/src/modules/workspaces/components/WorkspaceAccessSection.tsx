import { ROLES, SECTIONS, hasAbility } from '@orgplane/schema';
import { useId, useMemo, useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ListFooter } from '../../../ui/ListFooter.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { rolesThatMay } from '../../../ui/NotAvailable.tsx';
import { Notice } from '../../../ui/Notice.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { roleLabel } from '../../organizations/utils/roleLabel.ts';
import { seesEveryWorkspace } from '../hooks/useMemberCandidates.ts';
import { useWorkspaceMembers } from '../hooks/useWorkspaceMembers.ts';
import type { WorkspaceMemberItem } from '../hooks/useWorkspaceMembers.ts';
import { AssignMemberDialog } from './AssignMemberDialog.tsx';
import { useRemoveWorkspaceMember, useSetWorkspaceRestricted } from '../hooks/useWorkspaceMutations.ts';
import { MemberCell } from '../../members/components/MemberCell.tsx';

interface AccessWorkspace {
  readonly id: string;
  readonly name: string;
  readonly restricted: boolean;
}

type Open =
  | { readonly kind: 'restrict' }
  | { readonly kind: 'assign' }
  | { readonly kind: 'remove'; readonly member: WorkspaceMemberItem };

/** "a, b and c" (or "a, b or c"). */
function joinWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** "an admin", "a manager": a role label in a sentence. */
function withArticle(label: string): string {
  const lower = label.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`;
}

/** The roles that see a restricted workspace only when assigned (managers, members, viewers). */
const LIMITED_ROLES = ROLES.filter((role) => !hasAbility(role.id, 'workspaces.manageAccess')).map((role) =>
  role.label.toLowerCase(),
);

/** "managers, members and viewers". */
const LIMITED_ROLES_PLURAL = joinWords(
  LIMITED_ROLES.map((role) => `${role}s`),
  'and',
);

/** The scope an API key needs to see restricted workspaces, as the catalog names it. */
const MANAGE_ACCESS_LABEL = SECTIONS.workspaces.abilities.manageAccess.label;

/** Who keeps seeing the workspace once it is restricted, from the assignments loaded so far. */
function whoKeepsSight(name: string, list: ReturnType<typeof useWorkspaceMembers>): string {
  const spanning = rolesThatMay('workspaces.manageAccess');
  if (!list.loaded) return `Only ${spanning} and the members assigned to it will see ${name} and its environments.`;
  const count = list.members.length;
  if (!count) return `Only ${spanning} will see ${name} and its environments: no member is assigned to it yet.`;
  const assigned = list.hasNextPage
    ? `the ${count} or more assigned members`
    : `the ${count === 1 ? 'one assigned member' : `${count} assigned members`}`;
  return `Only ${spanning} and ${assigned} will see ${name} and its environments.`;
}

/** The checkbox that restricts the workspace, with what it means read out with it. */
function RestrictedSwitch({
  restricted,
  busy,
  onChange,
}: {
  readonly restricted: boolean;
  readonly busy: boolean;
  readonly onChange: (restricted: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="setting-checkbox">
      <div className="checkbox">
        <input
          id={id}
          name="restricted"
          type="checkbox"
          className="checkbox__input"
          checked={restricted}
          aria-describedby={`${id}-description`}
          aria-disabled={busy || undefined}
          onChange={(event) => {
            if (!busy) onChange(event.target.checked);
          }}
        />
        <div className="setting-checkbox__text">
          <label htmlFor={id} className="checkbox__label">
            Restricted: only assigned members, owners and admins see this workspace
          </label>
          <span id={`${id}-description`} className="field__hint">
            {restricted
              ? `Other ${LIMITED_ROLES_PLURAL} do not see it: not in their list, and its address says it does not exist.`
              : `Turn on to hide it from the ${LIMITED_ROLES_PLURAL} who are not assigned to it.`}
          </span>
        </div>
      </div>
    </div>
  );
}

function AssignedMembersTable({
  caption,
  members,
  onRemove,
}: {
  readonly caption: string;
  readonly members: readonly WorkspaceMemberItem[];
  readonly onRemove: (member: WorkspaceMemberItem) => void;
}) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className="table-scroll"
      {...(scroll.overflowing ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
    >
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">User type</th>
            <th scope="col" className="data-table__actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} data-member={member.user.email}>
              <MemberCell
                member={member}
                badge={member.status === 'ARCHIVED' ? <span className="badge badge--warning">Archived</span> : null}
              />
              <td>
                <span className="cell-primary">{roleLabel(member.role)}</span>
                {seesEveryWorkspace(member) ? (
                  <span className="cell-secondary">Sees every workspace anyway</span>
                ) : null}
              </td>
              <td className="data-table__actions">
                <button
                  type="button"
                  className="button button--danger-outline button--small"
                  aria-label={`Remove ${member.user.displayName}`}
                  onClick={() => onRemove(member)}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Who sees a workspace (for the roles with `workspaces.manageAccess`): the Restricted switch,
 * confirmed when it takes sight away, and the assigned members with Assign and Remove. The
 * assignments can be managed while the workspace is open; they count once it is restricted.
 */
export function WorkspaceAccessSection({ workspace }: { readonly workspace: AccessWorkspace }) {
  const list = useWorkspaceMembers(workspace.id);
  const [setRestricted] = useSetWorkspaceRestricted();
  const [remove] = useRemoveWorkspaceMember();
  const [open, setOpen] = useState<Open | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const [switchError, setSwitchError] = useState<unknown>(null);
  const assignedIds = useMemo(() => new Set(list.members.map((member) => member.id)), [list.members]);

  const show = (next: Open) => {
    setOutcome(null);
    setSwitchError(null);
    setOpen(next);
  };

  const openToEveryone = () => {
    setOutcome(null);
    setSwitchError(null);
    setOpening(true);
    setRestricted({ variables: { workspaceId: workspace.id, restricted: false } })
      .then(
        () => setOutcome(`${workspace.name} is open again: every member of the organization sees it.`),
        (error: unknown) => setSwitchError(error),
      )
      .finally(() => setOpening(false));
  };

  const assignButton = (
    <button type="button" className="button button--small" onClick={() => show({ kind: 'assign' })}>
      Assign member
    </button>
  );

  let body;
  if (list.loaded && list.members.length) {
    body = (
      <>
        <AssignedMembersTable
          caption={`Members assigned to ${workspace.name}`}
          members={list.members}
          onRemove={(member) => show({ kind: 'remove', member })}
        />
        <ListFooter list={list} count={list.members.length} noun={['assigned member', 'assigned members']} />
      </>
    );
  } else if (list.loaded) {
    body = (
      <div className="empty" role="status">
        <p className="empty__title">No members assigned</p>
        <p>
          {workspace.restricted
            ? `Only ${rolesThatMay('workspaces.manageAccess')} see this workspace. Assign the members who need it.`
            : 'Assign the members who should keep seeing this workspace once it is restricted.'}
        </p>
      </div>
    );
  } else if (list.error) {
    body = <ErrorState error={list.error} title="Could not load the assigned members" onRetry={list.retry} />;
  } else {
    body = <LoadingState label="Loading the assigned members…" />;
  }

  return (
    <Panel
      title="Access"
      description="Who sees this workspace and its environments."
      aside={list.loaded ? assignButton : null}
    >
      {outcome ? (
        <Notice tone="success" live>
          {outcome}
        </Notice>
      ) : null}
      <RestrictedSwitch
        restricted={workspace.restricted}
        busy={opening}
        onChange={(restricted) => (restricted ? show({ kind: 'restrict' }) : openToEveryone())}
      />
      <FormError error={switchError} />
      {workspace.restricted ? null : (
        <Notice>
          Every member of the organization sees this workspace. You can still assign members: the assignments take
          effect once it is restricted.
        </Notice>
      )}
      <h3>Assigned members</h3>
      {body}
      {open?.kind === 'restrict' ? (
        <ConfirmDialog
          title={`Restrict ${workspace.name}?`}
          confirmLabel="Restrict workspace"
          pendingLabel="Restricting…"
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await setRestricted({ variables: { workspaceId: workspace.id, restricted: true } });
            setOutcome(`${workspace.name} is restricted.`);
          }}
        >
          <p>{whoKeepsSight(workspace.name, list)}</p>
          <p>
            Every other {joinWords(LIMITED_ROLES, 'or')} loses sight of it at once: it leaves their workspace list, and
            its address says it does not exist. API keys lose it too, unless they hold the “{MANAGE_ACCESS_LABEL}”
            scope.
          </p>
        </ConfirmDialog>
      ) : null}
      {open?.kind === 'assign' ? (
        <AssignMemberDialog
          workspace={workspace}
          assignedIds={assignedIds}
          onClose={() => setOpen(null)}
          onAssigned={setOutcome}
        />
      ) : null}
      {open?.kind === 'remove' ? (
        <ConfirmDialog
          title={`Remove ${open.member.user.displayName} from ${workspace.name}?`}
          confirmLabel="Remove member"
          pendingLabel="Removing…"
          tone="danger"
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await remove({ variables: { workspaceId: workspace.id, membershipId: open.member.id } });
            setOutcome(`${open.member.user.displayName} is no longer assigned to ${workspace.name}.`);
          }}
        >
          <p>
            {workspace.restricted
              ? seesEveryWorkspace(open.member)
                ? `${open.member.user.displayName} is ${withArticle(roleLabel(open.member.role))} and still sees it.`
                : `${open.member.user.displayName} loses sight of ${workspace.name} and its environments at once.`
              : `${open.member.user.displayName} still sees ${workspace.name} while it is open to every member, but not once it is restricted.`}
          </p>
        </ConfirmDialog>
      ) : null}
    </Panel>
  );
}
