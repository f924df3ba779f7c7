import { can, parentGuarded, publicAccess, signedIn, type RuleMap } from '../../graphql/authorization.ts';

export const invitationRules: RuleMap = {
  Query: {
    invitations: can('invitations.read'),
    invitationPreview: publicAccess,
  },
  Mutation: {
    inviteMembers: can('invitations.create'),
    resendInvitation: can('invitations.resend'),
    revokeInvitation: can('invitations.revoke'),
    acceptInvitation: signedIn,
  },
  // Emails are sensitive: checked on the field itself, not only on the list that holds it.
  Invitation: { '*': parentGuarded, email: can('invitations.read') },
  InvitationConnection: { '*': parentGuarded },
  InvitationEdge: { '*': parentGuarded },
  InvitationPreview: { '*': parentGuarded },
  InviteMembersPayload: { '*': parentGuarded },
  InviteMemberResult: { '*': parentGuarded },
  InviteError: { '*': parentGuarded },
  InvitationPayload: { '*': parentGuarded },
  AcceptInvitationPayload: { '*': parentGuarded },
};
