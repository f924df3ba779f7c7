import type { Member } from './member.types.ts';
import type { MemberRow } from './member.service.ts';

export function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    user: { id: row.user_id, email: row.email, displayName: row.display_name, lastSignInAt: row.last_sign_in_at },
    role: row.role,
    status: row.status,
    joinedAt: row.created_at,
    creditLimit: Number(row.credit_limit),
    usedCredits: Number(row.used_credits),
  };
}
