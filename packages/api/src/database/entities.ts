import type { EntityClass } from '@mikro-orm/core';

/** Every entity class, listed statically so all run paths (node, tsx, vitest) discover the same set. */
export const ENTITIES: EntityClass<object>[] = [];
