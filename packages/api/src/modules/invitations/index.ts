import { defineModule } from '../module.ts';
import { invitationJobs } from './invitation.jobs.ts';
import { InvitationResolver } from './invitation.resolver.ts';
import { invitationRules } from './invitation.rules.ts';
import { Invitation } from './invitation.entity.ts';

/** Invitations to join an organization, by email. */
export const invitationsModule = defineModule({
  name: 'invitations',
  resolvers: [InvitationResolver],
  rules: invitationRules,
  entities: [Invitation],
  jobs: ({ orm, logger }) => invitationJobs(orm, logger),
});
