import type { Organization } from './organization.entity.ts';
import type { OrganizationNode } from './organization.types.ts';

export function toOrganizationNode(organization: Organization): OrganizationNode {
  return { id: organization.id, name: organization.name, slug: organization.slug, status: organization.status };
}
