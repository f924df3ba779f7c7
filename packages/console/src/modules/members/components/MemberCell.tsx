import { graphql } from '@orgplane/schema/generated';
import type { MemberSummaryFragment } from '@orgplane/schema/generated/graphql';
import type { ReactNode } from 'react';

/**
 * Who a member is, as the member pickers and short member lists show them. Only codegen reads
 * it: the documents spread it by name and this cell takes its generated type.
 */
graphql(`
  fragment MemberSummary on Member {
    id
    role
    status
    user {
      id
      email
      displayName
    }
  }
`);

/** A member's name (with `badge` beside it, if any) over their email address: a table row's header cell. */
export function MemberCell({
  member,
  badge,
}: {
  readonly member: Pick<MemberSummaryFragment, 'user'>;
  readonly badge?: ReactNode;
}) {
  return (
    <th scope="row" className="member-cell">
      <span className="member-cell__name">
        {member.user.displayName}
        {badge}
      </span>
      <span className="member-cell__email">{member.user.email}</span>
    </th>
  );
}
