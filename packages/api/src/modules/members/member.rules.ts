import { can, parentGuarded, type RuleMap } from '../../graphql/authorization.ts';

export const memberRules: RuleMap = {
  Query: {
    members: can('members.read'),
  },
  Mutation: {
    archiveMember: can('members.archive'),
    reactivateMember: can('members.archive'),
    changeMemberRole: can('members.changeRole'),
    transferOwnership: can('organization.transferOwnership'),
    setMemberCreditLimit: can('members.setCreditLimit'),
    sendMemberPasswordReset: can('members.resetCredentials'),
  },
  Member: { '*': parentGuarded, creditLimit: can('members.viewCredits'), usedCredits: can('members.viewCredits') },
  // Emails are sensitive: checked on the field itself, not only on the list that holds it.
  MemberUser: { '*': parentGuarded, email: can('members.read') },
  MemberConnection: { '*': parentGuarded },
  MemberEdge: { '*': parentGuarded },
  MemberPayload: { '*': parentGuarded },
  TransferOwnershipPayload: { '*': parentGuarded },
};
