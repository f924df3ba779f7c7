import { defineModule } from '../module.ts';
import { AccountResolver } from './account.resolver.ts';
import { IdentityResolver } from './identity.resolver.ts';
import { identityRules } from './identity.rules.ts';
import { passwordResetJobs } from './password-reset.jobs.ts';
import { User } from './user.entity.ts';
import { ViewerResolver } from './viewer.resolver.ts';
import { UserToken } from './user-token.entity.ts';
import { RecoveryCode } from './recovery-code.entity.ts';

/** Accounts: sign-up, sign-in, two-factor, password reset, profile, the viewer. */
export const usersModule = defineModule({
  name: 'users',
  resolvers: [ViewerResolver, IdentityResolver, AccountResolver],
  rules: identityRules,
  entities: [User, UserToken, RecoveryCode],
  jobs: (services) => passwordResetJobs(services),
});
