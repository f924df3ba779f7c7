import { DateTimeISOResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsUUID, MaxLength } from 'class-validator';
import type { RoleId } from '@orgplane/schema';
import { Connection } from '../../graphql/connection.ts';
import { Role } from '../catalog/catalog.types.ts';
import type { MembershipStatus } from './member.service.ts';

enum MembershipStatusEnum {
  ACTIVE = 'active',
  ARCHIVED = 'archived',
}

registerEnumType(MembershipStatusEnum, {
  name: 'MembershipStatus',
  description: 'Whether a membership grants access.',
  valuesConfig: {
    ACTIVE: { description: 'The member has access with their role.' },
    ARCHIVED: { description: 'Access removed; reactivation restores it with the same role.' },
  },
});

export enum MemberOrderField {
  JOINED_AT = 'joinedAt',
  EMAIL = 'email',
  DISPLAY_NAME = 'displayName',
}

registerEnumType(MemberOrderField, { name: 'MemberOrderField', description: 'What to sort members by.' });

export enum OrderDirection {
  ASC = 'asc',
  DESC = 'desc',
}

registerEnumType(OrderDirection, { name: 'OrderDirection', description: 'Ascending or descending.' });

@ObjectType({ description: 'The person behind a membership.', simpleResolvers: true })
export class MemberUser {
  @Field(() => ID, { description: 'The user id.' })
  id: string;

  @Field(() => String, { description: 'The member’s email address.' })
  email: string;

  @Field(() => String, { description: 'The member’s name.' })
  displayName: string;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The member’s last successful sign-in.' })
  lastSignInAt: Date | null;
}

@ObjectType({ description: 'A person’s membership of the current organization.', simpleResolvers: true })
export class Member {
  @Field(() => ID, { description: 'The membership id.' })
  id: string;

  @Field(() => MemberUser, { description: 'The member.' })
  user: MemberUser;

  @Field(() => Role, { description: 'The member’s role (“user type”).' })
  role: RoleId;

  @Field(() => MembershipStatusEnum, { description: 'Whether the membership grants access.' })
  status: MembershipStatus;

  @Field(() => DateTimeISOResolver, { description: 'When the member joined.' })
  joinedAt: Date;

  @Field(() => SafeIntResolver, { description: 'How many credits the member may use; -1 means unlimited.' })
  creditLimit: number;

  @Field(() => SafeIntResolver, { description: 'How many credits the member has used.' })
  usedCredits: number;
}

@ObjectType({ description: 'A page of members.', simpleResolvers: true })
export class MemberConnection extends Connection(Member, 'Member') {}

@InputType({ description: 'Which members to list.' })
export class MemberFilterInput {
  @Field(() => MembershipStatusEnum, { nullable: true, description: 'Only members with this status.' })
  status?: MembershipStatus | null;

  @Field(() => Role, { nullable: true, description: 'Only members with this role.' })
  role?: RoleId | null;

  @Field(() => String, { nullable: true, description: 'Only members whose email or name starts with this text.' })
  @MaxLength(100)
  search?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only members assigned to this workspace (for restricted workspaces).',
  })
  @IsUUID()
  workspaceId?: string | null;
}

@InputType({ description: 'How to sort members.' })
export class MemberOrderInput {
  @Field(() => MemberOrderField, { defaultValue: MemberOrderField.JOINED_AT, description: 'The sort field.' })
  field: MemberOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction: OrderDirection;
}

@InputType({ description: 'A membership to act on.' })
export class MembershipInput {
  @Field(() => ID, { description: 'The membership id.' })
  @IsUUID()
  membershipId: string;
}

@InputType({ description: 'A new role for a member.' })
export class ChangeMemberRoleInput extends MembershipInput {
  @Field(() => Role, { description: 'The new role: admin, manager, member or viewer (never owner).' })
  role: RoleId;
}

@InputType({ description: 'A new credit limit for a member.' })
export class SetMemberCreditLimitInput extends MembershipInput {
  @Field(() => SafeIntResolver, { description: 'Credits the member may use; -1 means unlimited.' })
  creditLimit: number;
}

@InputType({ description: 'Who becomes owner, confirmed with the owner’s password.' })
export class TransferOwnershipInput {
  @Field(() => ID, { description: 'The membership of an active admin.' })
  @IsUUID()
  targetMembershipId: string;

  @Field(() => String, { description: 'The current owner’s password.' })
  @MaxLength(256)
  password: string;
}

@ObjectType({ description: 'A member after a change.', simpleResolvers: true })
export class MemberPayload {
  @Field(() => Member, { description: 'The member, updated.' })
  member: Member;
}

@ObjectType({ description: 'The result of transferring ownership.', simpleResolvers: true })
export class TransferOwnershipPayload {
  @Field(() => Member, { description: 'The former owner, now an admin.' })
  previousOwner: Member;

  @Field(() => Member, { description: 'The new owner.' })
  newOwner: Member;
}
