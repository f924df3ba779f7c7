import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../catalog/catalog.types.ts';
import type { RoleId } from '@orgplane/schema';
import { Connection } from '../../graphql/connection.ts';
import { OrganizationNode } from '../organizations/organization.types.ts';

@ObjectType('User', { description: 'A person with an Orgplane account.', simpleResolvers: true })
export class UserNode {
  @Field(() => ID, { description: 'The user id.' })
  id: string;

  @Field(() => String, { description: 'The sign-in email address (normalized: trimmed, NFC, lowercase).' })
  email: string;

  @Field(() => String, { description: 'The name shown to other people.' })
  displayName: string;

  @Field(() => Boolean, { description: 'Whether the email address was confirmed from an emailed link.' })
  emailVerified: boolean;

  @Field(() => Boolean, { description: 'Whether sign-in asks for a TOTP code.' })
  mfaEnabled: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The last successful sign-in.' })
  lastSignInAt: Date | null;

  @Field(() => DateTimeISOResolver, { description: 'When the account was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'One of the signed-in user’s organizations.', simpleResolvers: true })
class ViewerOrganization {
  @Field(() => ID, { description: 'The membership id.' })
  membershipId: string;

  @Field(() => OrganizationNode, { description: 'The organization.' })
  organization: OrganizationNode;

  @Field(() => Role, { description: 'The user’s role in it.' })
  role: RoleId;

  @Field(() => Boolean, { description: 'Whether it is the user’s default organization.' })
  isDefault: boolean;
}

@ObjectType({ description: 'A page of the signed-in user’s organizations.', simpleResolvers: true })
export class ViewerOrganizationConnection extends Connection(ViewerOrganization, 'ViewerOrganization') {}

@ObjectType('UserSession', { description: 'A signed-in device or browser of the user.', simpleResolvers: true })
class UserSessionNode {
  @Field(() => ID, { description: 'The session id.' })
  id: string;

  @Field(() => DateTimeISOResolver, { description: 'When the session signed in.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the session last refreshed its access token.' })
  lastUsedAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the session ends unless it is used again.' })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: 'The IP address it signed in from.' })
  ip: string | null;

  @Field(() => String, { nullable: true, description: 'The browser or client it signed in with.' })
  userAgent: string | null;

  @Field(() => Boolean, { description: 'Whether this is the session making the request.' })
  current: boolean;
}

@ObjectType({ description: 'A page of the signed-in user’s live sessions.', simpleResolvers: true })
export class UserSessionConnection extends Connection(UserSessionNode, 'UserSession') {}

@ObjectType('Viewer', {
  description: 'The signed-in user, their organizations, and what they may do in the current tenant.',
  simpleResolvers: true,
})
export class ViewerNode {
  @Field(() => UserNode, { description: 'The signed-in user.' })
  user: UserNode;

  @Field(() => OrganizationNode, {
    nullable: true,
    description: 'The organization named by `x-tenant-id`, or null without the header.',
  })
  currentOrganization: OrganizationNode | null;

  @Field(() => Role, { nullable: true, description: 'The user’s role in the current organization.' })
  role: RoleId | null;

  @Field(() => [String], {
    description: 'The ability ids the user holds in the current organization (empty without `x-tenant-id`).',
  })
  abilities: string[];
}
