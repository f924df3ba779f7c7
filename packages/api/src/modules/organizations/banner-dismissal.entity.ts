import { Entity, ManyToOne, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';
import { User } from '../users/user.entity.ts';
import { Organization } from './organization.entity.ts';

/** A user dismissed the organization's banner as it was at `bannerUpdatedAt`; a newer banner shows again. */
@Entity({ tableName: 'banner_dismissal' })
export class BannerDismissal {
  [PrimaryKeyProp]?: ['organization', 'user'];

  @ManyToOne(() => Organization, {
    primary: true,
    fieldName: 'org_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  organization!: Rel<Organization>;

  @ManyToOne(() => User, {
    primary: true,
    fieldName: 'user_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  user!: Rel<User>;

  @Property({ type: 'timestamptz' })
  bannerUpdatedAt!: Date;
}
