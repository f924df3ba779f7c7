import { DateTimeISOResolver, SafeIntResolver } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { INVITATIONS_PER_REQUEST_MAX, type AssignableRoleId, type RoleId } from '@orgplane/schema';
import { Connection } from '../../graphql/connection.ts';
import { Role } from '../catalog/catalog.types.ts';
import type { InvitationStatus } from './invitation.service.ts';

enum InvitationStatusEnum {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  EXPIRED = 'expired',
  REVOKED = 'revoked',
}

registerEnumType(InvitationStatusEnum, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands. Accepted, expired and revoked are final.',
  valuesConfig: {
    PENDING: { description: 'Sent, not yet used; the link works until it expires.' },
    ACCEPTED: { description: 'Used: the invitee became a member.' },
    EXPIRED: { description: 'Not used within 7 days.' },
    REVOKED: { description: 'Cancelled by an admin, or replaced by a resend.' },
  },
});

@ObjectType({ description: 'An email invitation to join the current organization.', simpleResolvers: true })
export class Invitation {
  @Field(() => ID, { description: 'The invitation id.' })
  id: string;

  @Field(() => String, { description: 'The invited address.' })
  email: string;

  @Field(() => Role, { description: 'The role the invitee gets (“invited user type”).' })
  role: AssignableRoleId;

  @Field(() => InvitationStatusEnum, {
    description: 'Where the invitation stands; expired as soon as it is past its expiry.',
  })
  status: InvitationStatus;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'The credit limit the member starts with; null for unlimited.',
  })
  creditLimit: number | null;

  @Field(() => String, { nullable: true, description: 'The name of the person who sent it.' })
  invitedByName: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was sent.' })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the link stops working.' })
  expiresAt: Date;
}

@ObjectType({ description: 'A page of invitations.', simpleResolvers: true })
export class InvitationConnection extends Connection(Invitation, 'Invitation') {}

@InputType({ description: 'Which invitations to list.' })
export class InvitationFilterInput {
  @Field(() => InvitationStatusEnum, { nullable: true, description: 'Only invitations with this status.' })
  status?: InvitationStatus | null;
}

@ObjectType({ description: 'What an invitation link shows before signing in.', simpleResolvers: true })
export class InvitationPreview {
  @Field(() => String, { description: 'The organization’s name.' })
  organizationName: string;

  @Field(() => String, { nullable: true, description: 'Who sent the invitation.' })
  inviterName: string | null;

  @Field(() => Role, { description: 'The role offered.' })
  role: AssignableRoleId;

  @Field(() => DateTimeISOResolver, { description: 'When the link stops working.' })
  expiresAt: Date;

  @Field(() => InvitationStatusEnum, { description: 'Whether the link can still be accepted.' })
  status: InvitationStatus;
}

@InputType({ description: 'One address to invite.' })
export class InviteMemberInput {
  @Field(() => String, { description: 'The address to invite.' })
  @MaxLength(320)
  email: string;

  @Field(() => Role, { description: 'The role to offer: admin, manager, member or viewer.' })
  role: RoleId;

  @Field(() => SafeIntResolver, { nullable: true, description: 'An initial credit limit; omit for unlimited.' })
  creditLimit?: number | null;
}

@InputType({ description: 'Addresses to invite.' })
export class InviteMembersInput {
  @Field(() => [InviteMemberInput], {
    description: `One to ${INVITATIONS_PER_REQUEST_MAX} addresses, each with a role.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(INVITATIONS_PER_REQUEST_MAX)
  @ValidateNested()
  invitations: InviteMemberInput[];
}

@InputType({ description: 'An invitation to act on.' })
export class InvitationInput {
  @Field(() => ID, { description: 'The invitation id.' })
  @IsUUID()
  invitationId: string;
}

@InputType({ description: 'The token from an invitation link.' })
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The token from the link.' })
  @MaxLength(200)
  token: string;
}

@ObjectType({ description: 'An error for one address.', simpleResolvers: true })
export class InviteError {
  @Field(() => String, { description: 'A stable error code, such as ALREADY_MEMBER.' })
  code: string;

  @Field(() => String, { description: 'What went wrong, for people.' })
  message: string;
}

@ObjectType({ description: 'The outcome for one address: an invitation or an error.', simpleResolvers: true })
export class InviteMemberResult {
  @Field(() => String, { description: 'The address as given.' })
  email: string;

  @Field(() => Invitation, { nullable: true, description: 'The invitation, when it was sent.' })
  invitation: Invitation | null;

  @Field(() => InviteError, { nullable: true, description: 'Why this address was not invited.' })
  error: InviteError | null;
}

@ObjectType({ description: 'The outcome per address, in the order given.', simpleResolvers: true })
export class InviteMembersPayload {
  @Field(() => [InviteMemberResult], { description: 'One result per address.' })
  results: InviteMemberResult[];
}

@ObjectType({ description: 'An invitation after a change.', simpleResolvers: true })
export class InvitationPayload {
  @Field(() => Invitation, { description: 'The invitation.' })
  invitation: Invitation;
}

@ObjectType({ description: 'The result of accepting an invitation.', simpleResolvers: true })
export class AcceptInvitationPayload {
  @Field(() => ID, { description: 'The organization joined; use it as `x-tenant-id`.' })
  organizationId: string;

  @Field(() => ID, { description: 'The new membership.' })
  membershipId: string;
}
