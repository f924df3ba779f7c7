import { defineModule } from '../module.ts';
import { MemberResolver } from './member.resolver.ts';
import { memberRules } from './member.rules.ts';

/** The members of an organization: roles, archiving, ownership transfer, credit limits. */
export const membersModule = defineModule({
  name: 'members',
  resolvers: [MemberResolver],
  rules: memberRules,
});
