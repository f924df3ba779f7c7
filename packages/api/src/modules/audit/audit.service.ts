import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../database/sql.ts';
import type { RequestMeta } from '../../services.ts';

/** Who did something, from where: stamped on every audit event. */
export interface Actor extends RequestMeta {
  readonly userId: string;
  readonly requestId: string;
}

/** An actor as the trail records it: a user, or something else named by a label (an operator command). */
export type AuditActor =
  | Actor
  | {
      readonly userId: null;
      readonly label: string;
      readonly ip: string;
      readonly userAgent: string | null;
      readonly requestId: string;
    };

/** One change of tenant state. */
export interface AuditEntry {
  readonly orgId: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly before?: Record<string, unknown> | null;
  readonly after?: Record<string, unknown> | null;
}

/**
 * Writes an audit event in the caller's transaction, so it exists exactly when the change
 * committed. The actor's email is kept as a label, so the trail still reads after the account
 * is deleted.
 */
export async function recordAudit(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await sql(
    em,
    `insert into audit_event (org_id, actor_user_id, actor_label, action, target_type, target_id, before, after, ip, user_agent, request_id)
     values (?, ?, coalesce((select email from app_user where id = ?), ?), ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)`,
    [
      entry.orgId,
      actor.userId,
      actor.userId,
      'label' in actor ? actor.label : null,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.before ? JSON.stringify(entry.before) : null,
      entry.after ? JSON.stringify(entry.after) : null,
      actor.ip,
      actor.userAgent?.slice(0, 400) ?? null,
      actor.requestId,
    ],
  );
}
