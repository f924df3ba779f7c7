import 'reflect-metadata';
import { apiKeysModule } from './api-keys/index.ts';
import { auditModule } from './audit/index.ts';
import { billingModule } from './billing/index.ts';
import { catalogModule } from './catalog/index.ts';
import { exportsModule } from './exports/index.ts';
import { invitationsModule } from './invitations/index.ts';
import { mailModule } from './mail/index.ts';
import { membersModule } from './members/index.ts';
import type { ApiModule } from './module.ts';
import { organizationsModule } from './organizations/index.ts';
import { sessionsModule } from './sessions/index.ts';
import { usersModule } from './users/index.ts';
import { webhooksModule } from './webhooks/index.ts';
import { workspacesModule } from './workspaces/index.ts';

/**
 * Every module of the API, each declared in its folder's `index.ts`. The schema, the rules, the
 * entity list, the job queue and the command line are built from this list; adding a capability
 * is a new folder and one line here.
 */
export const MODULES: readonly ApiModule[] = [
  catalogModule,
  usersModule,
  sessionsModule,
  mailModule,
  membersModule,
  invitationsModule,
  auditModule,
  organizationsModule,
  workspacesModule,
  apiKeysModule,
  billingModule,
  webhooksModule,
  exportsModule,
];
