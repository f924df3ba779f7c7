import { defineModule } from '../module.ts';
import { MemberResolver } from './member.resolver.ts';
import { memberRules } from './member.rules.ts';
import { MemberCredit } from './member-credit.entity.ts';

/** The members of an organization: roles, archiving, ownership transfer, credit limits. */
export const membersModule = defineModule({
  name: 'members',
  resolvers: [MemberResolver],
  rules: memberRules,
  entities: [MemberCredit],
});
