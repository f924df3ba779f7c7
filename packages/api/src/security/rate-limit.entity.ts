import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** rate-limiter-flexible's counter table (its PostgreSQL store's layout): points used per key until `expire` (ms). */
@Entity({ tableName: 'rate_limit' })
export class RateLimit {
  [OptionalProps]?: 'points' | 'expire';

  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points = 0;

  @Property({ type: new BigIntType('number'), nullable: true })
  expire: number | null = null;
}
