import {
  BigIntType,
  Check,
  Entity,
  ManyToOne,
  OptionalProps,
  PrimaryKeyProp,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Membership } from '../organizations/membership.entity.ts';

/** A member's credit limit (-1: unlimited) and the credits used so far. */
@Entity({ tableName: 'member_credit' })
@Check({ name: 'member_credit_credit_limit_check', expression: 'credit_limit >= -1' })
@Check({ name: 'member_credit_used_credits_check', expression: 'used_credits >= 0' })
export class MemberCredit {
  [OptionalProps]?: 'creditLimit' | 'usedCredits' | 'updatedAt';

  [PrimaryKeyProp]?: 'membership';

  @ManyToOne(() => Membership, {
    primary: true,
    joinColumns: ['org_id', 'membership_id'],
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  membership!: Rel<Membership>;

  @Property({ type: new BigIntType('number'), default: -1 })
  creditLimit = -1;

  @Property({ type: new BigIntType('number'), default: 0 })
  usedCredits = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
