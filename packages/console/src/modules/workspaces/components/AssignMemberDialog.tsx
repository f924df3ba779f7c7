import { useState } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormError } from '../../../ui/FormError.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { fieldErrorsOf } from '../../../ui/errorCode.ts';
import { rolesThatMay } from '../../../ui/NotAvailable.tsx';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { roleLabel } from '../../organizations/utils/roleLabel.ts';
import { useMemberCandidates } from '../hooks/useMemberCandidates.ts';
import type { MemberCandidate } from '../hooks/useMemberCandidates.ts';
import { useAddWorkspaceMember } from '../hooks/useWorkspaceMutations.ts';
import { MemberCell } from '../../members/components/MemberCell.tsx';

interface AssignedWorkspace {
  readonly id: string;
  readonly name: string;
  readonly restricted: boolean;
}

interface AssignMemberDialogProps {
  readonly workspace: AssignedWorkspace;
  /** The assigned members the panel has loaded, marked as such instead of offered again. */
  readonly assignedIds: ReadonlySet<string>;
  readonly onClose: () => void;
  /** After an assignment, with a sentence saying what happened. */
  readonly onAssigned: (message: string) => void;
}

/** What the search found, read out as it changes. */
function resultText(search: string, found: ReturnType<typeof useMemberCandidates>, spanning: string): string {
  if (!search) return '';
  if (found.searching && !found.loaded) return 'Searching…';
  if (!found.loaded) return '';
  const count = found.candidates.length;
  const leftOut = found.leftOut
    ? ` ${found.leftOut === 1 ? 'One match is' : `${found.leftOut} matches are`} left out: ${spanning} see every workspace already.`
    : '';
  if (!count) return `No active member who could be assigned matches “${search}”.${leftOut}`;
  const more = found.more ? ' More match: type more of the name or email to narrow them.' : '';
  return `${count} member${count === 1 ? '' : 's'} ${count === 1 ? 'matches' : 'match'} “${search}”.${leftOut}${more}`;
}

/**
 * Finds an active member by the start of their name or email (owners and admins are not offered:
 * they see every workspace already) and assigns them to the workspace.
 */
export function AssignMemberDialog({ workspace, assignedIds, onClose, onAssigned }: AssignMemberDialogProps) {
  const [typed, setTyped] = useState('');
  const found = useMemberCandidates(typed);
  const [add] = useAddWorkspaceMember();
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; details: string[] } | null>(null);
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  const spanning = rolesThatMay('workspaces.manageAccess');
  const caption = `Members matching “${found.search}”`;

  const assign = (member: MemberCandidate) => {
    if (pending) return;
    const name = member.user.displayName;
    setPending(member.id);
    setFailure(null);
    add({ variables: { workspaceId: workspace.id, membershipId: member.id } }).then(
      () => {
        onAssigned(
          workspace.restricted
            ? `${name} is assigned to ${workspace.name} and sees it now.`
            : `${name} is assigned to ${workspace.name}. It counts once the workspace is restricted; until then every member sees it.`,
        );
        onClose();
      },
      (error: unknown) => {
        setPending(null);
        // The API's field messages are predicates about the member ("is an owner or admin, …").
        setFailure({ error, details: fieldErrorsOf(error).map((field) => `${name} ${field.message}.`) });
      },
    );
  };

  return (
    <Dialog
      title={`Assign a member to ${workspace.name}`}
      description={
        workspace.restricted
          ? 'Assigned members see this restricted workspace and its environments.'
          : 'Assigned members keep seeing this workspace once it is restricted.'
      }
      onClose={() => (pending ? undefined : onClose())}
    >
      <div className="form">
        <TextField
          label="Find a member"
          name="search"
          type="search"
          hint={`The start of a name or email address. Only active members are offered; ${spanning} see every workspace already.`}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && typed) {
              event.preventDefault();
              setTyped('');
            }
          }}
          data-autofocus
        />
        <p className="list-footer__count" role="status">
          {resultText(found.search, found, spanning)}
        </p>
        {found.error ? <FormError error={found.error} /> : null}
        {found.loaded && found.candidates.length ? (
          <div
            ref={scroll.ref}
            className={`table-scroll${found.searching ? ' is-updating' : ''}`}
            aria-busy={found.searching || undefined}
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
                {found.candidates.map((member) => (
                  <tr key={member.id} data-member={member.user.email}>
                    <MemberCell member={member} />
                    <td>{roleLabel(member.role)}</td>
                    <td className="data-table__actions">
                      {assignedIds.has(member.id) ? (
                        <span className="badge badge--neutral">Assigned</span>
                      ) : (
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={`Assign ${member.user.displayName}`}
                          aria-disabled={pending ? true : undefined}
                          onClick={() => assign(member)}
                        >
                          {pending === member.id ? 'Assigning…' : 'Assign'}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <FormError error={failure?.error} details={failure?.details} />
        <div className="form__actions dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  );
}
