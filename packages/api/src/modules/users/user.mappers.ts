import type { Organization } from '../organizations/organization.entity.ts';
import type { OrganizationNode, UserNode } from './user.types.ts';
import type { User } from './user.entity.ts';

export function toUserNode(user: User): UserNode {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    emailVerified: user.emailVerifiedAt !== null,
    mfaEnabled: user.totpEnabledAt !== null,
    lastSignInAt: user.lastSignInAt,
    createdAt: user.createdAt,
  };
}

export function toOrganizationNode(organization: Organization): OrganizationNode {
  return { id: organization.id, name: organization.name, slug: organization.slug, status: organization.status };
}
