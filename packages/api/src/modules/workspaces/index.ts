import { defineModule } from '../module.ts';
import { WorkspaceResolver } from './workspace.resolver.ts';
import { workspaceRules } from './workspace.rules.ts';
import { Workspace } from './workspace.entity.ts';
import { Environment } from './environment.entity.ts';
import { WorkspaceMember } from './workspace-member.entity.ts';

/** Workspaces, their environments, who may see them, and the environments' cloud credentials. */
export const workspacesModule = defineModule({
  name: 'workspaces',
  resolvers: [WorkspaceResolver],
  rules: workspaceRules,
  entities: [Workspace, Environment, WorkspaceMember],
});
