import type { EntityManager } from '@mikro-orm/postgresql';
import type { AbilityId, RoleId } from '@orgplane/schema';
import type { Logger } from '../logger.ts';

/** The signed-in caller. Filled by authentication (identity issue); null when anonymous. */
export interface Viewer {
  readonly userId: string;
}

/** The organization of this request and the caller's standing in it, from `x-tenant-id`. */
export interface Tenant {
  readonly orgId: string;
  readonly role: RoleId;
  readonly abilities: ReadonlySet<AbilityId>;
}

/** Everything a resolver may use, built once per request. */
export interface Context {
  /** A forked EntityManager: this request's own identity map. */
  readonly em: EntityManager;
  readonly requestId: string;
  /** A child logger that stamps the request id on every line. */
  readonly logger: Logger;
  readonly viewer: Viewer | null;
  readonly tenant: Tenant | null;
}
