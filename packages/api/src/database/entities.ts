import type { EntityClass } from '@mikro-orm/core';
import { OutboxEmail } from '../modules/mail/outbox-email.entity.ts';
import { Membership } from '../modules/organizations/membership.entity.ts';
import { Organization } from '../modules/organizations/organization.entity.ts';
import { Session } from '../modules/sessions/session.entity.ts';
import { User } from '../modules/users/user.entity.ts';

/** Every entity class, listed statically so all run paths (node, tsx, vitest) discover the same set. */
export const ENTITIES: EntityClass<object>[] = [Organization, User, Membership, Session, OutboxEmail];
