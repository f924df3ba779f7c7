import { defineModule } from '../module.ts';
import { Membership } from './membership.entity.ts';
import { OrganizationLifecycleResolver } from './organization-lifecycle.resolver.ts';
import { organizationStatusCommand } from './organization-status.cli.ts';
import { Organization } from './organization.entity.ts';
import { organizationJobs } from './organization.jobs.ts';
import { OrganizationResolver } from './organization.resolver.ts';
import { organizationRules } from './organization.rules.ts';
import { BannerDismissal } from './banner-dismissal.entity.ts';

/** Organizations (the tenants): creation, settings, archiving, restoring, suspension. */
export const organizationsModule = defineModule({
  name: 'organizations',
  resolvers: [OrganizationResolver, OrganizationLifecycleResolver],
  rules: organizationRules,
  entities: [Organization, Membership, BannerDismissal],
  jobs: ({ orm, logger }) => organizationJobs(orm, logger),
  commands: [organizationStatusCommand],
});
