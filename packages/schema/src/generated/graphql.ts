/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One of the five roles a member can hold in an organization. */
export type Role =
  /** Admin: Tenant administration: members, invitations, roles, settings, API keys and audit, without ownership transfer, billing, rename or delete. */
  | 'ADMIN'
  /** Manager: Full modelling access, including deleting workspaces and environments and managing environment credentials. No tenant administration. */
  | 'MANAGER'
  /** Member: Creates and updates workspaces and environments, never deletes them. No administration. */
  | 'MEMBER'
  /** Owner: Everything, including ownership transfer, billing and subscription, renaming the organization and deleting it. Exactly one per organization. */
  | 'OWNER'
  /** Viewer: Read-only access: no edits, no member management, no data export and no usage costs. */
  | 'VIEWER';

export type AbilityCatalogQueryVariables = Exact<{ [key: string]: never }>;

export type AbilityCatalogQuery = {
  abilityCatalog: {
    roles: Array<{ id: Role; label: string; description: string }>;
    sections: Array<{
      id: string;
      label: string;
      description: string;
      abilities: Array<{ id: string; label: string; description: string; destructive: boolean; roles: Array<Role> }>;
    }>;
  };
};

export const AbilityCatalogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AbilityCatalog' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'abilityCatalog' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sections' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'abilities' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'destructive' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AbilityCatalogQuery, AbilityCatalogQueryVariables>;
