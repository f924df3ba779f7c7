import { ActionMenu } from '../../../ui/ActionMenu.tsx';
import type { ActionMenuItem } from '../../../ui/ActionMenu.tsx';
import { formatDateTime, formatRelative } from '../../../ui/formatDate.ts';
import { useHorizontalOverflow } from '../../../ui/useHorizontalOverflow.ts';
import { roleLabel } from '../../organizations/utils/roleLabel.ts';
import type { MemberItem } from '../hooks/useMemberList.ts';
import { UNLIMITED_CREDITS, formatCreditUsage } from '../utils/credits.ts';
import { MemberCell } from './MemberCell.tsx';
import styles from './members.module.css';

interface MembersTableProps {
  readonly caption: string;
  readonly members: readonly MemberItem[];
  readonly showCredits: boolean;
  /** The signed-in person's user id, to mark their own row. */
  readonly currentUserId: string | null;
  /** The actions the signed-in person may take on a row (none for an empty list). */
  readonly actionsFor: (member: MemberItem) => readonly ActionMenuItem[];
  /** Rows are being replaced by a new search or filter. */
  readonly updating: boolean;
  /** Opens a member's usage history from their credit figure; without it the figure is plain text. */
  readonly onOpenUsage?: (member: MemberItem) => void;
}

function When({ iso }: { readonly iso: string }) {
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatRelative(iso)}
    </time>
  );
}

/** Used credits against the limit; a button to the member's usage history when `onOpen` is given. */
function CreditFigure({
  member,
  onOpen,
}: {
  readonly member: MemberItem;
  readonly onOpen: ((member: MemberItem) => void) | undefined;
}) {
  const figure = formatCreditUsage(member.usedCredits ?? 0, member.creditLimit ?? UNLIMITED_CREDITS);
  if (!onOpen) return figure;
  return (
    <button
      type="button"
      className={`link-button ${styles.creditButton}`}
      aria-label={`${figure} credits: usage history of ${member.user.displayName}`}
      onClick={() => onOpen(member)}
    >
      {figure}
    </button>
  );
}

/** The member list as a table: who, user type, joined, last login, credits, and the row's actions. */
export function MembersTable({
  caption,
  members,
  showCredits,
  currentUserId,
  actionsFor,
  updating,
  onOpenUsage,
}: MembersTableProps) {
  const scroll = useHorizontalOverflow<HTMLDivElement>();
  return (
    <div
      ref={scroll.ref}
      className={`table-scroll${updating ? ' is-updating' : ''}`}
      aria-busy={updating || undefined}
      {...(scroll.overflowing ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
    >
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">User type</th>
            <th scope="col">Joined</th>
            <th scope="col">Last login</th>
            {showCredits ? (
              <th scope="col" className="data-table__number">
                Credits used / limit
              </th>
            ) : null}
            <th scope="col" className="data-table__actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const actions = actionsFor(member);
            const self = member.user.id === currentUserId;
            return (
              <tr key={member.id} data-member={member.user.email}>
                <MemberCell
                  member={member}
                  badge={
                    <>
                      {self ? <span className="badge badge--neutral">You</span> : null}
                      {member.status === 'ARCHIVED' ? <span className="badge badge--warning">Archived</span> : null}
                    </>
                  }
                />
                <td>
                  {member.role === 'OWNER' ? (
                    <span className="badge badge--accent">Owner</span>
                  ) : (
                    roleLabel(member.role)
                  )}
                </td>
                <td>
                  <When iso={member.joinedAt} />
                </td>
                <td>{member.user.lastSignInAt ? <When iso={member.user.lastSignInAt} /> : 'Never'}</td>
                {showCredits ? (
                  <td className="data-table__number">
                    <CreditFigure member={member} onOpen={onOpenUsage} />
                  </td>
                ) : null}
                <td className="data-table__actions">
                  {actions.length ? (
                    <ActionMenu label={`Actions for ${member.user.displayName}`} items={actions} />
                  ) : (
                    <span className="data-table__none">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">No actions</span>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
