import type { EntityClass } from '@mikro-orm/core';
import { MODULES } from '../modules/index.ts';

/** Every entity class, module by module, listed statically so all run paths (node, tsx, vitest) discover the same set. */
export const ENTITIES: EntityClass<object>[] = MODULES.flatMap((module) => module.entities ?? []);
