import type { EntityManager } from '@mikro-orm/postgresql';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
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

/** A write the audit event belongs to, run in the same statement (a `with` clause) before it. */
export interface AuditedWrite {
  readonly text: string;
  readonly bindings: readonly unknown[];
}

/**
 * Writes an audit event in the caller's transaction, so it exists exactly when the change
 * committed. The actor's email is kept as a label, so the trail still reads after the account
 * is deleted. With `write`, the change itself runs in the same statement, one round trip for both.
 */
export async function recordAudit(
  em: EntityManager,
  actor: AuditActor,
  entry: AuditEntry,
  write?: AuditedWrite,
): Promise<void> {
  await sql(
    em,
    `${write ? `with audited_write as (${write.text}) ` : ''}
     insert into audit_event (org_id, actor_user_id, actor_label, action, target_type, target_id, before, after, ip, user_agent, request_id)
     values (?, ?, coalesce((select email from app_user where id = ?), ?), ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)`,
    [
      ...(write?.bindings ?? []),
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

/** One audit event as the trail reads it. */
export interface AuditEventRecord {
  id: string;
  action: string;
  actorUserId: string | null;
  actorLabel: string | null;
  targetType: string;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  createdAt: Date;
}

/** A page of an organization's audit trail, newest first. */
export function listAuditEvents(em: EntityManager, orgId: string, page: { first: number; after?: string | null }) {
  return pageByCreation<
    CreationKeyed & {
      action: string;
      actor_user_id: string | null;
      actor_label: string | null;
      target_type: string;
      target_id: string | null;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      ip: string | null;
      user_agent: string | null;
      request_id: string | null;
      created_at: Date;
    },
    AuditEventRecord
  >(
    em,
    {
      select: `select id as key, created_at::text as created_key, action, actor_user_id, actor_label, target_type, target_id,
                      before, after, ip, user_agent, request_id, created_at
                 from audit_event`,
      where: 'org_id = ?',
      params: [orgId],
      direction: 'desc',
    },
    page,
    (row) => ({
      id: row.key,
      action: row.action,
      actorUserId: row.actor_user_id,
      actorLabel: row.actor_label,
      targetType: row.target_type,
      targetId: row.target_id,
      before: row.before,
      after: row.after,
      ip: row.ip,
      userAgent: row.user_agent,
      requestId: row.request_id,
      createdAt: row.created_at,
    }),
  );
}
