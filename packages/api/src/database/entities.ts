import type { EntityClass } from '@mikro-orm/core';
import { IdempotencyKey } from '../graphql/idempotency-key.entity.ts';
import { MODULES } from '../modules/index.ts';
import { RateLimit } from '../security/rate-limit.entity.ts';
import { SignInDeviceAttempt } from '../security/sign-in-device-attempt.entity.ts';

/**
 * Every entity class, one per table (`entities.test.ts` proves they match the migrated schema):
 * each module's, then the request infrastructure's. Listed statically so all run paths (node,
 * tsx, vitest) discover the same set.
 */
export const ENTITIES: EntityClass<object>[] = [
  ...MODULES.flatMap((module) => module.entities ?? []),
  IdempotencyKey,
  RateLimit,
  SignInDeviceAttempt,
];
