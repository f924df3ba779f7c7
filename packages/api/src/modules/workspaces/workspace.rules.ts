import { can, parentGuarded, type RuleMap } from '../../graphql/authorization.ts';

export const workspaceRules: RuleMap = {
  Query: {
    workspaces: can('workspaces.read'),
    workspace: can('workspaces.read'),
    environments: can('environments.read'),
    environment: can('environments.read'),
  },
  Mutation: {
    createWorkspace: can('workspaces.create'),
    updateWorkspace: can('workspaces.update'),
    deleteWorkspace: can('workspaces.delete'),
    setWorkspaceRestricted: can('workspaces.manageAccess'),
    addWorkspaceMember: can('workspaces.manageAccess'),
    removeWorkspaceMember: can('workspaces.manageAccess'),
    createEnvironment: can('environments.create'),
    updateEnvironment: can('environments.update'),
    deleteEnvironment: can('environments.delete'),
    setEnvironmentCredentials: can('environments.manageCredentials'),
    clearEnvironmentCredentials: can('environments.manageCredentials'),
  },
  Workspace: { '*': parentGuarded },
  WorkspaceConnection: { '*': parentGuarded },
  WorkspaceEdge: { '*': parentGuarded },
  // Viewers see environments but not whether or when credentials were set.
  Environment: { '*': parentGuarded, credentials: can('environments.viewCredentialStatus') },
  CredentialStatus: { '*': parentGuarded },
  EnvironmentConnection: { '*': parentGuarded },
  EnvironmentEdge: { '*': parentGuarded },
  WorkspacePayload: { '*': parentGuarded },
  EnvironmentPayload: { '*': parentGuarded },
};
